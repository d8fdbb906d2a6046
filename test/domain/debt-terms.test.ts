import { debtCalendarOf, isDebtLike } from '@st2/chaincode';
import { actors, DAY, World } from './world';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const debtTerms = (overrides: Record<string, unknown>) => ({
  kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 500, couponFrequency: 'semiannual', maturityDate: d('2031-03-15'), ...overrides,
});

function create(world: World, terms: Record<string, unknown>) {
  return world.run(actors.issuer, 'CreateSecurity', { securityId: 'BOND', name: '5% 2031', isin: 'DE000A1B2C46', decimals: 0, agents: [], rules: { requiredClaims: ['kyc'] }, terms });
}

function calendarOf(world: World) {
  const security = world.slice.securities.BOND;
  if (!security || !isDebtLike(security.terms)) throw new Error('BOND is not a debt security');
  return debtCalendarOf(security.terms, security.createdAt);
}

describe('debt terms: issue date, day count, business-day convention, floating coupon', () => {
  it('a bond created without them accrues from its creation, 30/360, paid modified following', () => {
    const world = World.withInvestors();
    expect(create(world, debtTerms({})).ok).toBe(true);
    const { coupons, maturity } = calendarOf(world);
    expect(coupons[0]!.start).toBe(Math.floor(world.now / DAY) * DAY);
    expect(coupons.at(-1)!.end).toBe(d('2031-03-15'));
    // 30/360: every regular period is half a year, 5% of 1,000.00 over two = 25.00.
    expect(coupons.slice(1).map((c) => c.rate)).toEqual(Array(coupons.length - 1).fill({ kind: 'fixed', rateBps: 500, couponPerUnit: 2_500n }));
    expect(maturity).toEqual({ maturityDate: d('2031-03-15'), paymentDate: d('2031-03-17'), principalPerUnit: 100_000n }); // 15 March 2031 is a Saturday: Monday the 17th
  });

  it('a bond issued on a roll date under ACT/ACT ICMA pays the same on every regular period', () => {
    const world = World.withInvestors();
    expect(create(world, debtTerms({ issueDate: d('2025-09-15'), dayCount: 'ACT/ACT-ICMA', businessDayConvention: 'preceding' })).ok).toBe(true);
    const { coupons, maturity } = calendarOf(world);
    expect(coupons).toHaveLength(11);
    expect(new Set(coupons.map((c) => c.rate.kind === 'fixed' && c.rate.couponPerUnit))).toEqual(new Set([2_500n]));
    expect(maturity.paymentDate).toBe(d('2031-03-14')); // preceding: Friday the 14th
  });

  it('a bond may ask for a long first coupon (ISDA 1998, "The Actual/Actual Day Count Fraction", Example 5): to the second roll date, counted over its two notional periods', () => {
    // Quarterly on the 30th, issued 30 November 1999, first coupon 30 April 2000 over 30 October 1999 – 30 January 2000
    // (92 days) and 30 January – 30 April 2000 (91 days): ICMA 61 / (92 × 4) + 91 / (91 × 4) = 153 / 368 of a year.
    // Moved 28 years on (2028 is a leap year as 2000 was: the same day counts) so that the bond has not matured;
    // 5% of 1,000.00 × 153 / 368 = 20.7880: 2,078 cents (rounded down).
    const terms = { issueDate: d('2027-11-30'), maturityDate: d('2029-04-30'), couponFrequency: 'quarterly', dayCount: 'ACT/ACT-ICMA' };
    const [long, short] = [new World(), new World()];
    expect(create(long, debtTerms({ ...terms, firstStub: 'long' })).ok).toBe(true);
    expect(create(short, debtTerms(terms)).ok).toBe(true);
    const [first] = calendarOf(long).coupons;
    expect([first?.start, first?.end, first?.regular, first?.rate]).toEqual([d('2027-11-30'), d('2028-04-30'), false, { kind: 'fixed', rateBps: 500, couponPerUnit: 2_078n }]);
    expect(calendarOf(long).coupons[1]?.rate).toEqual({ kind: 'fixed', rateBps: 500, couponPerUnit: 1_250n });
    // Short by default: the same issue pays first on 30 January, 61 / 368 of 50.00 = 8.2880.
    expect([calendarOf(short).coupons[0]?.end, calendarOf(short).coupons[0]?.rate]).toEqual([d('2028-01-30'), { kind: 'fixed', rateBps: 500, couponPerUnit: 828n }]);
    expect(calendarOf(short).coupons).toHaveLength(calendarOf(long).coupons.length + 1);
  });

  it('a bond may roll its coupons forward from the issue and end on a long last coupon (ISDA 1998, "The Actual/Actual Day Count Fraction", Example 4, made long under ICMA Rule 251)', () => {
    // Semi-annual from 30 July 1999 to a 30 June 2000 maturity: ISDA counts the regular 30 July 1999 – 30 January
    // 2000 as 184 / (184 × 2) and the short final 30 January – 30 June 2000 as 152 / (182 × 2) (notional period to
    // 30 July 2000); a long last coupon spans both notional periods: 1/2 + 38/91 = 167/182 of a year. Moved 28 years
    // on (2027 and 2028 have 1999's and 2000's day counts): 5% of 1,000.00 × 167 / 182 = 45.8791: 4,587 cents.
    const terms = { issueDate: d('2027-07-30'), maturityDate: d('2028-06-30'), dayCount: 'ACT/ACT-ICMA' };
    const [long, short, both] = [new World(), new World(), new World()];
    expect(create(long, debtTerms({ ...terms, lastStub: 'long' })).ok).toBe(true);
    expect(create(short, debtTerms({ ...terms, lastStub: 'short' })).ok).toBe(true);
    const [only, ...none] = calendarOf(long).coupons;
    expect(none).toHaveLength(0);
    expect([only?.start, only?.end, only?.regular, only?.rate]).toEqual([d('2027-07-30'), d('2028-06-30'), false, { kind: 'fixed', rateBps: 500, couponPerUnit: 4_587n }]);
    // Short: 25.00 on 30 January, then 152 / 364 of 50.00 = 20.8791 on 30 June.
    expect(calendarOf(short).coupons.map((c) => [c.end, c.rate.kind === 'fixed' && c.rate.couponPerUnit])).toEqual([[d('2028-01-30'), 2_500n], [d('2028-06-30'), 2_087n]]);
    const refused = create(both, debtTerms({ ...terms, firstStub: 'long', lastStub: 'long' }));
    expect(refused.ok ? 'accepted' : refused.code).toBe('ST2-INVALID-INPUT');
  });

  it('a floating coupon names its reference and spread; its rate waits for the fixing from the feed named like the reference', () => {
    const world = World.withInvestors();
    expect(create(world, debtTerms({ couponRateBps: 0, floating: { reference: 'EURIBOR-6M', spreadBps: 120 } })).ok).toBe(true);
    const { coupons } = calendarOf(world);
    expect(new Set(coupons.map((c) => JSON.stringify(c.rate)))).toEqual(new Set([JSON.stringify({ kind: 'floating', reference: 'EURIBOR-6M', spreadBps: 120, feedId: 'EURIBOR-6M' })]));
  });

  it('a floating coupon may name the feed its rate is fixed from, when its id is not the reference', () => {
    const world = World.withInvestors();
    expect(create(world, debtTerms({ couponRateBps: 0, floating: { reference: 'EURIBOR 6M', spreadBps: 120, feedId: 'emmi-euribor-6m' } })).ok).toBe(true);
    expect(calendarOf(world).coupons[0]?.rate).toEqual({ kind: 'floating', reference: 'EURIBOR 6M', spreadBps: 120, feedId: 'emmi-euribor-6m' });
  });

  it('refuses a floating coupon with a fixed rate too, an issue date not before maturity', () => {
    const world = World.withInvestors();
    const refusal = (terms: Record<string, unknown>) => { const decision = create(world, debtTerms(terms)); return decision.ok ? 'accepted' : decision.code; };
    expect(refusal({ floating: { reference: 'SOFR', spreadBps: 50 } })).toBe('ST2-INVALID-INPUT');
    expect(refusal({ issueDate: d('2031-03-15') })).toBe('ST2-INVALID-INPUT');
  });

  it('refuses, at the schema, a day count or convention it does not know', () => {
    const world = World.withInvestors();
    expect(() => create(world, debtTerms({ dayCount: 'ACT/ACT-ISDA' }))).toThrow(/ST2-INVALID-INPUT/);
    expect(() => create(world, debtTerms({ businessDayConvention: 'nearest' }))).toThrow(/ST2-INVALID-INPUT/);
  });
});
