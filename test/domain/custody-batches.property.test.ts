import fc from 'fast-check';
import { adjustmentOf, entitlementOf, MAX_PAYMENTS_PER_BATCH, multiplierOf, type Actor, type OwnerEntitlement } from '@st2/chaincode';
import { runChecked } from './slices';
import { SubLedger } from './sub-ledger';
import { actors, DAY, T0, World } from './world';

/**
 * However many beneficial owners an omnibus account has (past one transaction's 100) and however its custodian
 * splits them into batches, with replayed and overlapping batches in between: every owner is paid once, exactly
 * floor(position × rate); what the account received is the sum of its owners' entitlements; the account is paid
 * (and moves again) exactly when its last owner is; and the distribution closes to its declared total. Likewise a
 * split, reverse split or stock dividend applies to each owner once, as to a holder.
 */
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
const RECORD = T0 + DAY;
const PAYMENT = T0 + 2 * DAY;

const positions = fc.array(fc.bigInt({ min: 1n, max: 1_000n }), { minLength: 1, maxLength: 130, size: 'max' });
const rate = fc.record({ numerator: fc.bigInt({ min: 1n, max: 10n ** 6n }), denominator: fc.bigInt({ min: 1n, max: 10n ** 3n }) });
const batchSizes = fc.array(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: MAX_PAYMENTS_PER_BATCH })), { minLength: 1, maxLength: 140 });
/** After each batch, maybe a replay of an earlier one, or an overlap of its last owner with the next. */
const replays = fc.array(fc.constantFrom('none', 'replay', 'overlap'), { minLength: 140, maxLength: 140 });

/** bob's shares, all deposited into OMNI for the owners (`amounts`, alternately DE and FR), then `declare`d. */
function setup(amounts: readonly bigint[], declare: (world: World) => void): { world: World; ledger: SubLedger; names: string[] } {
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
  declare(world);
  return { world, ledger, names };
}

const dividend = ({ numerator, denominator }: { numerator: bigint; denominator: bigint }) => (world: World) => world.given(actors.issuer, 'DeclareDistribution', {
  distributionId: 'D1', securityId: 'EQ', cashSecurityId: 'EURC', rate: { numerator: numerator.toString(), denominator: denominator.toString() },
  recordTime: RECORD, paymentDate: PAYMENT, payer: 'acme-pay', remainderAccount: 'acme-rest',
});

/** Batches of `names` by `sizes` (cycled), in order. */
function batchesOf(names: readonly string[], sizes: readonly number[]): string[][] {
  const batches: string[][] = [];
  for (let next = 0, i = 0; next < names.length; i += 1) {
    const batch = names.slice(next, next + (sizes[i % sizes.length] ?? 1));
    batches.push(batch);
    next += batch.length;
  }
  return batches;
}

/** The owners as the custodian's peer would name them: positions, cash positions, and each one's private paid marker. */
const entitlements = (ledger: SubLedger, names: readonly string[]): OwnerEntitlement[] => names.map((name) => ({
  security: ledger.owner('EQ', name), cash: ledger.owner('EURC', name, ledger.owner('EQ', name).jurisdiction), ...(ledger.paid.has(name) ? { marked: true } : {}),
}));

/**
 * After a batch: `again` a replay of an earlier batch, or an overlap of the next batch's first owner with this one's
 * last; either is refused whole with `code`, changing nothing.
 */
function replayed(world: World, again: string | undefined, [earlier, overlap]: [readonly string[], readonly string[]], run: (batch: readonly string[]) => { ok: boolean; code?: string }, code: string): void {
  const batch = again === 'replay' ? earlier : again === 'overlap' && overlap.length > 1 ? overlap : undefined;
  if (!batch) return;
  const before = world.slice;
  const decision = run(batch);
  expect(decision.ok ? 'accepted' : decision.code).toBe(code);
  expect(world.slice).toBe(before);
}

