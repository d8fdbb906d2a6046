import type { Slice } from '@st2/chaincode';
import { compoundKey, prefixRange, type StoreOp } from '../store/gateway-store';
import type { ProjectionStore } from './projection-store';

/** A security's supply and holder count right after one event changed them. */
export interface StatsPoint {
  /** The transaction's timestamp, ms since the epoch. */
  readonly timestamp: number;
  /** Decimal string, smallest unit. */
  readonly supply: string;
  readonly holders: number;
}

/**
 * One history entry per security whose stats an event changed (`evolve` returns a new record only for what
 * changed), under the event's seq: the security's supply and holders over time, in ledger order, as the
 * domain itself counts them (custody accounts' beneficial owners included).
 */
export function statsHistoryOps(store: ProjectionStore, before: Slice, after: Slice, seq: string, timestamp: number): StoreOp[] {
  return Object.entries(after.stats)
    .filter(([securityId, stats]) => before.stats[securityId] !== stats)
    .map(([securityId, stats]) => {
      const point: StatsPoint = { timestamp, supply: stats.supply.toString(), holders: stats.holders };
      return { type: 'put', sublevel: store.statsHistory, key: compoundKey(securityId, seq), value: JSON.stringify(point) };
    });
}

/** Up to `max` points of a security's history in ledger order, and whether that was all of it. */
export async function statsHistory(store: ProjectionStore, securityId: string, max: number): Promise<{ points: StatsPoint[]; complete: boolean }> {
  const values = await store.statsHistory.values({ ...prefixRange(securityId), limit: max + 1 }).all();
  return { points: values.slice(0, max).map((value) => JSON.parse(value) as StatsPoint), complete: values.length <= max };
}
