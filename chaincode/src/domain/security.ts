import { Type, type StaticDecode } from '@sinclair/typebox';
import { MAX_PARTITIONS, PartitionName } from './partition';
import { CashTerms } from './cash';
import { PartySchema, sameParty, type Party } from './party';
import { Amount, Closed, Id, Jurisdiction, Sha256, Timestamp, Topic } from './schema';
import { SanctionsScreeningSchema } from './sanctions';
import { MAX_TRANSFER_LIMITS, MAX_VENUE_LIMITS, MAX_VENUES } from './window-counters';
import { MAX_OPEN_SNAPSHOTS, OpenSnapshotSchema, SnapshotEntries } from './snapshots';
import { PendingActionSchema } from './corporate-action';
import { FourEyesSchema } from './four-eyes';
import { BUSINESS_DAY_CONVENTIONS, DAY_COUNTS, type BusinessDayConvention, type DayCount } from './schedule';

/** ISO 6166: two letters, nine alphanumerics, a check digit. */
export const Isin = Type.String({ pattern: '^[A-Z]{2}[A-Z0-9]{9}[0-9]$' });

export const EquityTerms = Closed({
  kind: Type.Literal('equity'),
  shareClass: Type.String({ minLength: 1, maxLength: 64 }),
  votingRights: Type.Boolean(),
  /** Par value per unit, in minor currency units. */
  parValue: Amount,
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});

/**
 * Day count of a debt security's coupons when its terms name none: 30/360 (Bond Basis), under which every
 * regular period is exactly 1/frequency of the annual rate, as a security created before day counts were
 * terms was read; ACT/ACT ICMA agrees on regular periods and differs on stubs (docs/corporate-actions.md).
 */
export const DEFAULT_DAY_COUNT: DayCount = '30/360';
export const DEFAULT_BUSINESS_DAY_CONVENTION: BusinessDayConvention = 'modified-following';

const DayCountSchema = Type.Union(DAY_COUNTS.map((dayCount) => Type.Literal(dayCount)), { description: `Day count of the coupons (default ${DEFAULT_DAY_COUNT}): 30/360 is ISDA Bond Basis` });
const BusinessDayConventionSchema = Type.Union(BUSINESS_DAY_CONVENTIONS.map((convention) => Type.Literal(convention)), {
  description: `Where a payment date on a weekend moves (default ${DEFAULT_BUSINESS_DAY_CONVENTION})`,
});

/** A floating coupon: each period's rate is the reference rate observed for it plus the spread (schedule/coupon-schedule.ts). */
export const FloatingCouponSchema = Closed({
  /** The reference rate's name, e.g. EURIBOR-3M or SOFR: the rate itself is observed per period, never stored in the terms. */
  reference: Type.String({ pattern: '^[A-Z0-9][A-Z0-9 ._/-]{0,31}$', examples: ['EURIBOR-3M'] }),
  spreadBps: Type.Integer({ minimum: -10_000, maximum: 100_000, description: 'Added to the observed reference rate, in basis points' }),
  /** The oracle feed (kind `rate`) each period's rate is fixed from; absent: the feed whose id is the reference. */
  feedId: Type.Optional(Id),
});
export type FloatingCoupon = StaticDecode<typeof FloatingCouponSchema>;

/**
 * The issuer's option to redeem the whole issue early (redemption.ts): from `firstCallDate`, with at least
 * `noticeDays` days' notice, at `priceBps` of the face value (10,000: at par; more: a premium, never less, so
 * that a call never pays less principal than maturity would).
 */
export const CallTermsSchema = Closed({
  firstCallDate: Timestamp,
  priceBps: Type.Integer({ minimum: 10_000, maximum: 20_000, description: 'Call price in basis points of face value (10000: at par)' }),
  noticeDays: Type.Integer({ minimum: 0, maximum: 366, description: 'Least whole days between the call and the call date' }),
});
export type CallTerms = StaticDecode<typeof CallTermsSchema>;

