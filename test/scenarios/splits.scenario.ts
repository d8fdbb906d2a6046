import { stateCodecs, type CorporateAction } from '@st2/chaincode';
import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sleepUntil, type St2Client } from './client';
import { equityAndCash } from './equity-and-cash';

/** Fabric's only clock is the transaction timestamp: the effective time is seconds ahead, and the scenario waits for it. */
const EFFECTIVE_IN_MS = 5_000;

/**
 * A 1:3 reverse split with cash in lieu, written once and run on every backend: alice (bank1) and bob (bank2)
 * hold 500 shares each; a transfer before the effective time goes through (alice 499, bob 501); from the effective
 * time the holders are applied in two batches and nothing moves in between; alice's third of a new unit (one old
 * unit) is paid 2 EUR cents from the issuer's paying account; the last batch completes the action.
 */
export function splitsScenario(backend: Backend): void {
  describe(`stock splits on ${backend.name}`, () => {
    const cast = scenarioCast(backend.msp, 'split');
    const { id, investor, ops1, ops2, issuer, agent, audit } = cast;
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank2, 'bob');
    const payer = investor(backend.msp.bank1, 'acme-pay');
    const [SEC, EURC, RS] = [id('RS-EQ'), id('EURC'), id('RS')];
    let ledger: Ledger;
    let st2: St2Client;
    let effectiveTime = 0;
    const action = async (): Promise<CorporateAction> => stateCodecs.corporateAction.parse(await st2.evaluate(audit, 'corporateAction:get', RS));
    const units = (who: Caller) => st2.balance(audit, SEC, who.id);
    const cash = (who: Caller) => st2.balance(audit, EURC, who.id);

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = await equityAndCash(ledger, cast, {
        people: [[ops1, alice], [ops2, bob], [ops1, payer]],
        equity: { securityId: SEC, name: 'Split shares', holdings: [[alice, '500'], [bob, '500']] },
        cash: { securityId: EURC, payer, amount: '10000' },
      });
      effectiveTime = Date.now() + EFFECTIVE_IN_MS;
      await st2.submit(issuer, 'corporateAction:declare', {
        actionId: RS, securityId: SEC, type: 'reverse-split', ratio: { numerator: '1', denominator: '3' }, effectiveTime,
        cashInLieu: { cashSecurityId: EURC, payer: payer.id, price: { numerator: '2', denominator: '1' } },
      });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('lets units move before the effective time, and refuses a batch then with ST2-CORPORATE-ACTION-NOT-DUE and a declaration by an agent', async () => {
      await st2.submit(alice, 'token:transfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '1' });
      expect(await st2.outcome(agent, 'corporateAction:apply', { actionId: RS, holders: [alice.id] })).toBe('ST2-CORPORATE-ACTION-NOT-DUE');
      expect(await st2.outcome(agent, 'corporateAction:declare', { actionId: id('S2'), securityId: SEC, type: 'split', ratio: { numerator: '2', denominator: '1' }, effectiveTime })).toBe('ST2-UNAUTHORIZED');
      expect(await action()).toMatchObject({ status: 'declared', appliedHolders: 0 });
    });

    it('applies a batch from the effective time, pays the fraction in cash, and lets nothing move until the last holder', async () => {
      await sleepUntil(effectiveTime + 500);
      const applied = await st2.submit(agent, 'corporateAction:apply', { actionId: RS, holders: [alice.id] });
      expect(applied.events.map((e) => e.type)).toEqual(['CorporateActionApplied', 'Transferred']);
      expect(await st2.outcome(bob, 'token:transfer', { securityId: SEC, from: bob.id, to: alice.id, amount: '3' })).toBe('ST2-CORPORATE-ACTION-PENDING');
      expect(await st2.outcome(agent, 'corporateAction:apply', { actionId: RS, holders: [alice.id] })).toBe('ST2-ALREADY-ADJUSTED');
      expect([await units(alice), await units(bob), await cash(alice)]).toEqual([166n, 501n, 2n]);
      expect(await st2.stats(audit, SEC)).toEqual({ supply: '667', holders: 2 });
    }, 60_000);

    it('completes with the last batch: supply == the sum of the new holdings, and units move again', async () => {
      const done = await st2.submit(agent, 'corporateAction:apply', { actionId: RS, holders: [bob.id] });
      expect(done.events.map((e) => e.type)).toEqual(['CorporateActionApplied', 'CorporateActionCompleted']);
      expect(await action()).toMatchObject({ status: 'completed', appliedHolders: 2, oldUnits: 1000n, newUnits: 333n, cashPaid: 2n });
      expect(await st2.stats(audit, SEC)).toEqual({ supply: '333', holders: 2 });
      await st2.submit(bob, 'token:transfer', { securityId: SEC, from: bob.id, to: alice.id, amount: '1' });
      expect([await units(alice), await units(bob), await cash(payer)]).toEqual([167n, 166n, 9998n]);
    }, 60_000);
  });
}
