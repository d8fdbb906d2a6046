import {
  accrualFraction, couponSchedule, fraction, fractionToNumber, PERIODS_PER_YEAR, startOfDay, yearFraction,
  type CouponFrequency, type CouponPeriod, type DayCount, type Fraction, type ReferencePeriod, type ScheduleTerms,
} from '../schedule';
import { annualRate, type AnnualRateInput } from './annual-rate';
import { solveBracketed } from './solver';
import { requireInput, ValuationError } from './valuation-error';

/** A fixed-coupon bullet bond, as its prospectus states it. Prices and redemption are per 100 of face value. */
export interface BondTerms {
  readonly issueDate: number;
  readonly maturityDate: number;
  readonly frequency: CouponFrequency;
  readonly dayCount: DayCount;
  readonly coupon: AnnualRateInput;
  /** Paid at maturity per 100 of face: 100 (the default) for a bond redeemed at par. */
  readonly redemption?: number;
  /** When the issue date is not a roll date: a short first coupon (the default) or a long one (ScheduleTerms.firstStub). */
  readonly firstStub?: 'short' | 'long';
  /**
   * Set instead of `firstStub` when the coupon dates roll forward from the issue date: a short or long last coupon
   * when the maturity is not a roll date (ScheduleTerms.lastStub).
   */
  readonly lastStub?: 'short' | 'long';
}

/**
 * How a yield discounts, stated by every price and yield call (no default hides it):
 * - 'periodic': compounded at the coupon frequency over every period, (1 + y/f)^-t with t in periods, the last
 *   period included (ICMA Rule 803's formula, with the yield quoted at the coupon frequency).
 * - 'periodic-simple-last': the same, except that in the last coupon period (one cash flow left) the switch to
 *   simple interest is automatic: P = CF / (1 + w·y/f) (the "street" convention of US Treasury notes and bonds,
 *   31 CFR Part 356 Appendix B, and of money-market yields on bonds about to mature).
 */
export type Compounding = 'periodic' | 'periodic-simple-last';

/** Bond terms checked once; everything else prices from this. */
export interface Bond {
  readonly terms: BondTerms;
  readonly couponRate: Fraction;
  readonly periodsPerYear: number;
  readonly redemption: number;
  readonly periods: readonly CouponPeriod[];
}

/** A cash flow still to come at a settlement date, per 100 of face, `periods` coupon periods away (fractional). */
export interface BondCashFlow {
  readonly date: number;
  readonly amount: number;
  readonly periods: number;
}

/**
 * The terms validated, refused with ST2-INVALID-INPUT when a date is not a date, the issue is not before the
 * maturity, the coupon is negative or 100% a year or more (annualRate: `{ decimal: 10.0 }` is 1000%, refused), or
 * the redemption is not positive. The schedule runs backwards from the maturity (a short or long first stub when
 * the issue date is not a roll date), or with `lastStub` forwards from the issue date (a short or long last stub
 * when the maturity is not a roll date), and accrues on unadjusted dates, as bonds do under ICMA Rule 251.
 */
export function bond(terms: BondTerms): Bond {
  requireInput(Number.isFinite(terms.issueDate) && Number.isFinite(terms.maturityDate), 'Issue and maturity dates must be dates');
  requireInput(startOfDay(terms.issueDate) < startOfDay(terms.maturityDate), 'The issue date must be before the maturity date');
  const redemption = terms.redemption ?? 100;
  requireInput(Number.isFinite(redemption) && redemption > 0, `The redemption per 100 of face must be positive, not ${redemption}`);
  const couponRate = annualRate(terms.coupon);
  const periods = couponSchedule({ issueDate: terms.issueDate, maturityDate: terms.maturityDate, frequency: terms.frequency, dayCount: terms.dayCount, convention: 'unadjusted', ...stubOf(terms) });
  return { terms, couponRate, periodsPerYear: PERIODS_PER_YEAR[terms.frequency], redemption, periods };
}

/** The stub the schedule is built with: the last one when the terms set it, else the first (short by default). */
function stubOf(terms: BondTerms): Pick<ScheduleTerms, 'firstStub' | 'lastStub'> {
  return terms.lastStub ? { lastStub: terms.lastStub } : { firstStub: terms.firstStub ?? 'short' };
}

/**
 * Accrued interest per 100 of face at `settlement`, exactly: 100 × coupon rate × the day-count fraction from the
 * current period's start to the settlement, counted against the period's regular (for a stub, notional) period
 * as ACT/ACT ICMA requires (ICMA Rule 251). Zero on a coupon date.
 */
export function accruedInterest(b: Bond, settlement: number): Fraction {
  const period = currentPeriod(b, settlement);
  return couponPer100(b, accrualFraction(b.terms.dayCount, period, period.start, startOfDay(settlement), b.periodsPerYear));
}

/**
 * Accrued interest on a holding of `face` (in the currency's minor unit) at `settlement`: face × accrued per 100 / 100,
 * rounded half up to the minor unit once, on the total (ICMA Rule 251 rounds the accrued amount, not each unit's).
 */
