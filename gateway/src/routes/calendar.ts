import { Type, type Static } from '@sinclair/typebox';
import {
  Amount, BUSINESS_DAY_CONVENTIONS, CallSchema, CallTermsSchema, conversionStatusAt, conversionStep, CorporateActionType, couponDistributionId, DAY_COUNTS, debtCalendarOf,
  FixingSchema, fixingTimeOf, fractionToNumber, Id, isDebtLike,
  RedemptionKindSchema, debtRedemption, scheduleTermsOf, stateCodecs, Timestamp,
  type ConversionTerms, type Fraction, type OpenSnapshot, type ScheduledCoupon, type Security, type DebtLikeTerms,
} from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import type { DistributionRecord, ReadModel } from '../projections/read-model';
import { operation } from './operation';
import { IdParams, readQuery } from './schemas';

/** A security's corporate-action calendar (docs/corporate-actions.md): what it pays when, and its open record dates. */
const tags = ['corporate actions'];

/** A floating period until its coupon is declared, which fixes its rate from the feed (coupon-fixing.ts). */
const TO_BE_OBSERVED = 'rate to be observed';
const FIXED = 'fixed';

const FractionView = Type.Object({
  numerator: Type.Integer({ minimum: 0 }),
  denominator: Type.Integer({ minimum: 1 }),
  value: Type.Number({ description: 'numerator / denominator, for display: amounts are computed from the exact fraction' }),
}, { additionalProperties: false });

const CouponView = Type.Object({
  index: Type.Integer({ minimum: 1, description: '1 for the first coupon' }),
  start: Timestamp,
  end: Timestamp,
  paymentDate: Timestamp,
  regular: Type.Boolean({ description: 'False for a short first stub' }),
  accrualFraction: FractionView,
  rate: Type.Union([
    Type.Object({ kind: Type.Literal('fixed'), rateBps: Type.Integer(), couponPerUnit: Amount }, { additionalProperties: false }),
    Type.Object({
      kind: Type.Literal('floating'), reference: Type.String(), spreadBps: Type.Integer(),
      feedId: Type.String({ description: 'The oracle feed (kind rate) the period is fixed from' }),
      fixingTime: Type.Integer({ description: 'The period\'s start: its fixing is the feed\'s last usable round observed at or before it' }),
      status: Type.Union([Type.Literal(TO_BE_OBSERVED), Type.Literal(FIXED)], { description: `'${FIXED}' once the coupon is declared` }),
      fixing: Type.Optional(FixingSchema),
      couponPerUnit: Type.Optional(Amount),
    }, { additionalProperties: false }),
  ]),
}, { additionalProperties: false });

const DebtView = Type.Object({
  currency: Type.String(),
  issueDate: Timestamp,
  dayCount: Type.Union(DAY_COUNTS.map((dayCount) => Type.Literal(dayCount))),
  businessDayConvention: Type.Union(BUSINESS_DAY_CONVENTIONS.map((convention) => Type.Literal(convention))),
  coupons: Type.Array(CouponView),
  maturity: Type.Object({ maturityDate: Timestamp, paymentDate: Timestamp, principalPerUnit: Amount }, { additionalProperties: false }),
  call: Type.Optional(Type.Object({
    terms: CallTermsSchema,
    called: Type.Optional(CallSchema),
  }, { additionalProperties: false, description: 'A callable security\'s call terms and, once the issuer called it, the call' })),
  redemption: Type.Object({
    kind: RedemptionKindSchema,
    redemptionDate: Type.Integer({ description: 'From it the security is matured: nothing moves but the redemption' }),
    paymentDate: Timestamp,
    pricePerUnit: Type.Object({ numerator: Amount, denominator: Amount }, { additionalProperties: false, description: 'Cash per unit, an exact fraction: the face value, or its call price' }),
  }, { additionalProperties: false, description: 'How the security ends: at maturity, or on its call date once called' }),
}, { additionalProperties: false });

const RecordDateView = Type.Object({
  id: Id,
  action: Type.Union([Type.Literal('proposal'), Type.Literal('distribution')]),
  recordTime: Timestamp,
  paymentDate: Type.Optional(Timestamp),
}, { additionalProperties: false });

/** A split, reverse split or stock dividend declared and not completed: from its effective time no unit moves. */
const PendingActionView = Type.Object({ id: Id, type: CorporateActionType, effectiveTime: Timestamp }, { additionalProperties: false });
const ConversionView = Type.Object({
  equitySecurityId: Id,
  ratio: Type.Object({ numerator: Type.Integer({ minimum: 1 }), denominator: Type.Integer({ minimum: 1 }) }, {
    additionalProperties: false, description: 'Equity units per hybrid unit',
  }),
  step: Type.String({ description: 'The smallest amount of hybrid units that converts to whole equity units: convert multiples of it' }),
  windowStart: Timestamp,
  windowEnd: Timestamp,
  status: Type.Union([Type.Literal('upcoming'), Type.Literal('open'), Type.Literal('closed')], { description: 'At the time of the read: the window is [windowStart, windowEnd)' }),
}, { additionalProperties: false });

const CalendarView = Type.Object({
  securityId: Id,
  debt: Type.Optional(DebtView),
  conversion: Type.Optional(ConversionView),
  recordDates: Type.Array(RecordDateView, { description: 'Open record-date snapshots, by record time' }),
  corporateAction: Type.Optional(PendingActionView),
}, { additionalProperties: false });