/** A call made (CallSecurity): the security is redeemed on `callDate` at `priceBps` of face value instead of at maturity. */
export const CallSchema = Closed({ callDate: Timestamp, priceBps: CallTermsSchema.properties.priceBps, calledAt: Timestamp });
export type Call = StaticDecode<typeof CallSchema>;

const DebtFields = {
  /** Face value per unit, in minor currency units. */
  faceValue: Amount,
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  /** The fixed annual rate; 0 when the coupon is floating. */
  couponRateBps: Type.Integer({ minimum: 0, maximum: 100_000 }),
  couponFrequency: Type.Union([Type.Literal('annual'), Type.Literal('semiannual'), Type.Literal('quarterly'), Type.Literal('monthly')]),
  maturityDate: Timestamp,
  /** Interest accrues from it; absent: from the security's creation. */
  issueDate: Type.Optional(Timestamp),
  dayCount: Type.Optional(DayCountSchema),
  businessDayConvention: Type.Optional(BusinessDayConventionSchema),
  floating: Type.Optional(FloatingCouponSchema),
  /** When the issue date is not a roll date: a short first coupon to the first roll date (absent), or a long one to the second (schedule/coupon-schedule.ts). */
  firstStub: Type.Optional(Type.Union([Type.Literal('short'), Type.Literal('long')])),
  /**
   * Instead of `firstStub`: the coupon dates roll forward from the issue date, and when the maturity is not a roll
   * date the last coupon is a short stub from the last roll date, or a long one from the roll date before it.
   */
  lastStub: Type.Optional(Type.Union([Type.Literal('short'), Type.Literal('long')])),
  /** Absent: not callable, redeemed at maturity only. */
  call: Type.Optional(CallTermsSchema),
};

export const DebtTerms = Closed({ kind: Type.Literal('debt'), ...DebtFields });

export const HybridTerms = Closed({
  kind: Type.Literal('hybrid'),
  ...DebtFields,
  conversion: Closed({
    /** The equity security units convert into. */
    equitySecurityId: Id,
    /** Equity units received per hybrid unit, as a ratio. */
    ratioNumerator: Type.Integer({ minimum: 1 }),
    ratioDenominator: Type.Integer({ minimum: 1 }),
    windowStart: Timestamp,
    windowEnd: Timestamp,
  }),
});

export const TermsSchema = Type.Union([EquityTerms, DebtTerms, HybridTerms, CashTerms]);
export type Terms = StaticDecode<typeof TermsSchema>;
export type SecurityKind = Terms['kind'];

const WindowMs = Type.Integer({ minimum: 1, maximum: 8.64e15, description: 'Window length in milliseconds (86400000: a UTC day)' });
const MaxCount = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Most transfers a holder may send per window' });

/**
 * One limit on what a holder sends per window (fixed windows aligned to the epoch: window-counters.ts):
 * an amount, a number of transfers, or both. A limit with neither is not a limit, so the schema has no such case.
 */
export const TransferLimitSchema = Type.Union([
  Closed({ windowMs: WindowMs, maxAmount: Amount, maxCount: Type.Optional(MaxCount) }),
  Closed({ windowMs: WindowMs, maxCount: MaxCount }),
]);
export type TransferLimit = StaticDecode<typeof TransferLimitSchema>;

/**
 * A fee on each holder transfer, in basis points of the amount, to a collector identity (transfer-fee.ts).
 * 10,000 bps is the whole amount: a fee never exceeds what is sent.
 */
export const TransferFeeSchema = Closed({
  bps: Type.Integer({ minimum: 1, maximum: 10_000, description: 'Fee in basis points (1/100 of a percent) of each transfer' }),
  collector: Id,
});

/**
 * Designated counterparties (exchanges, venues) of a security and limits on what each investor moves to and
 * from each of them per window, both directions counted together (as ERC-3643's ExchangeMonthlyLimitsModule,
 * which counts sales to an exchange per month). Counted on the investor's own holding (venue-limits.ts).
 */
