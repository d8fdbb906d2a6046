import { Type, type Static, type StaticDecode } from '@sinclair/typebox';
import { createHash } from 'node:crypto';
import { canonical } from '../canonical';
import { Closed, Id, MAX_AMOUNT, Sha256, Timestamp } from '../schema';

/**
 * An oracle feed (docs/oracles.md): a value the consortium agreed to take from a set of signers, with the
 * limits every use of it is held to. Its definition changes only by consortium governance (N of M, the
 * `SetOracleFeed` change): st2 itself relies on it, so no single org may point it elsewhere.
 */

const MAX_VALUE_DIGITS = MAX_AMOUNT.toString().length;

/** A signed integer in the feed's smallest unit (`decimals`): rates and spreads may be negative. */
export const OracleValue = Type.Transform(Type.String({
  pattern: `^(0|-?[1-9][0-9]{0,${MAX_VALUE_DIGITS - 1}})$`,
  description: 'Signed integer value in the feed\'s smallest unit (value × 10^decimals), as a decimal string',
  examples: ['10125'],
}))
  .Decode((text) => BigInt(text))
  .Encode((value) => value.toString());

/** A raw 32-byte Ed25519 public key, lowercase hex: one key, one spelling. */
export const SignerKey = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Ed25519 public key (32 raw bytes), lowercase hex', examples: ['3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'] });

/** `sanctions-list-root`: each round publishes a sanctions list's Merkle root (oracle/sanctions-list.ts); its value is the list's size. */
export const FeedKind = Type.Union([Type.Literal('price'), Type.Literal('rate'), Type.Literal('index'), Type.Literal('fx'), Type.Literal('nav'), Type.Literal('sanctions-list-root')]);

/** Whether the feed publishes a sanctions list's root with each round. */
export function publishesListRoot(definition: FeedDefinition): boolean {
  return definition.kind === 'sanctions-list-root';
}

/** Price-return: an index of price moves only; total-return: distributions reinvested. Comparing the two misleads. */
export const IndexReturns = Type.Union([Type.Literal('price-return'), Type.Literal('total-return')]);
export type IndexReturnKind = Static<typeof IndexReturns>;

/** Signers a feed may have: every round verifies up to this many signatures. */
export const MAX_SIGNERS = 31;

const Asset = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$', description: 'What is priced, or priced in (a currency, an index, a security id)', examples: ['EUR'] });

/** When the market the feed follows trades, in UTC; absent: always (FX, rates). */
export const MarketHoursSchema = Closed({
  /** Days it opens, 0 = Sunday. */
  days: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { minItems: 1, maxItems: 7, uniqueItems: true }),
  /** Minutes after midnight UTC: open from `opensAt` (inclusive) to `closesAt` (exclusive). */
  opensAt: Type.Integer({ minimum: 0, maximum: 1439 }),
  closesAt: Type.Integer({ minimum: 1, maximum: 1440 }),
});
export type MarketHours = StaticDecode<typeof MarketHoursSchema>;

export const FeedDefinitionSchema = Closed({
  kind: FeedKind,
  base: Asset,
  quote: Asset,
  decimals: Type.Integer({ minimum: 0, maximum: 18 }),
  /** How old the latest round may be before every read says stale (the heartbeat the signers promise, plus slack). */
  maxAgeMs: Type.Integer({ minimum: 1000, maximum: 366 * 86_400_000 }),
  /** A round further than this from the last usable one, in basis points of it, is quarantined until governance releases it. */
  maxDeviationBps: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  /** Values outside [min, max] are refused, never clamped. */
  band: Closed({ min: OracleValue, max: OracleValue }),
  /** The signer set: a round counts signatures from these keys only. */
  signers: Type.Array(SignerKey, { minItems: 3, maxItems: MAX_SIGNERS, uniqueItems: true }),
  /** Faulty signers tolerated: needs more than 3f signers, and 2f + 1 signatures per round. */
  f: Type.Integer({ minimum: 0, maximum: 10 }),
  marketHours: Type.Optional(MarketHoursSchema),
  /**
   * What an index's level counts (read for kind index, as a performance benchmark: docs/pricing.md): price moves
   * only, or its constituents' distributions reinvested too. Absent: price-return, the index that claims nothing.
   */
  returns: Type.Optional(IndexReturns),
});
export type FeedDefinition = StaticDecode<typeof FeedDefinitionSchema>;

/** The last usable round (accepted, or released from quarantine), as reads need it. */
export const LatestSchema = Closed({
  roundId: Type.Integer({ minimum: 1 }),
  value: OracleValue,
  /** The lowest and highest signed value counted: the confidence band of the median. */
  low: OracleValue,
  high: OracleValue,
  observedAt: Timestamp,
  /** A sanctions-list feed's round: the list's Merkle root; the round id is the list's version. */
  listRoot: Type.Optional(Sha256),
});
export type Latest = StaticDecode<typeof LatestSchema>;

export const FeedSchema = Closed({
  id: Id,
  definition: FeedDefinitionSchema,
  /** 1 at creation, +1 at every change. */
  version: Type.Integer({ minimum: 1 }),
  /** What every observation signs (configDigest): a report made for another version is refused. */
  digest: Sha256,
  /** The highest round id recorded (quarantined ones included) and its observation time: both only increase. */
  lastRoundId: Type.Integer({ minimum: 0 }),
  lastObservedAt: Timestamp,
  latest: Type.Optional(LatestSchema),
  changedAt: Timestamp,
});
export type Feed = StaticDecode<typeof FeedSchema>;

/** The digest of a feed's configuration: SHA-256 of the canonical JSON of { feedId, version, definition }. */
export function configDigest(feedId: string, version: number, definition: FeedDefinition): string {
  return createHash('sha256').update(canonical({ feedId, version, definition })).digest('hex');
}

/** Byzantine quorum: with at most f faulty signers, 2f + 1 signatures include f + 1 honest ones, a majority of the counted values. */
export function quorumOf(definition: FeedDefinition): number {
  return 2 * definition.f + 1;
}

/** Why a definition cannot be used, if it cannot. */
export function definitionProblem(definition: FeedDefinition): string | undefined {
  const { signers, f, band, marketHours } = definition;
  if (signers.length <= 3 * f) return `${signers.length} signers cannot tolerate ${f} faulty ones: a feed needs more than 3f signers (here ${3 * f + 1}).`;
  if (band.min > band.max) return `The band's minimum ${band.min} is above its maximum ${band.max}.`;
  // A sanctions list holds at every hour: a transfer at night is screened like one by day.
  if (marketHours && publishesListRoot(definition)) return 'A sanctions-list feed has no market hours.';
  if (marketHours && marketHours.opensAt >= marketHours.closesAt) return `The market must open (minute ${marketHours.opensAt}) before it closes (minute ${marketHours.closesAt}).`;
  return undefined;
}
