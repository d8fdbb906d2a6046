import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema } from './party';
import { Amount, Closed, Id, Timestamp } from './schema';

/** A hold stays at most this long (a year): a later expiry is refused as invalid input. */
export const MAX_HOLD_MS = 366 * 86_400_000;

/** Why a hold was placed, as its placer says it (shown to the holder and the regulator). */
export const HoldReason = Type.String({ minLength: 1, maxLength: 256 });

/**
 * A hold (ERC-1996 style): an amount of one holding reserved for a beneficiary until it expires. While it is
 * active (and not expired) the held units cannot move by any path; it ends released (nothing moves),
 * executed (the units moved to the beneficiary under the rules of a holder transfer) or expired (closed once
 * its expiry passed; it stopped counting at that moment, closed or not).
 */
export const HoldSchema = Closed({
  id: Id,
  securityId: Id,
  holder: Id,
  beneficiary: Id,
  amount: Amount,
  reason: HoldReason,
  expiresAt: Timestamp,
  placedAt: Timestamp,
  /** Who placed it: an agent of the security with the `hold` power (or its issuer). */
  by: PartySchema,
  status: Type.Union([Type.Literal('active'), Type.Literal('released'), Type.Literal('executed'), Type.Literal('expired')]),
  /** Who closed it, and when (an expiry closed by anyone names the caller). */
  closedBy: Type.Optional(PartySchema),
  closedAt: Type.Optional(Timestamp),
});
export type Hold = StaticDecode<typeof HoldSchema>;
export type HoldStatus = Hold['status'];

/** An active hold whose expiry has passed: it no longer counts and may only be closed (released or expired). */
export function isLapsed(hold: Hold, at: number): boolean {
  return hold.status === 'active' && hold.expiresAt <= at;
}