export const VenueLimitsSchema = Closed({
  venues: Type.Array(Id, { minItems: 1, maxItems: MAX_VENUES, uniqueItems: true }),
  limits: Type.Array(TransferLimitSchema, { minItems: 1, maxItems: MAX_VENUE_LIMITS }),
});

/**
 * Rules that apply to the units of one partition only, beside the security's own (which apply to every
 * partition): a lock-up of `locked` alone, a jurisdiction list for `reg-s`, and a scheduled change of partition.
 */
export const PartitionRulesSchema = Closed({
  /** Holders may not send this partition's units before it (ST2-LOCKUP); agents' operations skip it, as the security's lock-up. */
  lockupUntil: Type.Optional(Timestamp),
  /** Who may receive units in this partition, on top of the security's lists (ST2-JURISDICTION-BLOCKED). */
  allowedJurisdictions: Type.Optional(Type.Array(Jurisdiction, { maxItems: 250 })),
  blockedJurisdictions: Type.Optional(Type.Array(Jurisdiction, { maxItems: 250 })),
  /**
   * From `at` on, this partition's units belong in `into` (e.g. `locked` becomes `default` when a lock-up
   * ends): applied to a holding when it is next touched, as a `PartitionChanged` event by the rule (docs/compliance.md).
   */
  convert: Type.Optional(Closed({ at: Timestamp, into: PartitionName })),
});
export type PartitionRules = StaticDecode<typeof PartitionRulesSchema>;

/** Transfer rules of one security. An absent field means the rule is off. */
export const RuleSetSchema = Closed({
  requiredClaims: Type.Array(Topic, { maxItems: 16 }),
  allowedJurisdictions: Type.Optional(Type.Array(Jurisdiction, { maxItems: 250 })),
  blockedJurisdictions: Type.Optional(Type.Array(Jurisdiction, { maxItems: 250 })),
  maxHolders: Type.Optional(Type.Integer({ minimum: 1 })),
  maxBalance: Type.Optional(Amount),
  lockupUntil: Type.Optional(Timestamp),
  minHoldingPeriodMs: Type.Optional(Type.Integer({ minimum: 1 })),
  accreditedOnly: Type.Optional(Type.Boolean()),
  /** Shorthand for a transfer limit of this amount per UTC day, refused with its own code ST2-DAILY-LIMIT. */
  dailyLimit: Type.Optional(Amount),
  /** Issuance never takes the supply past it (ERC-3643 SupplyLimitModule). */
  maxSupply: Type.Optional(Amount),
  /**
   * Identities that alone may send and receive (when set), and identities that may do neither. At most
   * MAX_LISTED_PARTIES each, checked by the decider (ST2-LIMIT-EXCEEDED) rather than here, as a count limit.
   */
  allowedParties: Type.Optional(Type.Array(Id, { uniqueItems: true })),
  blockedParties: Type.Optional(Type.Array(Id, { uniqueItems: true })),
  /** Per jurisdiction, the most holders resident there (country caps). Closed: a key that is not a country code is refused, not ignored. */
  maxHoldersPerJurisdiction: Type.Optional(Type.Record(Jurisdiction, Type.Integer({ minimum: 1 }), { maxProperties: 250, additionalProperties: false })),
  /** Holders' transfers need an agent's approval: they are requested, then approved (executed) or rejected. */
  approvalRequired: Type.Optional(Type.Literal(true)),
  /** Limits per window, counted per sending identity (ST2-WINDOW-LIMIT). */
  transferLimits: Type.Optional(Type.Array(TransferLimitSchema, { minItems: 1, maxItems: MAX_TRANSFER_LIMITS })),
  /** A fee on holder transfers to a verified collector (ST2-FEE-COLLECTOR-INVALID when it is not). */
  transferFee: Type.Optional(TransferFeeSchema),
  /** Limits per investor per designated counterparty (ST2-VENUE-LIMIT). */
  venueLimits: Type.Optional(VenueLimitsSchema),
  /** Per partition, rules for its units only (closed: a key that is not a partition name is refused). */
  partitionRules: Type.Optional(Type.Record(PartitionName, PartitionRulesSchema, { maxProperties: MAX_PARTITIONS, additionalProperties: false })),
  /** Forced transfers, recoveries and redemptions above a threshold need a second agent's approval (four-eyes.ts). */
  fourEyes: Type.Optional(FourEyesSchema),
  /** Movements carry proofs that their parties are not on a sanctions-list feed's current list (sanctions.ts). */
  sanctions: Type.Optional(SanctionsScreeningSchema),
});
export type RuleSet = StaticDecode<typeof RuleSetSchema>;

