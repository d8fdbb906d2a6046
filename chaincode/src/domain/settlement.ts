import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema } from './party';
import { Closed, Id, PositiveAmount, Sha256, Timestamp } from './schema';

/** One side's delivery: units of a security. The cash leg is a security too (a cash token). */
export const LegSchema = Closed({ securityId: Id, amount: PositiveAmount });
export type Leg = StaticDecode<typeof LegSchema>;

/** Instructions settled together by netting, at most. */
export const MAX_NETTED = 20;

/** The side a party takes: the seller delivers the securities leg (and receives cash), the buyer the cash leg. */
export type Side = 'seller' | 'buyer';

/**
 * A settlement instruction: delivery versus payment (both legs), or free of payment (no cash leg). The price is
 * private: the instruction carries only its hash; the price itself is in the two parties' org collections and
 * the audit collection.
 *
 * States: `proposed` -> `affirmed` (by one side, then by both: `affirmations`) -> `settled`, or `cancelled` (by
 * either party, any time before settlement) or `failed` (its settlement date passed unsettled). Each side's
 * affirmation holds its leg on its holding until the settlement date (a settlement hold: an entry on the
 * holding, released when the instruction closes). Settled, cancelled and failed are final.
 */
export const SettlementSchema = Closed({
  id: Id,
  seller: Id,
  buyer: Id,
  securities: LegSchema,
  /** Absent: free of payment. */
  cash: Type.Optional(LegSchema),
  /** The intended settlement date: unsettled past it, the instruction can only fail or be cancelled. */
  settleBy: Timestamp,
  /** SHA-256 of the private price record, when there is one. */
  priceHash: Type.Optional(Sha256),
  proposedBy: PartySchema,
  proposedAt: Timestamp,
  status: Type.Union([Type.Literal('proposed'), Type.Literal('affirmed'), Type.Literal('settled'), Type.Literal('cancelled'), Type.Literal('failed')]),
  affirmations: Closed({ seller: Type.Boolean(), buyer: Type.Boolean() }),
  /** Why it failed (its settlement date passed). */
  reason: Type.Optional(Type.String({ maxLength: 256 })),
  closedBy: Type.Optional(PartySchema),
  closedAt: Type.Optional(Timestamp),
});
export type Settlement = StaticDecode<typeof SettlementSchema>;
export type SettlementStatus = Settlement['status'];

export function isOpen(settlement: Settlement): boolean {
  return settlement.status === 'proposed' || settlement.status === 'affirmed';
}

/** The leg a side delivers (a buyer delivers nothing free of payment), with its holder. */
export function deliveryOf(settlement: Settlement, side: Side): { readonly holder: string; readonly leg: Leg } | null {
  if (side === 'seller') return { holder: settlement.seller, leg: settlement.securities };
  return settlement.cash ? { holder: settlement.buyer, leg: settlement.cash } : null;
}

/** Both deliveries: what the settlement moves and what its affirmations hold. */
export function deliveries(settlement: Settlement): { readonly side: Side; readonly from: string; readonly to: string; readonly leg: Leg }[] {
  const sides: Side[] = ['seller', 'buyer'];
  return sides.flatMap((side) => {
    const delivery = deliveryOf(settlement, side);
    if (!delivery) return [];
    return [{ side, from: delivery.holder, to: side === 'seller' ? settlement.buyer : settlement.seller, leg: delivery.leg }];
  });
}
