import type { ChaincodeStub } from 'fabric-shim-api';
import type { Party } from '../domain/party';

/**
 * Every world-state and private-data key st2 uses, in one place: composite keys with one object type
 * per aggregate, so no two kinds of record can collide and range scans stay within one kind.
 *
 * Contention (MVCC, see docs/storage.md): `stats` (supply, holder count) is the one hot key of a
 * security. Issuance, redemption and recovery read and write it; a transfer reads it only when a holding
 * may cross zero (see `movementStatsRefs`) and writes it only when the holder count changes. A transfer
 * between holders who both keep a balance reads and writes only their two `holding` keys (daily totals
 * included), so transfers between disjoint pairs never conflict. The `security` definition is read by
 * every movement but written only by agent actions.
 */
export const ObjectType = {
  identity: 'identity',
  claimIssuer: 'claim-issuer',
  /**
   * The consortium's trust registry (trusted-issuer count, trust revision; see domain/trust.ts). Written only
   * by consortium admins' issuer changes (rare); READ by every trusted-issuer change and by every confidential
   * mint, transfer and allowlist refresh, so withdrawing trust invalidates (MVCC) the confidential outputs in
   * flight, which then come back ST2-ALLOWLIST-STALE. Plain transfers never read it.
   */
  trustRegistry: 'trust-registry',
  /**
   * The consortium policy once the consortium changed it (domain/governance.ts; absent: the host's). READ by
   * every transaction (it says which roles an org may grant), WRITTEN only by an executed change of roles or
   * administrators: such a change invalidates (MVCC) whatever was decided under the old policy in flight.
   */
  consortiumPolicy: 'consortium-policy',
  /** A consortium change and its approvals, per subject: contends only with approvals of the same change. */
  consortiumChange: 'consortium-change',
  /**
   * A holder vote and its tallies: written by its creation, every vote and the close, so votes on one
   * proposal contend with each other (MVCC, retried by the gateway); nothing else reads it.
   */
  proposal: 'proposal',
  /** One holder's vote on one proposal: written and read by that holder's votes only. */
  vote: 'vote',
  security: 'security',
  stats: 'stats',
  holding: 'holding',
  /**
   * Holders per (security, jurisdiction), for country caps. Contended like `stats` and only with it: read
   * and written by a movement or recovery whose holding crosses zero, for that holder's jurisdiction only.
   */
  jurisdictionHolders: 'jurisdiction-holders',
  request: 'request',
  /**
   * A conditional transfer (domain/transfer-request.ts). Written by its request, approval or rejection, read
   * by the same three only: it contends with nothing but its own life. Its approval also touches what the
   * transfer touches (its two holdings, and `stats`, which an approval always reads: see `approvalRefs`).
   */
  transferRequest: 'transfer-request',
  /**
   * A hold (domain/hold.ts), by its id. Written by its placing, release, execution or expiry, read by the
   * same: it contends with nothing but its own life. Each of them also writes the holding it holds (whose
   * hold entries every movement reads anyway), and an execution what its transfer touches.
   */
  hold: 'hold',
  /**
   * A settlement instruction (domain/settlement.ts), by its id. Written by its proposal, each affirmation,
   * its settlement, cancellation or failure, read by the same: it contends with nothing but its own life.
   * An affirmation also writes the holding whose leg it holds; a settlement what its transfers touch.
   */
  settlement: 'settlement',
  /** Private: a settlement's price record, in the two parties' org collections and the audit collection. */
  settlementPrice: 'settlement-price',
  /**
   * An operator's authorisation for one holder's units of one security (domain/operator.ts). Written by its
   * authorisation, its revocation and every move of a limited or unlimited operator (its `moved` total), read by
   * the same: an operator's moves for one holder contend on it, nothing else does.
   */
  operator: 'operator',
  /**
   * A cash distribution (domain/distribution.ts), by its id. Written by its declaration, every payment batch
   * and its close, read by the same: the batches of one distribution contend on it (and on the payer's cash
   * holding, which each of them debits), so they are paid one after the other; nothing else reads it.
   */
  distribution: 'distribution',
  /** One holder's paid marker in one distribution: written once, by the batch that pays it, read by batches naming it. */
  payout: 'payout',
  /** Private: an identity's personal record (name, documents), in its org's and the audit collection. */
  identityRecord: 'identity-record',
  /**
   * Private (the custodian's org collection and audit): one beneficial owner's position in one security inside
   * one custody account (domain/custody.ts). Written by the custody movements that touch that owner; every
   * endorser checks the value the custodian sends against its hash, which anyone may read.
   */
  custodyPosition: 'custody-position',
  /** Private (custodian and audit): a segregated account's one beneficial owner. Written once, at opening. */
  custodyOwner: 'custody-owner',
  /** Private: evidence behind a claim. */
  claimEvidence: 'claim-evidence',
  // Confidential mode (see confidential-contract.ts). Contention: `confidential-pool` (note-tree frontier,
  // recent roots, KYC root) is READ by every confidential transaction but WRITTEN only by enable, seal and
  // allowlist refresh; `confidential-supply` is written by mint and redeem only. A transfer writes only
  // its own nullifier, note and pending-note keys, so two transfers conflict only when they share a note.
  confidentialPool: 'confidential-pool',
  confidentialSupply: 'confidential-supply',
  /** A spent note's nullifier (value: the spending transaction's id). */
  nullifier: 'nullifier',
  /** A note commitment the ledger holds, in the tree or pending: refuses a replayed mint or output. */
  note: 'note',
  /** A commitment waiting for the next seal to enter the tree; deleted by the seal. */
  pendingNote: 'pending-note',
  /**
   * A sealed commitment at its index in the note tree (zero-padded: key order is tree order), written by
   * the seal only: a prover rebuilds the tree from these with one paged query, without reading blocks.
   */
  noteLeaf: 'note-leaf',
  /** An identity's confidential public key. */
  confidentialKey: 'confidential-key',
  /** The KYC allowlist's leaves (public keys), for provers. Written by refresh only. */
  allowlist: 'allowlist',
  /**
   * An identity is in a security's allowlist (value: the org that onboarded it), keyed identity first so a
   * claim change finds the allowlists it touches with one short range read instead of loading every
   * security. Written by refresh only; read by that claim change and by the identity's own submissions.
   */
  allowlistMember: 'allowlist-member',
  /**
   * A security's allowlist is stale: a member's claim changed since its refresh (value: that transaction's
   * id). Written by a claim change of a member, deleted by refresh. Contended on purpose: every confidential
   * mint and transfer of the security READS it, so a revocation invalidates (MVCC) the outputs in flight
   * against the old list, and they come back ST2-ALLOWLIST-STALE. It is per security, not consortium-wide:
   * a claim change touches only the securities whose allowlist lists the identity.
   */
  allowlistStale: 'allowlist-stale',
  /** An org's X25519 opening key (public; openings for its collection are sealed to it). */
  orgKey: 'org-key',
  /** The opening key of the org that reads the audit collection (a copy of its `org-key` record). */
  auditKey: 'audit-key',
  /** Private: a note's opening sealed to the collection's org key, in the owner's bank collection and the audit collection. */
  sealedOpening: 'sealed-opening',
  /** Private: a holder's viewing key sealed to the collection's org key, in its bank's collection and the audit collection. */
  viewingKey: 'viewing-key',
  /**
   * An oracle feed (domain/oracle/feed.ts): its definition, version and latest usable round. WRITTEN by every
   * round of the feed and by its governance changes, so the rounds of one feed go one after the other (they
   * must anyway: round ids strictly increase); feeds never contend with each other or with movements.
   */
  oracleFeed: 'oracle-feed',
  /** One recorded round, written once by its round and again only by its release from quarantine. */
  oracleRound: 'oracle-round',
  /** Private (the custodian's collection and audit): the beneficial owner a custody account settled a trade for. Written once, by that settlement. */
  settlementOwner: 'settlement-owner',
  /**
   * A split, reverse split or stock dividend (domain/corporate-action.ts), by its id. Written by its declaration
   * and every batch applying it, read by the same: the batches of one action contend on it (and on `stats`, whose
   * supply each changes), so they apply one after the other. No movement reads it: the pending action they must
   * respect is on `security~<id>`, which they read anyway.
   */
  corporateAction: 'corporate-action',
  /** An agent operation waiting for a second agent (domain/four-eyes.ts): contends only with its own approval or cancellation. */
  agentApproval: 'agent-approval',
  /**
   * Private (the custodian's collection and audit): a beneficial owner's paid marker in one distribution paid into
   * a custody account (domain/custody.ts `OwnerPayout`). Written once, by the batch that pays the owner; every
   * endorser of a later batch checks its hash (absent: not paid). Keyed account first, so the custodian finds the
   * owners paid so far with one range read.
   */
  custodyOwnerPayout: 'custody-owner-payout',
  /** Private (custodian and audit): a beneficial owner's marker in one corporate action applied to its account, as `custody-owner-payout` is for a distribution. */
  custodyOwnerAdjusted: 'custody-owner-adjusted',
} as const;

