import fc from 'fast-check';
import {
  accruedInterest, accruedOnFace, annualRate, bond, cashFlows, cleanPrice, dirtyPrice, fraction, fractionToNumber, yieldToMaturity,
  type BondTerms, type Compounding,
} from '../../../chaincode/src/domain';
import { refusedWith } from './refused-with';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const POLICIES: readonly Compounding[] = ['periodic', 'periodic-simple-last'];

const terms = (overrides: Partial<BondTerms>): BondTerms => ({
  issueDate: d('2000-01-15'), maturityDate: d('2020-01-15'), frequency: 'semiannual', dayCount: '30/360', coupon: { percent: 10 }, ...overrides,
});

describe('bond terms, validated before anything is priced', () => {
  it('takes a rate in any unit it names: 10%, 1000 bps and 0.1 are the same coupon', () => {
    expect(annualRate({ percent: 10 })).toEqual(fraction(1, 10));
    expect(annualRate({ bps: 1000 })).toEqual(fraction(1, 10));
    expect(annualRate({ decimal: 0.1 })).toEqual(fraction(1, 10));
    expect(annualRate({ decimal: 0.05125 })).toEqual(fraction(5125, 100_000));
    expect(annualRate({ decimal: 1e-7 })).toEqual(fraction(1, 10_000_000));
  });

  it('refuses a coupon of 10.0 as a decimal (1000%) with ST2-INVALID-INPUT, saying how to write 10%', () => {
    const error = refusedWith('ST2-INVALID-INPUT', () => bond(terms({ coupon: { decimal: 10.0 } })));
    expect(error.message).toContain('{ percent: 10 }');
  });

  it.each([
    ['a negative coupon', { coupon: { percent: -1 } }],
    ['a coupon that is not a number', { coupon: { bps: Number.NaN } }],
    ['an issue date after the maturity', { issueDate: d('2021-01-01') }],
    ['a redemption of zero', { redemption: 0 }],
  ] as const)('refuses %s with ST2-INVALID-INPUT', (_, overrides) => {
    refusedWith('ST2-INVALID-INPUT', () => bond(terms(overrides)));
  });

  it('refuses a settlement before the issue or on or after the maturity with ST2-INVALID-INPUT', () => {
    const b = bond(terms({}));
    refusedWith('ST2-INVALID-INPUT', () => accruedInterest(b, d('2000-01-14')));
    refusedWith('ST2-INVALID-INPUT', () => dirtyPrice(b, d('2020-01-15'), 0.05, 'periodic'));
  });
});

describe('price from yield: Fabozzi, Bond Markets, Analysis and Strategies, ch. 2 (pricing a bond)', () => {
  // "A 20-year 10% coupon bond with a par value of $1,000 ... required yield 11%: price $919.77";
  // "... required yield 6.8%: price $1,347.04". Settled on a coupon date, so clean = dirty.
  const b = bond(terms({}));

  it.each(POLICIES)('prices the 20-year 10%% bond at 91.977 per 100 at an 11%% yield and 134.704 at 6.8%% (%s)', (policy) => {
    expect(cleanPrice(b, d('2000-01-15'), 0.11, policy)).toBeCloseTo(91.977, 3);
    expect(cleanPrice(b, d('2000-01-15'), 0.068, policy)).toBeCloseTo(134.704, 3);
  });

  it('solves the yield back from Fabozzi\'s price: 11.000% from 91.9769', () => {
    expect(yieldToMaturity(b, d('2000-01-15'), { clean: 91.97693765731393 }, 'periodic')).toBeCloseTo(0.11, 12);
  });
});

describe('accrued interest and a short first stub under ACT/ACT ICMA (ISDA 1998, "The Actual/Actual Day Count Fraction", Example 2)', () => {
  // Annual coupons on 1 July, issued 1 February 1999: the first coupon covers 150 of the 365 days of the
  // notional period 1 July 1998 to 1 July 1999. A 5% coupon; settled 2 April 1999, 60 days into the stub.
  const b = bond({ issueDate: d('1999-02-01'), maturityDate: d('2002-07-01'), frequency: 'annual', dayCount: 'ACT/ACT-ICMA', coupon: { percent: 5 } });

  it('accrues 5 × 60/365 per 100, exactly, and pays a stub coupon of 5 × 150/365', () => {
    expect(accruedInterest(b, d('1999-04-02'))).toEqual(fraction(5 * 60, 365));
    expect(cashFlows(b, d('1999-04-02'))[0]!.amount).toBeCloseTo((5 * 150) / 365, 12);
  });

  it('discounts the stub coupon 90/365 of a period away: dirty 97.96410607, clean 97.14218826 at 6% (reference computed by hand in the test)', () => {
    // Σ CF / 1.06^(90/365 + k), CF = 5·150/365, 5, 5, 105: an independent evaluation (python, fractions module) gave these.
    expect(cashFlows(b, d('1999-04-02')).map((cf) => cf.periods)).toEqual([90 / 365, 90 / 365 + 1, 90 / 365 + 2, 90 / 365 + 3]);
    expect(dirtyPrice(b, d('1999-04-02'), 0.06, 'periodic')).toBeCloseTo(97.9641060670438, 9);
    expect(cleanPrice(b, d('1999-04-02'), 0.06, 'periodic')).toBeCloseTo(97.14218825882462, 9);
  });

  it('rounds the accrued amount on a holding once, half up to the minor unit', () => {
    // 1,000,000.00 × 0.8219178...% = 8,219.178... → 8,219.18
    expect(accruedOnFace(b, d('1999-04-02'), 100_000_000n)).toBe(821_918n);
  });
});

