import { stateCodecs, type Distribution } from '@st2/chaincode';
import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sha256, sleepUntil, St2Client } from './client';

/** Fabric's only clock is the transaction timestamp: the record time and payment date are seconds ahead, and the scenario waits for them. */
const RECORD_IN_MS = 8_000;
const PAY_IN_MS = 12_000;
const DAY = 86_400_000;

/**
 * A dividend on a security held partly through an omnibus account, written once and run on every backend:
 * alice holds 400 shares herself; the custodian's omnibus account holds 600 for two beneficial owners (400
 * and 200), deposited from bob's holding. After the record time the account's shares stay still until its
 * custodian claims the account's payment, naming the owners privately; each owner's cash lands in its own
 * position inside the account, the account reconciles in the shares and the cash, and the distribution closes
 * with paid + remainder == the declared total.
 */
export function custodyDistributionsScenario(backend: Backend): void {
  describe(`a dividend reaching a custody account's beneficial owners on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit, treasury, custodian } = scenarioCast(backend.msp, 'k');
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank1, 'bob');
    const payer = investor(backend.msp.bank1, 'acme-pay');
    const rest = investor(backend.msp.bank1, 'acme-rest');
    const [SEC, EURC, DIV, OMNI] = [id('CD-EQ'), id('EURC'), id('CD-DIV'), id('CD-OMNI')];
    const zoe = { owner: id('zoe'), jurisdiction: 'DE', investorType: 'retail' as const };
    const yan = { owner: id('yan'), jurisdiction: 'FR', investorType: 'professional' as const };
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
      st2 = new St2Client(ledger);
      desk = new CustodyDesk(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      await st2.onboardVerified(kyc, [[ops1, alice], [ops1, bob], [ops1, payer], [ops1, rest]]);
      await st2.submit(issuer, 'security:create', {
        securityId: SEC, name: 'Custody dividend shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '400' });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: bob.id, amount: '600' });
      await st2.submit(treasury, 'security:create', { securityId: EURC, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
      await st2.submit(treasury, 'token:issue', { securityId: EURC, to: payer.id, amount: '10000' });
      await st2.submit(custodian, 'custody:openAccount', { accountId: OMNI, accountType: 'omnibus', jurisdiction: 'LU' });
      const evidence = `kyc of ${OMNI}`;
      await st2.submit(kyc, 'identity:addClaim', { identityId: OMNI, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      await st2.submit(bob, 'token:authorizeOperator', { securityId: SEC, holder: bob.id, operator: { org: custodian.org, id: custodian.id } });
      await desk.deposit(custodian, custodian, { securityId: SEC, accountId: OMNI, from: bob.id, amount: '400' }, zoe);
      await desk.deposit(custodian, custodian, { securityId: SEC, accountId: OMNI, from: bob.id, amount: '200' }, yan);
      [recordTime, paymentDate] = [Date.now() + RECORD_IN_MS, Date.now() + PAY_IN_MS];
      await st2.submit(issuer, 'distribution:declare', {
        distributionId: DIV, securityId: SEC, cashSecurityId: EURC, rate: { numerator: '1', denominator: '3' }, recordTime, paymentDate, payer: payer.id, remainderAccount: rest.id,
      });
    }, 180_000);
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

    it('closes: 133 to alice, 133 + 66 to the owners, the remainder 1 to its account: paid + remainder == floor(1000 / 3); the account\'s shares move again', async () => {
      const closed = await st2.submit(agent, 'distribution:close', { distributionId: DIV });
      expect(closed.events[0]).toEqual(expect.objectContaining({ type: 'DistributionClosed', eligibleUnits: 1000n, declaredTotal: 333n, remainder: 1n }));
      expect(await distribution()).toMatchObject({ status: 'closed', paidAmount: 332n, remainder: 1n });
      expect([await st2.balance(audit, EURC, payer.id), await st2.balance(audit, EURC, rest.id)]).toEqual([10000n - 333n, 1n]);
      await desk.move(custodian, { securityId: SEC, accountId: OMNI }, zoe, yan, '1');
      expect((await reconciled()).reconciled).toBe(true);
    }, 60_000);
  });
}
