import { Type, type StaticDecode } from '@sinclair/typebox';
import { Closed, Id, Sha256, Timestamp } from '../schema';
import { OracleValue, SignerKey, type Latest } from './feed';
import { RoundId } from './report';

/**
 * A recorded round, kept for historical reads (a round by id, the value at a time). `accepted`: usable;
 * `quarantined`: it jumped further than the feed's deviation limit and is not used until a consortium
 * `ReleaseOracleRound` change executes; `released`: usable since that change.
 */
export const RoundStatus = Type.Union([Type.Literal('accepted'), Type.Literal('quarantined'), Type.Literal('released')]);

export const RoundSchema = Closed({
  feedId: Id,
  roundId: RoundId,
  /** The lower median of the signed values. */
  value: OracleValue,
  low: OracleValue,
  high: OracleValue,
  observedAt: Timestamp,
  recordedAt: Timestamp,
  /** The feed configuration version the report was signed for. */
  configVersion: Type.Integer({ minimum: 1 }),
  signers: Type.Array(SignerKey),
  status: RoundStatus,
  /** A sanctions-list feed's round: the list's Merkle root (its version is the round id). */
  listRoot: Type.Optional(Sha256),
  /** Quarantined: how far it moved from the last usable value, in basis points. */
  deviationBps: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type Round = StaticDecode<typeof RoundSchema>;

/** Round ids zero-padded: key order is round order, so the read model scans a feed's rounds in sequence. */
const ROUND_DIGITS = 16;

export function roundRef(feedId: string, roundId: number): string {
  return `${feedId}\u0000${roundId.toString().padStart(ROUND_DIGITS, '0')}`;
}

/** |value - previous| in basis points of |previous| (rounded up, so a limit is never crossed by rounding); a move from 0 is unbounded. */
export function deviationBps(previous: bigint, value: bigint): number {
  const move = value > previous ? value - previous : previous - value;
  if (move === 0n) return 0;
  const base = previous < 0n ? -previous : previous;
  if (base === 0n) return Number.MAX_SAFE_INTEGER;
  const bps = (move * 10_000n + base - 1n) / base;
  return bps > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(bps);
}

export function latestOf(round: Round): Latest {
  return { roundId: round.roundId, value: round.value, low: round.low, high: round.high, observedAt: round.observedAt, ...(round.listRoot ? { listRoot: round.listRoot } : {}) };
}
