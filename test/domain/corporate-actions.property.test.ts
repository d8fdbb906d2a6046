import fc from 'fast-check';
import { multiplierOf, type Actor, type CommandKind, type CorporateActionType, type EventOf, type Slice } from '@st2/chaincode';
import { actors, DAY, investor, T0, World } from './world';

/**
 * Whatever the holdings, the ratio and the price, and however the holders are split into batches with
 * movements attempted between them: supply == the sum of the holdings and the holder count == the holdings
 * with units after every step; each holder's value is conserved (units × price == new units × price per new unit
 * + cash, less under one cash unit); and while the action is under way no movement of the security is accepted.
 */
const HOLDERS = ['alice', 'bob', 'carol', 'dave'] as const;
const holder = fc.constantFrom(...HOLDERS);
const amount = fc.bigInt({ min: 1n, max: 5_000n }).map(String);
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const EFFECTIVE = T0 + DAY;

type Op = { actor: Actor; kind: CommandKind; input: Record<string, unknown> };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ to: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'Issue' as const, input: { securityId: 'EQ', ...input } })),
  fc.record({ from: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'Redeem' as const, input: { securityId: 'EQ', ...input } })),
  fc.record({ from: holder, to: holder, amount }).map((input) => ({ actor: investor(input.from), kind: 'Transfer' as const, input: { securityId: 'EQ', ...input } })),
);
const small = fc.bigInt({ min: 1n, max: 30n });
const action = fc.record({ numerator: small, denominator: small, dividend: fc.boolean(), price: fc.record({ numerator: fc.bigInt({ min: 1n, max: 10n ** 6n }), denominator: fc.bigInt({ min: 1n, max: 1000n }) }) })
  .map(({ numerator, denominator, dividend, price }) => {
    const type: CorporateActionType = dividend || numerator === denominator ? 'stock-dividend' : numerator > denominator ? 'split' : 'reverse-split';
    return { type, ratio: { numerator, denominator }, price };
  });

function setup(): World {
  const world = World.withInvestors(...HOLDERS.map((id) => ({ id })), { id: 'acme-pay' });
  world.createEquity('EQ');
  world.given(treasury, 'CreateSecurity', { securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: (10n ** 30n).toString() });
  return world;
}

function expectConsistent(slice: Slice): void {
  const holdings = Object.values(slice.holdings).filter((h) => h.securityId === 'EQ');
  expect(slice.stats['EQ']?.supply).toBe(holdings.reduce((sum, h) => sum + h.balance, 0n));
  expect(slice.stats['EQ']?.holders).toBe(holdings.filter((h) => h.balance > 0n).length);
}

/** Runs the ops one millisecond apart; refused ones change nothing. Returns how many were accepted. */
function runAll(world: World, ops: readonly Op[]): number {
  let accepted = 0;
  for (const o of ops) {
    world.advance(1);
    const before = world.slice;
    const decision = world.run(o.actor, o.kind, o.input);
    if (decision.ok) accepted += 1;
    else expect(world.slice).toBe(before);
    expectConsistent(world.slice);
  }
  return accepted;
}

describe('corporate actions, for any holdings, ratio, price and batches', () => {
  it('conserve supply == sum of holdings and each holder\'s value, and let nothing move while under way', () => {
    fc.assert(fc.property(
      fc.array(op, { maxLength: 12 }), action, fc.array(fc.array(op, { maxLength: 3 }), { minLength: 4, maxLength: 4 }), fc.shuffledSubarray([...HOLDERS], { minLength: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 6 }),
      (before, { type, ratio, price }, between, order, batchSize, after) => {
        const world = setup();
        runAll(world, before);
        world.now = EFFECTIVE - 1;
        const declared = world.run(actors.issuer, 'DeclareCorporateAction', {
          actionId: 'CA1', securityId: 'EQ', type, ratio: { numerator: ratio.numerator.toString(), denominator: ratio.denominator.toString() }, effectiveTime: EFFECTIVE,
          cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: price.numerator.toString(), denominator: price.denominator.toString() } },
        });
        expect(declared.ok).toBe(true);
        world.now = EFFECTIVE;
        // With nothing held, one batch naming anyone completes the action.
        const held = order.filter((h) => world.balance('EQ', h) > 0n);
        const holders = held.length > 0 ? held : ['alice'];
        const applied: EventOf<'CorporateActionApplied'>['adjustments'][number][] = [];
        for (let i = 0, batch = 0; i < holders.length; i += batchSize, batch += 1) {
          expect(runAll(world, between[batch % between.length] ?? [])).toBe(0);
          const decision = world.run(actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: holders.slice(i, i + batchSize) });
          if (!decision.ok) throw new Error(`${decision.code} ${decision.message}`);
          for (const e of decision.events) if (e.type === 'CorporateActionApplied') applied.push(...e.adjustments);
          expectConsistent(world.slice);
        }
        expect(world.slice.corporateActions['CA1']?.status).toBe('completed');
        const { numerator: a, denominator: b } = multiplierOf(type, ratio);
        for (const { holder: who, units, newUnits, cash } of applied) {
          // units × price == newUnits × (b / a) × price + cash, all × a × price.denominator: the gap is under one cash unit.
          const gap = units * price.numerator * a - (newUnits * b * price.numerator + cash * a * price.denominator);
          expect([who, gap >= 0n && gap < a * price.denominator]).toEqual([who, true]);
          expect(world.balance('EQ', who)).toBe(newUnits);
        }
        runAll(world, after);
      },
    ), { numRuns: 150 });
  });
});
