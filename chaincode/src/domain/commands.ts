import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { batchItem, MAX_BATCH_ITEMS } from './batch';
import type { ConsortiumPolicy } from './consortium';
import type { CustodyFacts } from './custody';
import { CustodyKind, InvestorType } from './identity';
import { PartySchema } from './party';
import { Closed, Id, Jurisdiction, PositiveAmount, Sha256, Timestamp, Topic } from './schema';
import { AgentSchema, Isin, DocumentName, DocumentUri, MAX_AGENTS, PowersSchema, RuleSetSchema, TermsSchema } from './security';
import type { Actor } from './roles';
import { MAX_TOPICS_PER_ISSUER } from './trust';

/** An agent at creation: without `powers`, every power (what an agent could do before powers existed). */
const AgentInput = Closed({ org: PartySchema.properties.org, id: PartySchema.properties.id, powers: Type.Optional(PowersSchema) });

/** The fields of the commands a batch may carry, beside the security (see `Batch`). */
const IssueFields = { to: Id, amount: PositiveAmount };
const MoveFields = { from: Id, to: Id, amount: PositiveAmount };
/** Without `amount`, the whole holding. */
const FreezeFields = { holder: Id, amount: Type.Optional(PositiveAmount) };

const BatchItemSchema = Type.Union([
  batchItem('Issue', IssueFields),
  batchItem('Transfer', MoveFields),
  batchItem('ForcedTransfer', MoveFields),
  batchItem('Freeze', FreezeFields),
  batchItem('Unfreeze', FreezeFields),
]);

const IssuerTopics = Type.Array(Topic, { minItems: 1, maxItems: MAX_TOPICS_PER_ISSUER, uniqueItems: true });

/**
 * Commands: what a caller asks for. Each schema is the wire input of one chaincode transaction (and of
 * the gateway route that submits it); the domain command is the same object decoded (bigints) with its kind.
 */
export const CommandSchemas = {
  /** Adds an issuer (refused if already trusted: its topics change by SetClaimIssuerTopics, never by a silent merge). */
  TrustClaimIssuer: Closed({ issuer: PartySchema, topics: IssuerTopics }),
  /** Replaces a trusted issuer's topics; a topic taken away stops its claims counting at once. */
  SetClaimIssuerTopics: Closed({ issuer: PartySchema, topics: IssuerTopics }),
  /** Withdraws all trust: the issuer's claims stop counting at once (they stay recorded, revocable). */
  RemoveClaimIssuer: Closed({ issuer: PartySchema }),
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
  AttachDocument: Closed({ securityId: Id, name: DocumentName, uri: Type.Optional(DocumentUri), hash: Sha256 }),
  RemoveDocument: Closed({ securityId: Id, name: DocumentName }),
  Pause: Closed({ securityId: Id }),
  Unpause: Closed({ securityId: Id }),
  Issue: Closed({ securityId: Id, ...IssueFields }),
  Redeem: Closed({ securityId: Id, from: Id, amount: PositiveAmount }),
  Transfer: Closed({ securityId: Id, ...MoveFields }),
  ForcedTransfer: Closed({ securityId: Id, ...MoveFields }),
  Freeze: Closed({ securityId: Id, ...FreezeFields }),
  Unfreeze: Closed({ securityId: Id, ...FreezeFields }),
  Recover: Closed({ securityId: Id, lost: Id, replacement: Id }),
  /**
   * Several issuances, transfers, forced transfers, freezes and unfreezes of one security in one
   * transaction, all or nothing: each item decided as its own command would be, on the state the items
   * before it left; the first refused item refuses the batch (its index in the details).
   */
  /**
   * A holder asks for a transfer that needs an agent's approval (`rules.approvalRequired`): nothing moves
   * until an agent approves it before `validUntil`. `transferId` is the holder's name for it, unique in the security.
   */
  RequestTransfer: Closed({ securityId: Id, transferId: Id, ...MoveFields, validUntil: Timestamp }),
  /** By an agent with the `approve` power: executes the requested transfer now, every rule checked again. */
  ApproveTransfer: Closed({ securityId: Id, transferId: Id }),
  /** By an agent with the `approve` power: closes the request; nothing moves. */
  RejectTransfer: Closed({ securityId: Id, transferId: Id }),
  /**
   * By the holder: `operator` may move its units of the security (every rule applied to the holder as
   * sender), at most `limit` in all when given. Authorising an operator again replaces its authorisation.
   */
  AuthorizeOperator: Closed({ securityId: Id, holder: Id, operator: PartySchema, limit: Type.Optional(PositiveAmount) }),
  /** By the holder: the operator moves nothing more from this transaction on. */
  RevokeOperator: Closed({ securityId: Id, holder: Id, operator: PartySchema }),
  /** By an operator of `from` (the caller's org and id): a transfer of the holder's units, recorded with the operator named. */
  OperatorTransfer: Closed({ securityId: Id, ...MoveFields }),
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
  Batch: Closed({ securityId: Id, items: Type.Array(BatchItemSchema, { minItems: 1, maxItems: MAX_BATCH_ITEMS }) }),
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
