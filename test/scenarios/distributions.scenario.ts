import { stateCodecs, type Distribution } from '@st2/chaincode';
import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sleepUntil, type St2Client } from './client';
import { equityAndCash } from './equity-and-cash';

/** Fabric's only clock is the transaction timestamp: the record time and payment date are seconds ahead, and the scenario waits for them. */
const RECORD_IN_MS = 5_000;
const PAY_IN_MS = 10_000;

/**
 * A cash distribution, written once and run on every backend: 1/3 EUR cent per share on alice's 500 and
 * bob's 500 (of two banks) at the record time, paid by the issuer's paying account (bank1) in the cash token
 * of bank1's cash issuer; a transfer after the record time moves no entitlement; the close pays the
 * remainder (333 declared, 166 + 166 paid) to the remainder account.
 */
export function distributionsScenario(backend: Backend): void {
  describe(`cash distributions on ${backend.name}`, () => {
    const cast = scenarioCast(backend.msp, 'd');
    const { id, investor, ops1, ops2, issuer, agent, audit } = cast;
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank2, 'bob');
    const payer = investor(backend.msp.bank1, 'acme-pay');
    const rest = investor(backend.msp.bank1, 'acme-rest');
    const [SEC, EURC, DIV] = [id('DIV-EQ'), id('EURC'), id('DIV')];
    let ledger: Ledger;
    let st2: St2Client;
    let recordTime = 0;
    let paymentDate = 0;
    const distribution = async (): Promise<Distribution> => stateCodecs.distribution.parse(await st2.evaluate(audit, 'distribution:get', DIV));
    const cash = (who: Caller) => st2.balance(audit, EURC, who.id);

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = await equityAndCash(ledger, cast, {
        people: [[ops1, alice], [ops2, bob], [ops1, payer], [ops1, rest]],
        equity: { securityId: SEC, name: 'Dividend shares', holdings: [[alice, '500'], [bob, '500']] },
        cash: { securityId: EURC, payer, amount: '10000' },
      });
      [recordTime, paymentDate] = [Date.now() + RECORD_IN_MS, Date.now() + PAY_IN_MS];
      await st2.submit(issuer, 'distribution:declare', {
        distributionId: DIV, securityId: SEC, cashSecurityId: EURC, rate: { numerator: '1', denominator: '3' }, recordTime, paymentDate, payer: payer.id, remainderAccount: rest.id,
      });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('refuses payments before the payment date with ST2-DISTRIBUTION-NOT-DUE and a declaration by an agent', async () => {
      expect(await st2.outcome(agent, 'distribution:pay', { distributionId: DIV, holders: [alice.id] })).toBe('ST2-DISTRIBUTION-NOT-DUE');
      expect(await st2.outcome(agent, 'distribution:declare', {
        distributionId: id('DIV2'), securityId: SEC, cashSecurityId: EURC, rate: { numerator: '1', denominator: '1' }, recordTime, paymentDate, payer: payer.id, remainderAccount: rest.id,
      })).toBe('ST2-UNAUTHORIZED');
      expect(await distribution()).toMatchObject({ status: 'declared', paidHolders: 0 });
    });

    it('pays a batch for the balances at the record time, each holder once, in cash from the payer', async () => {
      await sleepUntil(recordTime + 500);
      await st2.submit(alice, 'token:transfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '400' });
      await sleepUntil(paymentDate + 500);
      const paid = await st2.submit(agent, 'distribution:pay', { distributionId: DIV, holders: [alice.id, bob.id] });
      expect(paid.events.map((e) => e.type)).toEqual(['DistributionPaid', 'Transferred', 'Transferred']);
      expect(await st2.outcome(agent, 'distribution:pay', { distributionId: DIV, holders: [bob.id] })).toBe('ST2-ALREADY-PAID');
      expect([await cash(alice), await cash(bob), await cash(payer)]).toEqual([166n, 166n, 10000n - 332n]);
    }, 60_000);

    it('closes with the remainder paid to its account: paid + remainder == floor(supply at record time × rate)', async () => {
      const closed = await st2.submit(agent, 'distribution:close', { distributionId: DIV });
      expect(closed.events).toEqual([
        expect.objectContaining({ type: 'DistributionClosed', eligibleUnits: 1000n, declaredTotal: 333n, remainder: 1n }),
        expect.objectContaining({ type: 'Transferred', from: payer.id, to: rest.id, amount: 1n }),
      ]);
      expect(await distribution()).toMatchObject({ status: 'closed', paidAmount: 332n, declaredTotal: 333n, remainder: 1n });
      expect([await cash(rest), await cash(payer)]).toEqual([1n, 10000n - 333n]);
      expect(await st2.stats(audit, EURC)).toEqual({ supply: '10000', holders: 4 });
      expect(await st2.outcome(agent, 'distribution:close', { distributionId: DIV })).toBe('ST2-DISTRIBUTION-CLOSED');
    }, 60_000);
  });
}
