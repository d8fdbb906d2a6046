import { fixingFeedId } from './coupon-fixing';
import { couponPerUnit, couponSchedule, HolidayCalendar, type CouponPeriod, type ScheduleTerms } from './schedule';
import { DEFAULT_BUSINESS_DAY_CONVENTION, DEFAULT_DAY_COUNT, type Terms } from './security';

/** Terms that pay coupons and redeem at maturity: debt, and hybrids until they convert. */
export type DebtLikeTerms = Extract<Terms, { kind: 'debt' | 'hybrid' }>;

export function isDebtLike(terms: Terms): terms is DebtLikeTerms {
  return terms.kind === 'debt' || terms.kind === 'hybrid';
}

/** The schedule's inputs from a security's terms, with the defaults of the terms a security was created without. */
export function scheduleTermsOf(terms: DebtLikeTerms, createdAt: number): ScheduleTerms {
  return {
    issueDate: terms.issueDate ?? createdAt,
    maturityDate: terms.maturityDate,
    frequency: terms.couponFrequency,
    dayCount: terms.dayCount ?? DEFAULT_DAY_COUNT,
    convention: terms.businessDayConvention ?? DEFAULT_BUSINESS_DAY_CONVENTION,
    ...(terms.firstStub ? { firstStub: terms.firstStub } : {}),
    ...(terms.lastStub ? { lastStub: terms.lastStub } : {}),
  };
}

/** A fixed coupon is known from the terms; a floating one once its feed's round fixes it (coupon-fixing.ts). */
export type CouponRate =
  | { readonly kind: 'fixed'; readonly rateBps: number; readonly couponPerUnit: bigint }
  | { readonly kind: 'floating'; readonly reference: string; readonly spreadBps: number; readonly feedId: string };

export interface ScheduledCoupon extends CouponPeriod {
  readonly rate: CouponRate;
}

export interface DebtCalendar {
  readonly coupons: readonly ScheduledCoupon[];
  /** The principal, face value per unit, paid on the maturity date moved by the business-day convention. */
  readonly maturity: { readonly maturityDate: number; readonly paymentDate: number; readonly principalPerUnit: bigint };
}

/** The distribution paying coupon `coupon` of a security: one id per coupon, so that it is declared once. */
export function couponDistributionId(securityId: string, coupon: number): string {
  return `${securityId}:coupon:${coupon}`;
}

/** A debt-like security's coupons and redemption, from its terms alone (and its creation, the default issue date). */
export function debtCalendarOf(terms: DebtLikeTerms, createdAt: number): DebtCalendar {
  const schedule = scheduleTermsOf(terms, createdAt);
  const rateOf = (period: CouponPeriod): CouponRate => terms.floating
    ? { kind: 'floating', reference: terms.floating.reference, spreadBps: terms.floating.spreadBps, feedId: fixingFeedId(terms.floating) }
    : { kind: 'fixed', rateBps: terms.couponRateBps, couponPerUnit: couponPerUnit(terms.faceValue, terms.couponRateBps, period.accrualFraction) };
  return {
    coupons: couponSchedule(schedule).map((period) => ({ ...period, rate: rateOf(period) })),
    maturity: {
      maturityDate: terms.maturityDate,
      paymentDate: new HolidayCalendar().adjust(terms.maturityDate, schedule.convention),
      principalPerUnit: terms.faceValue,
    },
  };
}
