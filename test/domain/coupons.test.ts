import type { Actor, Decision, DomainEvent, Feed } from '@st2/chaincode';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
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
  // Floating on EURIBOR 6M + 1.00%, ACT/360: its rate is read from the oracle feed whose id is the reference.
  create('FRN', bondTerms({ couponRateBps: 0, dayCount: 'ACT/360', floating: { reference: 'EURIBOR-6M', spreadBps: 100 } }));
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

  it('refuses a coupon the schedule has not, a security without coupons, a fixing round for a fixed coupon, cash in another currency', () => {
    const world = setup();
    for (const input of [coupon({ coupon: 5 }), coupon({ securityId: 'EQ' }), coupon({ fixingRoundId: 1 }), coupon({ cashSecurityId: 'USDC' })]) {
      expect(codeOf(declare(world, input))).toBe('ST2-INVALID-INPUT');
    }
  });

  it('is the issuer\'s to declare, as any distribution', () => {
    const world = setup();
    expect(codeOf(declare(world, coupon(), actors.agent))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(declare(world, coupon({ coupon: 5 }), actors.agent))).toBe('ST2-UNAUTHORIZED');
  });
});

/**
 * A floating coupon's rate is fixed on the ledger from its reference rate's oracle feed (coupon-fixing.ts): the
 * last usable round observed at or before the period's start, plus the spread. FRN's coupon 1 runs from 15 July
 * 2025 to 15 January 2026 (184 days, ACT/360), fixed at 15 July 2025 00:00 UTC. The feed's values are percent
 * with 3 decimals.
 */
