import type { ConsortiumPolicy } from './consortium';
import type { AgentApproval } from './four-eyes';
import type { PendingChange } from './governance';
import { voteRef, type Proposal, type Vote } from './proposal';
import type { ClaimIssuer, Identity } from './identity';
import { emptyHolding, type Holding } from './holding';
import { partyRef, type Party } from './party';
import type { JurisdictionHolders, Security, SecurityStats } from './security';
import type { Hold } from './hold';
import type { Settlement } from './settlement';
import { payoutRef, type Distribution, type Payout } from './distribution';
import type { TransferRequest } from './transfer-request';
import { operatorRef, type Operator } from './operator';
import { requestRef } from './transfer-request';
import type { CorporateAction } from './corporate-action';
import { EMPTY_TRUST, TRUST_KEY, type TrustRegistry } from './trust';
import type { Feed } from './oracle/feed';
import { roundRef, type Round } from './oracle/round';

/**
 * The part of the world a decision reads and its events change. The chaincode loads a slice from world
 * state, a projection from its store; both fold events into it with the same `evolve`.
 */
export interface Slice {
  readonly identities: Readonly<Record<string, Identity>>;
  /** Keyed by `partyRef(issuer)`. */
  readonly issuers: Readonly<Record<string, ClaimIssuer>>;
  readonly securities: Readonly<Record<string, Security>>;
  readonly stats: Readonly<Record<string, SecurityStats>>;
  /** Keyed by `holdingRef(securityId, holder)`. */
  readonly holdings: Readonly<Record<string, Holding>>;
  /** Keyed by `jurisdictionRef(securityId, jurisdiction)`; absent: no holder there yet. */
  readonly jurisdictions: Readonly<Record<string, JurisdictionHolders>>;
  /** The consortium's trust registry under `TRUST_KEY`, when loaded (absent on a fresh ledger: `trustOf`). */
  readonly trust: Readonly<Record<string, TrustRegistry>>;
  /** Conditional transfers, keyed by `requestRef(securityId, transferId)`. */
  readonly requests: Readonly<Record<string, TransferRequest>>;
  /** Consortium changes and their approvals, keyed by subject (governance.ts). */
  readonly changes: Readonly<Record<string, PendingChange>>;
  /** The consortium policy under `POLICY_KEY` once the ledger holds one (before: the host's rules). */
  readonly consortium: Readonly<Record<string, ConsortiumPolicy>>;
  /** Holder votes, by proposal id. */
  readonly proposals: Readonly<Record<string, Proposal>>;
  /** Votes, keyed by `voteRef(proposalId, voter)`. */
  readonly votes: Readonly<Record<string, Vote>>;
  /** Holds, keyed by their id (unique on the ledger). */
  readonly holds: Readonly<Record<string, Hold>>;
  /** Settlement instructions, keyed by their id (unique on the ledger). */
  readonly settlements: Readonly<Record<string, Settlement>>;
  /** Operators' authorisations, keyed by `operatorRef(securityId, holder, operator)`. */
  readonly operators: Readonly<Record<string, Operator>>;
  /** Cash distributions, by id (unique on the ledger). */
  readonly distributions: Readonly<Record<string, Distribution>>;
  /** Paid markers, keyed by `payoutRef(distributionId, holder)`. */
  readonly payouts: Readonly<Record<string, Payout>>;
  /** Oracle feeds, by id. */
  readonly feeds: Readonly<Record<string, Feed>>;
  /** Oracle rounds, keyed by `roundRef(feedId, roundId)`. */
  readonly rounds: Readonly<Record<string, Round>>;
  /** Splits, reverse splits and stock dividends, by id (unique on the ledger). */
  readonly corporateActions: Readonly<Record<string, CorporateAction>>;
  /** Agent operations waiting for a second agent's approval (four-eyes.ts), by id (unique on the ledger). */
  readonly approvals: Readonly<Record<string, AgentApproval>>;
}

export const EMPTY_SLICE: Slice = { identities: {}, issuers: {}, securities: {}, stats: {}, holdings: {}, jurisdictions: {}, trust: {}, requests: {}, changes: {}, consortium: {}, proposals: {}, votes: {}, holds: {}, settlements: {}, operators: {}, distributions: {}, payouts: {}, feeds: {}, rounds: {}, corporateActions: {}, approvals: {} };

/** What to load for a command or an event: ids per aggregate. */
export interface Refs {
  readonly identities: readonly string[];
  readonly issuers: readonly Party[];
  readonly securities: readonly string[];
  readonly stats: readonly string[];
  readonly holdings: readonly (readonly [securityId: string, holder: string])[];
  readonly jurisdictions: readonly (readonly [securityId: string, jurisdiction: string])[];
  /** `[TRUST_KEY]` when the trust registry is needed, else empty. */
  readonly trust: readonly string[];
  readonly requests: readonly (readonly [securityId: string, transferId: string])[];
  /** Subjects of consortium changes. */
  readonly changes: readonly string[];
  /** `[POLICY_KEY]` when the ledger's consortium policy is needed, else empty. */
  readonly consortium: readonly string[];
  readonly proposals: readonly string[];
  readonly votes: readonly (readonly [proposalId: string, voter: string])[];
  readonly holds: readonly string[];
  readonly settlements: readonly string[];
  readonly operators: readonly (readonly [securityId: string, holder: string, operator: Party])[];
  readonly distributions: readonly string[];
  readonly payouts: readonly (readonly [distributionId: string, holder: string])[];
  readonly feeds: readonly string[];
  readonly rounds: readonly (readonly [feedId: string, roundId: number])[];
  readonly corporateActions: readonly string[];
  readonly approvals: readonly string[];
}

