import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { batchItem, MAX_BATCH_ITEMS } from './batch';
import type { ConsortiumPolicy } from './consortium';
import { ChangeFields, Subject } from './governance';
import type { CustodyFacts } from './custody';
import { CustodyKind, InvestorType } from './identity';
import { PartitionName } from './partition';
import { MAX_PAYMENTS_PER_BATCH, RateSchema } from './distribution';
import { PartySchema } from './party';
import { MAX_OPTIONS, OptionName, ProposalSchema, SplitSchema } from './proposal';
import { Closed, Id, Jurisdiction, PositiveAmount, Sha256, Timestamp, Topic } from './schema';
import { AgentSchema, Isin, DocumentName, DocumentUri, MAX_AGENTS, PowersSchema, RuleSetSchema, TermsSchema } from './security';
import type { Actor } from './roles';
import { HoldReason } from './hold';
import { LegSchema, MAX_NETTED } from './settlement';
import { ReportFields } from './oracle/report';
import { CashInLieuSchema, CorporateActionType, MAX_HOLDERS_PER_ACTION_BATCH } from './corporate-action';
import { AgentActionSchema } from './four-eyes';
import { ScreenedFields } from './sanctions';

/** An agent at creation: without `powers`, every power (what an agent could do before powers existed). */
const AgentInput = Closed({ org: PartySchema.properties.org, id: PartySchema.properties.id, powers: Type.Optional(PowersSchema) });

/**
 * The partition units are issued into, redeemed or moved from (and into, on the recipient's side): without it,
 * the default. On a document: the partition it belongs to; without it, the security's own.
 */
const InPartition = { partition: Type.Optional(PartitionName) };

/** The fields of the commands a batch may carry, beside the security (see `Batch`). */
const IssueFields = { to: Id, amount: PositiveAmount, ...InPartition };
const MoveFields = { from: Id, to: Id, amount: PositiveAmount, ...InPartition };
/** Without `amount`, the whole holding. */
const FreezeFields = { holder: Id, amount: Type.Optional(PositiveAmount) };
const RedeemFields = { from: Id, amount: PositiveAmount, ...InPartition };
const RecoverFields = { lost: Id, replacement: Id };
/** Units of `holder` moved between two of its partitions; its balance does not change. */
const ChangePartitionFields = { holder: Id, from: PartitionName, to: PartitionName, amount: PositiveAmount };

const BatchItemSchema = Type.Union([
  batchItem('Issue', IssueFields),
  batchItem('Transfer', MoveFields),
  batchItem('ForcedTransfer', MoveFields),
  batchItem('Freeze', FreezeFields),
  batchItem('Unfreeze', FreezeFields),
  batchItem('Redeem', RedeemFields),
  batchItem('Recover', RecoverFields),
  batchItem('ChangePartition', ChangePartitionFields),
]);

/**
 * Commands: what a caller asks for. Each schema is the wire input of one chaincode transaction (and of
 * the gateway route that submits it); the domain command is the same object decoded (bigints) with its kind.
 */