describe('floating coupons fixed from an oracle feed', () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const FIXING = d('2025-07-15');
  const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
  const rateFeed = (over: Record<string, unknown> = {}) => ({
    kind: 'rate', base: 'EURIBOR-6M', quote: 'PCT', decimals: 3, maxAgeMs: 4 * DAY, maxDeviationBps: 5000,
    band: { min: '-5000', max: '20000' }, signers: signers.map((s) => s.publicKey), f: 1, ...over,
  });
  const frn = (over: Record<string, unknown> = {}) => coupon({ securityId: 'FRN', fixingRoundId: 1, ...over });

  function withFeed(over: Record<string, unknown> = {}): World {
    const world = setup();
    world.givenGoverned('SetOracleFeed', { feedId: 'EURIBOR-6M', definition: rateFeed(over) });
    return world;
  }

  function round(world: World, roundId: number, value: bigint, observedAt: number): void {
    const feed = world.slice.feeds['EURIBOR-6M'] as Feed;
    world.given(actors.agent, 'SubmitOracleRound', signedReport(signers.slice(0, 3), { feedId: 'EURIBOR-6M', configDigest: feed.digest, roundId }, [value, value, value], observedAt));
  }

  function expectRefused(world: World, input: Record<string, unknown>, code: string): void {
    const before = world.slice;
    expect(codeOf(declare(world, input))).toBe(code);
    expect(world.slice).toBe(before);
  }

  it('declares 2.137% + 1.00% over 184/360 of a year as 16.03 per 1,000.00 unit (100,000 × 313.7 bps × 184/360 = 1,603.36, floored), the fixing stored', () => {
    const world = withFeed();
    round(world, 1, 2_137n, FIXING - 2 * HOUR);
    round(world, 2, 2_200n, FIXING + 2 * HOUR);
    const declared = declare(world, frn());
    expect(codeOf(declared)).toBe('accepted');
    const fixing = { feedId: 'EURIBOR-6M', roundId: 1, fixingTime: FIXING, observedAt: FIXING - 2 * HOUR, value: 2_137n, decimals: 3, spreadBps: 100, rateBps: { numerator: 3_137n, denominator: 10n } };
    expect(world.slice.distributions['FRN:coupon:1']).toMatchObject({ coupon: 1, rate: { numerator: 1_603n, denominator: 1n }, paymentDate: d('2026-01-15'), fixing });
    expect(declared.ok && declared.events[0]).toMatchObject({ type: 'DistributionDeclared', distribution: { fixing } });
  });

  it('asks for the fixing round of a floating coupon with ST2-INVALID-INPUT', () => {
    const world = withFeed();
    round(world, 1, 2_137n, FIXING - HOUR);
    expectRefused(world, frn({ fixingRoundId: undefined }), 'ST2-INVALID-INPUT');
  });

  it('refuses a fixing stale at the fixing time with ST2-ORACLE-STALE, changing nothing', () => {
    const world = withFeed();
    round(world, 1, 2_137n, FIXING - 5 * DAY);
    expectRefused(world, frn(), 'ST2-ORACLE-STALE');
  });

  it('refuses a fixing while the feed\'s market is closed with ST2-ORACLE-MARKET-CLOSED, and one outside today\'s band with ST2-ORACLE-OUT-OF-BAND', () => {
    const closed = withFeed({ marketHours: { days: [1, 2, 3, 4, 5], opensAt: 9 * 60, closesAt: 17 * 60 } });
    round(closed, 1, 2_137n, FIXING - HOUR);
    expectRefused(closed, frn(), 'ST2-ORACLE-MARKET-CLOSED');
    const narrowed = withFeed();
    round(narrowed, 1, 2_137n, FIXING - HOUR);
    narrowed.givenGoverned('SetOracleFeed', { feedId: 'EURIBOR-6M', definition: rateFeed({ band: { min: '0', max: '2000' } }) });
    expectRefused(narrowed, frn(), 'ST2-ORACLE-OUT-OF-BAND');
  });

  it('refuses an unknown feed and an unknown round with ST2-NOT-FOUND, and a feed that is not a rate with ST2-INVALID-INPUT', () => {
    const world = withFeed();
    round(world, 1, 2_137n, FIXING - HOUR);
    expectRefused(world, frn({ fixingRoundId: 7 }), 'ST2-NOT-FOUND');
    expectRefused(setup(), frn(), 'ST2-NOT-FOUND');
    const price = withFeed({ kind: 'price' });
    round(price, 1, 2_137n, FIXING - HOUR);
    expectRefused(price, frn(), 'ST2-INVALID-INPUT');
  });

  it('refuses a round that is not the last usable one at the fixing time with ST2-COUPON-FIXING: observed after it, or superseded before it', () => {
    const world = withFeed();
    round(world, 1, 2_137n, FIXING - 2 * HOUR);
    round(world, 3, 2_140n, FIXING - HOUR);
    round(world, 4, 2_150n, FIXING + HOUR);
    expectRefused(world, frn({ fixingRoundId: 1 }), 'ST2-COUPON-FIXING');
    expectRefused(world, frn({ fixingRoundId: 4 }), 'ST2-COUPON-FIXING');
    expect(codeOf(declare(world, frn({ fixingRoundId: 3 })))).toBe('accepted');
  });

  it('passes over a quarantined round before the fixing time: the last usable round fixes the coupon', () => {
    const world = withFeed({ maxDeviationBps: 1000 });
    round(world, 1, 2_137n, FIXING - 2 * HOUR);
    round(world, 2, 9_000n, FIXING - HOUR);
    expect(world.slice.rounds).toMatchObject({ [`EURIBOR-6M\u00000000000000000002`]: { status: 'quarantined' } });
    expectRefused(world, frn({ fixingRoundId: 2 }), 'ST2-COUPON-FIXING');
    expect(codeOf(declare(world, frn({ fixingRoundId: 1 })))).toBe('accepted');
  });

  it('floors a negative rate at zero: -1.25% + 1.00% pays nothing, refused as rounding to nothing with ST2-INVALID-INPUT', () => {
    const world = withFeed();
    round(world, 1, -1_250n, FIXING - HOUR);
    expectRefused(world, frn(), 'ST2-INVALID-INPUT');
  });

  it('keeps a declared coupon\'s rate and fixing when later rounds come: the coupon is declared once', () => {
    const world = withFeed();
    round(world, 1, 2_137n, FIXING - HOUR);
    declare(world, frn());
    const declared = world.slice.distributions['FRN:coupon:1'];
    round(world, 2, 2_400n, world.now - MINUTE);
    expect(world.slice.distributions['FRN:coupon:1']).toBe(declared);
    expect(codeOf(declare(world, frn({ recordTime: T0 + 2 * DAY })))).toBe('ST2-ALREADY-EXISTS');
  });
});
