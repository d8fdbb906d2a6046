// Shared world for the zk suites: a security, holders with keys, a KYC allowlist and a note tree.
import {
  FIELD_MODULUS,
  MerkleTree,
  TREE_DEPTH,
  artifactPaths,
  newNote,
  newOwnerKeys,
  noteCommitment,
  redeemChange,
  redeemWitness,
  securityField,
  type CircuitInput,
  type CircuitName,
  type Field,
  type MerkleProof,
  type OutputNote,
  type OwnerKeys,
  type SpendInput,
  type Witness,
} from '../../circuits/lib';
import { snarkjs } from '../../circuits/lib/snarkjs';

export const SECURITY = securityField('ST2-CONFIDENTIAL-BOND-2031');
export const OTHER_SECURITY = securityField('ST2-OTHER-EQUITY');
export const P = FIELD_MODULUS;

export interface World {
  alice: OwnerKeys;
  bob: OwnerKeys;
  /** Has keys but no KYC: must never receive. */
  mallory: OwnerKeys;
  kyc: MerkleTree;
  notes: MerkleTree;
  /** Alice's notes in the note tree: 70 and 30. */
  alice70: SpendInput;
  alice30: SpendInput;
}

/** Proof that `publicKey` is in the allowlist. */
export function kycProof(kyc: MerkleTree, publicKey: Field): MerkleProof {
  return kyc.proof(kyc.indexOf(publicKey));
}

/** Stands for the digest of a transaction's sealed openings: the circuits only bind it (see the ledger tests). */
export const OPENINGS_DIGEST = 0x5ea1ed0be11n;

/** Redeeming `amount` of `spent`, with its change note. */
export function redeemOf(spent: SpendInput, amount: bigint): Witness<'redeem'> {
  return redeemWitness(spent, amount, redeemChange(spent, amount), OPENINGS_DIGEST);
}

/** A recipient's output with its allowlist proof. */
export function output(world: World, amount: bigint, owner: OwnerKeys): OutputNote {
  return { note: newNote(amount, SECURITY, owner.publicKey), kyc: kycProof(world.kyc, owner.publicKey) };
}

export function buildWorld(): World {
  const [alice, bob, mallory, filler] = [newOwnerKeys(), newOwnerKeys(), newOwnerKeys(), newOwnerKeys()];
  const kyc = new MerkleTree(TREE_DEPTH, [filler.publicKey, alice.publicKey, bob.publicKey]);
  const owned = [newNote(70n, SECURITY, alice.publicKey), newNote(30n, SECURITY, alice.publicKey)];
  const notes = new MerkleTree(TREE_DEPTH, [newNote(5n, SECURITY, bob.publicKey), ...owned].map(noteCommitment));
  // Proofs are taken after the last append, so both are under the current root.
  const [alice70, alice30] = owned.map((note): SpendInput => {
    return { note, ownerSecret: alice.secret, membership: notes.proof(notes.indexOf(noteCommitment(note))) };
  }) as [SpendInput, SpendInput];
  return { alice, bob, mallory, kyc, notes, alice70, alice30 };
}

/**
 * Runs the committed witness generator. It evaluates every constraint as an assertion, so a
 * witness that breaks one is refused with the failing template in the message.
 */
export async function calculateWitness(circuit: CircuitName, input: CircuitInput): Promise<void> {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const quietLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await snarkjs.wtns.calculate(input, artifactPaths(circuit).wasm, { type: 'mem' });
  } finally {
    quiet.mockRestore();
    quietLog.mockRestore();
  }
}

/** `input` with one signal replaced. */
export function withSignal(input: CircuitInput, name: string, value: string | string[] | string[][]): CircuitInput {
  if (!(name in input)) throw new Error(`no signal ${name}`);
  return { ...input, [name]: value };
}

/** Replaces element `i` of an array signal. */
export function withElement(input: CircuitInput, name: string, i: number, value: string | string[]): CircuitInput {
  const current = input[name];
  if (!Array.isArray(current)) throw new Error(`${name} is not an array signal`);
  const next = [...current] as (string | string[])[];
  next[i] = value;
  return { ...input, [name]: next as string[] | string[][] };
}

/** A field element written as the "negative" integer -x. */
export function negative(x: bigint): string {
  return (P - x).toString();
}

/**
 * Matches the witness generator's error for a failed constraint, naming the template stack
 * innermost first (e.g. `['Num2Bits', 'Uint64']`), so a test shows *which* rule refused.
 */
export function failedIn(...templates: string[]): RegExp {
  const stack = templates.map((t) => `Error in template ${t}_\\d+ line: \\d+`).join('\\n');
  return new RegExp(`Assert Failed\\. ${stack}`);
}

/** Proving takes seconds, far more on a busy shared machine: hooks that prove get this much. */
export const PROVING_TIMEOUT_MS = 180_000;