type Stub = Pick<ChaincodeStub, 'createCompositeKey'>;

/** Enough digits for every index of a depth-20 tree (2^20 = 1,048,576 leaves). */
const LEAF_INDEX_DIGITS = 7;

/** Every round id up to Number.MAX_SAFE_INTEGER. */
const ROUND_ID_DIGITS = 16;

export const keys = {
  identity: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.identity, [id]),
  /** By (org, id): a claim issuer of one org is not trusted for a namesake of another. */
  claimIssuer: (stub: Stub, { org, id }: Party) => stub.createCompositeKey(ObjectType.claimIssuer, [org, id]),
  trustRegistry: (stub: Stub) => stub.createCompositeKey(ObjectType.trustRegistry, []),
  consortiumPolicy: (stub: Stub) => stub.createCompositeKey(ObjectType.consortiumPolicy, []),
  consortiumChange: (stub: Stub, subject: string) => stub.createCompositeKey(ObjectType.consortiumChange, [subject]),
  proposal: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.proposal, [id]),
  vote: (stub: Stub, proposalId: string, voter: string) => stub.createCompositeKey(ObjectType.vote, [proposalId, voter]),
  security: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.security, [id]),
  stats: (stub: Stub, securityId: string) => stub.createCompositeKey(ObjectType.stats, [securityId]),
  holding: (stub: Stub, securityId: string, holder: string) => stub.createCompositeKey(ObjectType.holding, [securityId, holder]),
  jurisdictionHolders: (stub: Stub, securityId: string, jurisdiction: string) => stub.createCompositeKey(ObjectType.jurisdictionHolders, [securityId, jurisdiction]),
  /** Idempotency: one key per (org, client request id), so a retried request never applies twice. */
  request: (stub: Stub, org: string, requestId: string) => stub.createCompositeKey(ObjectType.request, [org, requestId]),
  transferRequest: (stub: Stub, securityId: string, transferId: string) => stub.createCompositeKey(ObjectType.transferRequest, [securityId, transferId]),
  hold: (stub: Stub, holdId: string) => stub.createCompositeKey(ObjectType.hold, [holdId]),
  settlement: (stub: Stub, settlementId: string) => stub.createCompositeKey(ObjectType.settlement, [settlementId]),
  settlementPrice: (stub: Stub, settlementId: string) => stub.createCompositeKey(ObjectType.settlementPrice, [settlementId]),
  operator: (stub: Stub, securityId: string, holder: string, { org, id }: Party) => stub.createCompositeKey(ObjectType.operator, [securityId, holder, org, id]),
  distribution: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.distribution, [id]),
  payout: (stub: Stub, distributionId: string, holder: string) => stub.createCompositeKey(ObjectType.payout, [distributionId, holder]),
  identityRecord: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.identityRecord, [id]),
  custodyPosition: (stub: Stub, accountId: string, securityId: string, owner: string) => stub.createCompositeKey(ObjectType.custodyPosition, [accountId, securityId, owner]),
  custodyOwner: (stub: Stub, accountId: string) => stub.createCompositeKey(ObjectType.custodyOwner, [accountId]),
  /** Per issuer: a second issuer's evidence on the same topic never overwrites the first's. */
  claimEvidence: (stub: Stub, id: string, topic: string, { org, id: issuerId }: Party) => stub.createCompositeKey(ObjectType.claimEvidence, [id, topic, org, issuerId]),
  confidentialPool: (stub: Stub, securityId: string) => stub.createCompositeKey(ObjectType.confidentialPool, [securityId]),
  confidentialSupply: (stub: Stub, securityId: string) => stub.createCompositeKey(ObjectType.confidentialSupply, [securityId]),
  nullifier: (stub: Stub, securityId: string, nullifier: string) => stub.createCompositeKey(ObjectType.nullifier, [securityId, nullifier]),
  note: (stub: Stub, securityId: string, commitment: string) => stub.createCompositeKey(ObjectType.note, [securityId, commitment]),
  pendingNote: (stub: Stub, securityId: string, commitment: string) => stub.createCompositeKey(ObjectType.pendingNote, [securityId, commitment]),
  noteLeaf: (stub: Stub, securityId: string, index: number) => stub.createCompositeKey(ObjectType.noteLeaf, [securityId, index.toString().padStart(LEAF_INDEX_DIGITS, '0')]),
  confidentialKey: (stub: Stub, identityId: string) => stub.createCompositeKey(ObjectType.confidentialKey, [identityId]),
  allowlist: (stub: Stub, securityId: string) => stub.createCompositeKey(ObjectType.allowlist, [securityId]),
  allowlistMember: (stub: Stub, identityId: string, securityId: string) => stub.createCompositeKey(ObjectType.allowlistMember, [identityId, securityId]),
  allowlistStale: (stub: Stub, securityId: string) => stub.createCompositeKey(ObjectType.allowlistStale, [securityId]),
  orgKey: (stub: Stub, org: string) => stub.createCompositeKey(ObjectType.orgKey, [org]),
  auditKey: (stub: Stub) => stub.createCompositeKey(ObjectType.auditKey, []),
  /** No owner key in it: a key names only what the public ledger already shows. */
  sealedOpening: (stub: Stub, securityId: string, commitment: string) => stub.createCompositeKey(ObjectType.sealedOpening, [securityId, commitment]),
  viewingKey: (stub: Stub, identityId: string) => stub.createCompositeKey(ObjectType.viewingKey, [identityId]),
  oracleFeed: (stub: Stub, feedId: string) => stub.createCompositeKey(ObjectType.oracleFeed, [feedId]),
  /** Zero-padded like the slice's `roundRef`: key order is round order. */
  oracleRound: (stub: Stub, feedId: string, roundId: number) => stub.createCompositeKey(ObjectType.oracleRound, [feedId, roundId.toString().padStart(ROUND_ID_DIGITS, '0')]),
  settlementOwner: (stub: Stub, settlementId: string) => stub.createCompositeKey(ObjectType.settlementOwner, [settlementId]),
  corporateAction: (stub: Stub, id: string) => stub.createCompositeKey(ObjectType.corporateAction, [id]),
  agentApproval: (stub: Stub, approvalId: string) => stub.createCompositeKey(ObjectType.agentApproval, [approvalId]),
  custodyOwnerPayout: (stub: Stub, accountId: string, distributionId: string, owner: string) => stub.createCompositeKey(ObjectType.custodyOwnerPayout, [accountId, distributionId, owner]),
  custodyOwnerAdjusted: (stub: Stub, accountId: string, actionId: string, owner: string) => stub.createCompositeKey(ObjectType.custodyOwnerAdjusted, [accountId, actionId, owner]),
};

/** Collections: each org's implicit collection for its own clients, and the audit collection the regulator reads. */
export const AUDIT_COLLECTION = 'audit';

export function orgCollection(mspId: string): string {
  return `_implicit_org_${mspId}`;
}
