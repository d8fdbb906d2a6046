import fc from 'fast-check';
import {
  addFractions, BUSINESS_DAY_CONVENTIONS, COUPON_FREQUENCIES, couponPerUnit, couponSchedule, DAY_COUNTS, daysBetween, days30360,
  floatingRateBps, fraction, HolidayCalendar, PERIODS_PER_YEAR, toCalendarDate, type CouponPeriod, type Fraction, type ScheduleTerms,
} from '../../../chaincode/src/domain/schedule';

const DAY_MS = 86_400_000;
const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const sum = (periods: readonly CouponPeriod[]): Fraction => periods.reduce((total, p) => addFractions(total, p.accrualFraction), fraction(0, 1));

const terms = (overrides: Partial<ScheduleTerms>): ScheduleTerms => ({
  issueDate: d('2026-03-15'), maturityDate: d('2029-03-15'), frequency: 'semiannual', dayCount: '30/360', convention: 'modified-following', ...overrides,
});

describe('coupon schedule, generated backwards from the maturity', () => {
  it('issued on a roll date: regular periods, each exactly half a year under 30/360', () => {
    const schedule = couponSchedule(terms({}));
    expect(schedule.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ['2026-03-15', '2026-09-15'], ['2026-09-15', '2027-03-15'], ['2027-03-15', '2027-09-15'],
      ['2027-09-15', '2028-03-15'], ['2028-03-15', '2028-09-15'], ['2028-09-15', '2029-03-15'],
    ]);
    expect(schedule.every((p) => p.regular)).toBe(true);
    expect(schedule.map((p) => p.accrualFraction)).toEqual(Array(6).fill(fraction(1, 2)));
  });

  it('pays on the adjusted date but accrues on the unadjusted one', () => {
    // 15 September 2029 is a Saturday: paid Monday the 17th, accrued to the 15th.
    const schedule = couponSchedule(terms({ issueDate: d('2028-09-15'), maturityDate: d('2029-09-15') }));
    expect(schedule.map((p) => [iso(p.end), iso(p.paymentDate)])).toEqual([['2029-03-15', '2029-03-15'], ['2029-09-15', '2029-09-17']]);
    expect(schedule[1]!.accrualFraction).toEqual(fraction(1, 2));
  });

  it('issued between roll dates: a short first stub, counted under ACT/ACT ICMA as its share of the regular period', () => {
    // ISDA 1998 Actual/Actual paper, Example 2: annual coupons on 1 July, issued 1 February 1999: 150 / (365 × 1).
    const schedule = couponSchedule(terms({ issueDate: d('1999-02-01'), maturityDate: d('2002-07-01'), frequency: 'annual', dayCount: 'ACT/ACT-ICMA' }));
    expect(schedule.map((p) => [iso(p.start), iso(p.end), p.regular])).toEqual([
      ['1999-02-01', '1999-07-01', false], ['1999-07-01', '2000-07-01', true], ['2000-07-01', '2001-07-01', true], ['2001-07-01', '2002-07-01', true],
    ]);
    expect(schedule.map((p) => p.accrualFraction)).toEqual([fraction(150, 365), fraction(1, 1), fraction(1, 1), fraction(1, 1)]);
  });

  it('rolls on the maturity\'s day of the month, the month\'s end when shorter, without drifting', () => {
    const schedule = couponSchedule(terms({ issueDate: d('2026-05-31'), maturityDate: d('2027-05-31'), frequency: 'quarterly' }));
    expect(schedule.map((p) => iso(p.end))).toEqual(['2026-08-31', '2026-11-30', '2027-02-28', '2027-05-31']);
  });

  it('has no periods when the issue date is not before the maturity', () => {
    expect(couponSchedule(terms({ issueDate: d('2029-03-15') }))).toEqual([]);
  });
});

describe('coupon per unit of face value, in exact integers, rounded down to the minor unit', () => {
  it('5% semi-annual on 1,000.00 under 30/360 is 25.00', () => {
    expect(couponPerUnit(100_000n, 500, fraction(1, 2))).toBe(2_500n);
  });

  it('5% on 1,000.00 for 182 days ACT/360 is 25.2777... rounded down to 25.27', () => {
    expect(couponPerUnit(100_000n, 500, fraction(182, 360))).toBe(2_527n);
  });

  it('a floating rate is the observed reference plus the spread, never below zero', () => {
    expect(floatingRateBps(fraction(350, 1), 125)).toEqual(fraction(475, 1));
    expect(floatingRateBps(fraction(-60, 1), 25)).toEqual(fraction(0, 1));
    expect(floatingRateBps(fraction(3_505, 10), 125)).toEqual(fraction(4_755, 10));
    expect(couponPerUnit(100_000n, floatingRateBps(fraction(350, 1), 125), fraction(91, 360))).toBe(1_200n); // 100,000 × 4.75% × 91/360 = 1,200.69
    expect(couponPerUnit(100_000n, floatingRateBps(fraction(3_505, 10), 125), fraction(91, 360))).toBe(1_201n); // 100,000 × 4.755% × 91/360 = 1,201.95
  });
});