export const readCalendar = operation({
  summary: 'A security\'s corporate-action calendar: coupons, maturity, call and redemption, open record dates',
  description: 'For debt and hybrid securities, every coupon period from the issue date to maturity (generated backwards from maturity, a short first stub '
    + 'when the issue date is not a roll date), each with its unadjusted start and end, its payment date moved by the business-day convention, its accrual fraction '
    + `under the day count and, for a fixed rate, the coupon per unit of face value rounded down to the minor unit (floating: its feed and fixing time, '${TO_BE_OBSERVED}' until the coupon is declared, then '${FIXED}' with its fixing and coupon per unit); `
    + 'then the principal paid at maturity, the call terms and call of a callable security, and how it ends (at maturity, or on its call date at the call price); '
    + 'for a hybrid, its conversion window (`POST /v1/securities/{id}/conversions`). '
    + 'For every security, its open record-date snapshots: proposals and distributions (a redemption\'s included); and a split, reverse split or stock dividend under way.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({}), response: { 200: CalendarView } },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    await consistency.reach(request.query);
    const found = await readModel.security(request.params.id);
    if (!found) throw new NotFoundError(`Unknown security ${request.params.id}.`, { security: request.params.id });
    const security = stateCodecs.security.decode(found.security);
    const recordDates = await recordDatesOf(security.id, security.snapshots ?? [], readModel);
    const pending = security.corporateAction ? await readModel.corporateAction(security.corporateAction.id) : undefined;
    const corporateAction = pending ? { corporateAction: { id: pending.id, type: pending.type, effectiveTime: pending.effectiveTime } } : {};
    if (!isDebtLike(security.terms)) return { securityId: security.id, recordDates, ...corporateAction };
    const schedule = scheduleTermsOf(security.terms, security.createdAt);
    const { coupons, maturity } = debtCalendarOf(security.terms, security.createdAt);
    const declared = await declaredCoupons(security.id, coupons, readModel);
    const debt: Static<typeof DebtView> = {
      currency: security.terms.currency, issueDate: schedule.issueDate, dayCount: schedule.dayCount, businessDayConvention: schedule.convention,
      coupons: coupons.map((coupon) => couponView(coupon, declared.get(coupon.index))), maturity: { ...maturity, principalPerUnit: maturity.principalPerUnit.toString() },
      ...callView(security), redemption: redemptionView(security, security.terms),
    };
    const conversion = security.terms.kind === 'hybrid' ? { conversion: conversionView(security.terms.conversion, clock()) } : {};
    return { securityId: security.id, debt, ...conversion, recordDates, ...corporateAction };
  },
});

function conversionView(conversion: ConversionTerms, now: number): Static<typeof ConversionView> {
  const { equitySecurityId, ratioNumerator: numerator, ratioDenominator: denominator, windowStart, windowEnd } = conversion;
  return { equitySecurityId, ratio: { numerator, denominator }, step: conversionStep(conversion).toString(), windowStart, windowEnd, status: conversionStatusAt(conversion, now) };
}

function couponView({ index, start, end, paymentDate, regular, accrualFraction, rate }: ScheduledCoupon, declared: DistributionRecord | undefined): Static<typeof CouponView> {
  const fixed = declared?.fixing ? { status: FIXED, fixing: declared.fixing, couponPerUnit: declared.rate.numerator } as const : { status: TO_BE_OBSERVED } as const;
  return {
    index, start, end, paymentDate, regular, accrualFraction: fractionView(accrualFraction),
    rate: rate.kind === 'fixed' ? { ...rate, couponPerUnit: rate.couponPerUnit.toString() } : { ...rate, fixingTime: fixingTimeOf({ start }), ...fixed },
  };
}

/** The declared coupons of a floating security, by index: each carries the fixing of its period. */
async function declaredCoupons(securityId: string, coupons: readonly ScheduledCoupon[], readModel: ReadModel): Promise<Map<number, DistributionRecord>> {
  const floating = coupons.filter((coupon) => coupon.rate.kind === 'floating');
  const found = await Promise.all(floating.map(async ({ index }) => [index, await readModel.distribution(couponDistributionId(securityId, index))] as const));
  return new Map(found.flatMap(([index, distribution]) => (distribution ? [[index, distribution] as const] : [])));
}

function callView({ terms, called }: Security): Pick<Static<typeof DebtView>, 'call'> {
  if (!isDebtLike(terms) || !terms.call) return {};
  return { call: { terms: terms.call, ...(called ? { called } : {}) } };
}

function redemptionView(security: Security, terms: DebtLikeTerms): Static<typeof DebtView>['redemption'] {
  const { kind, date, paymentDate, rate } = debtRedemption(security, terms);
  return { kind, redemptionDate: date, paymentDate, pricePerUnit: { numerator: rate.numerator.toString(), denominator: rate.denominator.toString() } };
}

function fractionView(fraction: Fraction): Static<typeof FractionView> {
  return { numerator: Number(fraction.numerator), denominator: Number(fraction.denominator), value: fractionToNumber(fraction) };
}

/** Each open snapshot with the action that opened it: a distribution of this security carries its id, else a proposal does. */
async function recordDatesOf(securityId: string, snapshots: readonly OpenSnapshot[], readModel: ReadModel): Promise<Static<typeof RecordDateView>[]> {
  const views = await Promise.all(snapshots.map(async ({ id, recordTime }): Promise<Static<typeof RecordDateView>> => {
    const distribution = await readModel.distribution(id);
    return distribution?.securityId === securityId
      ? { id, action: 'distribution', recordTime, paymentDate: distribution.paymentDate }
      : { id, action: 'proposal', recordTime };
  }));
  return views.sort((a, b) => a.recordTime - b.recordTime);
}
