import type { Actor, Decision, DomainEvent } from '@st2/chaincode';
import { actors, command, consortium, DAY, T0, World } from './world';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';

/**
 * A coupon is a cash distribution whose rate per unit comes from the schedule: DeclareCoupon declares coupon n of
 * a debt security, at its coupon per unit of face value, payable on its payment date; paying and closing are
 * the distribution's. The clock is at Monday 5 January 2026; BOND pays 5% semi-annually on 15 January and 15 July
 * from 15 July 2025 to 15 July 2027, 30/360: 25.00 per 1,000.00 unit each coupon.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const bondTerms = (over: Record<string, unknown> = {}) => ({
  kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 500, couponFrequency: 'semiannual', issueDate: d('2025-07-15'), maturityDate: d('2027-07-15'), ...over,
});
const coupon = (over: Record<string, unknown> = {}) => ({ securityId: 'BOND', coupon: 1, cashSecurityId: 'EURC', recordTime: T0 + DAY, payer: 'acme-pay', remainderAccount: 'acme-rest', ...over });

function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'acme-pay' }, { id: 'acme-rest' });
  world.given(treasury, 'CreateSecurity', { securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  world.given(treasury, 'CreateSecurity', { securityId: 'USDC', name: 'USD deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'USD' } });
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: '100000' });
  const create = (securityId: string, terms: Record<string, unknown>) => world.given(actors.issuer, 'CreateSecurity', {
    securityId, name: `${securityId} notes`, isin: 'DE000A1B2C46', decimals: 0, agents: [{ org: actors.agent.org, id: actors.agent.id }], rules: { requiredClaims: ['kyc'] }, terms,
  });
  create('BOND', bondTerms());
  create('FRN', bondTerms({ couponRateBps: 0, floating: { reference: 'EURIBOR-6M', spreadBps: 100 } }));
  world.createEquity('EQ');
  for (const [to, amount] of [['alice', '3'], ['bob', '2']] as const) world.given(actors.issuer, 'Issue', { securityId: 'BOND', to, amount });
  return world;
}

/** Runs DeclareCoupon, checking that what the chaincode loads for it decides the same and that projections fold the same. */
function declare(world: World, input: Record<string, unknown>, who: Actor = actors.issuer): Decision<DomainEvent> {
  const before = world.slice;
  const decision = world.run(who, 'DeclareCoupon', input);
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command('DeclareCoupon', input), { actor: who, at: world.now, consortium }, decision);
  return decision;
}

describe('coupons paid as cash distributions', () => {
  it('declares coupon 1 at 25.00 per unit, payable on 15 January, and pays every holder at the record time', () => {
    const world = setup();
    expect(codeOf(declare(world, coupon()))).toBe('accepted');
    expect(world.slice.distributions['BOND:coupon:1']).toMatchObject({
      securityId: 'BOND', coupon: 1, rate: { numerator: 2_500n, denominator: 1n }, recordTime: T0 + DAY, paymentDate: d('2026-01-15'),
    });
    world.advance(d('2026-01-15') - world.now);
    world.given(actors.agent, 'PayDistribution', { distributionId: 'BOND:coupon:1', holders: ['alice', 'bob'] });
    world.given(actors.agent, 'CloseDistribution', { distributionId: 'BOND:coupon:1' });
    expect([world.balance('EURC', 'alice'), world.balance('EURC', 'bob'), world.balance('EURC', 'acme-pay')]).toEqual([7_500n, 5_000n, 87_500n]);
  });

  it('declares a coupon once: its distribution id is the coupon\'s', () => {
    const world = setup();
    declare(world, coupon());
    expect(codeOf(declare(world, coupon({ recordTime: T0 + 2 * DAY })))).toBe('ST2-ALREADY-EXISTS');
  });

  it('rates a floating coupon from the observed reference plus the spread: 3.00% + 1.00% for half a year is 20.00 per unit', () => {
    const world = setup();
    expect(codeOf(declare(world, coupon({ securityId: 'FRN' })))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(declare(world, coupon({ securityId: 'FRN', observedReferenceBps: 300 })))).toBe('accepted');
    expect(world.slice.distributions['FRN:coupon:1']?.rate).toEqual({ numerator: 2_000n, denominator: 1n });
  });

  it('refuses a coupon the schedule has not, a security without coupons, an observed rate for a fixed coupon, cash in another currency', () => {
    const world = setup();
    for (const input of [coupon({ coupon: 5 }), coupon({ securityId: 'EQ' }), coupon({ observedReferenceBps: 300 }), coupon({ cashSecurityId: 'USDC' })]) {
      expect(codeOf(declare(world, input))).toBe('ST2-INVALID-INPUT');
    }
  });

  it('is the issuer\'s to declare, as any distribution', () => {
    const world = setup();
    expect(codeOf(declare(world, coupon(), actors.agent))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(declare(world, coupon({ coupon: 5 }), actors.agent))).toBe('ST2-UNAUTHORIZED');
  });
});
