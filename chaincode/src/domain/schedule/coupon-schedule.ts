import { addMonths, startOfDay, toCalendarDate } from './calendar-date';
import { HolidayCalendar, type BusinessDayConvention } from './business-days';
import { yearFraction, type DayCount } from './day-count';
import { addFractions, fraction, type Fraction } from './fraction';

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
  /**
   * When the issue date is not a roll date: a 'short' first coupon (the default) from the issue to the first roll
   * date, or a 'long' one to the second, as a prospectus may set it (ICMA Rule 251 then counts it over its notional
   * periods). With a single period to maturity, the first stub is short whatever is asked.
   */
  readonly firstStub?: 'short' | 'long';
  /**
   * Set instead of `firstStub` when the prospectus rolls the coupon dates forward from the issue date: when the
   * maturity is not a roll date, a 'short' last coupon from the last roll date to the maturity, or a 'long' one
   * from the roll date before it (ICMA Rule 251 counts it over its notional periods). With a single period to
   * maturity, the last stub is short whatever is asked.
   */
  readonly lastStub?: 'short' | 'long';
}

/** A regular coupon period, or the notional one a stub is cut from. */
export interface ReferencePeriod {
  readonly start: number;
  readonly end: number;
}

/** One coupon period: accrual on the unadjusted dates, payment on the adjusted end date. */
export interface CouponPeriod {
  /** 1 for the first coupon. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paymentDate: number;
  /** False for a stub, first or last (the issue date or the maturity is not a roll date). */
  readonly regular: boolean;
  /**
   * The regular coupon periods the accrual lies in, in order: the period itself when regular, the notional one a
   * short stub is cut from, the two notional ones a long stub spans. ACT/ACT ICMA counts each part against its own.
   */
  readonly references: readonly ReferencePeriod[];
  readonly accrualFraction: Fraction;
}

/**
 * The coupon periods from the issue date to the maturity, generated backwards from the maturity: the roll
 * dates are the maturity less whole periods, on the maturity's day of the month (or the month's last day),
 * each counted from the maturity itself so that they do not drift. When the issue date is not a roll date, the
 * first period is a short stub from the issue date. With `lastStub`, the same forwards from the issue date, the
 * stub being the last period. Accrual runs on the unadjusted dates (as bonds accrue under ICMA Rule 251), so a
 * holiday moves when a coupon is paid, not how much it is; payment dates are moved by the convention. Dates are
 * UTC days (calendar-date.ts); no periods when the issue is not before maturity.
 */
export function couponSchedule(terms: ScheduleTerms): CouponPeriod[] {
  const issue = startOfDay(terms.issueDate);
  const maturity = startOfDay(terms.maturityDate);
  if (issue >= maturity) return [];
  const periodsPerYear = PERIODS_PER_YEAR[terms.frequency];
  const monthsPerPeriod = 12 / periodsPerYear;
  const accruals = terms.lastStub ? rolledForward(issue, maturity, monthsPerPeriod, terms.lastStub) : rolledBack(issue, maturity, monthsPerPeriod, terms.firstStub);
  const calendar = new HolidayCalendar(terms.holidays);
  return accruals.map(({ start, end, references }, i) => ({
    index: i + 1,
    start,
    end,
    paymentDate: calendar.adjust(end, terms.convention),
    regular: references.length === 1 && references[0]!.start === start && references[0]!.end === end,
    references,
    accrualFraction: accrualFraction(terms.dayCount, { start, end, references }, start, end, periodsPerYear),
  }));
}

type Accrual = Pick<CouponPeriod, 'start' | 'end' | 'references'>;

