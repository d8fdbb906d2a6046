import { Type, type StaticDecode } from '@sinclair/typebox';
import { RateSchema, type Rate } from './distribution';
import type { Holding, Lot } from './holding';
import type { PartitionAmount } from './partition';
import { PartySchema } from './party';
import { Amount, Closed, Id, PositiveAmount, Timestamp } from './schema';

/**
 * Corporate actions that change every holding of an equity security by one ratio: stock splits, reverse splits
 * and stock dividends (docs/corporate-actions.md).
 *
 * No transaction may touch every holding, so the action is declared with an effective time and applied to its
 * holders in batches. From the effective time until the last unit is applied, no unit of the security moves
 * (`ST2-CORPORATE-ACTION-PENDING`): so a holding not yet applied still holds exactly what it held at the
 * effective time, in old units, and one applied holds exactly its new units; no movement can ever mix the two.
 * Each batch writes the new balances and changes the supply by what it changed them by, so supply == the sum of
 * the holdings at every block.
 */

export const CorporateActionType = Type.Union([Type.Literal('split'), Type.Literal('reverse-split'), Type.Literal('stock-dividend')], {
  description: 'split: `ratio` new units for old ones (numerator > denominator); reverse-split: the same, numerator < denominator; stock-dividend: `ratio` new units added per unit held',
});
export type CorporateActionType = StaticDecode<typeof CorporateActionType>;

/** Holders per batch: a batch writes one holding and at most one cash holding per holder. */
export const MAX_HOLDERS_PER_ACTION_BATCH = 100;

/**
 * Fractions of a new unit a holder would get are paid in cash: `price` cash units per old unit (an exact fraction),
 * from `payer`'s holding of the cash token `cashSecurityId` (the issuer funds it).
 */
export const CashInLieuSchema = Closed({ cashSecurityId: Id, payer: Id, price: RateSchema });
export type CashInLieu = StaticDecode<typeof CashInLieuSchema>;

export const CorporateActionSchema = Closed({
  id: Id,
  securityId: Id,
  type: CorporateActionType,
  /** As declared: new units for old ones (split, reverse split), or units added per unit held (stock dividend). */
  ratio: RateSchema,
  /** From this time no unit of the security moves until the action is completed. */
  effectiveTime: Timestamp,
  /** Required when the ratio can leave a fraction of a unit (see `leavesFractions`). */
  cashInLieu: Type.Optional(CashInLieuSchema),
  declaredBy: PartySchema,
  declaredAt: Timestamp,
  status: Type.Union([Type.Literal('declared'), Type.Literal('completed')]),
  /** Holders applied so far, the old units they held and the new units and cash they received for them. */
  appliedHolders: Type.Integer({ minimum: 0 }),
  oldUnits: Amount,
  newUnits: Amount,
  cashPaid: Amount,
  completedAt: Type.Optional(Timestamp),
});
export type CorporateAction = StaticDecode<typeof CorporateActionSchema>;

/** What the security records while an action is declared and not completed: movements read it with the security. */
export const PendingActionSchema = Closed({ id: Id, effectiveTime: Timestamp });
export type PendingAction = StaticDecode<typeof PendingActionSchema>;

/**
 * One holder's application: its old units, its new units and the cash paid for the fraction. A custody account is
 * applied in batches of its owners (custody-corporate-actions.ts): each names its owners' units, new units and
 * cash, and `outstanding` the account's old units no batch has applied yet (absent: none, the account is done).
 */
export const AdjustmentSchema = Closed({ holder: Id, units: Amount, newUnits: Amount, cash: Amount, outstanding: Type.Optional(PositiveAmount) });
export type Adjustment = StaticDecode<typeof AdjustmentSchema>;

/** New units per old unit, reduced: a stock dividend of n per d held multiplies by (d + n) / d. */
export function multiplierOf(type: CorporateActionType, ratio: Rate): Rate {
  const numerator = type === 'stock-dividend' ? ratio.denominator + ratio.numerator : ratio.numerator;
  const divisor = gcd(numerator, ratio.denominator);
  return { numerator: numerator / divisor, denominator: ratio.denominator / divisor };
}

/** Whether some holding would get a fraction of a unit: the reduced multiplier is not a whole number. */
export const leavesFractions = (multiplier: Rate): boolean => multiplier.denominator !== 1n;

/**
 * A holder's new units, floor(units × m), and the cash for the fraction it would have had. The fraction is
 * (units × a mod b) / b of a new unit, worth (units × a mod b) / a old units: its cash is that × price, floored.
 * So units × price == newUnits × (b / a) × price + cash, less under one cash unit (value is conserved).
 */
export function adjustmentOf(units: bigint, multiplier: Rate, price: Rate | undefined): { newUnits: bigint; cash: bigint } {
  const scaled = units * multiplier.numerator;
  const fraction = scaled % multiplier.denominator;
  const cash = price ? (fraction * price.numerator) / (multiplier.numerator * price.denominator) : 0n;
  return { newUnits: scaled / multiplier.denominator, cash };
}

/**
 * The holding in new units: its balance, frozen part, named partitions, lots and window counters scaled by the
 * multiplier and floored; the default partition is the rest of the new balance, so it takes what flooring the
 * named ones left (never less than its own floor). Lots keep summing to the balance: what flooring them left
 * goes to the newest (a later date is never earlier than the truth). Marked with the action applied.
 */
export function scaledHolding(h: Holding, multiplier: Rate, actionId: string): Holding {
  const scale = (amount: bigint): bigint => (amount * multiplier.numerator) / multiplier.denominator;
  const balance = scale(h.balance);
  const frozenAmount = scale(h.frozenAmount);
  const partitions = (h.partitions ?? []).map((p): PartitionAmount => ({ ...p, amount: scale(p.amount) })).filter((p) => p.amount > 0n);
  const { partitions: _old, ...rest } = h;
  return {
    ...rest,
    ...(partitions.length > 0 ? { partitions } : {}),
    balance,
    frozenAmount: frozenAmount > balance ? balance : frozenAmount,
    lots: scaledLots(h.lots, balance, scale),
    ...(h.windows ? { windows: h.windows.map((w) => ({ ...w, sent: scale(w.sent) })) } : {}),
    ...(h.venueWindows ? { venueWindows: h.venueWindows.map((w) => ({ ...w, sent: scale(w.sent) })) } : {}),
    corporateAction: actionId,
  };
}

function scaledLots(lots: readonly Lot[], balance: bigint, scale: (amount: bigint) => bigint): Lot[] {
  const scaled = lots.map((lot) => ({ ...lot, amount: scale(lot.amount) }));
  const newest = scaled[scaled.length - 1];
  if (newest) newest.amount += balance - scaled.reduce((sum, lot) => sum + lot.amount, 0n);
  return scaled.filter((lot) => lot.amount > 0n);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}
