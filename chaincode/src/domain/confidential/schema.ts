import { Type, type StaticDecode } from '@sinclair/typebox';
import { Amount, Id, Timestamp } from '../schema';

/**
 * A BN254 field element as a canonical decimal string: commitments, nullifiers, roots and public keys.
 * The pattern bounds the length; `isFieldElement` checks the value is below the modulus.
 */
export const FieldText = Type.String({ pattern: '^(0|[1-9][0-9]{0,76})$', description: 'BN254 field element, canonical decimal string' });

/** A note-commitment tree kept as its frontier: O(depth) values, enough to append and to know the root. */
export const FrontierSchema = Type.Object({
  depth: Type.Integer({ minimum: 1, maximum: 32 }),
  size: Type.Integer({ minimum: 0 }),
  frontier: Type.Array(FieldText),
  root: FieldText,
});
export type Frontier = StaticDecode<typeof FrontierSchema>;

/**
 * A security's confidential pool: what every confidential transaction reads, written only by rare
 * transactions (enable, seal, allowlist refresh), so transfers do not conflict on it.
 */
export const PoolSchema = Type.Object({
  securityId: Id,
  tree: FrontierSchema,
  /** Recent note-tree roots, oldest first, the current one last: a proof made against any of them is accepted. */
  roots: Type.Array(FieldText),
  /** The KYC allowlist root proofs must use: the allowlist as of the last refresh. */
  kycRoot: FieldText,
  kycSize: Type.Integer({ minimum: 0 }),
  kycRefreshedAt: Timestamp,
  enabledAt: Timestamp,
});
export type Pool = StaticDecode<typeof PoolSchema>;

/** Units in the pool: public, changed only by mint and redeem (their amounts are public). */
export const PoolSupplySchema = Type.Object({ securityId: Id, supply: Amount });
export type PoolSupply = StaticDecode<typeof PoolSupplySchema>;

/** An investor's confidential public key (`Poseidon(ownerSecret)`): notes are owned by it, the allowlist lists it. */
export const ConfidentialKeySchema = Type.Object({ identityId: Id, publicKey: FieldText, registeredAt: Timestamp });
export type ConfidentialKey = StaticDecode<typeof ConfidentialKeySchema>;

/** The allowlist's leaves (public keys, in tree order) so that provers can build membership proofs. No identity ids. */
export const AllowlistSchema = Type.Object({ securityId: Id, root: FieldText, leaves: Type.Array(FieldText) });
export type Allowlist = StaticDecode<typeof AllowlistSchema>;

/** What a holder's bank and the auditor learn about a note: its opening. Never in public state. */
export const NoteOpeningSchema = Type.Object({
  securityId: Id,
  commitment: FieldText,
  amount: Amount,
  ownerPublicKey: FieldText,
  salt: FieldText,
});
export type NoteOpeningRecord = StaticDecode<typeof NoteOpeningSchema>;
