import type { Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { verifiedClient, type St2Client } from './client';

const DAY = 86_400_000;

/**
 * Hybrid conversion, written once and run on every backend: a convertible of bank1's issuer converts into its
 * equity at 3 shares for 2 bonds, its window open now (Fabric's only clock is the transaction timestamp); alice
 * (bank1) converts part of her bonds, bob (bank2) all of his. A second convertible's window opens tomorrow.
 * After each step both supplies are the sum of the holdings.
 */
export function conversionsScenario(backend: Backend): void {
  describe(`hybrid conversion on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit } = scenarioCast(backend.msp, 'cv');
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank2, 'bob');
    const [EQ, CB, LATER] = [id('CV-EQ'), id('CV-CB'), id('CV-LATER')];
    let ledger: Ledger;
    let st2: St2Client;
    const hybrid = (securityId: string, windowStart: number) => ({
      securityId, name: 'ACME 2% convertible', isin: 'DE000A1B2C46', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
      terms: {
        kind: 'hybrid', faceValue: '10000', currency: 'EUR', couponRateBps: 200, couponFrequency: 'annual', maturityDate: Date.now() + 900 * DAY,
        conversion: { equitySecurityId: EQ, ratioNumerator: 3, ratioDenominator: 2, windowStart, windowEnd: windowStart + 30 * DAY },
      },
    });
    const balances = async () => ({
      alice: [await st2.balance(audit, CB, alice.id), await st2.balance(audit, EQ, alice.id)],
      bob: [await st2.balance(audit, CB, bob.id), await st2.balance(audit, EQ, bob.id)],
      supply: [(await st2.stats(audit, CB)).supply, (await st2.stats(audit, EQ)).supply],
    });

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = await verifiedClient(ledger, [admin1, admin2], kyc, [[ops1, alice], [ops2, bob]]);
      await st2.submit(issuer, 'security:create', {
        securityId: EQ, name: 'ACME shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
      });
      await st2.submit(issuer, 'security:create', hybrid(CB, Date.now() - DAY));
      await st2.submit(issuer, 'security:create', hybrid(LATER, Date.now() + DAY));
      for (const [securityId, to] of [[CB, alice], [CB, bob], [LATER, alice]] as const) await st2.submit(agent, 'token:issue', { securityId, to: to.id, amount: '100' });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('converts part of a holding at the ratio, burning the bonds and minting the shares in one transaction; a replayed request id is refused', async () => {
      const converted = await st2.submit(alice, 'token:convert', { securityId: CB, holder: alice.id, amount: '10', requestId: id('convert-1') });
      expect(converted.events).toEqual([
        expect.objectContaining({ type: 'Converted', securityId: CB, holder: alice.id, amount: 10n, equitySecurityId: EQ, equityAmount: 15n }),
        expect.objectContaining({ type: 'Redeemed', securityId: CB, from: alice.id, amount: 10n }),
        expect.objectContaining({ type: 'Issued', securityId: EQ, to: alice.id, amount: 15n }),
      ]);
      expect(await balances()).toEqual({ alice: [90n, 15n], bob: [100n, 0n], supply: ['190', '15'] });
      expect(await st2.outcome(alice, 'token:convert', { securityId: CB, holder: alice.id, amount: '10', requestId: id('convert-1') })).toBe('ST2-DUPLICATE-REQUEST');
      expect(await balances()).toEqual({ alice: [90n, 15n], bob: [100n, 0n], supply: ['190', '15'] });
    }, 60_000);

    it('refuses a fraction of a share, a window not open yet, and a holder of another bank converting alice\'s bonds, each changing nothing', async () => {
      const before = await balances();
      expect(await st2.outcome(alice, 'token:convert', { securityId: CB, holder: alice.id, amount: '3' })).toBe('ST2-CONVERSION-FRACTION');
      expect(await st2.outcome(alice, 'token:convert', { securityId: LATER, holder: alice.id, amount: '2' })).toBe('ST2-CONVERSION-CLOSED');
      expect(await st2.outcome(bob, 'token:convert', { securityId: CB, holder: alice.id, amount: '2' })).toBe('ST2-UNAUTHORIZED');
      expect(await st2.outcome(agent, 'token:convert', { securityId: CB, holder: alice.id, amount: '2' })).toBe('ST2-UNAUTHORIZED');
      expect(await balances()).toEqual(before);
      expect(await st2.balance(audit, LATER, alice.id)).toBe(100n);
    }, 60_000);

    it('converts a whole holding of another bank\'s client: the holder leaves the bonds and joins the shares', async () => {
      await st2.submit(bob, 'token:convert', { securityId: CB, holder: bob.id, amount: '100' });
      expect(await balances()).toEqual({ alice: [90n, 15n], bob: [0n, 150n], supply: ['90', '165'] });
      expect([(await st2.stats(audit, CB)).holders, (await st2.stats(audit, EQ)).holders]).toEqual([1, 2]);
    }, 60_000);
  });
}
