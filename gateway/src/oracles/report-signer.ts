import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { observationMessage } from '@st2/chaincode';

/**
 * An oracle signer's side of a round (chaincode/src/domain/oracle/report.ts): an Ed25519 key whose public half
 * is in a feed's signer set, signing its observation for one feed, configuration digest and round. Used by
 * the demo, the benchmark and the tests; a real oracle node keeps its key in its own HSM and signs the same bytes.
 */
export interface ReportSigner {
  /** Raw 32-byte public key, lowercase hex: what the feed's `signers` lists. */
  readonly publicKey: string;
  readonly privateKey: KeyObject;
}

/** The wire form of one observation (value as a decimal string). */
export interface SignedObservation {
  readonly value: string;
  readonly observedAt: number;
  readonly signer: string;
  readonly signature: string;
}

export function newReportSigner(): ReportSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The SPKI DER of an Ed25519 key ends with the 32 raw bytes.
  return { publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'), privateKey };
}

/** The PKCS#8 DER prefix of an Ed25519 private key (RFC 8410): followed by the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A signer whose key is derived from a 32-byte seed: the same signer on every run (the demo's; never for real feeds). */
export function reportSignerFromSeed(seed: Buffer): ReportSigner {
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { publicKey: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'), privateKey };
}

/** A round as its signers see it; `listRoot` for a sanctions-list feed's round only. */
export interface RoundToSign {
  readonly feedId: string;
  readonly configDigest: string;
  readonly roundId: number;
  readonly listRoot?: string;
}

export function signObservation(signer: ReportSigner, round: RoundToSign, value: bigint, observedAt: number): SignedObservation {
  const message = observationMessage(round.feedId, round.configDigest, round.roundId, observedAt, value, round.listRoot);
  return { value: value.toString(), observedAt, signer: signer.publicKey, signature: sign(null, Buffer.from(message, 'utf8'), signer.privateKey).toString('hex') };
}

/** A report input (SubmitOracleRound) in which each signer observed the value at its index at `observedAt`. */
export function signedReport(signers: readonly ReportSigner[], round: RoundToSign, values: readonly bigint[], observedAt: number) {
  return { ...round, observations: signers.map((signer, i) => signObservation(signer, round, values[i] ?? values[0] ?? 0n, observedAt)) };
}
