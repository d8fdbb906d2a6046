import fc from 'fast-check';
import type { Actor, CommandKind } from '@st2/chaincode';
import { runChecked } from './slices';
import { actors, DAY, investor, T0, World } from './world';

/**
 * Whatever the holdings did before the redemption date, whether the bond is called or matures, and however its
 * holders are split into batches: from the redemption date nothing moves but the redemption; each holder is
 * paid exactly floor(units × price) once and its units burned; the payments and the remainder add up to
 * floor(supply × price); the supply ends at 0 (always the sum of the holdings) and the cash supply never changes.
 */
const HOLDERS = ['alice', 'bob', 'carol', 'dave'] as const;
const holder = fc.constantFrom(...HOLDERS);
const amount = fc.bigInt({ min: 1n, max: 5_000n }).map(String);
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const MATURITY = T0 + 30 * DAY;
const CASH = 10n ** 30n;

type Op = { actor: Actor; kind: CommandKind; input: Record<string, unknown> };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ to: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'Issue' as const, input: { securityId: 'BOND', ...input } })),
  fc.record({ from: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'Redeem' as const, input: { securityId: 'BOND', ...input } })),
  fc.record({ from: holder, to: holder, amount }).map((input) => ({ actor: investor(input.from), kind: 'Transfer' as const, input: { securityId: 'BOND', ...input } })),
  fc.record({ from: holder, to: holder, amount }).map((input) => ({ actor: actors.agent, kind: 'ForcedTransfer' as const, input: { securityId: 'BOND', ...input } })),
);
/** A call price in bps of face (absent: redeemed at maturity) and a face value. */
const terms = fc.record({ priceBps: fc.option(fc.integer({ min: 10_000, max: 20_000 }), { nil: undefined }), faceValue: fc.bigInt({ min: 1n, max: 10n ** 20n }) });

function setup(faceValue: bigint, priceBps: number | undefined): World {
  const world = World.withInvestors(...HOLDERS.map((id) => ({ id })), { id: 'acme-pay' }, { id: 'acme-rest' });
  world.given(treasury, 'CreateSecurity', { securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: CASH.toString() });
  world.given(actors.issuer, 'CreateSecurity', {
    securityId: 'BOND', name: 'notes', isin: 'DE000A1B2C46', decimals: 0, agents: [{ org: actors.agent.org, id: actors.agent.id }], rules: { requiredClaims: ['kyc'] },
    terms: {
      kind: 'debt', faceValue: faceValue.toString(), currency: 'EUR', couponRateBps: 0, couponFrequency: 'annual', maturityDate: MATURITY,
      ...(priceBps === undefined ? {} : { call: { firstCallDate: T0, priceBps, noticeDays: 1 } }),
    },
  });
  if (priceBps !== undefined) world.given(actors.issuer, 'CallSecurity', { securityId: 'BOND', callDate: T0 + 10 * DAY });
  return world;
}

describe('redemption under any holdings, call and batches', () => {
  it('burns every unit, pays each holder exactly floor(units × price) once, and conserves the cash', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 15 }), fc.array(op, { maxLength: 8 }), terms, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (before, after, { priceBps, faceValue }, batchOf) => {
        const world = setup(faceValue, priceBps);
        const redemptionDate = priceBps === undefined ? MATURITY : T0 + 10 * DAY;
        world.runEach(before, T0 + 1);
        const atRecord = new Map(HOLDERS.map((h) => [h, world.balance('BOND', h)]));
        const supply = world.slice.stats['BOND']?.supply ?? 0n;
        expect([...atRecord.values()].reduce((a, b) => a + b, 0n)).toBe(supply);
        // From the redemption date every movement is refused and changes nothing.
        const frozen = world.slice;
        world.runEach(after, redemptionDate);
        expect(world.slice).toBe(frozen);

        const numerator = faceValue * BigInt(priceBps ?? 10_000);
        const priceOf = (units: bigint) => (units * numerator) / 10_000n;
        const declared = runChecked(world, actors.issuer, 'DeclareRedemption', { securityId: 'BOND', cashSecurityId: 'EURC', payer: 'acme-pay', remainderAccount: 'acme-rest' });
        expect(declared.ok).toBe(true);
        const entitled = HOLDERS.filter((h) => (atRecord.get(h) ?? 0n) > 0n);
        const batches = new Map<number, string[]>();
        entitled.forEach((h, i) => batches.set((batchOf[i] ?? 0) % 3, [...(batches.get((batchOf[i] ?? 0) % 3) ?? []), h]));
        for (const holders of batches.values()) {
          expect(runChecked(world, actors.agent, 'PayDistribution', { distributionId: 'BOND:redemption', holders }).ok).toBe(true);
          expect(world.slice.stats['BOND']?.supply).toBe(HOLDERS.reduce((sum, h) => sum + world.balance('BOND', h), 0n));
        }
        for (const h of HOLDERS) {
          expect([world.balance('EURC', h), world.balance('BOND', h)]).toEqual([priceOf(atRecord.get(h) ?? 0n), 0n]);
        }

        expect(runChecked(world, actors.agent, 'CloseDistribution', { distributionId: 'BOND:redemption' }).ok).toBe(true);
        const paid = HOLDERS.reduce((sum, h) => sum + world.balance('EURC', h), 0n);
        expect(paid + world.balance('EURC', 'acme-rest')).toBe(priceOf(supply));
        expect(world.balance('EURC', 'acme-pay')).toBe(CASH - priceOf(supply));
        expect(world.slice.stats['EURC']?.supply).toBe(CASH);
        expect(world.slice.stats['BOND']).toMatchObject({ supply: 0n, holders: 0 });
        expect(world.slice.securities['BOND']?.redeemedAt).toBe(world.now);
      }),
      { numRuns: 100 },
    );
  });
});