export function refs(parts: Partial<Refs>): Refs {
  return { identities: [], issuers: [], securities: [], stats: [], holdings: [], jurisdictions: [], trust: [], requests: [], changes: [], consortium: [], proposals: [], votes: [], holds: [], settlements: [], operators: [], distributions: [], payouts: [], feeds: [], rounds: [], corporateActions: [], approvals: [], ...parts };
}

/** Everything any of them names, each once. */
export function unionRefs(all: readonly Refs[]): Refs {
  const once = <T>(items: readonly T[], keyOf: (item: T) => string): T[] => [...new Map(items.map((item) => [keyOf(item), item])).values()];
  const ids = (pick: (r: Refs) => readonly string[]) => once(all.flatMap(pick), (id) => id);
  return {
    identities: ids((r) => r.identities),
    issuers: once(all.flatMap((r) => r.issuers), partyRef),
    securities: ids((r) => r.securities),
    stats: ids((r) => r.stats),
    holdings: once(all.flatMap((r) => r.holdings), ([securityId, holder]) => holdingRef(securityId, holder)),
    jurisdictions: once(all.flatMap((r) => r.jurisdictions), ([securityId, country]) => jurisdictionRef(securityId, country)),
    trust: ids((r) => r.trust),
    requests: once(all.flatMap((r) => r.requests), ([securityId, id]) => requestRef(securityId, id)),
    changes: ids((r) => r.changes),
    consortium: ids((r) => r.consortium),
    proposals: ids((r) => r.proposals),
    votes: once(all.flatMap((r) => r.votes), ([proposalId, voter]) => voteRef(proposalId, voter)),
    holds: ids((r) => r.holds),
    settlements: ids((r) => r.settlements),
    operators: once(all.flatMap((r) => r.operators), ([securityId, holder, operator]) => operatorRef(securityId, holder, operator)),
    distributions: ids((r) => r.distributions),
    payouts: once(all.flatMap((r) => r.payouts), ([distributionId, holder]) => payoutRef(distributionId, holder)),
    feeds: ids((r) => r.feeds),
    rounds: once(all.flatMap((r) => r.rounds), ([feedId, roundId]) => roundRef(feedId, roundId)),
    corporateActions: ids((r) => r.corporateActions),
    approvals: ids((r) => r.approvals),
  };
}

/** The trust registry (loaded by `trust: [TRUST_KEY]`), empty before the first issuer is trusted. */
export function trustOf(slice: Slice): TrustRegistry {
  return slice.trust[TRUST_KEY] ?? EMPTY_TRUST;
}

/** Two loads of one state: every record of either (they are the same where they overlap). */
export function mergeSlices(a: Slice, b: Slice): Slice {
  return {
    identities: { ...a.identities, ...b.identities },
    issuers: { ...a.issuers, ...b.issuers },
    securities: { ...a.securities, ...b.securities },
    stats: { ...a.stats, ...b.stats },
    holdings: { ...a.holdings, ...b.holdings },
    jurisdictions: { ...a.jurisdictions, ...b.jurisdictions },
    trust: { ...a.trust, ...b.trust },
    requests: { ...a.requests, ...b.requests },
    changes: { ...a.changes, ...b.changes },
    consortium: { ...a.consortium, ...b.consortium },
    proposals: { ...a.proposals, ...b.proposals },
    votes: { ...a.votes, ...b.votes },
    holds: { ...a.holds, ...b.holds },
    settlements: { ...a.settlements, ...b.settlements },
    operators: { ...a.operators, ...b.operators },
    distributions: { ...a.distributions, ...b.distributions },
    payouts: { ...a.payouts, ...b.payouts },
    feeds: { ...a.feeds, ...b.feeds },
    rounds: { ...a.rounds, ...b.rounds },
    corporateActions: { ...a.corporateActions, ...b.corporateActions },
    approvals: { ...a.approvals, ...b.approvals },
  };
}

export function holdingRef(securityId: string, holder: string): string {
  return `${securityId}\u0000${holder}`;
}

/** A holding, or an empty one: holdings come into being with their first credit. */
export function holdingOf(slice: Slice, securityId: string, holder: string): Holding {
  return slice.holdings[holdingRef(securityId, holder)] ?? emptyHolding(securityId, holder);
}

export function withHolding(slice: Slice, holding: Holding): Slice {
  return { ...slice, holdings: { ...slice.holdings, [holdingRef(holding.securityId, holding.holder)]: holding } };
}

export function jurisdictionRef(securityId: string, jurisdiction: string): string {
  return `${securityId}\u0000${jurisdiction}`;
}

/** Holders of a security resident in a jurisdiction (0 before the first): loaded only as `jurisdictions` refs name it. */
export function holdersIn(slice: Slice, securityId: string, jurisdiction: string): number {
  return slice.jurisdictions[jurisdictionRef(securityId, jurisdiction)]?.holders ?? 0;
}

export function withJurisdictionHolders(slice: Slice, securityId: string, jurisdiction: string, holders: number): Slice {
  return { ...slice, jurisdictions: { ...slice.jurisdictions, [jurisdictionRef(securityId, jurisdiction)]: { securityId, jurisdiction, holders } } };
}

/** The jurisdiction count ref of a party whose identity is in the slice; none when it is not (the decider refuses unknown parties). */
export function jurisdictionOf(slice: Slice, securityId: string, holder: string): (readonly [securityId: string, jurisdiction: string])[] {
  const identity = slice.identities[holder];
  return identity ? [[securityId, identity.jurisdiction] as const] : [];
}
