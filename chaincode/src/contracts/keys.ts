import type { ChaincodeStub } from 'fabric-shim-api';

/**
 * Every world-state and private-data key st2 uses, in one place: composite keys with one object type
 * per aggregate, so no two kinds of record can collide and range scans stay within one kind.
 *
 * Contention (MVCC): `stats` (supply, holder count) is the hot key of a security: it is written only
 * by issuance, redemption and by transfers that add or remove a holder, so transfers between
 * existing holders touch only their two `holding` keys and conflict only when they share a holder.
 * The `security` definition is read by every transfer but written only by agent actions.
 */
export const ObjectType = {
  identity: 'identity',
  claimIssuer: 'claim-issuer',
  security: 'security',
  stats: 'stats',
  holding: 'holding',
  request: 'request',
  /** Private: an identity's personal record (name, documents), in its org's and the audit collection. */
  identityRecord: 'identity-record',
  /** Private: evidence behind a claim. */
  claimEvidence: 'claim-evidence',
} as const;

type Stub = Pick<ChaincodeStub, 'createCompositeKey'>;

export const keys = {
  identity: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.identity, [id]),
  claimIssuer: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.claimIssuer, [id]),
  security: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.security, [id]),
  stats: (stub: Stub, securityId: string) => stub.createCompositeKey(ObjectType.stats, [securityId]),
  holding: (stub: Stub, securityId: string, holder: string) => stub.createCompositeKey(ObjectType.holding, [securityId, holder]),
  /** Idempotency: one key per (org, client request id), so a retried request never applies twice. */
  request: (stub: Stub, org: string, requestId: string) => stub.createCompositeKey(ObjectType.request, [org, requestId]),
  identityRecord: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.identityRecord, [id]),
  claimEvidence: (stub: Stub, id: string, topic: string) => stub.createCompositeKey(ObjectType.claimEvidence, [id, topic]),
};

/** Collections: each org's implicit collection for its own clients, and the audit collection the regulator reads. */
export const AUDIT_COLLECTION = 'audit';

export function orgCollection(mspId: string): string {
  return `_implicit_org_${mspId}`;
}
