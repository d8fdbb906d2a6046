import { Type, type StaticDecode } from '@sinclair/typebox';
import { reject, type Rejection } from '../decision';
import type { ReasonCode } from '../reason-codes';
import { Closed, Id, Timestamp } from '../schema';
import { LatestSchema, OracleValue, type Feed, type Latest, type MarketHours } from './feed';

/**
 * Reading a feed: the value with a status, never a bare number. Every use st2 makes of a feed goes through
 * `requireUsable`, which refuses anything but `ok` with the status's own code: staleness is enforced, not advised.
 *
 * The status, in this order of precedence:
 * - `stale`: no usable round yet, or the latest is older than the feed's `maxAgeMs` (or the reader's tighter `maxAgeMs`),
 *   while the market is open;
 * - `market-closed`: outside the feed's market hours (no rounds are expected then: the value is the last close);
 * - `out-of-band`: the value lies outside the feed's band as it is now (the band was changed since the round);
 * - `low-confidence`: the spread of the signed values is wider than the reader's `maxConfidenceWidth`;
 * - `ok`.
 */
export const FeedStatusSchema = Type.Union([Type.Literal('ok'), Type.Literal('stale'), Type.Literal('out-of-band'), Type.Literal('market-closed'), Type.Literal('low-confidence')]);
export type FeedStatus = StaticDecode<typeof FeedStatusSchema>;

export interface ReadDemands {
  readonly maxAgeMs?: number;
  readonly maxConfidenceWidth?: bigint;
}

export const ReadingSchema = Closed({
  feedId: Id,
  status: FeedStatusSchema,
  /** The time read at. */
  at: Timestamp,
  /** The round read; absent before the first usable round. */
  round: Type.Optional(LatestSchema),
  /** How old the round's earliest observation is at `at`. */
  ageMs: Type.Optional(Type.Integer({ minimum: 0 })),
  /** The spread of the signed values behind the value (high - low). */
  confidenceWidth: Type.Optional(OracleValue),
});
export type Reading = StaticDecode<typeof ReadingSchema>;

export function readFeed(feed: Feed, round: Latest | undefined, at: number, demands: ReadDemands = {}): Reading {
  const base = { feedId: feed.id, at };
  if (!round) return { ...base, status: marketOpen(feed.definition.marketHours, at) ? 'stale' : 'market-closed' };
  const ageMs = at - round.observedAt;
  const confidenceWidth = round.high - round.low;
  const status = statusOf(feed, round, at, ageMs, confidenceWidth, demands);
  return { ...base, status, round, ageMs, confidenceWidth };
}

function statusOf(feed: Feed, round: Latest, at: number, ageMs: number, width: bigint, demands: ReadDemands): FeedStatus {
  const { band, maxAgeMs, marketHours } = feed.definition;
  const open = marketOpen(marketHours, at);
  if (open && ageMs > Math.min(maxAgeMs, demands.maxAgeMs ?? maxAgeMs)) return 'stale';
  if (!open) return 'market-closed';
  if (round.value < band.min || round.value > band.max) return 'out-of-band';
  if (demands.maxConfidenceWidth !== undefined && width > demands.maxConfidenceWidth) return 'low-confidence';
  return 'ok';
}

/** Whether the market is open at `at` (no hours: always). */
export function marketOpen(hours: MarketHours | undefined, at: number): boolean {
  if (!hours) return true;
  const time = new Date(at);
  const minute = time.getUTCHours() * 60 + time.getUTCMinutes();
  return hours.days.includes(time.getUTCDay()) && minute >= hours.opensAt && minute < hours.closesAt;
}

const STATUS_CODES: Readonly<Record<Exclude<FeedStatus, 'ok'>, ReasonCode>> = {
  stale: 'ST2-ORACLE-STALE',
  'market-closed': 'ST2-ORACLE-MARKET-CLOSED',
  'out-of-band': 'ST2-ORACLE-OUT-OF-BAND',
  'low-confidence': 'ST2-ORACLE-LOW-CONFIDENCE',
};

/** The value, for a use st2 makes of it itself; any status but ok refuses with that status's code. */
export function requireUsable(reading: Reading): { readonly ok: true; readonly round: Latest } | Rejection {
  if (reading.status === 'ok' && reading.round) return { ok: true, round: reading.round };
  const code = STATUS_CODES[reading.status === 'ok' ? 'stale' : reading.status];
  return reject(code, `Feed ${reading.feedId} cannot be used: its reading is ${reading.status}.`, {
    feedId: reading.feedId, status: reading.status, ...(reading.round ? { roundId: reading.round.roundId, observedAt: reading.round.observedAt } : {}),
  });
}