describe('schedule properties', () => {
  const dayArb = fc.integer({ min: d('1990-01-01') / DAY_MS, max: d('2060-12-31') / DAY_MS }).map((n) => n * DAY_MS);
  const scheduleTerms = fc.record({
    issueDate: dayArb,
    tenorDays: fc.integer({ min: 1, max: 30 * 366 }),
    frequency: fc.constantFrom(...COUPON_FREQUENCIES),
    dayCount: fc.constantFrom(...DAY_COUNTS),
    convention: fc.constantFrom(...BUSINESS_DAY_CONVENTIONS),
    holidays: fc.array(dayArb, { maxLength: 20 }),
  }).map(({ tenorDays, ...rest }): ScheduleTerms => ({ ...rest, maturityDate: rest.issueDate + tenorDays * DAY_MS }));

  it('covers issue to maturity with strictly increasing dates, payments on business days', () => {
    fc.assert(fc.property(scheduleTerms, (t) => {
      const schedule = couponSchedule(t);
      expect(schedule[0]!.start).toBe(t.issueDate);
      expect(schedule.at(-1)!.end).toBe(t.maturityDate);
      schedule.forEach((p, i) => {
        expect(p.start).toBeLessThan(p.end);
        if (i > 0) expect(p.start).toBe(schedule[i - 1]!.end);
        if (i > 0) expect(p.paymentDate).toBeGreaterThan(schedule[i - 1]!.paymentDate);
        if (t.convention !== 'unadjusted') expect(new HolidayCalendar(t.holidays).isBusinessDay(p.paymentDate)).toBe(true);
      });
      schedule.slice(1).forEach((p) => expect(p.regular).toBe(true));
    }));
  });

  it('under ACT/360 and ACT/365F, the periods\' fractions add up to the year fraction from issue to maturity', () => {
    fc.assert(fc.property(scheduleTerms, fc.constantFrom(['ACT/360', 360], ['ACT/365F', 365]), (t, [dayCount, basis]) => {
      expect(sum(couponSchedule({ ...t, dayCount }))).toEqual(fraction(daysBetween(t.issueDate, t.maturityDate), basis));
    }));
  });

  it('under 30/360 with a roll day up to the 28th, the periods\' fractions add up to the 30/360 fraction from issue to maturity', () => {
    const early = scheduleTerms.filter((t) => toCalendarDate(t.maturityDate).day <= 28 && toCalendarDate(t.issueDate).day <= 28);
    fc.assert(fc.property(early, (t) => {
      expect(sum(couponSchedule({ ...t, dayCount: '30/360' }))).toEqual(fraction(days30360(t.issueDate, t.maturityDate), 360));
    }));
  });

  it('under ACT/ACT ICMA, each regular period is exactly 1/frequency and a stub less', () => {
    fc.assert(fc.property(scheduleTerms, (t) => {
      const schedule = couponSchedule({ ...t, dayCount: 'ACT/ACT-ICMA' });
      const regular = fraction(1, PERIODS_PER_YEAR[t.frequency]);
      for (const p of schedule) {
        if (p.regular) expect(p.accrualFraction).toEqual(regular);
        else expect(p.accrualFraction.numerator * regular.denominator).toBeLessThan(regular.numerator * p.accrualFraction.denominator);
      }
    }));
  });
});

describe('a long first stub (ISDA 1998, "The Actual/Actual Day Count Fraction", Example 5)', () => {
  // Quarterly coupons on the 30th, issued 30 November 1999, first coupon 30 April 2000: the long first period spans
  // the notional periods 30 October 1999 – 30 January 2000 (92 days) and 30 January – 30 April 2000 (91 days).
  // ICMA: 61 / (92 × 4) + 91 / (91 × 4) = 0.41576.
  const long = couponSchedule(terms({ issueDate: d('1999-11-30'), maturityDate: d('2001-04-30'), frequency: 'quarterly', dayCount: 'ACT/ACT-ICMA', firstStub: 'long' }));

  it('runs from the issue to the second roll date and counts each part against its own notional period', () => {
    expect([iso(long[0]!.start), iso(long[0]!.end), long[0]!.regular]).toEqual(['1999-11-30', '2000-04-30', false]);
    expect(long[0]!.references.map((r) => [iso(r.start), iso(r.end)])).toEqual([['1999-10-30', '2000-01-30'], ['2000-01-30', '2000-04-30']]);
    expect(long[0]!.accrualFraction).toEqual(addFractions(fraction(61, 92 * 4), fraction(91, 91 * 4)));
    expect(long.slice(1).every((p) => p.regular && p.accrualFraction.numerator * 4n === p.accrualFraction.denominator)).toBe(true);
  });

  it('is short by default: the same issue pays first on 30 January 2000, 61 / (92 × 4)', () => {
    const short = couponSchedule(terms({ issueDate: d('1999-11-30'), maturityDate: d('2001-04-30'), frequency: 'quarterly', dayCount: 'ACT/ACT-ICMA' }));
    expect([iso(short[0]!.end), short[0]!.accrualFraction]).toEqual(['2000-01-30', fraction(61, 368)]);
    expect(short).toHaveLength(long.length + 1);
  });

  it('stays short when there is only one period to maturity', () => {
    expect(couponSchedule(terms({ issueDate: d('2000-03-01'), maturityDate: d('2000-04-30'), frequency: 'quarterly', firstStub: 'long' }))).toHaveLength(1);
  });
});

