import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartitionName } from './partition';
import { PartySchema } from './party';
import { Amount, Closed, Id, Timestamp } from './schema';

/** A request stays open at most this long (90 days): a longer validity window is refused as invalid input. */
export const MAX_REQUEST_VALIDITY_MS = 90 * 86_400_000;

/**
 * A conditional transfer (ERC-3643 conditional-transfer compliance): a holder's transfer waiting for an
 * agent with the `approve` power. Nothing moves while it is requested; the approval executes it, with every
 * rule checked again at that moment. Approved, rejected and cancelled (by its holder) are final; past
 * `validUntil` it can only be rejected or cancelled.
 */
export const TransferRequestSchema = Closed({
  id: Id,
  securityId: Id,
  from: Id,
  to: Id,
  amount: Amount,
  requestedAt: Timestamp,
  validUntil: Timestamp,
  status: Type.Union([Type.Literal('requested'), Type.Literal('approved'), Type.Literal('rejected'), Type.Literal('cancelled')]),
  /** The agent who approved or rejected it, or the holder who cancelled it. */
  decidedBy: Type.Optional(PartySchema),
  /** The partition the units move in; absent, the default. */
  partition: Type.Optional(PartitionName),
});
export type TransferRequest = StaticDecode<typeof TransferRequestSchema>;

/** A request's key in the slice: its id is unique within its security. */
export function requestRef(securityId: string, transferId: string): string {
  return `${securityId}\u0000${transferId}`;
}
