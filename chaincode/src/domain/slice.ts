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

/**
 * Every command names most kinds of record not at all: those share one empty list (Refs are read-only),
 * since refs are built and merged several times per transaction (`decide`, `Repository.loadFor`).
 */
const NONE: readonly never[] = Object.freeze([]);

const NO_REFS: Refs = Object.freeze({
  identities: NONE, issuers: NONE, securities: NONE, stats: NONE, holdings: NONE, jurisdictions: NONE, trust: NONE, requests: NONE, changes: NONE, consortium: NONE, proposals: NONE,
  votes: NONE, holds: NONE, settlements: NONE, operators: NONE, distributions: NONE, payouts: NONE, feeds: NONE, rounds: NONE, corporateActions: NONE, approvals: NONE,
});

export function refs(parts: Partial<Refs>): Refs {
  return { ...NO_REFS, ...parts };
}

type RefKind = keyof Refs;

/** How each kind of ref is told apart from another of its kind. */
const KEY_OF: { readonly [K in RefKind]: (item: Refs[K][number]) => string } = {
  identities: (id) => id,
  issuers: partyRef,
  securities: (id) => id,
  stats: (id) => id,
  holdings: ([securityId, holder]) => holdingRef(securityId, holder),
  jurisdictions: ([securityId, country]) => jurisdictionRef(securityId, country),
  trust: (key) => key,
  requests: ([securityId, id]) => requestRef(securityId, id),
  changes: (subject) => subject,
  consortium: (key) => key,
  proposals: (id) => id,
  votes: ([proposalId, voter]) => voteRef(proposalId, voter),
  holds: (id) => id,
  settlements: (id) => id,
  operators: ([securityId, holder, operator]) => operatorRef(securityId, holder, operator),
  distributions: (id) => id,
  payouts: ([distributionId, holder]) => payoutRef(distributionId, holder),
  feeds: (id) => id,
  rounds: ([feedId, roundId]) => roundRef(feedId, roundId),
  corporateActions: (id) => id,
  approvals: (id) => id,
};
const REF_KINDS = Object.keys(KEY_OF) as RefKind[];

/** Everything any of them names, each once (first place kept). */
export function unionRefs(all: readonly Refs[]): Refs {
  // Made with every kind at once (then filled in), not grown one property at a time.
  const union: Record<RefKind, readonly unknown[]> = { ...NO_REFS };
  for (const kind of REF_KINDS) union[kind] = once(all, kind);
  return union as Refs;
}

/**
 * The `kind` refs of `all`, each once. Without a copy when at most one of them has any and it has a single
 * one: what almost every kind of almost every union is (refs are built and merged several times per
 * transaction, by `decide` and `Repository.loadFor`).
 */
function once(all: readonly Refs[], kind: RefKind): readonly unknown[] {
  let only: readonly unknown[] = NONE;
  let nonEmpty = 0;
  for (const r of all) {
    const list: readonly unknown[] = r[kind];
    if (list.length === 0) continue;
    only = list;
    nonEmpty++;
  }
  if (nonEmpty === 0 || (nonEmpty === 1 && only.length === 1)) return only;
  const keyOf = KEY_OF[kind] as (item: unknown) => string;
  const byKey = new Map<string, unknown>();
  for (const r of all) for (const item of r[kind] as readonly unknown[]) byKey.set(keyOf(item), item);
  return [...byKey.values()];
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
