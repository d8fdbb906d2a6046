import { MAX_AMOUNT, MAX_LISTED_PARTIES } from '@st2/chaincode';
import { ledgerView } from '../security/support/ledger-view';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, ok, onboard, standardWorld } from './support/world';

/** ACME: alice 1,000 and bob 500 (supply 1,500, two holders); carol verified, holding nothing (until the caps part issues to her). */
describe('caps and party lists over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const setRules = (actor: Actor, rules: Record<string, unknown>) => call(h, actor, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], ...rules } });
  const send = (from: Actor, to: string) => call(h, from, 'POST', '/v1/transfers', { securityId: 'ACME', from: from.id, to, amount: '1' });
  const issue = (amount: string) => call(h, cast.issuer, 'POST', '/v1/securities/ACME/issuances', { to: 'carol', amount });

  describe('max supply and lowering a cap', () => {
    it('sets a maximum supply and refuses an issuance past it with 422 ST2-MAX-SUPPLY, changing nothing', async () => {
      expect((await setRules(cast.issuer, { maxSupply: '2000' })).status).toBe(200);
      expect((await issue('500')).status).toBe(201);
      const before = await ledgerView(h);
      expect(await issue('1')).toMatchObject({ status: 422, body: { error: { code: 'ST2-MAX-SUPPLY', details: { maxSupply: '2000', supply: '2000' } } } });
      expect(await ledgerView(h)).toEqual(before);
    });

    it('shows max-supply in the dry run trace', async () => {
      const reply = await ok(h, cast.alice, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
      expect(reply.body.trace).toContainEqual({ rule: 'max-supply', ok: true });
    });

    it.each([
      ['maxSupply', { maxSupply: '1999' }, 'supply', '2000'],
      ['maxHolders', { maxHolders: 2 }, 'holders', '3'],
      ['maxBalance', { maxBalance: '666' }, 'balance', '667'],
    ])('refuses lowering %s below the current figure with 422 ST2-CAP-BELOW-CURRENT, changing nothing', async (_rule, rules, figure, current) => {
      const before = await ledgerView(h);
      const rulesBefore = (await ok(h, cast.regulator, 'GET', '/v1/securities/ACME')).body.security;
      expect(await setRules(cast.issuer, rules)).toMatchObject({ status: 422, body: { error: { code: 'ST2-CAP-BELOW-CURRENT', details: { figure, current } } } });
      expect(await ledgerView(h)).toEqual(before);
      expect((await ok(h, cast.regulator, 'GET', '/v1/securities/ACME')).body.security).toEqual(rulesBefore);
    });

    describe('attacker side: nothing changes', () => {
      it.each([
        ['the security’s own agent (403: rules are the issuer’s)', cast.agent, 403, 'ST2-UNAUTHORIZED'],
        ['an investor (403)', cast.alice, 403, 'ST2-UNAUTHORIZED'],
        ['the issuer’s id under another org (403 from the chaincode)', { ...cast.issuer, org: 'bank2' } as Actor, 403, 'ST2-UNAUTHORIZED'],
      ])('refuses %s raising the maximum supply', async (_who, attacker, status, code) => {
        const before = await ledgerView(h);
        expect(await setRules(attacker, { maxSupply: '1000000' })).toMatchObject({ status, body: { error: { code } } });
        expect(await ledgerView(h)).toEqual(before);
      });

      it.each([
        ['past the maximum amount', (MAX_AMOUNT + 1n).toString()],
        ['negative', '-1'],
        ['not an integer', '1.5'],
      ])('refuses a maximum supply %s with 400 ST2-INVALID-INPUT', async (_case, maxSupply) => {
        const before = await ledgerView(h);
        expect(await setRules(cast.issuer, { maxSupply })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
        expect(await ledgerView(h)).toEqual(before);
      });
    });
  });

  describe('party allow and block lists', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `investor-${i}`);

    it('refuses a transfer to a blocked identity with 422 ST2-PARTY-BLOCKED, changing nothing, and shows the broken rule in the dry run', async () => {
      expect((await setRules(cast.issuer, { blockedParties: ['carol'] })).status).toBe(200);
      const before = await ledgerView(h);
      expect(await send(cast.alice, 'carol')).toMatchObject({ status: 422, body: { error: { code: 'ST2-PARTY-BLOCKED', details: { party: 'carol', side: 'recipient', list: 'blocked' } } } });
      expect(await ledgerView(h)).toEqual(before);
      const check = await ok(h, cast.alice, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '1' });
      expect(check.body.trace).toContainEqual(expect.objectContaining({ rule: 'party-list', ok: false, code: 'ST2-PARTY-BLOCKED' }));
      expect((await send(cast.alice, 'bob')).status).toBe(201);
    });

    it('refuses an unlisted sender once an allow list is set', async () => {
      expect((await setRules(cast.issuer, { allowedParties: ['alice'] })).status).toBe(200);
      const before = await ledgerView(h);
      expect(await send(cast.bob, 'alice')).toMatchObject({ status: 422, body: { error: { code: 'ST2-PARTY-BLOCKED', details: { party: 'bob', side: 'sender', list: 'allowed' } } } });
      expect(await ledgerView(h)).toEqual(before);
    });

    describe('attacker side: nothing changes', () => {
      it(`refuses a list of ${MAX_LISTED_PARTIES + 1} identities with 422 ST2-LIMIT-EXCEEDED`, async () => {
        const before = await ledgerView(h);
        expect(await setRules(cast.issuer, { blockedParties: ids(MAX_LISTED_PARTIES + 1) })).toMatchObject({
          status: 422, body: { error: { code: 'ST2-LIMIT-EXCEEDED', details: { list: 'blockedParties', size: MAX_LISTED_PARTIES + 1, limit: MAX_LISTED_PARTIES } } },
        });
        expect(await ledgerView(h)).toEqual(before);
      });

      it.each([
        ['an identity twice', ['bob', 'bob']],
        ['a malformed id', ['bob', 'not an id']],
      ])('refuses a list with %s with 400 ST2-INVALID-INPUT', async (_case, list) => {
        const before = await ledgerView(h);
        expect(await setRules(cast.issuer, { allowedParties: list })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
        expect(await ledgerView(h)).toEqual(before);
      });

      it.each([
        ['the security’s own agent', cast.agent],
        ['an investor', cast.alice],
        ['the issuer’s id under another org', { ...cast.issuer, org: 'bank2' } as Actor],
      ])('refuses %s lifting the lists with 403 ST2-UNAUTHORIZED', async (_who, attacker) => {
        const before = await ledgerView(h);
        expect(await setRules(attacker, {})).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
        expect(await ledgerView(h)).toEqual(before);
      });
    });
  });
  describe('country caps', () => {
    it('refuses a second holder in a capped jurisdiction with 422 ST2-JURISDICTION-CAP, changing nothing; the dry run shows the verdict', async () => {
      await onboard(h, 'erin', { jurisdiction: 'US' });
      expect((await setRules(cast.issuer, { maxHoldersPerJurisdiction: { US: 1 } })).status).toBe(200);
      const before = await ledgerView(h);
      expect(await send(cast.alice, 'erin')).toMatchObject({ status: 422, body: { error: { code: 'ST2-JURISDICTION-CAP', details: { jurisdiction: 'US', maxHolders: 1, holders: 1 } } } });
      expect(await ledgerView(h)).toEqual(before);
      const check = await ok(h, cast.alice, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'erin', amount: '1' });
      expect(check.body.trace).toContainEqual(expect.objectContaining({ rule: 'jurisdiction-cap', ok: false, code: 'ST2-JURISDICTION-CAP' }));
    });

    describe('attacker side: nothing changes', () => {
      it.each([
        ['a cap of 0', { US: 0 }],
        ['a cap that is not an integer', { US: 1.5 }],
        ['a lower-case country code', { us: 5 }],
        ['a country code of three letters', { USA: 5 }],
      ])('refuses %s with 400 ST2-INVALID-INPUT', async (_case, caps) => {
        const before = await ledgerView(h);
        expect(await setRules(cast.issuer, { maxHoldersPerJurisdiction: caps })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
        expect(await ledgerView(h)).toEqual(before);
      });

      it('refuses the security’s own agent lifting the cap with 403 ST2-UNAUTHORIZED', async () => {
        const before = await ledgerView(h);
        expect(await setRules(cast.agent, {})).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
        expect(await ledgerView(h)).toEqual(before);
      });
    });
  });
});
