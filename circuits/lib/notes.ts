import { hash1, hash2, hash4, randomField, toAmount, toField, type Field } from './field';

/** What a note commits to. The opening is these four values; amounts are 64-bit. */
export interface NoteOpening {
  amount: bigint;
  securityId: Field;
  ownerPublicKey: Field;
  salt: Field;
}

/** A holder's key pair: the secret spends notes, the public key receives them and enters the KYC allowlist. */
export interface OwnerKeys {
  secret: Field;
  publicKey: Field;
}

/** `Poseidon(ownerSecret)`: the public key a holder registers. */
export function ownerPublicKey(ownerSecret: Field): Field {
  return hash1(toField(ownerSecret));
}

/** A fresh random key pair. */
export function newOwnerKeys(): OwnerKeys {
  const secret = randomField();
  return { secret, publicKey: ownerPublicKey(secret) };
}

/** `Poseidon(amount, securityId, ownerPublicKey, salt)`. */
export function noteCommitment(note: NoteOpening): Field {
  return hash4(toAmount(note.amount), toField(note.securityId), toField(note.ownerPublicKey), toField(note.salt));
}

/** `Poseidon(commitment, ownerSecret)`: published when the note is spent. */
export function nullifier(commitment: Field, ownerSecret: Field): Field {
  return hash2(toField(commitment), toField(ownerSecret));
}

/** A new note with a random salt. */
export function newNote(amount: bigint, securityId: Field, ownerPublicKey: Field): NoteOpening {
  return { amount: toAmount(amount), securityId: toField(securityId), ownerPublicKey: toField(ownerPublicKey), salt: randomField() };
}
