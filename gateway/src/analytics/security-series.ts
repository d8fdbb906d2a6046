/** How a security's history is cut: calendar days (UTC), or weeks starting on Monday (UTC). */
export type Interval = 'day' | 'week';

const DAY_MS = 86_400_000;

/** Supply and holder count right after some event, at its transaction's time. */
export interface StatsObservation {
  readonly timestamp: number;
  readonly supply: bigint;
  readonly holders: number;
}

/** Units that changed hands at a time. */
export interface Movement {
  readonly timestamp: number;
  readonly amount: bigint;
}

/** One interval of a security's history: its state at the interval's end and what traded in it. */
export interface SeriesBucket {
  /** Start of the interval, ms since the epoch (UTC midnight). */
  readonly start: number;
  readonly supply: bigint;
  readonly holders: number;
  readonly volume: bigint;
}

/** The start of the interval `at` falls in. */
export function intervalStart(at: number, interval: Interval): number {
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  return interval === 'day' ? day : day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
}

function intervalLength(interval: Interval): number {
  return interval === 'day' ? DAY_MS : 7 * DAY_MS;
}

/** How many intervals [from, to] spans (counting partial ones at each end). */
export function intervalCount(from: number, to: number, interval: Interval): number {
  if (to < from) return 0;
  return (intervalStart(to, interval) - intervalStart(from, interval)) / intervalLength(interval) + 1;
}

/**
 * The history of [from, to] cut in intervals. Each bucket's supply and holders are those after the last
 * observation (in ledger order) timed before the interval ends, 0 before the first; its volume is the sum of
 * the movements timed in the interval and in [from, to]. `observations` must be in ledger order: a
 * transaction's timestamp is its submitter's clock, and ledger order is what the figures followed. Linear in
 * the inputs: each is placed in its interval once.
 */
export function securitySeries(observations: readonly StatsObservation[], movements: readonly Movement[], from: number, to: number, interval: Interval): SeriesBucket[] {
  const length = intervalLength(interval);
  const first = intervalStart(from, interval);
  const count = intervalCount(from, to, interval);
  const indexOf = (at: number) => Math.max(0, Math.floor((at - first) / length));
  // latest[k]: the last observation (ledger order) timed in interval k or before: carried forward below.
  const latest = new Array<number>(count).fill(-1);
  observations.forEach((observation, i) => {
    const k = indexOf(observation.timestamp);
    if (k < count) latest[k] = i;
  });
  const volumes = new Array<bigint>(count).fill(0n);
  for (const movement of movements) {
    const k = indexOf(movement.timestamp);
    if (movement.timestamp >= from && movement.timestamp <= to) volumes[k] = (volumes[k] ?? 0n) + movement.amount;
  }
  const buckets: SeriesBucket[] = [];
  let carried = -1;
  for (let k = 0; k < count; k++) {
    carried = Math.max(carried, latest[k] ?? -1);
    const state = observations[carried];
    buckets.push({ start: first + k * length, supply: state?.supply ?? 0n, holders: state?.holders ?? 0, volume: volumes[k] ?? 0n });
  }
  return buckets;
}