/** Roll dates back from the maturity; the first period a stub cut from (short) or spanning (long) notional periods. */
function rolledBack(issue: number, maturity: number, monthsPerPeriod: number, firstStub: ScheduleTerms['firstStub']): Accrual[] {
  const rollDay = toCalendarDate(maturity).day;
  const rollBefore = (periodsBack: number) => addMonths(maturity, -periodsBack * monthsPerPeriod, rollDay);
  const ends: number[] = [];
  let periodsBack = 0;
  while (rollBefore(periodsBack) > issue) ends.unshift(rollBefore(periodsBack++));
  // The roll at or before the issue date: the start of the regular period a first stub is cut from.
  const firstReferences: ReferencePeriod[] = [{ start: rollBefore(periodsBack), end: ends[0]! }];
  if (firstStub === 'long' && firstReferences[0]!.start < issue && ends.length > 1) firstReferences.push({ start: ends.shift()!, end: ends[0]! });
  return ends.map((end, i) => {
    const start = i === 0 ? issue : ends[i - 1]!;
    return { start, end, references: i === 0 ? firstReferences : [{ start, end }] };
  });
}

/** Roll dates forward from the issue date; the last period a stub cut from (short) or spanning (long) notional periods. */
function rolledForward(issue: number, maturity: number, monthsPerPeriod: number, lastStub: 'short' | 'long'): Accrual[] {
  const rollDay = toCalendarDate(issue).day;
  const rollAfter = (periods: number) => addMonths(issue, periods * monthsPerPeriod, rollDay);
  const starts: number[] = [];
  let periods = 0;
  while (rollAfter(periods) < maturity) starts.push(rollAfter(periods++));
  // The roll at or after the maturity: the end of the regular period a last stub is cut from.
  const lastReferences: ReferencePeriod[] = [{ start: starts[starts.length - 1]!, end: rollAfter(periods) }];
  if (lastStub === 'long' && lastReferences[0]!.end > maturity && starts.length > 1) {
    const dropped = starts.pop()!;
    lastReferences.unshift({ start: starts[starts.length - 1]!, end: dropped });
  }
  const last = starts.length - 1;
  return starts.map((start, i) => {
    const end = i === last ? maturity : starts[i + 1]!;
    return { start, end, references: i === last ? lastReferences : [{ start, end }] };
  });
}

/**
 * The day-count fraction of the part [from, to] of a coupon period. Under ACT/ACT ICMA each part lying in one of
 * the period's reference periods counts against that one (a long stub's two notional periods, ICMA Rule 251); the
 * other day counts do not depend on the reference periods and count [from, to] at once.
 */
export function accrualFraction(dayCount: DayCount, period: Pick<CouponPeriod, 'start' | 'end' | 'references'>, from: number, to: number, periodsPerYear: number): Fraction {
  if (dayCount !== 'ACT/ACT-ICMA') return yearFraction(dayCount, { start: from, end: to, reference: period.references[0]!, periodsPerYear });
  return period.references.reduce((total, reference) => {
    const [start, end] = [Math.max(from, reference.start), Math.min(to, reference.end)];
    return start >= end ? total : addFractions(total, yearFraction(dayCount, { start, end, reference, periodsPerYear }));
  }, fraction(0, 1));
}

/** 10,000 basis points make 100%. */
const BPS = 10_000n;

/**
 * The coupon on one unit of face value `faceValue` (in the currency's minor unit) at `rateBps` a year (exact: a
 * fixed rate is whole basis points, a fixed floating rate a fraction of them) for an accrual fraction:
 * face × rate × fraction, exactly, rounded down to the minor unit (a holder is never paid a fraction of a cent
 * the issuer's account does not hold; what rounding leaves is the issuer's).
 */
export function couponPerUnit(faceValue: bigint, rateBps: number | Fraction, accrualFraction: Fraction): bigint {
  const rate = typeof rateBps === 'number' ? fraction(rateBps, 1) : rateBps;
  return (faceValue * rate.numerator * accrualFraction.numerator) / (BPS * rate.denominator * accrualFraction.denominator);
}

/**
 * A floating coupon's rate for a period, in basis points: the reference rate observed for it (passed in by
 * whoever observed it: the schedule fetches nothing) plus the spread, never below zero (a holder does not pay
 * its issuer a coupon).
 */
export function floatingRateBps(observedReferenceBps: Fraction, spreadBps: number): Fraction {
  const rate = addFractions(observedReferenceBps, fraction(spreadBps, 1));
  return rate.numerator < 0n ? fraction(0, 1) : rate;
}
