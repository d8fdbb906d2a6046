import { addMonths, startOfDay, toCalendarDate } from './calendar-date';
import { HolidayCalendar, type BusinessDayConvention } from './business-days';
import { yearFraction, type DayCount } from './day-count';
import type { Fraction } from './fraction';

export const COUPON_FREQUENCIES = ['annual', 'semiannual', 'quarterly', 'monthly'] as const;
export type CouponFrequency = (typeof COUPON_FREQUENCIES)[number];

export const PERIODS_PER_YEAR: Readonly<Record<CouponFrequency, number>> = { annual: 1, semiannual: 2, quarterly: 4, monthly: 12 };

export interface ScheduleTerms {
  readonly issueDate: number;
  readonly maturityDate: number;
  readonly frequency: CouponFrequency;
  readonly dayCount: DayCount;
  readonly convention: BusinessDayConvention;
  /** Non-business days beside weekends. */
  readonly holidays?: readonly number[];
}

/** One coupon period: accrual on the unadjusted dates, payment on the adjusted end date. */
export interface CouponPeriod {
  /** 1 for the first coupon. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paymentDate: number;
  /** False for a short first stub (the issue date is not a roll date). */
  readonly regular: boolean;
  /** The regular coupon period the accrual lies in (a stub's notional one): ACT/ACT ICMA counts against it, and so does accrued interest. */
  readonly reference: { readonly start: number; readonly end: number };
  readonly accrualFraction: Fraction;
}

/**
 * The coupon periods from the issue date to the maturity, generated backwards from the maturity: the roll
 * dates are the maturity less whole periods, on the maturity's day of the month (or the month's last day),
 * each counted from the maturity itself so that they do not drift. When the issue date is not a roll date, the
 * first period is a short stub from the issue date. Accrual runs on the unadjusted dates (as bonds accrue
 * under ICMA Rule 251), so a holiday moves when a coupon is paid, not how much it is; payment dates are moved
 * by the convention. Dates are UTC days (calendar-date.ts); no periods when the issue is not before maturity.
 */
export function couponSchedule(terms: ScheduleTerms): CouponPeriod[] {
  const issue = startOfDay(terms.issueDate);
  const maturity = startOfDay(terms.maturityDate);
  if (issue >= maturity) return [];
  const periodsPerYear = PERIODS_PER_YEAR[terms.frequency];
  const monthsPerPeriod = 12 / periodsPerYear;
  const rollDay = toCalendarDate(maturity).day;
  const rollBefore = (periodsBack: number) => addMonths(maturity, -periodsBack * monthsPerPeriod, rollDay);

  const ends: number[] = [];
  let periodsBack = 0;
  while (rollBefore(periodsBack) > issue) ends.unshift(rollBefore(periodsBack++));
  // The roll at or before the issue date: the start of the regular period a first stub is cut from.
  const firstReferenceStart = rollBefore(periodsBack);

  const calendar = new HolidayCalendar(terms.holidays);
  return ends.map((end, i) => {
    const start = i === 0 ? issue : ends[i - 1]!;
    const reference = { start: i === 0 ? firstReferenceStart : start, end };
    return {
      index: i + 1,
      start,
      end,
      paymentDate: calendar.adjust(end, terms.convention),
      regular: reference.start === start,
      reference,
      accrualFraction: yearFraction(terms.dayCount, { start, end, reference, periodsPerYear }),
    };
  });
}

/** 10,000 basis points make 100%. */
const BPS = 10_000n;

/**
 * The coupon on one unit of face value `faceValue` (in the currency's minor unit) at `rateBps` a year for an
 * accrual fraction: face × rate × fraction, exactly, rounded down to the minor unit (a holder is never paid a
 * fraction of a cent the issuer's account does not hold; what rounding leaves is the issuer's).
 */
export function couponPerUnit(faceValue: bigint, rateBps: number, accrualFraction: Fraction): bigint {
  return (faceValue * BigInt(rateBps) * accrualFraction.numerator) / (BPS * accrualFraction.denominator);
}

/**
 * A floating coupon's rate for a period: the reference rate observed for it (passed in by whoever observed it:
 * the schedule fetches nothing) plus the spread, both in basis points, and never below zero (a holder does not
 * pay its issuer a coupon).
 */
export function floatingRateBps(observedReferenceBps: number, spreadBps: number): number {
  return Math.max(0, observedReferenceBps + spreadBps);
}
