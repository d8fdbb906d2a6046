import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { ConsortiumPolicySchema } from './consortium';
import { ConsortiumChangeSchema, Subject } from './governance';
import { LotSchema } from './holding';
import { MAX_OPTIONS, OptionName, ProposalResultSchema, ProposalSchema, SplitSchema } from './proposal';
import { CustodyKind, InvestorType } from './identity';
import { PartitionAmountSchema, PartitionName } from './partition';
import { PartySchema } from './party';
import { Amount, Closed, Id, Jurisdiction, Org, Sha256, Timestamp, Topic, Nullable } from './schema';
import { HoldReason } from './hold';
import { LegSchema } from './settlement';
import { DistributionSchema, MAX_PAYMENTS_PER_BATCH, PaymentSchema } from './distribution';
import { FeedDefinitionSchema } from './oracle/feed';
import { RoundId } from './oracle/report';
import { RoundSchema } from './oracle/round';
import { AgentSchema, CallSchema, DocumentName, DocumentUri, SecuritySchema, RuleSetSchema } from './security';
import { AdjustmentSchema, CorporateActionSchema, MAX_HOLDERS_PER_ACTION_BATCH } from './corporate-action';
import { AgentApprovalSchema } from './four-eyes';
import { SanctionsListUsedSchema } from './sanctions';

/**
 * Domain events: what happened, versioned, carrying only what may be public and the ids a projection
 * needs. One schema per event; the union and the TypeScript types are derived from them.
 */
/** A beneficial owner joining (+1) or leaving (-1) the holders, by jurisdiction: at most the two owners of one movement. */
// A distribution paid into an account crosses as many owners as the batch names (MAX_PAYMENTS_PER_BATCH).
const OwnerCounts = Type.Array(Closed({ jurisdiction: Jurisdiction, delta: Type.Union([Type.Literal(1), Type.Literal(-1)]) }), { maxItems: MAX_PAYMENTS_PER_BATCH });

function event<T extends string, P extends Record<string, TSchema>, V extends number = 1>(type: T, fields: P, v: V = 1 as V) {
  return Closed({ type: Type.Literal(type), v: Type.Literal(v), at: Timestamp, ...fields });
}

