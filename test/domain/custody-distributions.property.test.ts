import fc from 'fast-check';
import { entitlementOf, MAX_PAYMENTS_PER_BATCH, type Actor, type OwnerEntitlement } from '@st2/chaincode';
import { runChecked } from './slices';
import { SubLedger } from './sub-ledger';
import { actors, DAY, T0, World } from './world';

/**
 * However many beneficial owners an omnibus account has (past one transaction's 100) and however its custodian
 * splits them into batches, with replayed and overlapping batches in between: every owner is paid once, exactly
 * floor(position × rate); what the account received is the sum of its owners' entitlements; the account is paid
 * (and moves again) exactly when its last owner is; and the distribution closes to its declared total.
 */
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
const RECORD = T0 + DAY;
const PAYMENT = T0 + 2 * DAY;

const positions = fc.array(fc.bigInt({ min: 1n, max: 1_000n }), { minLength: 1, maxLength: 130, size: 'max' });
const rate = fc.record({ numerator: fc.bigInt({ min: 1n, max: 10n ** 6n }), denominator: fc.bigInt({ min: 1n, max: 10n ** 3n }) });
const batchSizes = fc.array(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: MAX_PAYMENTS_PER_BATCH })), { minLength: 1, maxLength: 140 });
/** After each batch, maybe a replay of an earlier one, or an overlap of its last owner with the next. */
const replays = fc.array(fc.constantFrom('none', 'replay', 'overlap'), { minLength: 140, maxLength: 140 });

function setup(amounts: readonly bigint[], { numerator, denominator }: { numerator: bigint; denominator: bigint }): { world: World; ledger: SubLedger; names: string[] } {
  const world = World.withInvestors({ id: 'bob' }, { id: 'acme-pay' }, { id: 'acme-rest' });
  world.createEquity('EQ');
  world.createCash('EURC', { 'acme-pay': (10n ** 30n).toString() });
  world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: amounts.reduce((sum, a) => sum + a, 0n).toString() });
  world.openOmnibus(custodian, 'OMNI', { holder: 'bob', securityId: 'EQ' });
  const ledger = new SubLedger();
  const names = amounts.map((_, i) => `owner-${i.toString().padStart(3, '0')}`);
  for (const [i, name] of names.entries()) {
    const to = ledger.owner('EQ', name, i % 2 === 0 ? 'DE' : 'FR');
    world.given(custodian, 'CustodyDeposit', { securityId: 'EQ', accountId: 'OMNI', from: 'bob', amount: (amounts[i] ?? 0n).toString() }, { custody: { to } });
    ledger.apply('EQ', to, amounts[i] ?? 0n, world.now);
  }
  world.given(actors.issuer, 'DeclareDistribution', {
    distributionId: 'D1', securityId: 'EQ', cashSecurityId: 'EURC', rate: { numerator: numerator.toString(), denominator: denominator.toString() },
    recordTime: RECORD, paymentDate: PAYMENT, payer: 'acme-pay', remainderAccount: 'acme-rest',
  });
  return { world, ledger, names };
}

/** The owners as the custodian's peer would name them: positions, cash positions, and each one's private paid marker. */
const entitlements = (ledger: SubLedger, names: readonly string[]): OwnerEntitlement[] => names.map((name) => ({
  security: ledger.owner('EQ', name), cash: ledger.owner('EURC', name, ledger.owner('EQ', name).jurisdiction), ...(ledger.paid.has(name) ? { paid: true } : {}),
}));

describe('custody distributions in batches, for any owners and batch sizes', () => {
  it('pays every owner once, exactly floor(position × rate); the account gets the sum of its owners\' entitlements and is paid with its last owner', () => {
    fc.assert(
      fc.property(positions, rate, batchSizes, replays, (amounts, r, sizes, extra) => {
        const { world, ledger, names } = setup(amounts, r);
        world.now = PAYMENT;
        const pay = (batch: readonly string[]) => {
          const owners = entitlements(ledger, batch);
          const decision = runChecked(world, custodian, 'PayCustodyDistribution', { distributionId: 'D1', accountId: 'OMNI' }, { custody: { owners } });
          if (decision.ok) {
            for (const owner of owners) {
              ledger.apply('EURC', owner.cash, entitlementOf(owner.security.position?.amount ?? 0n, r), world.now);
              ledger.paid.add(owner.security.owner);
            }
          }
          return decision;
        };
        const refusedWithoutChange = (batch: readonly string[]) => {
          const before = world.slice;
          const decision = pay(batch);
          expect(decision.ok ? 'accepted' : decision.code).toBe('ST2-ALREADY-PAID');
          expect(world.slice).toBe(before);
        };
        const batches: string[][] = [];
        for (let next = 0, i = 0; next < names.length; i += 1) {
          const batch = names.slice(next, next + (sizes[i % sizes.length] ?? 1));
          expect(world.slice.payouts['D1\u0000OMNI']?.outstanding === undefined).toBe(next === 0);
          expect(pay(batch).ok).toBe(true);
          batches.push(batch);
          next += batch.length;
          const again = extra[i % extra.length];
          if (again === 'replay') refusedWithoutChange(batches[Math.floor(batches.length / 2)] ?? batch);
          const following = names[next];
          if (again === 'overlap' && following !== undefined) refusedWithoutChange([following, ...batch.slice(-1)]);
        }
        const owed = amounts.reduce((sum, a) => sum + entitlementOf(a, r), 0n);
        for (const [i, name] of names.entries()) expect(ledger.owner('EURC', name).position?.amount ?? 0n).toBe(entitlementOf(amounts[i] ?? 0n, r));
        expect([world.balance('EURC', 'OMNI'), ledger.sum('EURC')]).toEqual([owed, owed]);
        const units = amounts.reduce((sum, a) => sum + a, 0n);
        expect(world.slice.payouts['D1\u0000OMNI']).toEqual({ distributionId: 'D1', holder: 'OMNI', units, amount: owed, paidAt: PAYMENT });
        expect(world.slice.distributions.D1).toMatchObject({ paidHolders: 1, paidUnits: units, paidAmount: owed });
        const closed = world.given(actors.agent, 'CloseDistribution', { distributionId: 'D1' })[0];
        expect(closed).toMatchObject({ type: 'DistributionClosed', declaredTotal: entitlementOf(units, r), remainder: entitlementOf(units, r) - owed });
      }),
      { numRuns: 25 },
    );
  });
});
