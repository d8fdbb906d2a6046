import { Type, type StaticDecode } from '@sinclair/typebox';
import { Amount, Closed, Id, Timestamp } from './schema';

/**
 * What a holder sent in one time window, kept on its own holding (never on the security, so transfers of
 * disjoint holders share no key: docs/storage.md).
 *
 * Windows are fixed and aligned to the Unix epoch: a window of length `w` covers `[k·w, (k+1)·w)`, so a
 * one-day window is a UTC day. T-REX's TimeTransfersLimitsModule also counts in fixed windows (its window
 * opens at a holder's first transfer after the last one closed); aligning to the epoch gives every holder
 * one calendar and one counter per window length: exact, and bounded by the number of window lengths. The
 * price of fixed windows, in T-REX as here: across a boundary a holder may send up to twice a limit within
 * any span of `w`. A sliding window with the same exactness would need one entry per transfer.
 */
export const WindowCounterSchema = Closed({
  /** The window's length in milliseconds (the key: one counter per length). */
  windowMs: Type.Integer({ minimum: 1 }),
  /** Start of the window the totals refer to (a multiple of `windowMs`). */
  start: Timestamp,
  /** Units sent by the holder in that window. */
  sent: Amount,
  /** Transfers sent by the holder in that window. */
  count: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
});
export type WindowCounter = StaticDecode<typeof WindowCounterSchema>;

export const DAY_MS = 86_400_000;
/**
 * Limits of one security (`transferLimits`): each window length is one counter on every sender's holding.
 * The `dailyLimit` shorthand may add one more, so a holding keeps at most MAX_TRANSFER_LIMITS + 1 counters.
 */
export const MAX_TRANSFER_LIMITS = 8;
export const MAX_WINDOW_COUNTERS = MAX_TRANSFER_LIMITS + 1;

export interface WindowUsage { readonly sent: bigint; readonly count: number }

export function windowStart(at: number, windowMs: number): number {
  return at - (at % windowMs);
}

/** What the counters say was sent in the window of length `windowMs` that contains `at`. */
export function usageIn(counters: readonly WindowCounter[], windowMs: number, at: number): WindowUsage {
  const counter = counters.find((c) => c.windowMs === windowMs && c.start === windowStart(at, windowMs));
  return counter ? { sent: counter.sent, count: counter.count } : { sent: 0n, count: 0 };
}

/**
 * The counters after the holder sent `amount` at `at`, one per tracked window length. Counters of lengths no
 * rule names any more are dropped, so the record stays bounded when rules change; a length a rule names
 * later counts from its first transfer after that.
 */
export function countSent(counters: readonly WindowCounter[], windows: readonly number[], amount: bigint, at: number): WindowCounter[] {
  return windows.map((windowMs) => {
    const used = usageIn(counters, windowMs, at);
    return { windowMs, start: windowStart(at, windowMs), sent: used.sent + amount, count: used.count + 1 };
  });
}

/**
 * A window counter of an investor's transfers with one designated counterparty (venue): both directions,
 * kept on the investor's own holding (venue-limits.ts).
 */
export const VenueCounterSchema = Closed({ venue: Id, ...WindowCounterSchema.properties });
export type VenueCounter = StaticDecode<typeof VenueCounterSchema>;

/** Venues of one security and limits per venue: a holding keeps at most one counter per venue and limit. */
export const MAX_VENUES = 8;
export const MAX_VENUE_LIMITS = 2;
export const MAX_VENUE_COUNTERS = MAX_VENUES * MAX_VENUE_LIMITS;

export function venueUsageIn(counters: readonly VenueCounter[], venue: string, windowMs: number, at: number): WindowUsage {
  return usageIn(counters.filter((c) => c.venue === venue), windowMs, at);
}

/**
 * The investor's venue counters after it moved `amount` to or from `venue`: that venue's counters for the
 * given windows replaced, other venues' kept while they still count (their window is the current one), so
 * the record holds at most one counter per venue and window length.
 */
export function countWithVenue(counters: readonly VenueCounter[], venue: string, windows: readonly number[], amount: bigint, at: number): VenueCounter[] {
  const others = counters.filter((c) => c.venue !== venue && windows.includes(c.windowMs) && c.start === windowStart(at, c.windowMs));
  const mine = countSent(counters.filter((c) => c.venue === venue), windows, amount, at).map((c) => ({ venue, ...c }));
  return [...others, ...mine];
}
