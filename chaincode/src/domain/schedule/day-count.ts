import { daysBetween, toCalendarDate } from './calendar-date';
import { fraction, type Fraction } from './fraction';

/**
 * Day count fractions: the part of a year an accrual period counts for, as an exact fraction.
 *
 * - 'ACT/360': actual days / 360 (ISDA 2006 Definitions §4.16(e)).
 * - 'ACT/365F': actual days / 365, leap years or not (§4.16(d), "Actual/365 (Fixed)").
 * - '30/360': ISDA 30/360 "Bond Basis" (§4.16(f)): every month counts 30 days, D1 = 31 becomes 30, and D2 = 31
 *   becomes 30 only when D1 is then 30 (or 31). Not the Eurobond 30E/360 variant (§4.16(g)), which caps D2 always.
 * - 'ACT/ACT-ICMA': actual days / (frequency × actual days of the regular coupon period the accrual lies in)
 *   (ICMA Rule 251; ISDA 2006 §4.16(c)): a regular period counts exactly 1/frequency, a stub its share of the
 *   regular period it is cut from.
 */
export const DAY_COUNTS = ['ACT/360', 'ACT/365F', '30/360', 'ACT/ACT-ICMA'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

/** An accrual period and, for ACT/ACT ICMA, the regular coupon period that contains it and the frequency. */
export interface Accrual {
  readonly start: number;
  readonly end: number;
  /** The regular (notional, for a stub) coupon period containing the accrual: equal to it for a regular period. */
  readonly reference: { readonly start: number; readonly end: number };
  readonly periodsPerYear: number;
}

export function yearFraction(dayCount: DayCount, accrual: Accrual): Fraction {
  switch (dayCount) {
    case 'ACT/360': return fraction(daysBetween(accrual.start, accrual.end), 360);
    case 'ACT/365F': return fraction(daysBetween(accrual.start, accrual.end), 365);
    case '30/360': return fraction(days30360(accrual.start, accrual.end), 360);
    case 'ACT/ACT-ICMA': return fraction(daysBetween(accrual.start, accrual.end), accrual.periodsPerYear * daysBetween(accrual.reference.start, accrual.reference.end));
  }
}

/** 360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1), with the Bond Basis end-of-month adjustments. */
export function days30360(start: number, end: number): number {
  const from = toCalendarDate(start);
  const to = toCalendarDate(end);
  const d1 = Math.min(from.day, 30);
  const d2 = to.day === 31 && d1 >= 30 ? 30 : to.day;
  return 360 * (to.year - from.year) + 30 * (to.month - from.month) + (d2 - d1);
}
