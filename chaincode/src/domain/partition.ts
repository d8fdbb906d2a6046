import { Type, type StaticDecode } from '@sinclair/typebox';
import { reject, type Rejection } from './decision';
import { Amount, Closed } from './schema';

/**
 * Partitions (ERC-1410): a holding splits into named parts, e.g. `unrestricted`, `locked`, `reg-s`. Units are
 * issued, redeemed and moved by partition, and rules may apply to one partition only (`rules.partitionRules`).
 *
 * Kept inside the holding record, not under keys of their own (docs/storage.md): a holding stores the amounts
 * of its non-default partitions only, and the default partition is the rest of the balance. So a holding
 * written before partitions existed is all default, the balance stays the one total every other rule reads,
 * and a movement by partition touches exactly the keys a movement touched before.
 */
export const DEFAULT_PARTITION = 'default';

export const PartitionName = Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$', description: 'Partition name, e.g. locked, reg-s (the default partition is `default`)' });

export const PartitionAmountSchema = Closed({ partition: PartitionName, amount: Amount });
export type PartitionAmount = StaticDecode<typeof PartitionAmountSchema>;

/**
 * Non-default partitions one holding may hold units in at once: a movement that would give it one more is
 * refused (ST2-LIMIT-EXCEEDED), so the record every movement of the holder reads stays small.
 */
export const MAX_PARTITIONS = 8;

/** What partitions need of a holding: its balance and its non-default parts. */
interface Partitioned {
  readonly balance: bigint;
  readonly partitions?: readonly PartitionAmount[] | undefined;
}

/** The units of one partition: a named one's stored amount, or for the default the balance less all named ones. */
export function partitionBalance(h: Partitioned, partition: string): bigint {
  const named = h.partitions ?? [];
  if (partition !== DEFAULT_PARTITION) return named.find((p) => p.partition === partition)?.amount ?? 0n;
  return named.reduce((rest, p) => rest - p.amount, h.balance);
}

/**
 * ST2-INSUFFICIENT-BALANCE when the holding's `partition` holds less than `amount` (for the default partition
 * of a holding without named ones, its balance: the refusal reads as it did before partitions).
 */
export function partitionShortfall(holding: Partitioned, partition: string, amount: bigint): Rejection | null {
  const available = partitionBalance(holding, partition);
  if (available >= amount) return null;
  if (partition === DEFAULT_PARTITION && !holding.partitions) {
    return reject('ST2-INSUFFICIENT-BALANCE', `Balance ${available} is lower than ${amount}.`, { balance: available.toString(), amount: amount.toString() });
  }
  return reject('ST2-INSUFFICIENT-BALANCE', `Partition ${partition} holds ${available}, lower than ${amount}.`, {
    partition, available: available.toString(), balance: holding.balance.toString(), amount: amount.toString(),
  });
}

/** Every partition with units, the default first, as a read shows them. */
export function partitionsOf(h: Partitioned): PartitionAmount[] {
  const rest = partitionBalance(h, DEFAULT_PARTITION);
  return [...(rest > 0n ? [{ partition: DEFAULT_PARTITION, amount: rest }] : []), ...(h.partitions ?? [])];
}

/**
 * The holding with `delta` more units in a named partition (the balance is the caller's: `credit` and
 * `debit` change it). The default partition is implicit, so a delta there changes nothing stored. Named
 * partitions stay sorted by name with positive amounts only; none at all leaves no field.
 */
export function shiftPartition<H extends Partitioned>(h: H, partition: string, delta: bigint): H {
  if (partition === DEFAULT_PARTITION || delta === 0n) return h;
  const amount = partitionBalance(h, partition) + delta;
  const others = (h.partitions ?? []).filter((p) => p.partition !== partition);
  const partitions = [...others, ...(amount > 0n ? [{ partition, amount }] : [])].sort((a, b) => (a.partition < b.partition ? -1 : 1));
  const { partitions: _old, ...rest } = h;
  return (partitions.length > 0 ? { ...rest, partitions } : rest) as H;
}

/** Units moved from one partition of the holding to another; the balance does not change. */
export function repartition<H extends Partitioned>(h: H, from: string, to: string, amount: bigint): H {
  return shiftPartition(shiftPartition(h, from, -amount), to, amount);
}

/** A holding that received all of `added`'s named partitions (a recovery: the balances are the caller's). */
export function withPartitionsOf<H extends Partitioned>(h: H, added: Partitioned): H {
  return (added.partitions ?? []).reduce((acc, p) => shiftPartition(acc, p.partition, p.amount), h);
}

/** A holding that keeps no named partition: all its units (if any) are default. */
export function withoutPartitions<H extends Partitioned>(h: H): H {
  const { partitions: _old, ...rest } = h;
  return rest as H;
}

/** The partition a command or event names, the default when it names none. */
export function partitionOf(named: { readonly partition?: string | undefined }): string {
  return named.partition ?? DEFAULT_PARTITION;
}

/** The optional `partition` field of an event: absent for the default, so default movements read as before partitions. */
export function partitionField(partition: string): { partition?: string } {
  return partition === DEFAULT_PARTITION ? {} : { partition };
}
