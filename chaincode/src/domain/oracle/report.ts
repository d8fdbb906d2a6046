import { Type, type StaticDecode } from '@sinclair/typebox';
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { reject, type Rejection } from '../decision';
import { Closed, Id, Sha256, Timestamp } from '../schema';
import { MAX_SIGNERS, OracleValue, quorumOf, SignerKey, type Feed } from './feed';

/**
 * A round's report: the signed observations one transaction carries. Each signer signs, with Ed25519, the
 * UTF-8 bytes of `observationMessage`, which names the feed, the configuration digest and the round, so a
 * signature is good for one round of one configuration only: a report made before the signer set or the
 * limits changed, or replayed as another round, verifies against nothing. Verification is deterministic
 * (node:crypto, RFC 8032), so every endorser reaches the same verdict; the values are arguments, never fetched.
 */

export const RoundId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Round number: strictly increasing per feed', examples: [1] });

export const ObservationSchema = Closed({
  value: OracleValue,
  observedAt: Timestamp,
  signer: SignerKey,
  /** Ed25519 signature (64 raw bytes, lowercase hex) of `observationMessage`. */
  signature: Type.String({ pattern: '^[0-9a-f]{128}$', description: 'Ed25519 signature (64 raw bytes), lowercase hex' }),
});
export type Observation = StaticDecode<typeof ObservationSchema>;

export const ReportFields = {
  feedId: Id,
  roundId: RoundId,
  /** The digest of the configuration the signers signed for (the feed's `digest`). */
  configDigest: Sha256,
  observations: Type.Array(ObservationSchema, { minItems: 1, maxItems: MAX_SIGNERS }),
  /** A sanctions-list feed's round only: the list's Merkle root, which every signature covers. */
  listRoot: Type.Optional(Sha256),
};

/** The bytes each signer signs, one field per line; a sanctions-list round's root is the last line. */
export function observationMessage(feedId: string, configDigest: string, roundId: number, observedAt: number, value: bigint, listRoot?: string): string {
  const message = `st2-oracle-observation/v1\n${feedId}\n${configDigest}\n${roundId}\n${observedAt}\n${value}`;
  return listRoot === undefined ? message : `${message}\n${listRoot}`;
}

/** What the counted observations say: the median and its confidence band, the earliest observation time. */
export interface Tally {
  readonly value: bigint;
  readonly low: bigint;
  readonly high: bigint;
  /** The earliest observation counted: the round is as old as its oldest input. */
  readonly observedAt: number;
  readonly latestObservedAt: number;
  readonly signers: readonly string[];
}

/**
 * Every observation must come from a distinct member of the signer set with a valid signature (one bad
 * observation refuses the report: a transmitter does not get to pad it), and there must be 2f + 1 of them.
 */
export function tallyReport(feed: Feed, roundId: number, observations: readonly Observation[], listRoot?: string): Tally | Rejection {
  const { signers } = feed.definition;
  const seen = new Set<string>();
  for (const [index, o] of observations.entries()) {
    if (!signers.includes(o.signer)) return reject('ST2-ORACLE-UNKNOWN-SIGNER', `Observation ${index} is signed by a key outside feed ${feed.id}'s signer set.`, { feedId: feed.id, index, signer: o.signer });
    if (seen.has(o.signer)) return reject('ST2-ORACLE-DUPLICATE-SIGNER', `Observation ${index} repeats a signer: each signer counts once.`, { feedId: feed.id, index, signer: o.signer });
    seen.add(o.signer);
    if (!validSignature(o, observationMessage(feed.id, feed.digest, roundId, o.observedAt, o.value, listRoot))) {
      return reject('ST2-ORACLE-BAD-SIGNATURE', `Observation ${index}'s signature does not verify for feed ${feed.id}, round ${roundId} under configuration version ${feed.version}.`, { feedId: feed.id, index, signer: o.signer });
    }
  }
  const quorum = quorumOf(feed.definition);
  if (observations.length < quorum) {
    return reject('ST2-ORACLE-QUORUM', `Feed ${feed.id} needs ${quorum} signed observations (2f + 1) per round; the report has ${observations.length}.`, { feedId: feed.id, required: quorum, signatures: observations.length });
  }
  const values = observations.map((o) => o.value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const times = observations.map((o) => o.observedAt);
  return {
    // The lower median: an element of the signed values (no averaging, no rounding), the same on every endorser.
    value: values[Math.floor((values.length - 1) / 2)] as bigint,
    low: values[0] as bigint,
    high: values[values.length - 1] as bigint,
    observedAt: Math.min(...times),
    latestObservedAt: Math.max(...times),
    signers: observations.map((o) => o.signer),
  };
}

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): node:crypto takes raw keys in this wrapping. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Keys parsed once per process: every round of a feed verifies against the same few signers. */
const parsedKeys = new Map<string, KeyObject>();
const MAX_PARSED_KEYS = 4096;

function ed25519PublicKey(hex: string): KeyObject {
  let key = parsedKeys.get(hex);
  if (!key) {
    if (parsedKeys.size >= MAX_PARSED_KEYS) parsedKeys.clear();
    key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
    parsedKeys.set(hex, key);
  }
  return key;
}

function validSignature(o: Observation, message: string): boolean {
  try {
    return verify(null, Buffer.from(message, 'utf8'), ed25519PublicKey(o.signer), Buffer.from(o.signature, 'hex'));
  } catch {
    // A 32-byte string that is no point on the curve: as invalid as a wrong signature.
    return false;
  }
}