/** A document's name: its key within the security (ERC-1643's `bytes32 name`, as text). */
export const DocumentName = Type.String({ minLength: 1, maxLength: 128 });
/** Where the document can be fetched: any absolute URI (scheme first, no white space). */
export const DocumentUri = Type.String({ minLength: 3, maxLength: 2048, pattern: '^[A-Za-z][A-Za-z0-9+.-]*:\\S+$' });
/** Documents are kept in the security's record, which every movement reads: their number is bounded. */
export const MAX_DOCUMENTS = 32;

/**
 * ERC-1643: name -> URI + hash + time it was last set. A document known by its hash alone has no URI. A document
 * of one partition (ERC-1410's documents per partition, e.g. the `reg-s` offering memorandum) names it; its
 * name is unique within that partition, beside the security's own documents.
 */
export const DocumentSchema = Closed({
  name: DocumentName,
  partition: Type.Optional(PartitionName),
  uri: Type.Optional(DocumentUri),
  hash: Sha256,
  /** When this version of the document was set. */
  attachedAt: Timestamp,
});
export type Document = StaticDecode<typeof DocumentSchema>;

/**
 * What an agent may do for a security (ERC-3643 AgentRole, split by power): issue, redeem, freeze and
 * unfreeze, force transfers, recover lost identities, pause and unpause, approve or reject conditional transfers,
 * move a holder's units between partitions (`partition`), place, release and execute holds (`hold`: a custodian
 * is made an agent with this power alone). The issuer holds every power and,
 * alone, the security's configuration (rules, agents): an agent never changes rules.
 */
export const POWERS = ['issue', 'redeem', 'freeze', 'force', 'recover', 'pause', 'approve', 'partition', 'hold'] as const;
export type Power = (typeof POWERS)[number];
export const PowerSchema = Type.Union([
  Type.Literal('issue'), Type.Literal('redeem'), Type.Literal('freeze'), Type.Literal('force'), Type.Literal('recover'), Type.Literal('pause'), Type.Literal('approve'),
  Type.Literal('partition'), Type.Literal('hold'),
]);
export const PowersSchema = Type.Array(PowerSchema, { minItems: 1, maxItems: POWERS.length, uniqueItems: true });

/** Agents of one security at once: one more is refused with ST2-LIMIT-EXCEEDED. */
export const MAX_AGENTS = 16;

/** A transfer agent as (org, id), with its powers. */
export const AgentSchema = Closed({ org: PartySchema.properties.org, id: PartySchema.properties.id, powers: PowersSchema });
export type Agent = StaticDecode<typeof AgentSchema>;