describe('a last stub (ISDA 1998, "EMU and Market Conventions: Recent Developments", The Actual/Actual Day Count Fraction, Example 4)', () => {
  // Semi-annual coupons rolling forward from 30 July 1999, maturity 30 June 2000: the short final period
  // 30 January – 30 June 2000 is cut from the notional period 30 January – 30 July 2000 (182 days).
  // ISDA's figures: penultimate period 184 / (184 × 2) = 0.5, final period ICMA 152 / (182 × 2) = 0.41758.
  const issue = { issueDate: d('1999-07-30'), maturityDate: d('2000-06-30'), frequency: 'semiannual', dayCount: 'ACT/ACT-ICMA' } as const;

  it('short: rolls forward from the issue, the last period from the last roll date to the maturity, its share of the notional period', () => {
    const short = couponSchedule(terms({ ...issue, lastStub: 'short' }));
    expect(short.map((p) => [iso(p.start), iso(p.end), p.regular])).toEqual([['1999-07-30', '2000-01-30', true], ['2000-01-30', '2000-06-30', false]]);
    expect(short[1]!.references.map((r) => [iso(r.start), iso(r.end)])).toEqual([['2000-01-30', '2000-07-30']]);
    expect(short.map((p) => p.accrualFraction)).toEqual([fraction(1, 2), fraction(152, 182 * 2)]);
  });

  it('long: one period from the roll date before, each part counted against its own notional period (ICMA Rule 251): ISDA\'s two figures added, 0.5 + 0.41758', () => {
    const [long, ...rest] = couponSchedule(terms({ ...issue, lastStub: 'long' }));
    expect(rest).toHaveLength(0);
    expect([iso(long!.start), iso(long!.end), long!.regular]).toEqual(['1999-07-30', '2000-06-30', false]);
    expect(long!.references.map((r) => [iso(r.start), iso(r.end)])).toEqual([['1999-07-30', '2000-01-30'], ['2000-01-30', '2000-07-30']]);
    expect(long!.accrualFraction).toEqual(addFractions(fraction(184, 184 * 2), fraction(152, 182 * 2)));
  });

  it('rolls on the issue date\'s day, so a maturity on a roll date leaves every period regular', () => {
    const schedule = couponSchedule(terms({ issueDate: d('2026-03-15'), maturityDate: d('2029-03-15'), lastStub: 'long' }));
    expect(schedule).toHaveLength(6);
    expect(schedule.every((p) => p.regular)).toBe(true);
  });

  it('covers issue to maturity, every period but the last regular, under any terms', () => {
    const dayArb = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2060, 0, 1) / DAY_MS }).map((day) => day * DAY_MS);
    const forward = fc.record({
      issueDate: dayArb, tenorDays: fc.integer({ min: 1, max: 30 * 366 }), frequency: fc.constantFrom(...COUPON_FREQUENCIES), lastStub: fc.constantFrom('short' as const, 'long' as const),
    }).map(({ tenorDays, ...rest }) => terms({ ...rest, dayCount: 'ACT/360', maturityDate: rest.issueDate + tenorDays * DAY_MS }));
    fc.assert(fc.property(forward, (t) => {
      const schedule = couponSchedule(t);
      expect([schedule[0]!.start, schedule.at(-1)!.end]).toEqual([t.issueDate, t.maturityDate]);
      schedule.forEach((p, i) => {
        expect(p.start).toBeLessThan(p.end);
        if (i > 0) expect(p.start).toBe(schedule[i - 1]!.end);
      });
      schedule.slice(0, -1).forEach((p) => expect(p.regular).toBe(true));
      expect(sum(schedule)).toEqual(fraction(daysBetween(t.issueDate, t.maturityDate), 360));
    }));
  });
});
