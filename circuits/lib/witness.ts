import type { CircuitName, MintPublic, PublicInputs, RedeemPublic, TransferPublic } from './circuits';
import { randomField, toAmount, toField, type Field } from './field';
import { TREE_DEPTH, verifyMerkleProof, type MerkleProof } from './merkle';
import { newNote, noteCommitment, nullifier, ownerPublicKey, publicKeyOf, viewingKeyOf, type NoteOpening } from './notes';

/** Input signals as snarkjs takes them: decimal strings, arrays for array signals. */
export type CircuitInput = Record<string, string | string[] | string[][]>;

/** The notes each circuit creates, in the order of their public commitments. */
export interface CreatedNotes {
  mint: [NoteOpening];
  transfer: [NoteOpening, NoteOpening];
  redeem: [NoteOpening];
}

/** Everything needed to prove one circuit, plus what the proof will make public. */
export interface Witness<C extends CircuitName> {
  circuit: C;
  input: CircuitInput;
  publicInputs: PublicInputs[C];
  /** Openings of the notes the transaction creates (to deliver to their owners' banks). */
  created: CreatedNotes[C];
}

/** A recipient's note together with the proof that its owner is in the KYC allowlist. */
export interface OutputNote {
  note: NoteOpening;
  /** Membership of `note.ownerPublicKey` in the allowlist tree. */
  kyc: MerkleProof;
}

/**
 * A note to spend: its opening, its owner's secret and its membership in the note-commitment
 * tree. `membership` is null only for a zero-amount dummy (see {@link dummyInput}).
 */
export interface SpendInput {
  note: NoteOpening;
  ownerSecret: Field;
  membership: MerkleProof | null;
}

/** A zero-amount input that is in no tree: fills the second slot of a one-note transfer (never the first). */
export function dummyInput(securityId: Field): SpendInput {
  const ownerSecret = randomField();
  return { note: newNote(0n, securityId, ownerPublicKey(ownerSecret)), ownerSecret, membership: null };
}

/**
 * Witness of `mint`: one note for a recipient in the allowlist. `openingsDigest` is the digest of the
 * note's sealed openings, made before proving so the proof binds them.
 */
export function mintWitness(output: OutputNote, openingsDigest: Field): Witness<'mint'> {
  const out = checkOutput(output);
  const publicInputs: MintPublic = {
    commitment: noteCommitment(output.note),
    amount: output.note.amount,
    securityId: output.note.securityId,
    kycRoot: output.kyc.root,
    openingsDigest: toField(openingsDigest),
  };
  const input: CircuitInput = {
    amount: dec(output.note.amount),
    securityId: dec(output.note.securityId),
    kycRoot: dec(output.kyc.root),
    openingsDigest: dec(publicInputs.openingsDigest),
    ownerPublicKey: out.ownerPublicKey,
    salt: out.salt,
    kycIndex: out.kycIndex,
    kycSiblings: out.kycSiblings,
  };
  return { circuit: 'mint', input, publicInputs, created: [output.note] };
}

/**
 * Witness of `transfer`: two inputs (the second may be a dummy) into two outputs of the same total;
 * `openingsDigest` as for mint. The first input must be a real note (non-zero amount), as the circuit
 * requires: a transfer of dummies alone would move nothing and cost nothing.
 */
export function transferWitness(inputs: [SpendInput, SpendInput], outputs: [OutputNote, OutputNote], openingsDigest: Field): Witness<'transfer'> {
  if (inputs[0].note.amount === 0n) throw new RangeError('the first input of a transfer must be a real note, not a zero-amount dummy');
  const securityId = inputs[0].note.securityId;
  const all = [...inputs.map((i) => i.note), ...outputs.map((o) => o.note)];
  if (all.some((n) => n.securityId !== securityId)) throw new RangeError('all notes of a transfer must be of one security');
  const ins = inputs.map(checkSpend);
  const outs = outputs.map(checkOutput);
  const total = (notes: NoteOpening[]): bigint => notes.reduce((s, n) => s + toAmount(n.amount), 0n);
  if (total(inputs.map((i) => i.note)) !== total(outputs.map((o) => o.note))) throw new RangeError('transfer amounts are not conserved');
  const nullifiers = ins.map((i) => i.nullifier) as [Field, Field];
  if (nullifiers[0] === nullifiers[1]) throw new RangeError('the same note cannot be spent twice');

  const publicInputs: TransferPublic = {
    nullifiers,
    commitments: outputs.map((o) => noteCommitment(o.note)) as [Field, Field],
    noteRoot: commonRoot(inputs.map((i) => i.membership)),
    kycRoot: commonRoot(outputs.map((o) => o.kyc)),
    securityId,
    openingsDigest: toField(openingsDigest),
  };
  const input: CircuitInput = {
    noteRoot: dec(publicInputs.noteRoot),
    kycRoot: dec(publicInputs.kycRoot),
    securityId: dec(securityId),
    openingsDigest: dec(publicInputs.openingsDigest),
    inAmount: ins.map((i) => i.amount),
    inOwnerSecret: ins.map((i) => i.ownerSecret),
    inNullifierKey: ins.map((i) => i.nullifierKey),
    inSalt: ins.map((i) => i.salt),
    inIndex: ins.map((i) => i.index),
    inSiblings: ins.map((i) => i.siblings),
    outAmount: outs.map((o) => o.amount),
    outOwnerPublicKey: outs.map((o) => o.ownerPublicKey),
    outSalt: outs.map((o) => o.salt),
    outKycIndex: outs.map((o) => o.kycIndex),
    outKycSiblings: outs.map((o) => o.kycSiblings),
  };
  return { circuit: 'transfer', input, publicInputs, created: [outputs[0].note, outputs[1].note] };
}

