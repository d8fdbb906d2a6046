import { MAX_AMOUNT } from '@st2/chaincode';
import { ledgerView } from '../security/support/ledger-view';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

/** ACME: alice 1,000 and bob 500 (supply 1,500, two holders); carol verified, holding nothing. */
describe('caps over HTTP: max supply and lowering a cap', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const setRules = (actor: Actor, rules: Record<string, unknown>) => call(h, actor, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], ...rules } });
  const issue = (amount: string) => call(h, cast.issuer, 'POST', '/v1/securities/ACME/issuances', { to: 'carol', amount });

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
