import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema } from './party';
import { Amount, Closed, Id, PositiveAmount, Timestamp } from './schema';
import { RedemptionKindSchema } from './redemption';
import { FixingSchema } from './coupon-fixing';

/**
 * A cash distribution (dividend) on a security: every unit held at the record time earns `rate` units of the
 * cash security, paid from the payer's holding of it in batches of holders after the payment date.
 *
 * Rounding: a holder is paid floor(units at record time × numerator / denominator); the declared total is
 * floor(supply at record time × numerator / denominator). The sum of the floors never exceeds the total and
 * falls short of it by less than the number of holders; the close pays that shortfall to the remainder
 * account, so that what was paid is exactly the declared total and nothing is lost.
 */

/** Holders per payment batch: a batch's transaction writes one marker and at most one cash holding per holder. */
export const MAX_PAYMENTS_PER_BATCH = 100;

/** Cash units per unit held, as an exact fraction: an integer amount is `{ numerator: n, denominator: 1 }`. */
export const RateSchema = Closed({ numerator: PositiveAmount, denominator: PositiveAmount });
export type Rate = StaticDecode<typeof RateSchema>;

export const DistributionSchema = Closed({
  id: Id,
  securityId: Id,
  /** The security paid in: a cash token (terms.kind 'cash'). */
  cashSecurityId: Id,
  rate: RateSchema,
  recordTime: Timestamp,
  /** Payments are accepted from this time on. */
  paymentDate: Timestamp,
  /** The identity whose holding of the cash security pays every holder (the issuer's paying agent account). */
  payer: Id,
  /** The identity the close pays the rounding remainder to. */
  remainderAccount: Id,
  declaredBy: PartySchema,
  declaredAt: Timestamp,
  status: Type.Union([Type.Literal('declared'), Type.Literal('closed')]),
  /** Holders paid, the units at record time they were paid for, and the cash they received. */
  paidHolders: Type.Integer({ minimum: 0 }),
  paidUnits: Amount,
  paidAmount: Amount,
  /** Set at the close: the supply at record time, the declared total, the remainder paid. */
  eligibleUnits: Type.Optional(Amount),
  declaredTotal: Type.Optional(Amount),
  remainder: Type.Optional(Amount),
  /** Set when the distribution pays a debt security's coupon: its number in the schedule (DeclareCoupon). */
  coupon: Type.Optional(Type.Integer({ minimum: 1 })),
  /** Set when that coupon floats: the oracle round that fixed its rate (coupon-fixing.ts). */
  fixing: Type.Optional(FixingSchema),
  /** Set when the distribution pays a debt security's principal (DeclareRedemption): each holder's units are burned as it is paid. */
  redemption: Type.Optional(RedemptionKindSchema),
});
export type Distribution = StaticDecode<typeof DistributionSchema>;

/**
 * One holder's payment: its units at record time and the cash it received for them (may be 0 after rounding).
 * A custody account is paid in batches of its beneficial owners (custody-distributions.ts): each batch's payment
 * names the owners' units and cash of that batch, and `outstanding` the account's record-time units no batch
 * has named yet (absent: none, the account is paid).
 */
export const PaymentSchema = Closed({ holder: Id, units: Amount, amount: Amount, outstanding: Type.Optional(PositiveAmount) });
export type Payment = StaticDecode<typeof PaymentSchema>;

/**
 * The paid marker of one holder in one distribution: its own key, so paying twice is refused. A custody account's
 * sums what its batches paid so far; `outstanding` while some of its record-time units are not paid for yet.
 */
export const PayoutSchema = Closed({ distributionId: Id, holder: Id, units: Amount, amount: Amount, paidAt: Timestamp, outstanding: Type.Optional(PositiveAmount) });
export type Payout = StaticDecode<typeof PayoutSchema>;

/** Whether the holder was paid in full: a marker with nothing outstanding. */
export function isPaid(payout: Payout | undefined): boolean {
  return payout !== undefined && payout.outstanding === undefined;
}

export function payoutRef(distributionId: string, holder: string): string {
  return `${distributionId}\u0000${holder}`;
}

/** Units × rate, rounded down (the rounding rule above). */
export function entitlementOf(units: bigint, rate: Rate): bigint {
  return (units * rate.numerator) / rate.denominator;
}