/**
 * The change note of redeeming `amount` of a note: the rest, for the same owner (a zero-amount note
 * on full redemption). Made before the witness so its opening can be sealed and bound to the proof.
 */
export function redeemChange(spent: SpendInput, amount: bigint): NoteOpening {
  if (toAmount(amount) > spent.note.amount) throw new RangeError('cannot redeem more than the note holds');
  return newNote(spent.note.amount - amount, spent.note.securityId, spent.note.ownerPublicKey);
}

/** Witness of `redeem`: burns `amount` of a note into its `change` (from {@link redeemChange}); `openingsDigest` as for mint. */
export function redeemWitness(spent: SpendInput, amount: bigint, change: NoteOpening, openingsDigest: Field): Witness<'redeem'> {
  if (spent.membership === null) throw new RangeError('a redeemed note must be in the note tree');
  const sp = checkSpend(spent);
  const { note } = spent;
  if (change.ownerPublicKey !== note.ownerPublicKey || change.securityId !== note.securityId || toAmount(amount) + change.amount !== note.amount) {
    throw new RangeError('the change note must hold the rest of the redeemed note, for the same owner');
  }
  const publicInputs: RedeemPublic = {
    nullifier: sp.nullifier,
    changeCommitment: noteCommitment(change),
    noteRoot: spent.membership.root,
    securityId: note.securityId,
    amount,
    openingsDigest: toField(openingsDigest),
  };
  const input: CircuitInput = {
    noteRoot: dec(publicInputs.noteRoot),
    securityId: dec(publicInputs.securityId),
    amount: dec(amount),
    openingsDigest: dec(publicInputs.openingsDigest),
    noteAmount: sp.amount,
    ownerSecret: sp.ownerSecret,
    nullifierKey: sp.nullifierKey,
    salt: sp.salt,
    index: sp.index,
    siblings: sp.siblings,
    changeSalt: dec(change.salt),
  };
  return { circuit: 'redeem', input, publicInputs, created: [change] };
}

function dec(v: bigint | number): string {
  return v.toString();
}

/** Rejects early, with a reason, what the circuit would reject with an opaque assertion. */
function checkOutput({ note, kyc }: OutputNote): { amount: string; ownerPublicKey: string; salt: string; kycIndex: string; kycSiblings: string[] } {
  toAmount(note.amount);
  if (kyc.leaf !== note.ownerPublicKey || !verifyMerkleProof(kyc)) throw new RangeError('recipient is not in the KYC allowlist');
  return {
    amount: dec(note.amount),
    ownerPublicKey: dec(note.ownerPublicKey),
    salt: dec(note.salt),
    kycIndex: dec(kyc.index),
    kycSiblings: siblingsOf(kyc),
  };
}

function checkSpend({ note, ownerSecret, membership }: SpendInput): {
  amount: string; ownerSecret: string; nullifierKey: string; salt: string; index: string; siblings: string[]; nullifier: Field;
} {
  const viewingKey = viewingKeyOf(ownerSecret);
  if (publicKeyOf(viewingKey) !== note.ownerPublicKey) throw new RangeError('owner secret does not match the note owner');
  const commitment = noteCommitment(note);
  if (membership === null && note.amount !== 0n) throw new RangeError('only a zero-amount note may skip the membership proof');
  if (membership !== null && (membership.leaf !== commitment || !verifyMerkleProof(membership))) {
    throw new RangeError('note is not in the note-commitment tree');
  }
  return {
    amount: dec(note.amount),
    ownerSecret: dec(ownerSecret),
    nullifierKey: dec(viewingKey.nullifierKey),
    salt: dec(note.salt),
    index: dec(membership?.index ?? 0),
    siblings: membership ? siblingsOf(membership) : new Array<string>(TREE_DEPTH).fill('0'),
    nullifier: nullifier(commitment, viewingKey.nullifierKey),
  };
}

function siblingsOf(proof: MerkleProof): string[] {
  if (proof.siblings.length !== TREE_DEPTH) throw new RangeError(`circuits take depth-${TREE_DEPTH} proofs`);
  return proof.siblings.map(dec);
}

/** The one root all given proofs share (null entries are dummies and carry none). */
function commonRoot(proofs: (MerkleProof | null)[]): Field {
  const roots = new Set(proofs.flatMap((p) => (p ? [p.root] : [])));
  const [root] = roots;
  if (roots.size !== 1 || root === undefined) throw new RangeError('proofs must share exactly one root');
  return root;
}
