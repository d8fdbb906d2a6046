import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema } from './party';
import { Closed, Id, Jurisdiction, Org, Sha256, Timestamp, Topic } from './schema';

/** A claim about an investor (KYC, AML, accreditation...), issued by a claim issuer. Evidence stays private. */
export const ClaimSchema = Closed({
  topic: Topic,
  /** The claim issuer as (org, id): only that party may revoke it, and only while trusted does it count. */
  issuer: PartySchema,
  issuedAt: Timestamp,
  expiresAt: Timestamp,
  revoked: Type.Boolean(),
  /** Hash of the private claim evidence kept in the owning org's collection. */
  evidenceHash: Sha256,
});
export type Claim = StaticDecode<typeof ClaimSchema>;

/** Issuers whose claims an identity may hold on one topic (revoked ones included, until their issuer re-issues): refused past it with ST2-LIMIT-EXCEEDED. */
export const MAX_CLAIMS_PER_TOPIC = 8;

export const INVESTOR_TYPES = ['retail', 'professional', 'institutional'] as const;
/** Spelt out (not mapped from INVESTOR_TYPES) so its static type is the three literals, not never. */
export const InvestorType = Type.Union([Type.Literal('retail'), Type.Literal('professional'), Type.Literal('institutional')]);

/** A custody account holds for one beneficial owner (segregated) or many (omnibus): docs/custody.md. */
export const CustodyKind = Type.Union([Type.Literal('segregated'), Type.Literal('omnibus')]);

/**
 * An investor identity (ERC-3643 style): bound to the org that onboarded it. Public state holds only what
 * the rules need (jurisdiction, investor type, claims' topics/expiry) and a hash of the private record.
 */
export const IdentitySchema = Closed({
  id: Id,
  org: Org,
  /** The person or entity behind the identity: several identities (e.g. after a key loss) share it. */
  investor: Id,
  jurisdiction: Jurisdiction,
  investorType: InvestorType,
  /** Hash of the private record (name, documents) held in the org's and the audit collections. */
  recordHash: Sha256,
  registeredAt: Timestamp,
  /** Set when the identity was recovered (a lost key): it is inactive from then on, nothing moves to or from it. */
  recoveredTo: Type.Optional(Id),
  /**
   * Per topic, at most one claim per issuer (a re-issue replaces that issuer's own claim; another
   * issuer's claim is added beside it): the identity is verified for the topic when any one counts.
   */
  claims: Type.Record(Topic, Type.Array(ClaimSchema, { maxItems: MAX_CLAIMS_PER_TOPIC })),
  /** Set on a custody account (custody.ts): its custodian and kind. */
  custody: Type.Optional(Closed({ custodian: PartySchema, kind: CustodyKind })),
});
export type Identity = StaticDecode<typeof IdentitySchema>;

/** A claim issuer the consortium trusts for some topics, as (org, id). Claims by anyone else do not count. */
export const ClaimIssuerSchema = Closed({
  org: Org,
  id: Id,
  topics: Type.Array(Topic),
});
export type ClaimIssuer = StaticDecode<typeof ClaimIssuerSchema>;
