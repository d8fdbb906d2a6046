import { stateCodecs, type Distribution } from '@st2/chaincode';
import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sha256, sleepUntil, type St2Client } from './client';
import { equityAndCash } from './equity-and-cash';

/** Fabric's only clock is the transaction timestamp: the record time and payment date are seconds ahead, and the scenario waits for them. */
const RECORD_IN_MS = 8_000;
const PAY_IN_MS = 12_000;
const DAY = 86_400_000;

/** Beneficial owners of the large omnibus account: more than one transaction may name (MAX_PAYMENTS_PER_BATCH). */
const LARGE_OWNERS = 101;
/** Owner i of the large account holds i mod 5 + 1 shares: 301 in all, each paid floor(units / 3), 60 in all. */
const largeUnits = (i: number): bigint => BigInt((i % 5) + 1);

/**
 * A dividend on a security held partly through omnibus accounts, written once and run on every backend:
 * alice holds 400 shares herself; the custodian's omnibus account holds 600 for two beneficial owners (400
 * and 200), deposited from bob's holding; a second account holds 301 for 101 owners, more than one transaction
 * names. After the record time the accounts' shares stay still until their custodian claims each account's
 * payment, naming the owners privately, in batches of at most 100; each owner's cash lands in its own position
 * inside the account, the accounts reconcile in the shares and the cash, and the distribution closes with
 * paid + remainder == the declared total.
 */