/** A security's definition. Counters live apart in SecurityStats (see keys.ts for why). */
export const SecuritySchema = Closed({
  id: Id,
  name: Type.String({ minLength: 1, maxLength: 128 }),
  /** Absent only for cash, which has no ISIN (a tokenised deposit is not a listed security). */
  isin: Type.Optional(Isin),
  /** The issuer as (org, id): the org is checked as well as the id, a certificate of another org has none of its powers. */
  issuer: PartySchema,
  /** v3 of SecurityCreated: each agent with its powers. */
  agents: Type.Array(AgentSchema, { maxItems: MAX_AGENTS }),
  decimals: Type.Integer({ minimum: 0, maximum: 18 }),
  terms: TermsSchema,
  rules: RuleSetSchema,
  paused: Type.Boolean(),
  /** Set when the security enters confidential mode (absent before): plain movements are refused from then on. */
  confidential: Type.Optional(Type.Literal(true)),
  documents: Type.Array(DocumentSchema, { maxItems: MAX_DOCUMENTS }),
  createdAt: Timestamp,
  /** Open record-date snapshots (snapshots.ts): a balance changing after one's record time keeps its value then. */
  snapshots: Type.Optional(Type.Array(OpenSnapshotSchema, { maxItems: MAX_OPEN_SNAPSHOTS })),
  /** Set when the issuer called a callable debt security: it is redeemed on the call date, not at maturity. */
  called: Type.Optional(CallSchema),
  /** Set when its redemption closed: every unit burned and its principal paid. */
  redeemedAt: Type.Optional(Timestamp),
  /** A corporate action declared and not completed (corporate-action.ts): from its effective time no unit moves. */
  corporateAction: Type.Optional(PendingActionSchema),
});
export type Security = StaticDecode<typeof SecuritySchema>;

/** The security from the moment it enters confidential mode; both the public and the pool evolve apply it. */
export const inConfidentialMode = (security: Security): Security => ({ ...security, confidential: true });

export const SecurityStatsSchema = Closed({
  supply: Amount,
  holders: Type.Integer({ minimum: 0 }),
  /** The supply at the record times of open snapshots it changed after (snapshots.ts). */
  snapshots: Type.Optional(SnapshotEntries),
});
export type SecurityStats = StaticDecode<typeof SecurityStatsSchema>;

/**
 * Holders of one security resident in one jurisdiction: like the holder count, it changes only when a
 * holding crosses zero (an identity's jurisdiction never changes), so it is kept apart from `stats` under
 * its own key per (security, jurisdiction), read and written only by movements that cross zero there.
 */
export const JurisdictionHoldersSchema = Closed({ securityId: Id, jurisdiction: Jurisdiction, holders: Type.Integer({ minimum: 0 }) });
export type JurisdictionHolders = StaticDecode<typeof JurisdictionHoldersSchema>;

export type SecurityStatus = 'active' | 'paused' | 'matured' | 'redeemed';

/**
 * Maturity is a fact of time, not a write: a debt security is matured from its redemption date on (its call
 * date once called, else its maturity date), and redeemed once its redemption closed.
 */
export function statusAt(security: Security, now: number): SecurityStatus {
  if (security.redeemedAt !== undefined) return 'redeemed';
  const redemptionDate = redemptionDateOf(security);
  if (redemptionDate !== undefined && now >= redemptionDate) return 'matured';
  return security.paused ? 'paused' : 'active';
}

/** Nothing moves from the redemption date on but the redemption itself (ST2-MATURED). */
export function hasMatured(security: Security, now: number): boolean {
  const status = statusAt(security, now);
  return status === 'matured' || status === 'redeemed';
}

/** When a debt security stops moving and is redeemed: its call date once called, else its maturity date. */
export function redemptionDateOf(security: Security): number | undefined {
  if (!('maturityDate' in security.terms)) return undefined;
  return security.called?.callDate ?? security.terms.maturityDate;
}

/** The security's issuer or one of its agents (any power): the same org AND the same id. */
export function isAgent(security: Security, party: Party): boolean {
  return sameParty(security.issuer, party) || security.agents.some((agent) => sameParty(agent, party));
}

/** The issuer (every power), or an agent granted this one. */
export function holdsPower(security: Security, party: Party, power: Power): boolean {
  return sameParty(security.issuer, party) || security.agents.some((agent) => sameParty(agent, party) && agent.powers.includes(power));
}

export function agentOf(security: Security, party: Party): Agent | undefined {
  return security.agents.find((agent) => sameParty(agent, party));
}
