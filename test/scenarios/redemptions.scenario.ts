import type { Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sleepUntil, St2Client } from './client';

const DAY = 86_400_000;
/** Fabric's only clock is the transaction timestamp: the maturity and the call date are seconds ahead, and the scenario waits for them. */
const MATURE_IN_MS = 8_000;
const CALL_IN_MS = 6_000;

/**
 * The end of two bonds, written once and run on every backend: MAT (1,000.00 EUR a unit) matures in seconds and is
 * redeemed at face value; CALL (callable at 100.50% without notice, maturing in a year) is called for a date
 * seconds ahead, traded until then, and redeemed at the call price. alice (bank1) and bob (bank2) hold both;
 * acme's paying account (bank1) pays in bank1's cash token; each payment burns the units it pays for.
 */
export function redemptionsScenario(backend: Backend): void {
  describe(`redemption at maturity and calls on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit, treasury } = scenarioCast(backend.msp, 'r');
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank2, 'bob');
    const payer = investor(backend.msp.bank1, 'acme-pay');
    const rest = investor(backend.msp.bank1, 'acme-rest');
    const [MAT, CALL, EURC] = [id('MAT'), id('CALL'), id('EURC')];
    let ledger: Ledger;
    let st2: St2Client;
    let [maturity, callDate] = [0, 0];
    const redemption = (securityId: string) => ({ securityId, cashSecurityId: EURC, payer: payer.id, remainderAccount: rest.id });
    const cash = (who: { id: string }) => st2.balance(audit, EURC, who.id);
    const security = async (securityId: string) => (JSON.parse(await st2.evaluate(audit, 'security:get', securityId)) as { security: { redeemedAt?: number } }).security;

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      await st2.onboardVerified(kyc, [[ops1, alice], [ops2, bob], [ops1, payer], [ops1, rest]]);
      await st2.submit(treasury, 'security:create', { securityId: EURC, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
      await st2.submit(treasury, 'token:issue', { securityId: EURC, to: payer.id, amount: '10000000' });
      maturity = Date.now() + MATURE_IN_MS;
      const bond = (securityId: string, terms: object) => st2.submit(issuer, 'security:create', {
        securityId, name: `${securityId} notes`, isin: 'DE000A1B2C46', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 0, couponFrequency: 'annual', businessDayConvention: 'unadjusted', ...terms },
      });
      await bond(MAT, { maturityDate: maturity });
      await bond(CALL, { maturityDate: Date.now() + 365 * DAY, call: { firstCallDate: Date.now() + 1_000, priceBps: 10_050, noticeDays: 0 } });
      for (const securityId of [MAT, CALL]) {
        await st2.submit(agent, 'token:issue', { securityId, to: alice.id, amount: '3' });
        await st2.submit(agent, 'token:issue', { securityId, to: bob.id, amount: '2' });
      }
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('refuses a redemption before its date, a call of a bond without call terms and a call by an agent', async () => {
      expect(await st2.outcome(issuer, 'distribution:declareRedemption', redemption(MAT))).toBe('ST2-REDEMPTION-NOT-DUE');
      expect(await st2.outcome(issuer, 'distribution:call', { securityId: MAT, callDate: maturity - 1 })).toBe('ST2-NOT-CALLABLE');
      expect(await st2.outcome(agent, 'distribution:call', { securityId: CALL, callDate: Date.now() + CALL_IN_MS })).toBe('ST2-UNAUTHORIZED');
    });

    it('calls the callable bond for a date ahead: its holders trade until then', async () => {
      callDate = Date.now() + CALL_IN_MS;
      const called = await st2.submit(issuer, 'distribution:call', { securityId: CALL, callDate });
      expect(called.events).toEqual([expect.objectContaining({ type: 'SecurityCalled', securityId: CALL, callDate, priceBps: 10_050 })]);
      await st2.submit(alice, 'token:transfer', { securityId: CALL, from: alice.id, to: bob.id, amount: '1' });
    });

    it('from the redemption dates refuses transfers and issuance with ST2-MATURED', async () => {
      await sleepUntil(Math.max(maturity, callDate) + 500);
      for (const securityId of [MAT, CALL]) {
        expect(await st2.outcome(alice, 'token:transfer', { securityId, from: alice.id, to: bob.id, amount: '1' })).toBe('ST2-MATURED');
        expect(await st2.outcome(agent, 'token:issue', { securityId, to: alice.id, amount: '1' })).toBe('ST2-MATURED');
      }
    }, 30_000);

    it('redeems at maturity: each batch pays the face value per unit and burns the units; the close marks the bond redeemed', async () => {
      await st2.submit(issuer, 'distribution:declareRedemption', redemption(MAT));
      const paid = await st2.submit(agent, 'distribution:pay', { distributionId: `${MAT}:redemption`, holders: [alice.id] });
      expect(paid.events.map((e) => e.type)).toEqual(['DistributionPaid', 'Transferred', 'Redeemed']);
      expect(await st2.outcome(agent, 'distribution:pay', { distributionId: `${MAT}:redemption`, holders: [alice.id] })).toBe('ST2-ALREADY-PAID');
      await st2.submit(agent, 'distribution:pay', { distributionId: `${MAT}:redemption`, holders: [bob.id] });
      const closed = await st2.submit(agent, 'distribution:close', { distributionId: `${MAT}:redemption` });
      expect(closed.events.map((e) => e.type)).toEqual(['DistributionClosed', 'SecurityRedeemed']);
      expect(await st2.stats(audit, MAT)).toMatchObject({ supply: '0', holders: 0 });
      expect((await security(MAT)).redeemedAt).toBe(closed.events[0]?.at);
      expect([await cash(alice), await cash(bob)]).toEqual([300_000n, 200_000n]);
    }, 60_000);

    it('redeems the called bond at its call price, for the units held on the call date', async () => {
      await st2.submit(issuer, 'distribution:declareRedemption', redemption(CALL));
      await st2.submit(agent, 'distribution:pay', { distributionId: `${CALL}:redemption`, holders: [alice.id, bob.id] });
      await st2.submit(agent, 'distribution:close', { distributionId: `${CALL}:redemption` });
      expect(await st2.stats(audit, CALL)).toMatchObject({ supply: '0', holders: 0 });
      // alice 2 and bob 3 after the transfer, at 1,005.00 each; with MAT's principal.
      expect([await cash(alice), await cash(bob), await cash(payer)]).toEqual([300_000n + 201_000n, 200_000n + 301_500n, 10_000_000n - 1_002_500n]);
      expect(await st2.stats(audit, EURC)).toEqual({ supply: '10000000', holders: 3 });
    }, 60_000);
  });
}
