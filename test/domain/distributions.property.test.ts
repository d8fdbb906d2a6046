import fc from 'fast-check';
import type { Actor, CommandKind } from '@st2/chaincode';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';
import { actors, command, consortium, DAY, investor, T0, World } from './world';

/**
 * Whatever the holdings do before and after the record time, and however the holders are split into
 * batches: every holder at the record time is paid once, for its units then, the payments and the remainder
 * add up to exactly floor(supply at record time × rate), and paying moves cash without changing its supply.
 */
const HOLDERS = ['alice', 'bob', 'carol', 'dave'] as const;
const holder = fc.constantFrom(...HOLDERS);
const amount = fc.bigInt({ min: 1n, max: 5_000n }).map(String);
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const RECORD_TIME = T0 + DAY;

type Op = { actor: Actor; kind: CommandKind; input: Record<string, unknown> };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ to: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'Issue' as const, input: { securityId: 'EQ', ...input } })),
  fc.record({ from: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'Redeem' as const, input: { securityId: 'EQ', ...input } })),
  fc.record({ from: holder, to: holder, amount }).map((input) => ({ actor: investor(input.from), kind: 'Transfer' as const, input: { securityId: 'EQ', ...input } })),
);
const rate = fc.record({ numerator: fc.bigInt({ min: 1n, max: 10n ** 12n }), denominator: fc.bigInt({ min: 1n, max: 10n ** 6n }) });

function setup(numerator: bigint, denominator: bigint): World {
  const world = World.withInvestors(...HOLDERS.map((id) => ({ id })), { id: 'acme-pay' }, { id: 'acme-rest' });
  world.createEquity('EQ');
  world.given(treasury, 'CreateSecurity', { securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: (10n ** 30n).toString() });
  world.given(actors.issuer, 'DeclareDistribution', {
    distributionId: 'D1', securityId: 'EQ', cashSecurityId: 'EURC', rate: { numerator: numerator.toString(), denominator: denominator.toString() },
    recordTime: RECORD_TIME, paymentDate: RECORD_TIME + DAY, payer: 'acme-pay', remainderAccount: 'acme-rest',
  });
  return world;
}

/** Runs a payment or the close, checking that the chaincode's loaded slice and the projections agree. */
function checked(world: World, kind: 'PayDistribution' | 'CloseDistribution', input: Record<string, unknown>) {
  const before = world.slice;
  const decision = world.run(actors.agent, kind, input);
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command(kind, input), { actor: actors.agent, at: world.now, consortium }, decision);
  return decision;
}

describe('cash distributions under any holdings and batches', () => {
  it('pays each holder at the record time once, exactly floor(units × rate), and the remainder closes the sum to floor(supply × rate)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 15 }), fc.array(op, { maxLength: 15 }), rate, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (before, after, { numerator, denominator }, batchOf) => {
        const world = setup(numerator, denominator);
        world.runEach(before, T0 + 1);
        // The balances at the record time, read directly (not through the snapshot entries under test).
        const atRecord = new Map(HOLDERS.map((h) => [h, world.balance('EQ', h)]));
        const supplyAtRecord = world.slice.stats.EQ?.supply ?? 0n;
        world.runEach(after, RECORD_TIME + 1);
        world.now = RECORD_TIME + DAY;
        const cashSupply = world.slice.stats.EURC?.supply;

        const entitled = HOLDERS.filter((h) => (atRecord.get(h) ?? 0n) > 0n);
        const batches = new Map<number, string[]>();
        entitled.forEach((h, i) => batches.set((batchOf[i] ?? 0) % 3, [...(batches.get((batchOf[i] ?? 0) % 3) ?? []), h]));
        for (const holders of batches.values()) expect(checked(world, 'PayDistribution', { distributionId: 'D1', holders }).ok).toBe(true);
        for (const h of entitled) {
          expect(world.balance('EURC', h)).toBe(((atRecord.get(h) ?? 0n) * numerator) / denominator);
          // Paid once: a second payment is refused.
          expect(world.run(actors.agent, 'PayDistribution', { distributionId: 'D1', holders: [h] })).toMatchObject({ ok: false, code: 'ST2-ALREADY-PAID' });
        }

        const closed = checked(world, 'CloseDistribution', { distributionId: 'D1' });
        expect(closed.ok).toBe(true);
        const declaredTotal = (supplyAtRecord * numerator) / denominator;
        const paid = entitled.reduce((sum, h) => sum + world.balance('EURC', h), 0n);
        const remainder = world.balance('EURC', 'acme-rest');
        expect(paid + remainder).toBe(declaredTotal);
        expect(remainder >= 0n && remainder < BigInt(Math.max(entitled.length, 1))).toBe(true);
        expect(world.slice.distributions.D1).toMatchObject({ status: 'closed', declaredTotal, remainder, paidHolders: entitled.length, eligibleUnits: supplyAtRecord });
        expect(world.balance('EURC', 'acme-pay')).toBe(10n ** 30n - declaredTotal);
        expect(world.slice.stats.EURC?.supply).toBe(cashSupply);
      }),
      { numRuns: 150 },
    );
  });
});
