import { Type, type StaticDecode } from '@sinclair/typebox';
import { reject, type Rejection } from './decision';
import { OracleValue } from './oracle/feed';
import { readFeed, requireUsable } from './oracle/reading';
import { latestOf, roundRef, type Round } from './oracle/round';
import { Amount, Closed, Id, PositiveAmount, Timestamp } from './schema';
import { floatingRateBps, fraction, type CouponPeriod, type Fraction } from './schedule';
import type { FloatingCoupon } from './security';
import type { Slice } from './slice';

/**
 * A floating coupon's fixing (docs/corporate-actions.md): the round of the oracle feed the terms name that set
 * the period's rate, stored on the coupon's distribution so that a past coupon can be reproduced from it alone.
 *
 * The fixing time is the period's (unadjusted) start: the rate is fixed in advance for the period it accrues
 * over. The fixing is the feed's value at that time as a historical read gives it: the last usable round
 * (accepted, or released from quarantine) observed at or before it, judged at it (stale, market closed, out of
 * band refuse with the oracle's own codes). A later round, or a later release, never changes a declared coupon.
 */
export const FixingSchema = Closed({
  feedId: Id,
  roundId: Type.Integer({ minimum: 1 }),
  fixingTime: Timestamp,
  observedAt: Timestamp,
  /** The round's value: the reference rate in percent a year, times 10^decimals. */
  value: OracleValue,
  decimals: Type.Integer({ minimum: 0, maximum: 18 }),
  spreadBps: Type.Integer(),
  /** The rate the coupon pays, in basis points a year, exact: reference + spread, never below 0. */
  rateBps: Closed({ numerator: Amount, denominator: PositiveAmount }),
});
export type Fixing = StaticDecode<typeof FixingSchema>;

/** Where a floating coupon's rate is read: the feed its terms name, else the feed whose id is its reference. */
export function fixingFeedId(floating: Pick<FloatingCoupon, 'reference' | 'feedId'>): string {
  return floating.feedId ?? floating.reference;
}

export function fixingTimeOf(period: Pick<CouponPeriod, 'start'>): number {
  return period.start;
}

/**
 * Rounds after the named one read to prove that none of them is the fixing instead: round ids may skip, and
 * the ledger reads keys, never ranges, so a fixing is accepted only when a round observed after the fixing time
 * (or the feed's last round) lies within this many ids of it.
 */
export const FIXING_LOOKAHEAD = 8;

/** The named round and the ones after it that the fixing is checked against (the slice the decider needs). */
export function fixingRounds(feedId: string, roundId: number): (readonly [string, number])[] {
  return Array.from({ length: FIXING_LOOKAHEAD + 1 }, (_, i) => [feedId, roundId + i] as const);
}

/** A rate feed's value (percent × 10^decimals) in basis points, exact. */
function referenceBps(value: bigint, decimals: number): Fraction {
  return fraction(value * 100n, 10n ** BigInt(decimals));
}

/** The fixing of a floating period from round `roundId` of its feed, or why that round cannot fix it. */
export function fixCoupon(period: Pick<CouponPeriod, 'index' | 'start'>, floating: { readonly feedId: string; readonly spreadBps: number }, roundId: number, slice: Slice): Fixing | Rejection {
  const { feedId } = floating;
  const feed = slice.feeds[feedId];
  if (!feed) return reject('ST2-NOT-FOUND', `Coupon ${period.index} floats on feed ${feedId}, which does not exist.`, { feedId });
  if (feed.definition.kind !== 'rate') return reject('ST2-INVALID-INPUT', `Feed ${feedId} gives a ${feed.definition.kind}, not a rate.`, { feedId });
  const round = slice.rounds[roundRef(feedId, roundId)];
  if (!round) return reject('ST2-NOT-FOUND', `Feed ${feedId} has no round ${roundId}.`, { feedId, roundId });
  const fixingTime = fixingTimeOf(period);
  const notFixing = fixingProblem(round, fixingTime, feed.lastRoundId, slice);
  if (notFixing) return reject('ST2-COUPON-FIXING', `Round ${roundId} of feed ${feedId} is not coupon ${period.index}'s fixing: ${notFixing}`, { feedId, roundId, fixingTime });
  const usable = requireUsable(readFeed(feed, latestOf(round), fixingTime));
  if (!usable.ok) return { ...usable, details: { ...usable.details, fixingTime } };
  const rateBps = floatingRateBps(referenceBps(round.value, feed.definition.decimals), floating.spreadBps);
  return { feedId, roundId, fixingTime, observedAt: round.observedAt, value: round.value, decimals: feed.definition.decimals, spreadBps: floating.spreadBps, rateBps };
}

/** Why a round is not the last usable one observed at or before the fixing time, if it is not. */
function fixingProblem(round: Round, fixingTime: number, lastRoundId: number, slice: Slice): string | null {
  if (round.status === 'quarantined') return 'it is quarantined.';
  if (round.observedAt > fixingTime) return `it was observed after the fixing time ${new Date(fixingTime).toISOString()}.`;
  // Observation times increase with round ids, quarantined rounds included: the first round observed after the fixing time closes the search.
  for (let id = round.roundId + 1; id <= lastRoundId; id += 1) {
    if (id > round.roundId + FIXING_LOOKAHEAD) return `no round within ${FIXING_LOOKAHEAD} ids after it shows that it is the last one before the fixing time.`;
    const later = slice.rounds[roundRef(round.feedId, id)];
    if (later && later.observedAt > fixingTime) return null;
    if (later && later.status !== 'quarantined') return `round ${id} is later and still at or before the fixing time.`;
  }
  return null;
}