describe('accrued interest in a long first stub under ACT/ACT ICMA (ISDA 1998, Example 5)', () => {
  // 8% quarterly on the 30th, issued 30 November 1999, first coupon 30 April 2000 over the notional periods
  // 30 October 1999 – 30 January 2000 (92 days) and 30 January – 30 April 2000 (91 days).
  const b = bond({ issueDate: d('1999-11-30'), maturityDate: d('2001-04-30'), frequency: 'quarterly', dayCount: 'ACT/ACT-ICMA', coupon: { percent: 8 }, firstStub: 'long' });

  it('counts a settlement in the first notional period against it: 8 × 15 / (92 × 4), 1 + 46/92 periods to the coupon', () => {
    expect(accruedInterest(b, d('1999-12-15'))).toEqual(fraction(8 * 15, 92 * 4));
    expect(cashFlows(b, d('1999-12-15'))[0]!.periods).toBeCloseTo(46 / 92 + 1, 12);
  });

  it('counts a settlement in the second one over both: 8 × (61 / (92 × 4) + 31 / (91 × 4)), 60/91 of a period to the coupon', () => {
    expect(accruedInterest(b, d('2000-03-01'))).toEqual(fraction(8 * (61 * 91 + 31 * 92), 92 * 4 * 91));
    expect(cashFlows(b, d('2000-03-01'))[0]!.periods).toBeCloseTo(60 / 91, 12);
  });

  it('pays the long coupon 8 × 0.41576 per 100', () => {
    expect(cashFlows(b, d('1999-11-30'))[0]!.amount).toBeCloseTo(8 * (61 / 368 + 0.25), 12);
  });
});

describe('a short last stub under ACT/ACT ICMA: its coupon paid as many periods after the one before as it accrues', () => {
  // Rolled forward from 15 January 2020: 15 July, 15 January, then a stub to 15 April 2021, 90 days of the notional
  // period 15 January - 15 July 2021 (181 days).
  const dates: BondTerms = { issueDate: d('2020-01-15'), maturityDate: d('2021-04-15'), frequency: 'semiannual', dayCount: 'ACT/ACT-ICMA', coupon: { percent: 6 } };
  const b = bond({ ...dates, lastStub: 'short' });
  const stub = 90 / 181;

  it('pays 3 per 100 twice, then 3 × 90/181 with the redemption, 90/181 of a period after the second coupon', () => {
    const flows = cashFlows(b, d('2020-01-15'));
    expect(flows.map((cf) => cf.date)).toEqual([d('2020-07-15'), d('2021-01-15'), d('2021-04-15')]);
    expect(flows.map((cf) => cf.periods)).toEqual([1, 2, 2 + stub]);
    expect(flows[2]!.amount).toBeCloseTo(3 * stub + 100, 12);
  });

  it('discounts the last flow over the stub alone: dirty at 8% = 3/1.04 + 3/1.04² + (3·90/181 + 100)/1.04^(2 + 90/181) (by hand)', () => {
    const byHand = 3 / 1.04 + 3 / 1.04 ** 2 + (3 * stub + 100) / 1.04 ** (2 + stub);
    expect(dirtyPrice(b, d('2020-01-15'), 0.08, 'periodic')).toBeCloseTo(byHand, 10);
    // Rolled back from the maturity instead (no lastStub), the same dates would be a first stub: a different bond.
    expect(dirtyPrice(bond(dates), d('2020-01-15'), 0.08, 'periodic')).not.toBeCloseTo(byHand, 4);
  });

  it('counts a settlement inside the last stub against its notional period: 30/181 of a period to the maturity', () => {
    expect(cashFlows(b, d('2021-03-16')).map((cf) => cf.periods)).toEqual([30 / 181]);
  });
});

describe('30/360 Bond Basis with a settlement on the 31st (ISDA 2006 §4.16(f))', () => {
  // Coupons on 31 March and 30 September (the maturity's roll day is the 31st, September has 30 days).
  const b = bond(terms({ issueDate: d('2026-03-31'), maturityDate: d('2030-03-31'), coupon: { percent: 6 } }));

  it('counts 30 September to 31 October as 30 days: D1 is 30, so D2 = 31 becomes 30 (0.5 per 100 at 6%)', () => {
    expect(accruedInterest(b, d('2026-10-31'))).toEqual(fraction(1, 2));
  });

  it('counts 31 March to 31 May as 60 days: D1 = 31 becomes 30, then D2 = 31 becomes 30 (1.0 per 100), not the 61 actual days', () => {
    expect(accruedInterest(b, d('2027-05-31'))).toEqual(fraction(1, 1));
  });

  it('counts 15 October to 31 October as 16 days when D1 is not the 30th or 31st', () => {
    const mid = bond(terms({ issueDate: d('2026-04-15'), maturityDate: d('2030-04-15'), coupon: { percent: 6 } }));
    expect(accruedInterest(mid, d('2026-10-31'))).toEqual(fraction(6 * 16, 360));
  });
});

