import { randomBytes } from 'node:crypto';
import { poseidon1 } from 'poseidon-lite/poseidon1';
import { poseidon2 } from 'poseidon-lite/poseidon2';
import { poseidon4 } from 'poseidon-lite/poseidon4';

/** Order of the BN254 scalar field: every circuit signal is an element of [0, FIELD_MODULUS). */
export const FIELD_MODULUS = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/** Largest amount a note may hold (amounts are range checked to 64 bits in every circuit). */
export const MAX_AMOUNT = (1n << 64n) - 1n;

/** A field element as a bigint in [0, FIELD_MODULUS). */
export type Field = bigint;

/** Parses a decimal string, number or bigint and checks it is a canonical field element. */
export function toField(value: bigint | number | string): Field {
  const v = BigInt(value);
  if (v < 0n || v >= FIELD_MODULUS) {
    throw new RangeError(`not a field element: ${v}`);
  }
  return v;
}

/** Checks an amount fits the 64 bits the circuits accept. */
export function toAmount(value: bigint | number | string): bigint {
  const v = BigInt(value);
  if (v < 0n || v > MAX_AMOUNT) {
    throw new RangeError(`amount out of range [0, 2^64): ${v}`);
  }
  return v;
}

/**
 * A uniformly random field element (secrets, salts). 32 random bytes reduced modulo p would be
 * slightly biased, so values >= p are redrawn instead (probability about 1/5 per draw after
 * masking to 254 bits).
 */
export function randomField(): Field {
  for (;;) {
    const bytes = randomBytes(32);
    bytes[0] = (bytes[0] ?? 0) & 0x3f;
    const v = BigInt(`0x${bytes.toString('hex')}`);
    if (v < FIELD_MODULUS) return v;
  }
}

/** Poseidon of one element; equals circomlib `Poseidon(1)`. */
export function hash1(a: Field): Field {
  return poseidon1([a]);
}

/** Poseidon of two elements; equals circomlib `Poseidon(2)` (Merkle nodes, nullifiers). */
export function hash2(a: Field, b: Field): Field {
  return poseidon2([a, b]);
}

/** Poseidon of four elements; equals circomlib `Poseidon(4)` (note commitments). */
export function hash4(a: Field, b: Field, c: Field, d: Field): Field {
  return poseidon4([a, b, c, d]);
}