export function custodyDistributionsScenario(backend: Backend): void {
  describe(`a dividend reaching a custody account's beneficial owners on ${backend.name}`, () => {
    const cast = scenarioCast(backend.msp, 'k');
    const { id, investor, ops1, ops2, kyc, issuer, agent, audit, custodian } = cast;
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank1, 'bob');
    const payer = investor(backend.msp.bank1, 'acme-pay');
    const rest = investor(backend.msp.bank1, 'acme-rest');
    const [SEC, EURC, DIV, OMNI, LARGE] = [id('CD-EQ'), id('EURC'), id('CD-DIV'), id('CD-OMNI'), id('CD-LARGE')];
    const largeOwners = Array.from({ length: LARGE_OWNERS }, (_, i) => ({ owner: id(`owner-${i.toString().padStart(3, '0')}`), jurisdiction: i % 2 === 0 ? 'DE' : 'FR', investorType: 'retail' as const }));
    const zoe = { owner: id('zoe'), jurisdiction: 'DE', investorType: 'retail' as const };
    const yan: { owner: string; jurisdiction: string; investorType: 'retail' | 'professional' } = { owner: id('yan'), jurisdiction: 'FR', investorType: 'professional' };
    let ledger: Ledger;
    let st2: St2Client;
    let desk: CustodyDesk;
    let paymentDate = 0;
    let recordTime = 0;
    const distribution = async (): Promise<Distribution> => stateCodecs.distribution.parse(await st2.evaluate(audit, 'distribution:get', DIV));
    const positions = async (reader: Caller) => (JSON.parse(await st2.evaluate(reader, 'custody:positions', OMNI)) as { securityId: string; owner: string; amount: string }[])
      .map((p) => [p.securityId, p.owner, p.amount]).sort();
    const reconciled = async () => JSON.parse(await st2.evaluate(custodian, 'custody:reconciliation', OMNI)) as { reconciled: boolean; securities: { securityId: string }[] };
    const claim = () => desk.payDistribution(custodian, { distributionId: DIV, accountId: OMNI }, { securityId: SEC, cashSecurityId: EURC });

    beforeAll(async () => {
      ledger = await backend.open();
      desk = new CustodyDesk(ledger);
      st2 = await equityAndCash(ledger, cast, {
        people: [[ops1, alice], [ops1, bob], [ops1, payer], [ops1, rest]],
        equity: { securityId: SEC, name: 'Custody dividend shares', holdings: [[alice, '400'], [bob, '901']] },
        cash: { securityId: EURC, payer, amount: '10000' },
      });
      for (const account of [OMNI, LARGE]) {
        await st2.submit(custodian, 'custody:openAccount', { accountId: account, accountType: 'omnibus', jurisdiction: 'LU' });
        const evidence = `kyc of ${account}`;
        await st2.submit(kyc, 'identity:addClaim', { identityId: account, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      }
      await st2.submit(bob, 'token:authorizeOperator', { securityId: SEC, holder: bob.id, operator: { org: custodian.org, id: custodian.id } });
      await desk.deposit(custodian, custodian, { securityId: SEC, accountId: OMNI, from: bob.id, amount: '400' }, zoe);
      await desk.deposit(custodian, custodian, { securityId: SEC, accountId: OMNI, from: bob.id, amount: '200' }, yan);
      for (const [i, owner] of largeOwners.entries()) {
        await desk.deposit(custodian, custodian, { securityId: SEC, accountId: LARGE, from: bob.id, amount: largeUnits(i).toString() }, owner);
      }
      [recordTime, paymentDate] = [Date.now() + RECORD_IN_MS, Date.now() + PAY_IN_MS];
      await st2.submit(issuer, 'distribution:declare', {
        distributionId: DIV, securityId: SEC, cashSecurityId: EURC, rate: { numerator: '1', denominator: '3' }, recordTime, paymentDate, payer: payer.id, remainderAccount: rest.id,
      });
    }, 600_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('keeps the account\'s shares still after the record time until its payment: a move between owners is refused with ST2-CUSTODY-RECORD-PENDING', async () => {
      await sleepUntil(recordTime + 500);
      expect(await st2.outcomeOf(() => desk.move(custodian, { securityId: SEC, accountId: OMNI }, zoe, yan, '1'))).toBe('ST2-CUSTODY-RECORD-PENDING');
      expect(await positions(audit)).toEqual([[SEC, yan.owner, '200'], [SEC, zoe.owner, '400']]);
    }, 60_000);

    it('pays the account\'s owners for their record-time positions into their cash positions, naming no owner publicly; bank2 reads none; both securities reconcile', async () => {
      await sleepUntil(paymentDate + 500);
      expect(await st2.outcome(agent, 'distribution:pay', { distributionId: DIV, holders: [OMNI] })).toBe('ST2-CUSTODY-ACCOUNT');
      await st2.submit(agent, 'distribution:pay', { distributionId: DIV, holders: [alice.id] });
      const paid = await claim();
      const events = paid.payload.events as { type: string }[];
      expect(events).toEqual([
        expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: OMNI, units: '600', amount: '199' }] }),
        expect.objectContaining({ type: 'CustodyDeposited', securityId: EURC, accountId: OMNI, from: payer.id, amount: '199' }),
      ]);
      expect(JSON.stringify(events)).not.toMatch(new RegExp(`${zoe.owner}|${yan.owner}`));
      expect(await st2.outcomeOf(claim)).toBe('ST2-ALREADY-PAID');
      for (const reader of [custodian, audit]) {
        expect(await positions(reader)).toEqual([[EURC, yan.owner, '66'], [EURC, zoe.owner, '133'], [SEC, yan.owner, '200'], [SEC, zoe.owner, '400']].sort());
      }
      expect(await st2.outcomeOf(() => st2.evaluate(ops2, 'custody:positions', OMNI))).toBe('ST2-UNAUTHORIZED');
      const reconciliation = await reconciled();
      expect(reconciliation.reconciled).toBe(true);
      expect(reconciliation.securities.map((s) => s.securityId).sort()).toEqual([EURC, SEC].sort());
      expect(await st2.balance(audit, EURC, OMNI)).toBe(199n);
    }, 60_000);

    it('pays an account of 101 owners in two batches, 100 then 1, each owner once: the account\'s shares stay still and the distribution open until the last; the account gets exactly its owners\' entitlements', async () => {
      const payLarge = () => desk.payDistribution(custodian, { distributionId: DIV, accountId: LARGE }, { securityId: SEC, cashSecurityId: EURC });
      const first = await payLarge();
      expect(first.payload.events[0]).toEqual(expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: LARGE, units: '300', amount: '60', outstanding: '1' }] }));
      expect(await st2.outcome(agent, 'distribution:close', { distributionId: DIV })).toBe('ST2-DISTRIBUTION-INCOMPLETE');
      const [firstOwner, lastOwner] = [largeOwners[0], largeOwners[LARGE_OWNERS - 1]] as [typeof yan, typeof yan];
      expect(await st2.outcomeOf(() => desk.move(custodian, { securityId: SEC, accountId: LARGE }, firstOwner, lastOwner, '1'))).toBe('ST2-CUSTODY-RECORD-PENDING');
      // A replay of an owner the first batch paid pays nobody twice.
      expect(await st2.outcomeOf(() => desk.payDistribution(custodian, { distributionId: DIV, accountId: LARGE }, { securityId: SEC, cashSecurityId: EURC }, [firstOwner.owner]))).toBe('ST2-ALREADY-PAID');
      const last = await payLarge();
      expect(last.payload.events[0]).toEqual(expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: LARGE, units: '1', amount: '0' }] }));
      expect(await st2.outcomeOf(payLarge)).toBe('ST2-ALREADY-PAID');
      const cash = (JSON.parse(await st2.evaluate(custodian, 'custody:positions', LARGE)) as { securityId: string; owner: string; amount: string }[]).filter((p) => p.securityId === EURC);
      const owed = largeOwners.map((_, i) => largeUnits(i) / 3n);
      expect(cash.reduce((sum, p) => sum + BigInt(p.amount), 0n)).toBe(60n);
      expect(Object.fromEntries(cash.map((p) => [p.owner, BigInt(p.amount)]))).toEqual(Object.fromEntries(largeOwners.flatMap(({ owner }, i) => ((owed[i] ?? 0n) > 0n ? [[owner, owed[i]]] : []))));
      expect(await st2.balance(audit, EURC, LARGE)).toBe(60n);
      expect(JSON.parse(await st2.evaluate(custodian, 'custody:reconciliation', LARGE))).toMatchObject({ reconciled: true });
    }, 300_000);

    it('closes: 133 to alice, 133 + 66 and 60 to the owners, the remainder 41 to its account: paid + remainder == floor(1301 / 3); the accounts\' shares move again', async () => {
      const closed = await st2.submit(agent, 'distribution:close', { distributionId: DIV });
      expect(closed.events[0]).toEqual(expect.objectContaining({ type: 'DistributionClosed', eligibleUnits: 1301n, declaredTotal: 433n, remainder: 41n }));
      expect(await distribution()).toMatchObject({ status: 'closed', paidAmount: 392n, remainder: 41n });
      expect([await st2.balance(audit, EURC, payer.id), await st2.balance(audit, EURC, rest.id)]).toEqual([10000n - 433n, 41n]);
      await desk.move(custodian, { securityId: SEC, accountId: OMNI }, zoe, yan, '1');
      expect((await reconciled()).reconciled).toBe(true);
    }, 60_000);
  });
}