/** Splits, reverse splits and stock dividends whose multipliers leave fractions, paid in lieu at `price` cents per old share. */
const action = fc.constantFrom(
  { type: 'reverse-split', ratio: { numerator: 1n, denominator: 4n }, price: { numerator: 3n, denominator: 1n } },
  { type: 'split', ratio: { numerator: 3n, denominator: 2n }, price: { numerator: 7n, denominator: 2n } },
  { type: 'stock-dividend', ratio: { numerator: 1n, denominator: 10n }, price: { numerator: 5n, denominator: 1n } },
);

describe('custody-account batches, for any owners and batch sizes', () => {
  it('pays every owner once, exactly floor(position × rate); the account gets the sum of its owners\' entitlements and is paid with its last owner', () => {
    fc.assert(
      fc.property(positions, rate, batchSizes, replays, (amounts, r, sizes, extra) => {
        const { world, ledger, names } = setup(amounts, dividend(r));
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
        const batches = batchesOf(names, sizes);
        for (const [i, batch] of batches.entries()) {
          expect(world.slice.payouts['D1\u0000OMNI']?.outstanding === undefined).toBe(i === 0);
          expect(pay(batch).ok).toBe(true);
          const again = extra[i % extra.length];
          replayed(world, again, [batches[Math.floor(i / 2)] ?? batch, [...batches[i + 1]?.slice(0, 1) ?? [], ...batch.slice(-1)]], pay, 'ST2-ALREADY-PAID');
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

  it('applies a corporate action to every owner once, exactly as to a holder; the account ends at its owners\' new units and the action completes with its last batch', () => {
    fc.assert(
      fc.property(positions, action, batchSizes, replays, (amounts, { type, ratio, price }, sizes, extra) => {
        const { world, ledger, names } = setup(amounts, (w) => w.given(actors.issuer, 'DeclareCorporateAction', {
          actionId: 'CA1', securityId: 'EQ', type, ratio: { numerator: ratio.numerator.toString(), denominator: ratio.denominator.toString() }, effectiveTime: RECORD,
          cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: price.numerator.toString(), denominator: price.denominator.toString() } },
        }));
        world.now = RECORD;
        const multiplier = multiplierOf(type, ratio);
        const expected = amounts.map((units) => adjustmentOf(units, multiplier, price));
        const apply = (batch: readonly string[]) => {
          const owners = entitlements(ledger, batch);
          const decision = runChecked(world, custodian, 'ApplyCustodyCorporateAction', { actionId: 'CA1', accountId: 'OMNI' }, { custody: { owners } });
          if (!decision.ok) return decision;
          for (const { security, cash } of owners) {
            const { newUnits, cash: paid } = adjustmentOf(security.position?.amount ?? 0n, multiplier, price);
            ledger.apply('EQ', security, newUnits - (security.position?.amount ?? 0n), world.now);
            ledger.apply('EURC', cash, paid, world.now);
            ledger.paid.add(security.owner);
          }
          return decision;
        };
        const batches = batchesOf(names, sizes);
        for (const [i, batch] of batches.entries()) {
          expect(world.slice.corporateActions.CA1?.status).toBe('declared');
          expect(apply(batch).ok).toBe(true);
          replayed(world, extra[i % extra.length], [batches[Math.floor(i / 2)] ?? batch, [...batches[i + 1]?.slice(0, 1) ?? [], ...batch.slice(-1)]], apply, i === batches.length - 1 ? 'ST2-CORPORATE-ACTION-COMPLETED' : 'ST2-ALREADY-ADJUSTED');
        }
        // bob deposited everything: the account was the only holding, and its last batch completes the action.
        expect(world.slice.corporateActions.CA1?.status).toBe('completed');
        const newUnits = expected.reduce((sum, a) => sum + a.newUnits, 0n);
        const cash = expected.reduce((sum, a) => sum + a.cash, 0n);
        for (const [i, name] of names.entries()) expect(ledger.owner('EQ', name).position?.amount).toBe(expected[i]?.newUnits);
        expect([world.balance('EQ', 'OMNI'), ledger.sum('EQ'), world.slice.stats.EQ?.supply]).toEqual([newUnits, newUnits, newUnits]);
        expect([world.balance('EURC', 'OMNI'), ledger.sum('EURC')]).toEqual([cash, cash]);
        expect(world.slice.holdings['EQ\u0000OMNI']?.corporateActionOutstanding).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });
});