export const CommandSchemas = {
  /**
   * Consortium-wide changes (governance.ts): each is an administrator org's approval of the change; the
   * approval that reaches the policy's threshold executes it.
   * Trusts an issuer (refused if already trusted: its topics change by SetClaimIssuerTopics, never by a silent merge).
   */
  TrustClaimIssuer: Closed(ChangeFields.TrustClaimIssuer),
  /** Replaces a trusted issuer's topics; a topic taken away stops its claims counting at once. */
  SetClaimIssuerTopics: Closed(ChangeFields.SetClaimIssuerTopics),
  /** Withdraws all trust: the issuer's claims stop counting at once (they stay recorded, revocable). */
  RemoveClaimIssuer: Closed(ChangeFields.RemoveClaimIssuer),
  SetOrgRoles: Closed(ChangeFields.SetOrgRoles),
  SetConsortiumAdmins: Closed(ChangeFields.SetConsortiumAdmins),
  /** Approves the change pending on a subject, as it stands (without restating it). */
  ApproveConsortiumChange: Closed({ subject: Subject }),
  RegisterIdentity: Closed({
    identityId: Id, investor: Id, jurisdiction: Jurisdiction, investorType: InvestorType, recordHash: Sha256,
  }),
  AddClaim: Closed({ identityId: Id, topic: Topic, expiresAt: Timestamp, evidenceHash: Sha256 }),
  /** `issuer`: whose claim; by default the caller's own (a claim issuer revoking what it issued). */
  RevokeClaim: Closed({ identityId: Id, topic: Topic, issuer: Type.Optional(PartySchema) }),
  CreateSecurity: Closed({
    securityId: Id,
    name: Type.String({ minLength: 1, maxLength: 128 }),
    /** Required but for cash (see cash.ts). */
    isin: Type.Optional(Isin),
    decimals: Type.Integer({ minimum: 0, maximum: 18 }),
    terms: TermsSchema,
    rules: RuleSetSchema,
    /** Transfer agents, each as (org, id): an agent may be a member of another org (a custodian). */
    agents: Type.Array(AgentInput, { maxItems: MAX_AGENTS }),
    /** Start paused (ERC-3643 tokens do): nothing moves until an agent unpauses it, once its set-up is done. */
    paused: Type.Optional(Type.Boolean()),
  }),
  SetRules: Closed({ securityId: Id, rules: RuleSetSchema }),
  /** By the issuer: a new agent with its powers (an agent already there is refused: remove it first). */
  AddAgent: Closed({ securityId: Id, agent: AgentSchema }),
  RemoveAgent: Closed({ securityId: Id, agent: PartySchema }),
  /** Sets a document: a later one with the same name replaces it (ERC-1643 setDocument). */
  AttachDocument: Closed({ securityId: Id, name: DocumentName, uri: Type.Optional(DocumentUri), hash: Sha256, ...InPartition }),
  RemoveDocument: Closed({ securityId: Id, name: DocumentName, ...InPartition }),
  Pause: Closed({ securityId: Id }),
  Unpause: Closed({ securityId: Id }),
  Issue: Closed({ securityId: Id, ...IssueFields, ...ScreenedFields }),
  Redeem: Closed({ securityId: Id, ...RedeemFields }),
  Transfer: Closed({ securityId: Id, ...MoveFields, ...ScreenedFields }),
  ForcedTransfer: Closed({ securityId: Id, ...MoveFields }),
  Freeze: Closed({ securityId: Id, ...FreezeFields }),
  Unfreeze: Closed({ securityId: Id, ...FreezeFields }),
  Recover: Closed({ securityId: Id, ...RecoverFields }),
  /**
   * A holder asks for a transfer that needs an agent's approval (`rules.approvalRequired`): nothing moves
   * until an agent approves it before `validUntil`. `transferId` is the holder's name for it, unique in the security.
   */
  RequestTransfer: Closed({ securityId: Id, transferId: Id, ...MoveFields, validUntil: Timestamp }),
  /** By the holder that requested it, while it is still requested: closes it; nothing moves. */
  CancelTransfer: Closed({ securityId: Id, transferId: Id }),
  /** By an agent with the `partition` power (e.g. locked -> default when a lock-up is lifted early). */
  ChangePartition: Closed({ securityId: Id, ...ChangePartitionFields }),
  /** By an agent with the `approve` power: executes the requested transfer now, every rule checked again. */
  ApproveTransfer: Closed({ securityId: Id, transferId: Id }),
  /** By an agent with the `approve` power: closes the request; nothing moves. */
  RejectTransfer: Closed({ securityId: Id, transferId: Id }),
  /**
   * By the holder: `operator` may move its units of the security (every rule applied to the holder as
   * sender), at most `limit` in all when given, in `partition` only when given (ERC-1410's operator by
   * partition), else in every partition. Authorising an operator again replaces its authorisation.
   */
  AuthorizeOperator: Closed({ securityId: Id, holder: Id, operator: PartySchema, limit: Type.Optional(PositiveAmount), partition: Type.Optional(PartitionName) }),
  /** By the holder: the operator moves nothing more from this transaction on. */
  RevokeOperator: Closed({ securityId: Id, holder: Id, operator: PartySchema }),
  /** By an operator of `from` (the caller's org and id): a transfer of the holder's units, recorded with the operator named. */
  OperatorTransfer: Closed({ securityId: Id, ...MoveFields, ...ScreenedFields }),
  /**
   * By a custodian: an account of its own (an identity of its org holding for beneficial owners). A segregated
   * account's one owner travels privately (transient `account`), never in the command.
   */
  OpenCustodyAccount: Closed({ accountId: Id, accountType: CustodyKind, jurisdiction: Jurisdiction }),
  /**
   * Units of `from` into a custody account, for a beneficial owner named privately (transient `custody`): by
   * the holder itself, or by the account's custodian as the holder's operator.
   */
  CustodyDeposit: Closed({ securityId: Id, accountId: Id, from: Id, amount: PositiveAmount }),
  /** By the account's custodian: a beneficial owner's units (named privately) out of the account to `to`. */
  CustodyWithdraw: Closed({ securityId: Id, accountId: Id, to: Id, amount: PositiveAmount }),
  /** By the account's custodian: between two beneficial owners of an omnibus account; owners and amount private. */
  CustodyMove: Closed({ securityId: Id, accountId: Id }),
  /**
   * Several issuances, transfers, forced transfers, freezes, unfreezes, redemptions, recoveries and partition
   * changes of one security in one transaction, all or nothing: each item decided as its own command would be,
   * on the state the items before it left; the first refused item refuses the batch (its index in the details).
   */
  Batch: Closed({ securityId: Id, items: Type.Array(BatchItemSchema, { minItems: 1, maxItems: MAX_BATCH_ITEMS }) }),
  /**
   * By the security's issuer: a holder vote whose weights are the balances at `recordTime` (now or later),
   * open for votes from the record time until `closesAt`. `proposalId` is unique across securities.
   */
  CreateProposal: Closed({
    proposalId: Id, securityId: Id, title: ProposalSchema.properties.title, options: ProposalSchema.properties.options,
    recordTime: Timestamp, closesAt: Timestamp, quorumBps: ProposalSchema.properties.quorumBps, thresholdBps: ProposalSchema.properties.thresholdBps,
  }),
  /** By the voting investor itself: a vote, or a change of its vote, until the close. */
  CastVote: Closed({ proposalId: Id, voter: Id, option: OptionName }),
  /**
   * By a custodian, for its custody account `voter`: the account's weight split across options as its
   * beneficial owners instructed (their instructions stay in the custodian's books); replaces the account's
   * previous split until the close. The splits add up to at most the account's balance at the record time.
   */
  CastSplitVote: Closed({ proposalId: Id, voter: Id, splits: Type.Array(SplitSchema, { minItems: 1, maxItems: MAX_OPTIONS }) }),
  /** By the security's issuer or an agent, after `closesAt`: the result, computed from the tallies and the supply at record time. */
  CloseProposal: Closed({ proposalId: Id }),
  /**
   * By an agent with the `hold` power (a custodian named as one, or the issuer): reserves `amount` of the
   * holder's available units for `beneficiary` until `expiresAt`. `holdId` is the placer's name for it, unique on the ledger.
   */
  PlaceHold: Closed({ holdId: Id, securityId: Id, holder: Id, beneficiary: Id, amount: PositiveAmount, reason: HoldReason, expiresAt: Timestamp }),
  /** By an agent with the `hold` power: the units are free again; nothing moves. An expired hold is closed as expired. */
  ReleaseHold: Closed({ holdId: Id }),
  /** By an agent with the `hold` power: the held units move to the beneficiary under every rule of a holder transfer. */
  ExecuteHold: Closed({ holdId: Id }),
  /** By anyone but the regulator: closes a hold whose expiry has passed (it stopped counting then already). */
  ExpireHold: Closed({ holdId: Id }),
  /**
   * By either party (an investor, as itself): a settlement instruction between a seller, who delivers the
   * securities leg, and a buyer, who pays the cash leg (absent: free of payment), by `settleBy`. The price is
   * private: `priceHash` is the SHA-256 of the price record sent as transient data (docs/settlement.md).
   */
  ProposeSettlement: Closed({
    settlementId: Id, seller: Id, buyer: Id, securities: LegSchema, cash: Type.Optional(LegSchema), settleBy: Timestamp, priceHash: Type.Optional(Sha256),
  }),
  /** By a party, for its own side: holds the leg it delivers until the settlement date. */
  AffirmSettlement: Closed({ settlementId: Id }),
  /** By a party, once both sides affirmed: both legs move in this transaction, or neither. */
  Settle: Closed({ settlementId: Id }),
  /** By a party, before settlement: the holds are released. */
  CancelSettlement: Closed({ settlementId: Id }),
  /** By anyone who writes, once the settlement date passed unsettled: fails it and releases the holds. */
  ExpireSettlement: Closed({ settlementId: Id }),
  /** By a party: affirmed instructions between the same two parties, settled together moving only the net amounts. */
  SettleNetted: Closed({ settlementIds: Type.Array(Id, { minItems: 2, maxItems: MAX_NETTED, uniqueItems: true }) }),
  /**
   * By the security's issuer: a cash distribution of `rate` cash units per unit held at `recordTime` (now or
   * later), paid from `payer`'s holding of `cashSecurityId` from `paymentDate` on; the rounding remainder goes
   * to `remainderAccount` at the close (distribution.ts). `distributionId` is unique across securities.
   */
  DeclareDistribution: Closed({
    distributionId: Id, securityId: Id, cashSecurityId: Id, rate: RateSchema, recordTime: Timestamp, paymentDate: Timestamp, payer: Id, remainderAccount: Id,
  }),
  /**
   * By a debt security's issuer: coupon number `coupon` of its schedule (debt.ts) as a distribution, paid on the
   * coupon's payment date at its coupon per unit, the rate of a floating coupon fixed from round `fixingRoundId`
   * of its reference rate's feed (coupon-fixing.ts: required for floating coupons, refused for fixed ones). Its id
   * is couponDistributionId(securityId, coupon), so that a coupon is declared once.
   */
  DeclareCoupon: Closed({
    securityId: Id, coupon: Type.Integer({ minimum: 1, maximum: 12 * 1000 }), cashSecurityId: Id, recordTime: Timestamp, payer: Id, remainderAccount: Id,
    fixingRoundId: Type.Optional(Type.Integer({ minimum: 1 })),
  }),
  /** By the issuer or an agent, from the payment date: pays each listed holder its entitlement, all or none. */
  PayDistribution: Closed({ distributionId: Id, holders: Type.Array(Id, { minItems: 1, maxItems: MAX_PAYMENTS_PER_BATCH, uniqueItems: true }) }),
  /** By the issuer or an agent, once every unit at record time was paid for: pays the remainder, releases the snapshot. */
  CloseDistribution: Closed({ distributionId: Id }),
  /**
   * By a custody account's custodian, from the payment date: the account's entitlement, paid into the account as
   * its beneficial owners' cash positions for their record-time positions, named privately (transient `custody`).
   */
  PayCustodyDistribution: Closed({ distributionId: Id, accountId: Id }),
  /**
   * By a custody account's custodian, from the effective time: a split, reverse split or stock dividend applied to
   * the account through its beneficial owners, named privately (transient `custody`), each in new units and cash in lieu.
   */
  ApplyCustodyCorporateAction: Closed({ actionId: Id, accountId: Id }),
  /** Consortium changes (governance.ts) of an oracle feed's definition and of a quarantined round (docs/oracles.md). */
  SetOracleFeed: Closed(ChangeFields.SetOracleFeed),
  ReleaseOracleRound: Closed(ChangeFields.ReleaseOracleRound),
  /** By an admin or agent of a member org: a round's signed observations (oracle/report.ts), checked against the feed's signer set. */
  SubmitOracleRound: Closed(ReportFields),
  /**
   * By a callable debt security's issuer: redeems the whole issue on `callDate` (at least the terms' notice
   * ahead, from the first call date, before maturity) at the call price instead of at maturity (redemption.ts).
   */
  CallSecurity: Closed({ securityId: Id, callDate: Timestamp }),
  /**
   * By a debt security's issuer, from its redemption date (maturity or call date): the principal as a
   * distribution of the price per unit held then, each holder's units burned as it is paid (redemption.ts).
   * Its id is redemptionDistributionId(securityId), so a security is redeemed once.
   */
  DeclareRedemption: Closed({ securityId: Id, cashSecurityId: Id, payer: Id, remainderAccount: Id }),
  /**
   * By an equity security's issuer: a split, reverse split or stock dividend of `ratio`, effective at
   * `effectiveTime` (now or later), applied to the holders in batches (corporate-action.ts). `cashInLieu` pays the
   * fractions of a unit a holder would get; required when the ratio can leave one. `actionId` is unique on the ledger.
   */
  DeclareCorporateAction: Closed({
    actionId: Id, securityId: Id, type: CorporateActionType, ratio: RateSchema, effectiveTime: Timestamp, cashInLieu: Type.Optional(CashInLieuSchema),
  }),
  /** By the issuer or an agent, from the effective time: applies the action to each listed holder, all or none. */
  ApplyCorporateAction: Closed({ actionId: Id, holders: Type.Array(Id, { minItems: 1, maxItems: MAX_HOLDERS_PER_ACTION_BATCH, uniqueItems: true }) }),
  /**
   * By the holder of a hybrid, during its conversion window: `amount` of its hybrid units into the target equity
   * at the terms' ratio, whole equity units only (conversion.ts).
   */
  Convert: Closed({ securityId: Id, holder: Id, amount: PositiveAmount }),
  /**
   * By an agent holding the action's power (four-eyes.ts): a forced transfer, redemption or recovery of the
   * security, its parameters fixed, waiting until `expiresAt` for a second party with the same power.
   * `approvalId` is the proposer's name for it, unique on the ledger.
   */
  ProposeAgentAction: Closed({ approvalId: Id, securityId: Id, action: AgentActionSchema, expiresAt: Timestamp }),
  /** By another party with the action's power: executes it now, every rule of the operation checked at this moment. */
  ApproveAgentAction: Closed({ approvalId: Id }),
  /** By its proposer, while pending (expired or not): closes it; nothing moves. */
  CancelAgentAction: Closed({ approvalId: Id }),
} as const satisfies Record<string, TSchema>;

export type CommandKind = keyof typeof CommandSchemas;
export type CommandInput<K extends CommandKind> = StaticDecode<(typeof CommandSchemas)[K]>;
export type Command = { [K in CommandKind]: { kind: K } & CommandInput<K> }[CommandKind];
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;
export type BatchItem = CommandInput<'Batch'>['items'][number];

/** Who asks, when, and under which consortium policy: set by the adapter from the certificate, the transaction timestamp and its host. */
export interface Envelope {
  readonly actor: Actor;
  readonly at: number;
  readonly consortium: ConsortiumPolicy;
  /** A custody movement's private facts, verified by the adapter against the ledger's hashes (custody.ts). */
  readonly custody?: CustodyFacts;
}
