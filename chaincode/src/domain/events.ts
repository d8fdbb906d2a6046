import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { InvestorType } from './identity';
import { Amount, Id, Jurisdiction, Sha256, Timestamp, Topic, Nullable } from './schema';
import { SecuritySchema, RuleSetSchema } from './security';

/**
 * Domain events: what happened, versioned, carrying only what may be public and the ids a projection
 * needs. One schema per event; the union and the TypeScript types are derived from them.
 */
function event<T extends string, P extends Record<string, TSchema>>(type: T, fields: P) {
  return Type.Object({ type: Type.Literal(type), v: Type.Literal(1), at: Timestamp, ...fields });
}

export const EventSchemas = {
  ClaimIssuerTrusted: event('ClaimIssuerTrusted', { issuerId: Id, topics: Type.Array(Topic) }),
  IdentityRegistered: event('IdentityRegistered', {
    identityId: Id, org: Type.String(), investor: Id, jurisdiction: Jurisdiction, investorType: InvestorType, recordHash: Sha256,
  }),
  ClaimAdded: event('ClaimAdded', { identityId: Id, topic: Topic, issuer: Id, expiresAt: Timestamp, evidenceHash: Sha256 }),
  ClaimRevoked: event('ClaimRevoked', { identityId: Id, topic: Topic }),
  SecurityCreated: event('SecurityCreated', { security: SecuritySchema }),
  RulesSet: event('RulesSet', { securityId: Id, rules: RuleSetSchema }),
  DocumentAttached: event('DocumentAttached', { securityId: Id, name: Type.String(), hash: Sha256 }),
  SecurityPaused: event('SecurityPaused', { securityId: Id }),
  SecurityUnpaused: event('SecurityUnpaused', { securityId: Id }),
  Issued: event('Issued', { securityId: Id, to: Id, amount: Amount }),
  Redeemed: event('Redeemed', { securityId: Id, from: Id, amount: Amount }),
  Transferred: event('Transferred', { securityId: Id, from: Id, to: Id, amount: Amount, forced: Type.Boolean() }),
  /** `amount` null: the whole holding. */
  HoldingFrozen: event('HoldingFrozen', { securityId: Id, holder: Id, amount: Nullable(Amount) }),
  HoldingUnfrozen: event('HoldingUnfrozen', { securityId: Id, holder: Id, amount: Nullable(Amount) }),
  HoldingRecovered: event('HoldingRecovered', { securityId: Id, lost: Id, replacement: Id, amount: Amount }),
} as const;

const E = EventSchemas;
export const DomainEventSchema = Type.Union([
  E.ClaimIssuerTrusted, E.IdentityRegistered, E.ClaimAdded, E.ClaimRevoked, E.SecurityCreated, E.RulesSet, E.DocumentAttached,
  E.SecurityPaused, E.SecurityUnpaused, E.Issued, E.Redeemed, E.Transferred, E.HoldingFrozen, E.HoldingUnfrozen, E.HoldingRecovered,
]);
export type EventType = keyof typeof EventSchemas;
export type DomainEvent = { [K in EventType]: StaticDecode<(typeof EventSchemas)[K]> }[EventType];
export type EventOf<K extends EventType> = Extract<DomainEvent, { type: K }>;