export const EventSchemas = {
  /** v2: the issuer is (org, id). */
  ClaimIssuerTrusted: event('ClaimIssuerTrusted', { issuer: PartySchema, topics: Type.Array(Topic) }, 2),
  /** The issuer's topics replaced (a narrowing withdraws trust: see trust.ts). */
  ClaimIssuerTopicsSet: event('ClaimIssuerTopicsSet', { issuer: PartySchema, topics: Type.Array(Topic) }),
  ClaimIssuerRemoved: event('ClaimIssuerRemoved', { issuer: PartySchema }),
  IdentityRegistered: event('IdentityRegistered', {
    identityId: Id, org: Org, investor: Id, jurisdiction: Jurisdiction, investorType: InvestorType, recordHash: Sha256,
  }),
  /** v2: the issuer is (org, id). */
  ClaimAdded: event('ClaimAdded', { identityId: Id, topic: Topic, issuer: PartySchema, expiresAt: Timestamp, evidenceHash: Sha256 }, 2),
  /** v2: names the issuer whose claim is revoked (an identity holds one claim per topic per issuer). */
  ClaimRevoked: event('ClaimRevoked', { identityId: Id, topic: Topic, issuer: PartySchema }, 2),
  /** v2: the security's issuer and agents are (org, id); v3: each agent with its powers. */
  SecurityCreated: event('SecurityCreated', { security: SecuritySchema }, 3),
  AgentAdded: event('AgentAdded', { securityId: Id, agent: AgentSchema }),
  AgentRemoved: event('AgentRemoved', { securityId: Id, agent: PartySchema }),
  RulesSet: event('RulesSet', { securityId: Id, rules: RuleSetSchema }),
  /** v2: sets (replaces a document of the same name) and carries the URI. */
  DocumentAttached: event('DocumentAttached', { securityId: Id, name: DocumentName, uri: Type.Optional(DocumentUri), hash: Sha256, partition: Type.Optional(PartitionName) }, 2),
  DocumentRemoved: event('DocumentRemoved', { securityId: Id, name: DocumentName, partition: Type.Optional(PartitionName) }),
  SecurityPaused: event('SecurityPaused', { securityId: Id }),
  SecurityUnpaused: event('SecurityUnpaused', { securityId: Id }),
  /**
   * `partition` (on movements, fees and requests): the partition the units moved in; absent, the default.
   * `operator`: moved by the holder's operator (operator.ts), not by the holder itself; a forced (agent's) transfer never has one.
   */
  Issued: event('Issued', { securityId: Id, to: Id, amount: Amount, partition: Type.Optional(PartitionName), sanctionsList: Type.Optional(SanctionsListUsedSchema) }),
  Redeemed: event('Redeemed', { securityId: Id, from: Id, amount: Amount, partition: Type.Optional(PartitionName) }),
  Transferred: event('Transferred', { securityId: Id, from: Id, to: Id, amount: Amount, forced: Type.Boolean(), partition: Type.Optional(PartitionName), operator: Type.Optional(PartySchema), sanctionsList: Type.Optional(SanctionsListUsedSchema) }),
  /**
   * The fee leg of a holder transfer, in the same transaction, after its `Transferred`: `payer` (the
   * recipient) pays `amount` to `collector`, `bps` of the transfer (transfer-fee.ts).
   */
  TransferFeeCharged: event('TransferFeeCharged', { securityId: Id, payer: Id, collector: Id, amount: Amount, bps: Type.Integer({ minimum: 1, maximum: 10_000 }), partition: Type.Optional(PartitionName) }),
  /** `amount` null: the whole holding. */
  HoldingFrozen: event('HoldingFrozen', { securityId: Id, holder: Id, amount: Nullable(Amount) }),
  HoldingUnfrozen: event('HoldingUnfrozen', { securityId: Id, holder: Id, amount: Nullable(Amount) }),
  /**
   * v2 says all of it: the balance moved, the freezes that moved with it (whole-holding flag and frozen amount),
   * the lots (so holding periods keep counting from the original dates), and whether this recovery
   * deactivated the lost identity (its first; later ones move its other securities' holdings); `partitions`, the
   * units that moved in named partitions (absent: all of `amount` was in the default partition).
   */
  HoldingRecovered: event('HoldingRecovered', {
    securityId: Id, lost: Id, replacement: Id, amount: Amount, frozen: Type.Boolean(), frozenAmount: Amount, lots: Type.Array(LotSchema), deactivated: Type.Boolean(),
    partitions: Type.Optional(Type.Array(PartitionAmountSchema)),
  }, 2),
  /** A conditional transfer requested by its holder: nothing moved. */
  TransferRequested: event('TransferRequested', { securityId: Id, transferId: Id, from: Id, to: Id, amount: Amount, validUntil: Timestamp, partition: Type.Optional(PartitionName) }),
  /** Approved by an agent: the `Transferred` event that follows in the same transaction is its execution. */
  TransferApproved: event('TransferApproved', { securityId: Id, transferId: Id, by: PartySchema }),
  TransferRejected: event('TransferRejected', { securityId: Id, transferId: Id, by: PartySchema }),
  /**
   * An administrator org approved a consortium-wide change (the first approval proposes it). `executed`:
   * this approval reached `required`, and the change's own events follow in the same transaction.
   */
  ConsortiumChangeApproved: event('ConsortiumChangeApproved', {
    subject: Subject, change: ConsortiumChangeSchema, org: Org, approvals: Type.Array(Org), required: Type.Integer({ minimum: 1 }), expiresAt: Timestamp, executed: Type.Boolean(),
  }),
  /** The consortium policy the ledger holds from now on (after an executed change of roles or administrators). */
  ConsortiumPolicySet: event('ConsortiumPolicySet', { policy: ConsortiumPolicySchema }),
  /** A holder vote opened; its record time's snapshot is open from now on (the security's `snapshots`). */
  ProposalCreated: event('ProposalCreated', { proposal: ProposalSchema }),
  /** `previous`: the option the voter chose before (its weight moves from it), or null for a first vote. */
  VoteCast: event('VoteCast', { proposalId: Id, securityId: Id, voter: Id, option: OptionName, weight: Amount, previous: Nullable(OptionName) }),
  /** The result; the proposal's snapshot is released. */
  /** A custody account's vote split across options by its custodian; `previous`: whether it replaces an earlier split. */
  SplitVoteCast: event('SplitVoteCast', { proposalId: Id, securityId: Id, voter: Id, splits: Type.Array(SplitSchema, { maxItems: MAX_OPTIONS }), previous: Type.Boolean() }),
  ProposalClosed: event('ProposalClosed', { proposalId: Id, securityId: Id, result: ProposalResultSchema }),
  /** Withdrawn by the holder that requested it: closed, nothing moved. */
  TransferCancelled: event('TransferCancelled', { securityId: Id, transferId: Id, by: PartySchema }),
  /**
   * Units of one holding moved from one partition to another (its balance unchanged): by an agent (`by`), or
   * by the security's scheduled conversion (`by` null), applied when the holding is next touched.
   */
  PartitionChanged: event('PartitionChanged', { securityId: Id, holder: Id, from: PartitionName, to: PartitionName, amount: Amount, by: Nullable(PartySchema) }),
  /** Units of `holder` reserved for `beneficiary`: they move by no path until the hold ends or expires. */
  HoldPlaced: event('HoldPlaced', {
    holdId: Id, securityId: Id, holder: Id, beneficiary: Id, amount: Amount, reason: HoldReason, expiresAt: Timestamp, by: PartySchema,
  }),
  /** The hold ended: `released` (by an agent; nothing moved) or `expired` (its expiry had passed when closed). */
  HoldReleased: event('HoldReleased', { holdId: Id, securityId: Id, holder: Id, amount: Amount, expired: Type.Boolean(), by: PartySchema }),
  /** The hold ended by moving its units: the `Transferred` event that follows in the same transaction is the movement. */
  HoldExecuted: event('HoldExecuted', { holdId: Id, securityId: Id, holder: Id, beneficiary: Id, amount: Amount, by: PartySchema }),
  /** A settlement instruction; the price is private (only its hash here). */
  SettlementProposed: event('SettlementProposed', {
    settlementId: Id, seller: Id, buyer: Id, securities: LegSchema, cash: Type.Optional(LegSchema), settleBy: Timestamp, priceHash: Type.Optional(Sha256), by: PartySchema,
  }),
  /** One side affirmed; `held`: the leg it delivers, now held on its holding until `settleBy` (none for a buyer free of payment). */
  SettlementAffirmed: event('SettlementAffirmed', {
    settlementId: Id, side: Type.Union([Type.Literal('seller'), Type.Literal('buyer')]), holder: Id, held: Type.Optional(LegSchema), settleBy: Timestamp, by: PartySchema,
  }),
  /**
   * Settled: the holds are released and the `Transferred` events that follow in the same transaction are its
   * legs (for a netted settlement, the net movements of all the instructions settled with it).
   */
  SettlementSettled: event('SettlementSettled', { settlementId: Id, seller: Id, buyer: Id, securities: LegSchema, cash: Type.Optional(LegSchema), by: PartySchema }),
  /** Cancelled by a party, or failed (`reason`: its settlement date passed): the holds are released, nothing moved. */
  SettlementClosed: event('SettlementClosed', {
    settlementId: Id, status: Type.Union([Type.Literal('cancelled'), Type.Literal('failed')]), reason: Type.Optional(Type.String({ maxLength: 256 })),
    seller: Id, buyer: Id, securities: LegSchema, cash: Type.Optional(LegSchema), by: PartySchema,
  }),
  /** `limit` null: no limit. A new authorisation of the same operator replaces the previous one. */
  OperatorAuthorized: event('OperatorAuthorized', { securityId: Id, holder: Id, operator: PartySchema, limit: Nullable(Amount), partition: Type.Optional(PartitionName) }),
  OperatorRevoked: event('OperatorRevoked', { securityId: Id, holder: Id, operator: PartySchema }),
  /** A custody account opened: an identity of the custodian's org marked as such (custody.ts). */
  CustodyAccountOpened: event('CustodyAccountOpened', { accountId: Id, org: Org, custodian: PartySchema, accountType: CustodyKind, jurisdiction: Jurisdiction }),
  /**
   * Units into an account (`operator`: the custodian moved them as the holder's operator). `owners`: the
   * beneficial owners' zero crossings, by jurisdiction only, which the holder counts follow; who they are stays private.
   */
  CustodyDeposited: event('CustodyDeposited', { securityId: Id, accountId: Id, from: Id, amount: Amount, operator: Type.Optional(PartySchema), owners: OwnerCounts }),
  CustodyWithdrawn: event('CustodyWithdrawn', { securityId: Id, accountId: Id, to: Id, amount: Amount, owners: OwnerCounts }),
  /** Between beneficial owners of an omnibus account: no public movement, only the owners' zero crossings. */
  CustodyMoved: event('CustodyMoved', { securityId: Id, accountId: Id, owners: OwnerCounts }),
  /** A redemption's principal paid into an account: its units burned, every beneficial owner's position with them. */
  CustodyRedeemed: event('CustodyRedeemed', { securityId: Id, accountId: Id, amount: Amount, owners: OwnerCounts }),
  /** A distribution declared: its snapshot opens at its record time. */
  DistributionDeclared: event('DistributionDeclared', { distribution: DistributionSchema }),
  /** A batch of holders paid (each marked paid); the cash moves as the Transferred events of the same transaction. */
  DistributionPaid: event('DistributionPaid', { distributionId: Id, securityId: Id, cashSecurityId: Id, payments: Type.Array(PaymentSchema, { maxItems: MAX_PAYMENTS_PER_BATCH }) }),
  /** Closed: the remainder paid to the remainder account (a Transferred event when not 0), the snapshot released. */
  DistributionClosed: event('DistributionClosed', {
    distributionId: Id, securityId: Id, cashSecurityId: Id, eligibleUnits: Amount, declaredTotal: Amount, remainder: Amount, remainderAccount: Id,
  }),
  /** An oracle feed created (version 1) or changed: reports must now be signed for `digest`. */
  OracleFeedSet: event('OracleFeedSet', { feedId: Id, version: Type.Integer({ minimum: 1 }), digest: Sha256, definition: FeedDefinitionSchema }),
  /** A round recorded: usable when accepted, quarantined when it jumped past the feed's deviation limit. */
  OracleRoundRecorded: event('OracleRoundRecorded', { round: RoundSchema }),
  /** A quarantined round released by a consortium change: usable from now on. */
  OracleRoundReleased: event('OracleRoundReleased', { feedId: Id, roundId: RoundId }),
  /** A callable security called: redeemed on `callDate` at `priceBps` of face value; holders trade until then. */
  SecurityCalled: event('SecurityCalled', { securityId: Id, callDate: Timestamp, priceBps: CallSchema.properties.priceBps }),
  /** Its redemption closed (after the DistributionClosed of the same transaction): every unit burned, the principal paid. */
  SecurityRedeemed: event('SecurityRedeemed', { securityId: Id, distributionId: Id }),
  /** A split, reverse split or stock dividend declared: the security records it as pending. */
  CorporateActionDeclared: event('CorporateActionDeclared', { action: CorporateActionSchema }),
  /** A batch of holders applied (each holding in new units); cash in lieu moves as the Transferred events that follow. */
  CorporateActionApplied: event('CorporateActionApplied', { actionId: Id, securityId: Id, adjustments: Type.Array(AdjustmentSchema, { maxItems: MAX_HOLDERS_PER_ACTION_BATCH }) }),
  /** Every unit applied (the supply is all new units): units of the security move again. */
  CorporateActionCompleted: event('CorporateActionCompleted', { actionId: Id, securityId: Id, supply: Amount }),
  /**
   * A holder converted `amount` of hybrid `securityId` into `equityAmount` of `equitySecurityId`: the units move as the
   * `Redeemed` (hybrid) and `Issued` (equity) events that follow in the same transaction.
   */
  Converted: event('Converted', { securityId: Id, holder: Id, amount: Amount, equitySecurityId: Id, equityAmount: Amount }),
  /** An agent operation proposed for a second agent's approval (four-eyes.ts): nothing moved. */
  AgentActionProposed: event('AgentActionProposed', { approval: AgentApprovalSchema }),
  /** Approved by a second party with the power: the events that follow in the same transaction are its execution. */
  AgentActionApproved: event('AgentActionApproved', { approvalId: Id, securityId: Id, by: PartySchema }),
  /** Cancelled by its proposer: nothing moved. */
  AgentActionCancelled: event('AgentActionCancelled', { approvalId: Id, securityId: Id, by: PartySchema }),
} as const;

