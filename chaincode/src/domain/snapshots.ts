import { Type, type StaticDecode } from '@sinclair/typebox';
import { Amount, Closed, Id, Timestamp } from './schema';

/**
 * Record-date snapshots without a pass over the holders (no transaction grows with their number): a
 * security lists its open snapshots' record times, and the first change of a balance (or of the supply)
 * after a record time keeps the value it had then, in the record it changes. A value with no entry for a
 * record time has not changed since, so the current value is the value at that time. A snapshot is opened
 * only for a record time not yet passed, so no change after it can have escaped.
 */

/** Open snapshots per security: each costs one entry in a record that changes after its record time. */
export const MAX_OPEN_SNAPSHOTS = 8;

/** A snapshot the security keeps open (for a proposal, a distribution), until released. */
export const OpenSnapshotSchema = Closed({ id: Id, recordTime: Timestamp });
export type OpenSnapshot = StaticDecode<typeof OpenSnapshotSchema>;

/** A balance or a supply as it stood at a record time. */
export const SnapshotEntrySchema = Closed({ recordTime: Timestamp, amount: Amount });
export type SnapshotEntry = StaticDecode<typeof SnapshotEntrySchema>;
export const SnapshotEntries = Type.Array(SnapshotEntrySchema, { maxItems: MAX_OPEN_SNAPSHOTS });

/**
 * The entries a record keeps when its value changes at `at` (before the change: `value`): one per open
 * record time, the existing one or, for a record time now passed, the value before this change. Entries of
 * released snapshots are dropped. Undefined when there is nothing to keep (the record stays as it was written).
 */
export function entriesBeforeChange(entries: readonly SnapshotEntry[] | undefined, value: bigint, open: readonly OpenSnapshot[] | undefined, at: number): SnapshotEntry[] | undefined {
  const times = [...new Set((open ?? []).map((s) => s.recordTime))].filter((t) => t < at);
  const kept = times.map((recordTime) => entries?.find((e) => e.recordTime === recordTime) ?? { recordTime, amount: value });
  return kept.length > 0 ? kept : undefined;
}

/** The value at a record time already passed: its entry, or the current value when it has not changed since. */
export function valueAt(entries: readonly SnapshotEntry[] | undefined, current: bigint, recordTime: number): bigint {
  return entries?.find((e) => e.recordTime === recordTime)?.amount ?? current;
}
