import { toAmount, toField, type Field } from './field';

/** The three circuits; each has its own artifacts under `circuits/artifacts/<name>/`. */
export type CircuitName = 'mint' | 'transfer' | 'redeem';

export const CIRCUIT_NAMES: readonly CircuitName[] = ['mint', 'transfer', 'redeem'];

/** Public signals of `mint`, in the order `[commitment, amount, securityId, kycRoot, openingsDigest]`. */
export interface MintPublic {
  commitment: Field;
  amount: bigint;
  securityId: Field;
  kycRoot: Field;
  /** The digest of the sealed openings the transaction carries (see the circuits' `Bound`). */
  openingsDigest: Field;
}

/**
 * Public signals of `transfer`, in the order
 * `[nullifiers[0], nullifiers[1], commitments[0], commitments[1], noteRoot, kycRoot, securityId, openingsDigest]`.
 */
export interface TransferPublic {
  nullifiers: [Field, Field];
  commitments: [Field, Field];
  noteRoot: Field;
  kycRoot: Field;
  securityId: Field;
  openingsDigest: Field;
}

/** Public signals of `redeem`, in the order `[nullifier, changeCommitment, noteRoot, securityId, amount, openingsDigest]`. */
export interface RedeemPublic {
  nullifier: Field;
  changeCommitment: Field;
  noteRoot: Field;
  securityId: Field;
  amount: bigint;
  openingsDigest: Field;
}

/** What each circuit makes public: exactly what the chaincode checks against its state. */
export interface PublicInputs {
  mint: MintPublic;
  transfer: TransferPublic;
  redeem: RedeemPublic;
}

interface Codec<T> {
  encode(value: T): bigint[];
  decode(signals: readonly bigint[]): T;
}

// circom orders public signals as outputs first, then public inputs in declaration order.
const codecs: { [C in CircuitName]: Codec<PublicInputs[C]> } = {
  mint: {
    encode: (p) => [p.commitment, p.amount, p.securityId, p.kycRoot, p.openingsDigest],
    decode: ([commitment, amount, securityId, kycRoot, openingsDigest]) => ({
      commitment: must(commitment),
      amount: toAmount(must(amount)),
      securityId: must(securityId),
      kycRoot: must(kycRoot),
      openingsDigest: must(openingsDigest),
    }),
  },
  transfer: {
    encode: (p) => [...p.nullifiers, ...p.commitments, p.noteRoot, p.kycRoot, p.securityId, p.openingsDigest],
    decode: ([n0, n1, c0, c1, noteRoot, kycRoot, securityId, openingsDigest]) => ({
      nullifiers: [must(n0), must(n1)],
      commitments: [must(c0), must(c1)],
      noteRoot: must(noteRoot),
      kycRoot: must(kycRoot),
      securityId: must(securityId),
      openingsDigest: must(openingsDigest),
    }),
  },
  redeem: {
    encode: (p) => [p.nullifier, p.changeCommitment, p.noteRoot, p.securityId, p.amount, p.openingsDigest],
    decode: ([nullifier, changeCommitment, noteRoot, securityId, amount, openingsDigest]) => ({
      nullifier: must(nullifier),
      changeCommitment: must(changeCommitment),
      noteRoot: must(noteRoot),
      securityId: must(securityId),
      amount: toAmount(must(amount)),
      openingsDigest: must(openingsDigest),
    }),
  },
};

/** Number of public signals per circuit (the length of `publicSignals`). */
export const PUBLIC_SIGNAL_COUNT: { readonly [C in CircuitName]: number } = { mint: 5, transfer: 8, redeem: 6 };

function must(v: bigint | undefined): bigint {
  if (v === undefined) throw new RangeError('missing public signal');
  return v;
}

/**
 * The `publicSignals` array snarkjs verifies against, built from values the caller trusts.
 * Chaincode should build it from its own state (current roots, the security) and the
 * transaction's claimed nullifiers and commitments, rather than verify a client-supplied array.
 */
export function encodePublicSignals<C extends CircuitName>(circuit: C, pub: PublicInputs[C]): string[] {
  return codecs[circuit].encode(pub).map((v) => toField(v).toString());
}

/** Names the values of a `publicSignals` array, checking its length and that each is a field element. */
export function decodePublicSignals<C extends CircuitName>(circuit: C, signals: readonly string[]): PublicInputs[C] {
  if (signals.length !== PUBLIC_SIGNAL_COUNT[circuit]) {
    throw new RangeError(`${circuit} has ${PUBLIC_SIGNAL_COUNT[circuit]} public signals, got ${signals.length}`);
  }
  return codecs[circuit].decode(signals.map((s) => toField(s)));
}
