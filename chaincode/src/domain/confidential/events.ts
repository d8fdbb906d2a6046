import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { Amount, Id, Timestamp } from '../schema';
import { FieldText, OrgId, OrgPublicKey } from './schema';

/**
 * Confidential events: commitments, nullifiers and roots only. No owner ids, and no amounts except the
 * public amount of a mint or a redemption (units entering or leaving the pool).
 */
function event<T extends string, P extends Record<string, TSchema>, V extends number = 1>(type: T, fields: P, v: V = 1 as V) {
  return Type.Object({ type: Type.Literal(type), v: Type.Literal(v), at: Timestamp, ...fields });
}

export const ConfidentialEventSchemas = {
  ConfidentialEnabled: event('ConfidentialEnabled', { securityId: Id, noteRoot: FieldText, kycRoot: FieldText, depth: Type.Integer() }),
  /** An identity's key (not its holdings): the allowlist is derived from these. */
  ConfidentialKeyRegistered: event('ConfidentialKeyRegistered', { identityId: Id, publicKey: FieldText }),
  /** An org's opening key (public, so every org, the regulator first, can check the key registered for it). */
  OrgKeyRegistered: event('OrgKeyRegistered', { org: OrgId, publicKey: OrgPublicKey, auditor: Type.Boolean() }),
  /**
   * `leaves`: public keys in tree order (already public through key registration), so provers can build KYC paths.
   * `validUntil`: the earliest expiry of a claim the members needed (public in the registry too): stale from then on.
   */
  /** v2: the trust revision the allowlist was built under. */
  AllowlistRefreshed: event('AllowlistRefreshed', {
    securityId: Id, kycRoot: FieldText, leaves: Type.Array(FieldText), validUntil: Type.Optional(Timestamp), trustRevision: Type.Integer({ minimum: 0 }),
  }, 2),
  ConfidentialMinted: event('ConfidentialMinted', { securityId: Id, amount: Amount, commitment: FieldText }),
  ConfidentialTransferred: event('ConfidentialTransferred', {
    securityId: Id, nullifiers: Type.Array(FieldText), commitments: Type.Array(FieldText), noteRoot: FieldText,
  }),
  ConfidentialRedeemed: event('ConfidentialRedeemed', { securityId: Id, amount: Amount, nullifier: FieldText, changeCommitment: FieldText }),
  /** Pending commitments entered the tree at `firstIndex`, in this order; `noteRoot` is the new root. */
  NotesSealed: event('NotesSealed', { securityId: Id, firstIndex: Type.Integer({ minimum: 0 }), commitments: Type.Array(FieldText), noteRoot: FieldText }),
} as const;

const E = ConfidentialEventSchemas;
export const ConfidentialEventSchema = Type.Union([
  E.ConfidentialEnabled, E.ConfidentialKeyRegistered, E.OrgKeyRegistered, E.AllowlistRefreshed, E.ConfidentialMinted, E.ConfidentialTransferred, E.ConfidentialRedeemed, E.NotesSealed,
]);
export type ConfidentialEventType = keyof typeof ConfidentialEventSchemas;
export type ConfidentialEvent = { [K in ConfidentialEventType]: StaticDecode<(typeof ConfidentialEventSchemas)[K]> }[ConfidentialEventType];
