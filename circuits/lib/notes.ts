import { hash1, hash2, hash4, randomField, toAmount, toField, type Field } from './field';

/** What a note commits to. The opening is these four values; amounts are 64-bit. */
export interface NoteOpening {
  amount: bigint;
  securityId: Field;
  ownerPublicKey: Field;
  salt: Field;
}

/**
 * What a holder shares with its bank and the auditor: enough to compute its notes' nullifiers (so
 * spent status follows from the public nullifier set), and to check it against the public key, but
 * not to spend (that needs the preimage of `authKey`).
 */
export interface ViewingKey {
  /** `Poseidon(ownerSecret)`. */
  authKey: Field;
  nullifierKey: Field;
}

/** A holder's keys: the secret spends notes, the public key receives them and enters the KYC allowlist. */
export interface OwnerKeys {
  secret: Field;
  viewingKey: ViewingKey;
  publicKey: Field;
}

/**
 * Domain separation of the nullifier key from the secret. The circuits take the nullifier key as a
 * witness bound by the public key, so this derivation is the wallet's convention, not a rule.
 */
const NULLIFIER_KEY_DOMAIN = 1n;

/** The viewing key of `ownerSecret`. */
export function viewingKeyOf(ownerSecret: Field): ViewingKey {
  const secret = toField(ownerSecret);
  return { authKey: hash1(secret), nullifierKey: hash2(secret, NULLIFIER_KEY_DOMAIN) };
}

/** `Poseidon(authKey, nullifierKey)`: the public key a viewing key belongs to (readers check one against the other). */
export function publicKeyOf(viewingKey: ViewingKey): Field {
  return hash2(toField(viewingKey.authKey), toField(viewingKey.nullifierKey));
}

/** The public key a holder registers, from its secret. */
export function ownerPublicKey(ownerSecret: Field): Field {
  return publicKeyOf(viewingKeyOf(ownerSecret));
}

/** Every key of the holder of `secret`. */
export function ownerKeysOf(secret: Field): OwnerKeys {
  const viewingKey = viewingKeyOf(secret);
  return { secret, viewingKey, publicKey: publicKeyOf(viewingKey) };
}

/** Fresh random keys. */
export function newOwnerKeys(): OwnerKeys {
  return ownerKeysOf(randomField());
}

/** `Poseidon(amount, securityId, ownerPublicKey, salt)`. */
export function noteCommitment(note: NoteOpening): Field {
  return hash4(toAmount(note.amount), toField(note.securityId), toField(note.ownerPublicKey), toField(note.salt));
}

/** `Poseidon(commitment, nullifierKey)`: published when the note is spent; computable by whoever holds the owner's viewing key. */
export function nullifier(commitment: Field, nullifierKey: Field): Field {
  return hash2(toField(commitment), toField(nullifierKey));
}

/** A new note with a random salt. */
export function newNote(amount: bigint, securityId: Field, ownerPublicKey: Field): NoteOpening {
  return { amount: toAmount(amount), securityId: toField(securityId), ownerPublicKey: toField(ownerPublicKey), salt: randomField() };
}
