import { days30360, fraction, yearFraction, type DayCount } from '../../../chaincode/src/domain/schedule';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A regular period: the accrual is its own reference period. */
const regular = (start: string, end: string, periodsPerYear: number) => ({ start: d(start), end: d(end), reference: { start: d(start), end: d(end) }, periodsPerYear });

describe('ACT/ACT ICMA (ICMA Rule 251, ISDA 2006 §4.16(c))', () => {
  // ISDA, "EMU and Market Conventions: Recent Developments" (1998), The Actual/Actual Day Count Fraction,
  // Example 1, regular calculation period: semi-annual, 1 November 2003 to 1 May 2004, ICMA: 182 / (182 × 2).
  it('counts a regular semi-annual period as exactly one half', () => {
    expect(yearFraction('ACT/ACT-ICMA', regular('2003-11-01', '2004-05-01', 2))).toEqual(fraction(182, 364));
    expect(yearFraction('ACT/ACT-ICMA', regular('2003-11-01', '2004-05-01', 2))).toEqual(fraction(1, 2));
  });

  // Same paper, Example 2, short first calculation period: annual coupons on 1 July, issued 1 February 1999,
  // first coupon 1 July 1999; the regular period it is cut from is 1 July 1998 to 1 July 1999 (365 days).
  // ICMA: 150 / (365 × 1) = 0.41096.
  it('counts a short first stub as its share of the regular period it is cut from', () => {
    const stub = { start: d('1999-02-01'), end: d('1999-07-01'), reference: { start: d('1998-07-01'), end: d('1999-07-01') }, periodsPerYear: 1 };
    expect(yearFraction('ACT/ACT-ICMA', stub)).toEqual(fraction(150, 365));
  });
});

describe('ACT/360 and ACT/365F (ISDA 2006 §4.16(e), §4.16(d))', () => {
  // Example 1's period again: 182 actual days, over a fixed 360 or 365 whatever the leap year.
  it.each<[DayCount, bigint, bigint]>([
    ['ACT/360', 182n, 360n],
    ['ACT/365F', 182n, 365n],
  ])('%s counts the actual days over a fixed basis', (dayCount, days, basis) => {
    expect(yearFraction(dayCount, regular('2003-11-01', '2004-05-01', 2))).toEqual(fraction(days, basis));
  });

  it('ACT/365F counts a leap year as 366/365', () => {
    expect(yearFraction('ACT/365F', regular('2024-01-01', '2025-01-01', 1))).toEqual(fraction(366, 365));
  });
});

describe('30/360 Bond Basis (ISDA 2006 §4.16(f))', () => {
  // 360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1); D1 = 31 becomes 30; D2 = 31 becomes 30 only if D1 is then 30.
  // Worked from the formula, on the end-of-month cases where Bond Basis and 30E/360 differ.
  it.each([
    ['2007-01-15', '2007-01-30', 15],
    ['2007-01-15', '2007-02-15', 30],
    ['2007-01-15', '2007-07-15', 180],
    ['2007-09-30', '2008-03-31', 180], // D1 = 30, so D2 = 31 counts as 30
    ['2007-09-30', '2007-10-31', 30],
    ['2007-01-15', '2007-01-31', 16], // D1 = 15, so D2 = 31 stays 31 (30E/360 would count 15)
    ['2007-01-31', '2007-02-28', 28], // D1 = 31 counts as 30; February's end is not adjusted
    ['2007-02-28', '2007-03-31', 33], // D1 = 28, so D2 = 31 stays 31 (30E/360: 32)
    ['2006-08-31', '2007-02-28', 178],
    ['2008-02-29', '2009-02-28', 359],
    ['2007-12-31', '2008-12-31', 360],
  ])('%s to %s counts %i days', (start, end, days) => {
    expect(days30360(d(start), d(end))).toBe(days);
    expect(yearFraction('30/360', regular(start, end, 1))).toEqual(fraction(days, 360));
  });
});
