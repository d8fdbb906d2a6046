import { Type, type StaticDecode } from '@sinclair/typebox';
import { DEFAULT_PARTITION, MAX_PARTITIONS, PartitionAmountSchema, shiftPartition } from './partition';
import { Amount, Closed, Id, PositiveAmount, Timestamp } from './schema';
import { SnapshotEntries } from './snapshots';
import { countSent, DAY_MS, MAX_VENUE_COUNTERS, MAX_WINDOW_COUNTERS, VenueCounterSchema, WindowCounterSchema, type WindowCounter } from './window-counters';

/** A parcel of a holding acquired at one time: the minimum-holding-period rule counts from it. */
export const LotSchema = Closed({ amount: Amount, acquiredAt: Timestamp });
export type Lot = StaticDecode<typeof LotSchema>;

/** Holds on one holding at once (expired ones not counted): one more is refused with ST2-LIMIT-EXCEEDED. */
export const MAX_HOLDS_PER_HOLDING = 32;

/**
 * A hold as its holding records it: its id, amount and expiry (the rest is in the hold's own record). A
 * settlement's hold on its leg is marked `settlement` (its id is the settlement's; its record the instruction).
 */
export const HoldEntrySchema = Closed({ id: Id, amount: Amount, expiresAt: Timestamp, settlement: Type.Optional(Type.Literal(true)) });
export type HoldEntry = StaticDecode<typeof HoldEntrySchema>;

/** One identity's position in one security. */
export const HoldingSchema = Closed({
  securityId: Id,
  holder: Id,
  balance: Amount,
  /** The whole holding is frozen by an agent. */
  frozen: Type.Boolean(),
  /** Part of the balance frozen by an agent. */
  frozenAmount: Amount,
  /** Oldest first; their amounts add up to the balance. */
  lots: Type.Array(LotSchema),
  /** What the holder sent per window of its security's transfer limits (window-counters.ts). */
  windows: Type.Optional(Type.Array(WindowCounterSchema, { maxItems: MAX_WINDOW_COUNTERS })),
  /** What the investor moved to and from each designated counterparty (venue) per window (window-counters.ts). */
  venueWindows: Type.Optional(Type.Array(VenueCounterSchema, { maxItems: MAX_VENUE_COUNTERS })),
  /**
   * Legacy daily counter (UTC day since epoch, units sent that day), written before window counters: still
   * decoded, read as the one-day window's counter (`windowCountersOf`), never written again.
   */
  day: Type.Optional(Type.Integer({ minimum: 0 })),
  sentToday: Type.Optional(Amount),
  /** The balance at the record times of its security's open snapshots it changed after (snapshots.ts). */
  snapshots: Type.Optional(SnapshotEntries),
  /**
   * The units in named partitions (ERC-1410), sorted by name, positive amounts only; the default partition is
   * the rest of the balance (partition.ts). Absent: all of it is default, as in records written before partitions.
   */
  partitions: Type.Optional(Type.Array(PartitionAmountSchema, { maxItems: MAX_PARTITIONS })),
  /**
   * The holding's active holds (hold.ts), each with its amount and expiry: what `heldAmount` counts. Kept on
   * the holding (not only in the hold's own record) so that every movement, which reads the holding anyway,
   * knows what is held at its own time without reading any other key; an expired entry stops counting at
   * once and is dropped by the next hold placed on the holding, or when its hold is closed.
   */
  holds: Type.Optional(Type.Array(HoldEntrySchema, { maxItems: MAX_HOLDS_PER_HOLDING })),
  /**
   * The last corporate action (corporate-action.ts) applied to this holding: its balance is in that action's new
   * units. The holding is the action's per-holder marker, so applying an action twice to a holder is refused.
   */
  corporateAction: Type.Optional(Id),
  /**
   * A custody account part-way through `corporateAction`, applied by its custodian in batches of owners: its old
   * units no batch has applied yet (its balance is those plus the applied owners' new units). Absent: done.
   */
  corporateActionOutstanding: Type.Optional(PositiveAmount),
});
export type Holding = StaticDecode<typeof HoldingSchema>;

/** Lots beyond this are merged (oldest two, keeping the later date: never earlier than the truth). */
export const MAX_LOTS = 32;

export function emptyHolding(securityId: string, holder: string): Holding {
  return { securityId, holder, balance: 0n, frozen: false, frozenAmount: 0n, lots: [], windows: [] };
}

/** The holding's window counters; a record written before them has its daily counter read as the one-day window's. */
export function windowCountersOf(h: Holding): readonly WindowCounter[] {
  if (h.windows) return h.windows;
  if (h.day === undefined || h.sentToday === undefined) return [];
  return [{ windowMs: DAY_MS, start: h.day * DAY_MS, sent: h.sentToday, count: 0 }];
}

/** What the holder may move: nothing when frozen, else the balance less the frozen part. */
export function freeBalance(h: Holding): bigint {
  if (h.frozen) return 0n;
  const free = h.balance - h.frozenAmount;
  return free > 0n ? free : 0n;
}

/** Units held by holds that have not expired at `at`. */
export function heldAmount(h: Holding, at: number): bigint {
  return activeHolds(h, at).reduce((sum, entry) => sum + entry.amount, 0n);
}

/** The holding's hold entries that still count at `at`. */
export function activeHolds(h: Holding, at: number): readonly HoldEntry[] {
  return (h.holds ?? []).filter((entry) => entry.expiresAt > at);
}

/** What may move at `at`: the free balance less what holds reserve (never below zero). */
export function availableBalance(h: Holding, at: number): bigint {
  const available = freeBalance(h) - heldAmount(h, at);
  return available > 0n ? available : 0n;
}

/** Amount acquired at least `periodMs` before `now`. */
export function seasonedAmount(h: Holding, now: number, periodMs: number): bigint {
  return h.lots.filter((lot) => lot.acquiredAt + periodMs <= now).reduce((sum, lot) => sum + lot.amount, 0n);
}

/** Units received, into `partition` (the default one unless named). */
export function credit(h: Holding, amount: bigint, at: number, partition = DEFAULT_PARTITION): Holding {
  const lots = [...h.lots, { amount, acquiredAt: at }];
  while (lots.length > MAX_LOTS) {
    const [a, b, ...rest] = lots as [Lot, Lot, ...Lot[]];
    lots.splice(0, lots.length, { amount: a.amount + b.amount, acquiredAt: Math.max(a.acquiredAt, b.acquiredAt) }, ...rest);
  }
  return shiftPartition({ ...h, balance: h.balance + amount, lots }, partition, amount);
}

/**
 * Debits oldest lots first (FIFO), out of `partition` (lots are the holding's, whatever partition the units are
 * in). `windows`: the window lengths the holder's sending counts in (its security's transfer limits), or null
 * for agent actions, which count in none and leave the counters as they are.
 */
export function debit(h: Holding, amount: bigint, at: number, windows: readonly number[] | null, partition = DEFAULT_PARTITION): Holding {
  let remaining = amount;
  const lots: Lot[] = [];
  for (const lot of h.lots) {
    if (remaining >= lot.amount) {
      remaining -= lot.amount;
    } else {
      lots.push({ ...lot, amount: lot.amount - remaining });
      remaining = 0n;
    }
  }
  const balance = h.balance - amount;
  const debited = shiftPartition({ ...h, balance, lots, frozenAmount: h.frozenAmount > balance ? balance : h.frozenAmount }, partition, -amount);
  if (windows === null) return debited;
  const { day: _day, sentToday: _sentToday, ...current } = debited;
  return { ...current, windows: countSent(windowCountersOf(h), windows, amount, at) };
}