export function accruedOnFace(b: Bond, settlement: number, face: bigint): bigint {
  const { numerator, denominator } = accruedInterest(b, settlement);
  return (2n * face * numerator + 100n * denominator) / (200n * denominator);
}

/** 100 × the coupon rate × a year fraction: a coupon (or its accrued part) per 100 of face, exactly. */
function couponPer100(b: Bond, yearShare: Fraction): Fraction {
  return fraction(100n * b.couponRate.numerator * yearShare.numerator, b.couponRate.denominator * yearShare.denominator);
}

/**
 * The coupons and redemption still to come, per 100 of face. The first is `w` periods away, w being the share of
 * its regular period left after the settlement (day-count fraction settlement→coupon over the regular period's);
 * each later one as many periods further as its own accrual spans: one for a regular period, less for a short
 * last stub, up to two for a long one.
 */
export function cashFlows(b: Bond, settlement: number): BondCashFlow[] {
  const current = currentPeriod(b, settlement);
  const day = startOfDay(settlement);
  const remaining = b.periods.filter((p) => p.end > day);
  let periods = 0;
  return remaining.map((p, k) => {
    periods += p === current ? shareOfPeriod(b, day, p) : shareOfPeriod(b, p.start, p);
    return { date: p.end, amount: fractionToNumber(couponPer100(b, p.accrualFraction)) + (k === remaining.length - 1 ? b.redemption : 0), periods };
  });
}

/** Dirty (full) price per 100 of face at an annual yield compounded at the coupon frequency. */
export function dirtyPrice(b: Bond, settlement: number, yieldRate: number, compounding: Compounding): number {
  requireInput(Number.isFinite(yieldRate) && yieldRate / b.periodsPerYear > -1, `A yield must be finite and above -${b.periodsPerYear * 100}%, not ${yieldRate}`);
  const flows = cashFlows(b, settlement);
  const perPeriod = yieldRate / b.periodsPerYear;
  if (compounding === 'periodic-simple-last' && flows.length === 1) return flows[0]!.amount / (1 + flows[0]!.periods * perPeriod);
  return flows.reduce((total, cf) => total + cf.amount * (1 + perPeriod) ** -cf.periods, 0);
}

/** Clean price per 100 of face: the dirty price less the accrued interest (what bonds are quoted at). */
export function cleanPrice(b: Bond, settlement: number, yieldRate: number, compounding: Compounding): number {
  return dirtyPrice(b, settlement, yieldRate, compounding) - fractionToNumber(accruedInterest(b, settlement));
}

export type QuotedPrice = { readonly clean: number } | { readonly dirty: number };

/** Yields searched: -50% to 6400% a year. A price no yield there explains is ST2-NO-SOLUTION, not NaN. */
const YIELD_FLOOR = -0.5;
const YIELD_CEILING = 64;

/**
 * The yield to maturity (annual, compounded at the coupon frequency) that prices the bond at `price`, by Brent's
 * bracketed solver to 1e-12. A price that is not positive is ST2-INVALID-INPUT; one no yield in [-50%, 6400%]
 * reproduces is ST2-NO-SOLUTION.
 */
export function yieldToMaturity(b: Bond, settlement: number, price: QuotedPrice, compounding: Compounding): number {
  const dirty = 'dirty' in price ? price.dirty : price.clean + fractionToNumber(accruedInterest(b, settlement));
  requireInput(Number.isFinite(dirty) && dirty > 0, `A price must be positive, not ${JSON.stringify(price)}`);
  return solveBracketed((y) => dirtyPrice(b, settlement, y, compounding) - dirty, YIELD_FLOOR, YIELD_CEILING, { tolerance: 1e-12 });
}

/** The coupon period the settlement falls in (start inclusive): a bond is priced from its issue to the day before maturity. */
function currentPeriod(b: Bond, settlement: number): CouponPeriod {
  const day = startOfDay(settlement);
  const period = b.periods.find((p) => p.start <= day && day < p.end);
  if (!period) {
    throw new ValuationError('ST2-INVALID-INPUT', 'The settlement date must be on or after the issue date and before the maturity date', {
      settlement: new Date(day).toISOString(), issueDate: new Date(b.periods[0]!.start).toISOString(), maturityDate: new Date(b.periods.at(-1)!.end).toISOString(),
    });
  }
  return period;
}

/**
 * Coupon periods from `day` to the period's end: over each reference period it overlaps, the day-count fraction of
 * the overlap over the reference's own (1 at a regular period's start, less after; up to 2 in a long stub).
 */
function shareOfPeriod(b: Bond, day: number, period: CouponPeriod): number {
  const count = (start: number, end: number, reference: ReferencePeriod) => fractionToNumber(yearFraction(b.terms.dayCount, { start, end, reference, periodsPerYear: b.periodsPerYear }));
  return period.references.reduce((total, reference) => {
    const [start, end] = [Math.max(day, reference.start), Math.min(period.end, reference.end)];
    return start >= end ? total : total + count(start, end, reference) / count(reference.start, reference.end, reference);
  }, 0);
}