describe('a bond at par near maturity, in its last coupon period', () => {
  // 5% semi-annual ACT/ACT ICMA maturing 15 March 2027: the last period runs 181 days from 15 September 2026.
  const b = bond(terms({ issueDate: d('2025-03-15'), maturityDate: d('2027-03-15'), coupon: { percent: 5 }, dayCount: 'ACT/ACT-ICMA' }));
  const dayBefore = d('2027-03-14');

  it('switches to simple interest automatically under periodic-simple-last: dirty = 102.5 / (1 + w·y/2)', () => {
    const w = 1 / 181;
    expect(dirtyPrice(b, dayBefore, 0.05, 'periodic-simple-last')).toBeCloseTo(102.5 / (1 + (w * 0.05) / 2), 12);
    expect(dirtyPrice(b, dayBefore, 0.05, 'periodic')).toBeCloseTo(102.5 / 1.025 ** w, 12);
  });

  it('solves a clean price of 100 a day before maturity to a finite yield, 4.8787% simple, not NaN', () => {
    // Dirty = 100 + 2.5 × 180/181; simple: y = 2 × (102.5 / dirty − 1) × 181.
    const dirty = 100 + (2.5 * 180) / 181;
    expect(yieldToMaturity(b, dayBefore, { clean: 100 }, 'periodic-simple-last')).toBeCloseTo(2 * (102.5 / dirty - 1) * 181, 9);
    expect(yieldToMaturity(b, dayBefore, { clean: 100 }, 'periodic')).toBeCloseTo(2 * ((102.5 / dirty) ** 181 - 1), 9);
  });

  it('refuses a price no yield between -50% and 6400% explains with ST2-NO-SOLUTION', () => {
    refusedWith('ST2-NO-SOLUTION', () => yieldToMaturity(b, dayBefore, { clean: 1 }, 'periodic'));
    refusedWith('ST2-INVALID-INPUT', () => yieldToMaturity(b, dayBefore, { dirty: -3 }, 'periodic'));
  });
});

describe('price and yield properties', () => {
  const DAY_MS = 86_400_000;
  const bondArb = fc.record({
    issueDay: fc.integer({ min: d('2000-01-01') / DAY_MS, max: d('2040-01-01') / DAY_MS }),
    tenorDays: fc.integer({ min: 30, max: 30 * 365 }),
    frequency: fc.constantFrom('annual', 'semiannual', 'quarterly', 'monthly' as const),
    dayCount: fc.constantFrom('ACT/360', 'ACT/365F', '30/360', 'ACT/ACT-ICMA' as const),
    bps: fc.integer({ min: 0, max: 2_000 }),
    firstStub: fc.constantFrom('short', 'long' as const),
  }).map(({ issueDay, tenorDays, bps, ...rest }) => bond({ issueDate: issueDay * DAY_MS, maturityDate: (issueDay + tenorDays) * DAY_MS, coupon: { bps }, ...rest }));

  it('a bond whose yield equals its coupon prices at par on every regular coupon date (ACT/ACT ICMA: each regular coupon is exactly c/f)', () => {
    fc.assert(fc.property(bondArb, fc.nat(), fc.constantFrom(...POLICIES), (b, pick, policy) => {
      const icma = bond({ ...b.terms, dayCount: 'ACT/ACT-ICMA' });
      const regular = icma.periods.filter((p) => p.regular);
      fc.pre(regular.length > 0);
      expect(cleanPrice(icma, regular[pick % regular.length]!.start, fractionToNumber(icma.couponRate), policy)).toBeCloseTo(100, 9);
    }));
  });

  it('recovers the yield it priced at, to 1e-9, anywhere in the bond\'s life', () => {
    fc.assert(fc.property(bondArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -0.02, max: 0.3, noNaN: true }), fc.constantFrom(...POLICIES), (b, at, y, policy) => {
      const first = b.periods[0]!.start;
      const last = b.periods.at(-1)!.end - DAY_MS;
      const settlement = first + Math.floor(((last - first) / DAY_MS) * at) * DAY_MS;
      const price = dirtyPrice(b, settlement, y, policy);
      expect(yieldToMaturity(b, settlement, { dirty: price }, policy)).toBeCloseTo(y, 9);
    }));
  });

  it('the price falls as the yield rises', () => {
    fc.assert(fc.property(bondArb, fc.double({ min: -0.02, max: 0.3, noNaN: true }), fc.double({ min: 0.0001, max: 0.1, noNaN: true }), (b, y, step) => {
      const settlement = b.periods[0]!.start;
      expect(dirtyPrice(b, settlement, y + step, 'periodic')).toBeLessThan(dirtyPrice(b, settlement, y, 'periodic'));
    }));
  });
});