const E = EventSchemas;
export const DomainEventSchema = Type.Union([
  E.ClaimIssuerTrusted, E.ClaimIssuerTopicsSet, E.ClaimIssuerRemoved, E.IdentityRegistered, E.ClaimAdded, E.ClaimRevoked, E.SecurityCreated, E.AgentAdded, E.AgentRemoved,
  E.RulesSet, E.DocumentAttached, E.DocumentRemoved,
  E.SecurityPaused, E.SecurityUnpaused, E.Issued, E.Redeemed, E.Transferred, E.TransferFeeCharged, E.HoldingFrozen, E.HoldingUnfrozen, E.HoldingRecovered,
  E.TransferRequested, E.TransferApproved, E.TransferRejected,
  E.ConsortiumChangeApproved, E.ConsortiumPolicySet,
  E.ProposalCreated, E.VoteCast, E.SplitVoteCast, E.ProposalClosed,
  E.TransferCancelled, E.PartitionChanged,
  E.HoldPlaced, E.HoldReleased, E.HoldExecuted,
  E.SettlementProposed, E.SettlementAffirmed, E.SettlementSettled, E.SettlementClosed,
  E.OperatorAuthorized, E.OperatorRevoked,
  E.CustodyAccountOpened, E.CustodyDeposited, E.CustodyWithdrawn, E.CustodyMoved,
  E.DistributionDeclared, E.DistributionPaid, E.DistributionClosed,
  E.OracleFeedSet, E.OracleRoundRecorded, E.OracleRoundReleased,
  E.SecurityCalled, E.SecurityRedeemed,
  E.CorporateActionDeclared, E.CorporateActionApplied, E.CorporateActionCompleted,
  E.Converted,
  E.AgentActionProposed, E.AgentActionApproved, E.AgentActionCancelled,
  E.CustodyRedeemed,
]);
export type EventType = keyof typeof EventSchemas;
export type DomainEvent = { [K in EventType]: StaticDecode<(typeof EventSchemas)[K]> }[EventType];
export type EventOf<K extends EventType> = Extract<DomainEvent, { type: K }>;
