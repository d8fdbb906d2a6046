import { Type, type StaticDecode } from '@sinclair/typebox';
import { Amount, Id, Timestamp } from '../schema';
import { RuleSetSchema } from '../security';

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
  /**
   * The earliest expiry of a claim the allowlist relied on: the allowlist is stale from then on.
   * Absent while it has no member (and in pools stored before freshness was tracked).
   */
  kycValidUntil: Type.Optional(Timestamp),
  /** The consortium trust revision the allowlist was built under (see trust.ts); absent: 0. */
  trustRevision: Type.Optional(Type.Integer({ minimum: 0 })),
  /** The security's recipient rules the allowlist was built with; absent in older pools, which count as stale. */
  recipientRules: Type.Optional(Type.Pick(RuleSetSchema, ['requiredClaims', 'allowedJurisdictions', 'blockedJurisdictions', 'accreditedOnly', 'allowedParties', 'blockedParties'])),
  enabledAt: Timestamp,
});
export type Pool = StaticDecode<typeof PoolSchema>;
/** The rules deciding who may receive, which the allowlist folds in. */
export type RecipientRules = NonNullable<Pool['recipientRules']>;

/** Units in the pool: public, changed only by mint and redeem (their amounts are public). */
export const PoolSupplySchema = Type.Object({ securityId: Id, supply: Amount });
export type PoolSupply = StaticDecode<typeof PoolSupplySchema>;

/** An investor's confidential public key (`Poseidon(ownerSecret)`): notes are owned by it, the allowlist lists it. */
export const ConfidentialKeySchema = Type.Object({ identityId: Id, publicKey: FieldText, registeredAt: Timestamp });
export type ConfidentialKey = StaticDecode<typeof ConfidentialKeySchema>;

/** The allowlist's leaves (public keys, in tree order) so that provers can build membership proofs. No identity ids. */
export const AllowlistSchema = Type.Object({ securityId: Id, root: FieldText, leaves: Type.Array(FieldText) });
export type Allowlist = StaticDecode<typeof AllowlistSchema>;

/** An org's MSP id, as the submitter names a note's bank (its collection receives the opening). */
export const OrgId = Type.String({ pattern: '^[A-Za-z0-9.-]{1,64}$', description: 'MSP id' });

/** A raw 32-byte X25519 public key, canonical base64: one key, one spelling (a repeated registration compares equal). */
export const OrgPublicKey = Type.String({ pattern: '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$', description: 'X25519 public key, 32 bytes, base64' });

/**
 * An org's opening key: openings for its collection are encrypted to it. `auditor`: the org that reads
 * the audit collection, whose copies are encrypted to this key. Immutable once registered.
 */
export const OrgKeySchema = Type.Object({ org: OrgId, publicKey: OrgPublicKey, auditor: Type.Boolean(), registeredAt: Timestamp });
export type OrgKey = StaticDecode<typeof OrgKeySchema>;

/** What a holder's bank and the auditor learn about a note: its opening. Never stored in the clear (see `SealedOpeningSchema`). */
export const NoteOpeningSchema = Type.Object({
  securityId: Id,
  commitment: FieldText,
  amount: Amount,
  ownerPublicKey: FieldText,
  salt: FieldText,
});
export type NoteOpeningRecord = StaticDecode<typeof NoteOpeningSchema>;

const Base64 = (maxLength: number) => Type.String({ pattern: '^[A-Za-z0-9+/]*={0,2}$', maxLength });

/** A note opening encrypted to one org's key (see wire/opening-cipher.ts): what a private collection holds. */
export const SealedOpeningSchema = Type.Object({
  securityId: Id,
  commitment: FieldText,
  /** The org whose key opens it. */
  org: OrgId,
  /** The ephemeral X25519 public key. */
  epk: OrgPublicKey,
  /** AES-256-GCM ciphertext and its 16-byte tag. */
  ciphertext: Base64(2048),
}, { additionalProperties: false });
export type SealedOpening = StaticDecode<typeof SealedOpeningSchema>;

/**
 * A holder's viewing key (see the circuits' `OwnerPublicKey`): its bank and the auditor compute the
 * nullifiers of the holder's notes with it, so spent status follows from the public nullifier set.
 * Never stored in the clear (see `SealedViewingKeySchema`).
 */
export const ViewingKeySchema = Type.Object({ publicKey: FieldText, authKey: FieldText, nullifierKey: FieldText }, { additionalProperties: false });
export type ViewingKeyRecord = StaticDecode<typeof ViewingKeySchema>;

/**
 * A viewing key encrypted to one org's key: in the holder's bank collection and the audit collection.
 * Named by identity (whose key registration is public anyway), so the record shows no key in the clear.
 */
export const SealedViewingKeySchema = Type.Object({
  identityId: Id,
  org: OrgId,
  epk: OrgPublicKey,
  ciphertext: Base64(1024),
}, { additionalProperties: false });
export type SealedViewingKey = StaticDecode<typeof SealedViewingKeySchema>;
