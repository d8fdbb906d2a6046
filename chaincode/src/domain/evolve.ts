import { isConfidentialEvent, type St2Event } from './st2-event';
import { withDocument } from './documents';
import { activeHolds, credit, debit, type HoldEntry, type Holding } from './holding';
import type { Hold } from './hold';
import type { Settlement } from './settlement';
import { DEFAULT_PARTITION, partitionField, partitionOf, repartition, withoutPartitions, withPartitionsOf } from './partition';
import type { ClaimIssuer, Identity } from './identity';
import { claimsOn, withClaim } from './claims';
import { partyRef, sameParty } from './party';
import { inConfidentialMode, type RuleSet, type Security, type SecurityStats } from './security';
import { venueLegOf } from './rules/venue-limits';
import { trackedWindows } from './rules/window-limit';
import { countWithVenue } from './window-counters';
import type { EventOf } from './events';
import { holdersIn, holdingOf, holdingRef, trustOf, withHolding, withJurisdictionHolders, type Slice } from './slice';
import { POLICY_KEY } from './governance';
import { payoutRef, type Distribution, type Payment, type Payout } from './distribution';
import type { Feed } from './oracle/feed';
import { latestOf, roundRef, type Round } from './oracle/round';
import { multiplierOf, scaledHolding, type Adjustment, type CorporateAction } from './corporate-action';
import { isCustodyAccount } from './custody';
import { retallied, splitsOf, voteRef, type Proposal, type Vote } from './proposal';
import { entriesBeforeChange, valueAt, type OpenSnapshot } from './snapshots';
import { requestRef, type TransferRequest } from './transfer-request';
import { operatorRef, type Operator } from './operator';
import { isTrusted, TRUST_KEY, withdrawsTrust, type TrustRegistry } from './trust';

/**
 * Folds one event into a slice. Total over every event type; the aggregates an event touches
 * (see `touchedBy`) must be in the slice. Confidential events change no public aggregate but the
 * security's mode: the pool has its own evolve (confidential/evolve.ts).
 */
export function evolve(slice: Slice, e: St2Event): Slice {
  if (e.type === 'ConfidentialEnabled') return withSecurity(slice, inConfidentialMode(must(slice.securities, e.securityId)));
  if (isConfidentialEvent(e)) return slice;
  switch (e.type) {
    case 'ClaimIssuerTrusted':
    case 'ClaimIssuerTopicsSet':
      return withIssuer(slice, { ...e.issuer, topics: e.topics });
    case 'ClaimIssuerRemoved':
      return withIssuer(slice, { ...e.issuer, topics: [] });
    case 'IdentityRegistered': {
      const identity: Identity = {
        id: e.identityId, org: e.org, investor: e.investor, jurisdiction: e.jurisdiction, investorType: e.investorType,
        recordHash: e.recordHash, registeredAt: e.at, claims: {},
      };
      return withIdentity(slice, identity);
    }
    case 'ClaimAdded': {
      const identity = must(slice.identities, e.identityId);
      const claim = { topic: e.topic, issuer: e.issuer, issuedAt: e.at, expiresAt: e.expiresAt, revoked: false, evidenceHash: e.evidenceHash };
      return withIdentity(slice, { ...identity, claims: { ...identity.claims, [e.topic]: withClaim(claimsOn(identity, e.topic), claim) } });
    }
    case 'ClaimRevoked': {
      const identity = must(slice.identities, e.identityId);
      const claims = claimsOn(identity, e.topic).map((c) => (sameParty(c.issuer, e.issuer) ? { ...c, revoked: true } : c));
      return withIdentity(slice, { ...identity, claims: { ...identity.claims, [e.topic]: claims } });
    }
    case 'SecurityCreated':
      return withStats(withSecurity(slice, e.security), e.security.id, { supply: 0n, holders: 0 });
    case 'AgentAdded':
    case 'AgentRemoved': {
      const security = must(slice.securities, e.securityId);
      const others = security.agents.filter((agent) => !sameParty(agent, e.agent));
      return withSecurity(slice, { ...security, agents: e.type === 'AgentAdded' ? [...others, e.agent] : others });
    }
    case 'RulesSet':
      return withSecurity(slice, { ...must(slice.securities, e.securityId), rules: e.rules });
    case 'DocumentAttached':
    case 'DocumentRemoved': {
      const security = must(slice.securities, e.securityId);
      return withSecurity(slice, { ...security, documents: withDocument(security.documents, e) });
    }
    case 'SecurityPaused':
    case 'SecurityUnpaused':
      return withSecurity(slice, { ...must(slice.securities, e.securityId), paused: e.type === 'SecurityPaused' });
    case 'Issued':
      return move(slice, e.securityId, null, e.to, e.amount, e.at, null, partitionOf(e));
    case 'Redeemed':
      return move(slice, e.securityId, e.from, null, e.amount, e.at, null, partitionOf(e));
    case 'Transferred':
    {
      // A holder's own transfer counts in its security's windows and venue limits; a forced one (an agent's) in none.
      if (e.forced) return move(slice, e.securityId, e.from, e.to, e.amount, e.at, null, partitionOf(e));
      const { rules } = must(slice.securities, e.securityId);
      return countOperatorMove(countWithVenueOf(move(slice, e.securityId, e.from, e.to, e.amount, e.at, trackedWindows(rules), partitionOf(e)), rules, e), e);
    }
    case 'TransferFeeCharged':
      // Paid by the recipient out of what it received (in the same partition); it counts in none of its windows (it did not send it).
      return move(slice, e.securityId, e.payer, e.collector, e.amount, e.at, null, partitionOf(e));
    case 'HoldingFrozen':
    case 'HoldingUnfrozen':
      return withHolding(slice, applyFreeze(holdingOf(slice, e.securityId, e.holder), e.type === 'HoldingFrozen', e.amount));
    case 'HoldingRecovered': {
      const open = must(slice.securities, e.securityId).snapshots;
      const lost = keepingSnapshots(holdingOf(slice, e.securityId, e.lost), open, e.at);
      const replacement = keepingSnapshots(holdingOf(slice, e.securityId, e.replacement), open, e.at);
      // The replacement inherits the lots (so holding periods keep counting), any freeze, the partitions, and
      // the lost holding's balances at open record times (its votes and entitlements), which the lost one gives up.
      const merged: Holding = {
        ...withPartitionsOf(replacement, lost),
        ...mergedSnapshots(replacement, lost),
        balance: replacement.balance + lost.balance,
        frozen: replacement.frozen || lost.frozen,
        frozenAmount: replacement.frozenAmount + lost.frozenAmount,
        lots: [...lost.lots, ...replacement.lots].sort((a, b) => a.acquiredAt - b.acquiredAt),
      };
      const emptied: Holding = { ...withoutPartitions(lost), ...mergedSnapshots(lost, null), balance: 0n, frozen: false, frozenAmount: 0n, lots: [] };
      const holders = holderDelta(lost, emptied) + holderDelta(replacement, merged);
      const counted = countIn(countIn(slice, lost, emptied), replacement, merged);
      const moved = adjustStats(withHolding(withHolding(counted, emptied), merged), e.securityId, 0n, holders);
      return e.deactivated ? withIdentity(moved, { ...must(slice.identities, e.lost), recoveredTo: e.replacement }) : moved;
    }
    case 'TransferRequested': {
      const { securityId, transferId: id, from, to, amount, validUntil, at } = e;
      return withRequest(slice, { id, securityId, from, to, amount, validUntil, requestedAt: at, status: 'requested', ...partitionField(partitionOf(e)) });
    }
    case 'TransferApproved':
    case 'TransferRejected':
    case 'TransferCancelled': {
      const request = must(slice.requests, requestRef(e.securityId, e.transferId));
      return withRequest(slice, { ...request, status: CLOSED_AS[e.type], decidedBy: e.by });
    }
    case 'ConsortiumChangeApproved': {
      const { subject, change, approvals, expiresAt, executed } = e;
      // The first approval proposes; a change that expired or executed before is proposed afresh.
      const proposedAt = approvals.length > 1 ? must(slice.changes, subject).proposedAt : e.at;
      return { ...slice, changes: { ...slice.changes, [subject]: { subject, change, approvals, proposedAt, expiresAt, executed } } };
    }
    case 'ConsortiumPolicySet':
      return { ...slice, consortium: { ...slice.consortium, [POLICY_KEY]: e.policy } };
    case 'ProposalCreated':
      return withProposal(openSnapshot(slice, e.proposal.securityId, { id: e.proposal.id, recordTime: e.proposal.recordTime }), e.proposal);
    case 'VoteCast':
      return withVote(slice, { proposalId: e.proposalId, voter: e.voter, option: e.option, weight: e.weight, castAt: e.at });
    case 'SplitVoteCast':
      return withVote(slice, { proposalId: e.proposalId, voter: e.voter, splits: e.splits, castAt: e.at });
    case 'ProposalClosed':
      return withProposal(releaseSnapshot(slice, e.securityId, e.proposalId), { ...must(slice.proposals, e.proposalId), status: 'closed', result: e.result });
    case 'DistributionDeclared':
      return withDistribution(openSnapshot(slice, e.distribution.securityId, { id: e.distribution.id, recordTime: e.distribution.recordTime }), e.distribution);
    case 'DistributionPaid': {
      const distribution = must(slice.distributions, e.distributionId);
      const payouts = Object.fromEntries(e.payments.map((payment) => [payoutRef(e.distributionId, payment.holder), payoutAfter(slice.payouts[payoutRef(e.distributionId, payment.holder)], e.distributionId, payment, e.at)]));
      const paid = withDistribution(slice, {
        ...distribution,
        // A custody account counts once, with the batch that leaves nothing outstanding.
        paidHolders: distribution.paidHolders + e.payments.filter((p) => p.outstanding === undefined).length,
        paidUnits: e.payments.reduce((sum, p) => sum + p.units, distribution.paidUnits),
        paidAmount: e.payments.reduce((sum, p) => sum + p.amount, distribution.paidAmount),
      });
      return { ...paid, payouts: { ...paid.payouts, ...payouts } };
    }
    case 'DistributionClosed': {
      const { eligibleUnits, declaredTotal, remainder } = e;
      const closed = { ...must(slice.distributions, e.distributionId), status: 'closed' as const, eligibleUnits, declaredTotal, remainder };
      return withDistribution(releaseSnapshot(slice, e.securityId, e.distributionId), closed);
    }
    case 'OracleFeedSet': {
      const previous = slice.feeds[e.feedId];
      const feed: Feed = previous
        ? { ...previous, definition: e.definition, version: e.version, digest: e.digest, changedAt: e.at }
        : { id: e.feedId, definition: e.definition, version: e.version, digest: e.digest, lastRoundId: 0, lastObservedAt: 0, changedAt: e.at };
      return withFeed(slice, feed);
    }
    case 'OracleRoundRecorded': {
      const { round } = e;
      const feed = must(slice.feeds, round.feedId);
      const advanced: Feed = { ...feed, lastRoundId: round.roundId, lastObservedAt: round.observedAt, ...(round.status === 'accepted' ? { latest: latestOf(round) } : {}) };
      return withRound(withFeed(slice, advanced), round);
    }
    case 'OracleRoundReleased': {
      const feed = must(slice.feeds, e.feedId);
      const round: Round = { ...must(slice.rounds, roundRef(e.feedId, e.roundId)), status: 'released' };
      // A later round already in use stays the value: releasing an old jump does not turn the clock back.
      const newer = feed.latest !== undefined && feed.latest.roundId > round.roundId;
      return withRound(newer ? slice : withFeed(slice, { ...feed, latest: latestOf(round) }), round);
    }
    case 'SecurityCalled':
      return withSecurity(slice, { ...must(slice.securities, e.securityId), called: { callDate: e.callDate, priceBps: e.priceBps, calledAt: e.at } });
    case 'SecurityRedeemed':
      return withSecurity(slice, { ...must(slice.securities, e.securityId), redeemedAt: e.at });
    case 'CorporateActionDeclared': {
      const { id, securityId, effectiveTime } = e.action;
      return withCorporateAction(withSecurity(slice, { ...must(slice.securities, securityId), corporateAction: { id, effectiveTime } }), e.action);
    }
    case 'CorporateActionApplied':
      return applyAdjustments(slice, e);
    case 'CorporateActionCompleted': {
      const { corporateAction: _done, ...security } = must(slice.securities, e.securityId);
      return withCorporateAction(withSecurity(slice, security), { ...must(slice.corporateActions, e.actionId), status: 'completed', completedAt: e.at });
    }
    case 'Converted':
      // A record of the conversion: the Redeemed and Issued events that follow it move the units.
      return slice;
    case 'AgentActionProposed':
      return { ...slice, approvals: { ...slice.approvals, [e.approval.id]: e.approval } };
    case 'AgentActionApproved':
    case 'AgentActionCancelled': {
      const status = e.type === 'AgentActionApproved' ? 'executed' : 'cancelled';
      return { ...slice, approvals: { ...slice.approvals, [e.approvalId]: { ...must(slice.approvals, e.approvalId), status, decidedBy: e.by, decidedAt: e.at } } };
    }
    case 'PartitionChanged':
      return withHolding(slice, repartition(holdingOf(slice, e.securityId, e.holder), e.from, e.to, e.amount));
    case 'HoldPlaced': {
      const { holdId: id, securityId, holder, beneficiary, amount, reason, expiresAt, by, at } = e;
      const holding = holdingOf(slice, securityId, holder);
      // Entries of expired holds no longer count: placing a hold drops them, keeping the list short.
      const holds = [...activeHolds(holding, at), { id, amount, expiresAt }];
      return withHold(withHolding(slice, { ...holding, holds }), { id, securityId, holder, beneficiary, amount, reason, expiresAt, placedAt: at, by, status: 'active' });
    }
    case 'HoldReleased':
    case 'HoldExecuted': {
      const status = e.type === 'HoldExecuted' ? 'executed' : e.expired ? 'expired' : 'released';
      const released = withoutHoldEntry(slice, e.securityId, e.holder, e.holdId, false);
      return withHold(released, { ...must(slice.holds, e.holdId), status, closedBy: e.by, closedAt: e.at });
    }
    case 'SettlementProposed': {
      const { settlementId: id, seller, buyer, securities, cash, settleBy, priceHash, by, at } = e;
      return withSettlement(slice, {
        id, seller, buyer, securities, ...(cash ? { cash } : {}), settleBy, ...(priceHash ? { priceHash } : {}),
        proposedBy: by, proposedAt: at, status: 'proposed', affirmations: { seller: false, buyer: false },
      });
    }
    case 'SettlementAffirmed': {
      const settlement = must(slice.settlements, e.settlementId);
      const affirmed = withSettlement(slice, { ...settlement, status: 'affirmed', affirmations: { ...settlement.affirmations, [e.side]: true } });
      if (!e.held) return affirmed;
      const holding = holdingOf(affirmed, e.held.securityId, e.holder);
      const entry = { id: e.settlementId, amount: e.held.amount, expiresAt: e.settleBy, settlement: true as const };
      return withHolding(affirmed, { ...holding, holds: [...activeHolds(holding, e.at), entry] });
    }
    case 'SettlementSettled':
    case 'SettlementClosed': {
      // Each side's settlement hold, where its affirmation placed one.
      const held: (readonly [securityId: string, holder: string])[] = [[e.securities.securityId, e.seller], ...(e.cash ? [[e.cash.securityId, e.buyer] as const] : [])];
      const released = held.reduce((next, [securityId, holder]) => withoutHoldEntry(next, securityId, holder, e.settlementId, true), slice);
      const settlement = must(slice.settlements, e.settlementId);
      const closed = e.type === 'SettlementSettled' ? { status: 'settled' as const } : { status: e.status, ...(e.reason ? { reason: e.reason } : {}) };
      return withSettlement(released, { ...settlement, ...closed, closedBy: e.by, closedAt: e.at });
    }
    case 'CustodyAccountOpened': {
      const account: Identity = {
        id: e.accountId, org: e.org, investor: e.accountId, jurisdiction: e.jurisdiction, investorType: 'institutional', recordHash: NO_RECORD,
        registeredAt: e.at, claims: {}, custody: { custodian: e.custodian, kind: e.accountType },
      };
      return withIdentity(slice, account);
    }
    case 'CustodyDeposited': {
      const { rules } = must(slice.securities, e.securityId);
      return countOwners(custodyLeg(slice, e.securityId, { holder: e.from, side: 'from' }, e.accountId, e.amount, e.at, trackedWindows(rules)), e.securityId, e.owners);
    }
    case 'CustodyWithdrawn':
      return countOwners(custodyLeg(slice, e.securityId, { holder: e.to, side: 'to' }, e.accountId, e.amount, e.at, null), e.securityId, e.owners);
    case 'CustodyMoved':
      return countOwners(slice, e.securityId, e.owners);
    case 'CustodyRedeemed':
      return countOwners(custodyBurn(slice, e.securityId, e.accountId, e.amount, e.at), e.securityId, e.owners);
    case 'OperatorAuthorized':
      return withOperator(slice, { securityId: e.securityId, holder: e.holder, operator: e.operator, limit: e.limit, moved: 0n, ...(e.partition === undefined ? {} : { partition: e.partition }), authorizedAt: e.at });
    case 'OperatorRevoked':
      return withOperator(slice, { ...must(slice.operators, operatorRef(e.securityId, e.holder, e.operator)), revokedAt: e.at });
    default:
      return unreachable(e);
  }
}

export function evolveAll(slice: Slice, events: readonly St2Event[]): Slice {
  return events.reduce(evolve, slice);
}

const CLOSED_AS = { TransferApproved: 'approved', TransferRejected: 'rejected', TransferCancelled: 'cancelled' } as const;

/**
 * Moves units between holdings (`null` = outside: issuance or redemption), in one partition on both sides, and
 * keeps supply and holder count. `windows`: where the sender's sending counts (see `debit`).
 */
function move(
  slice: Slice, securityId: string, from: string | null, to: string | null, amount: bigint, at: number, windows: readonly number[] | null, partition = DEFAULT_PARTITION,
): Slice {
  const open = must(slice.securities, securityId).snapshots;
  let next = slice;
  let holders = 0;
  if (from !== null) {
    const before = holdingOf(next, securityId, from);
    const after = debit(keepingSnapshots(before, open, at), amount, at, windows, partition);
    holders += holderDelta(before, after);
    next = withHolding(countIn(next, before, after), after);
  }
  if (to !== null) {
    const before = holdingOf(next, securityId, to);
    const after = credit(keepingSnapshots(before, open, at), amount, at, partition);
    holders += holderDelta(before, after);
    next = withHolding(countIn(next, before, after), after);
  }
  const supply = from === null ? amount : to === null ? -amount : 0n;
  return adjustStats(supply === 0n ? next : withSupplySnapshots(next, securityId, open, at), securityId, supply, holders);
}

/** A holding about to change at `at`, with its balance at every open record time it passes (snapshots.ts). */
function keepingSnapshots(holding: Holding, open: readonly OpenSnapshot[] | undefined, at: number): Holding {
  const entries = entriesBeforeChange(holding.snapshots, holding.balance, open, at);
  if (entries) return { ...holding, snapshots: entries };
  const { snapshots: _none, ...rest } = holding;
  return holding.snapshots ? rest : holding;
}

/** Snapshot entries of `into` plus those of `from` (null: none, so every entry of `into` becomes 0). */
function mergedSnapshots(into: Holding, from: Holding | null): Pick<Holding, 'snapshots'> {
  if (!into.snapshots) return {};
  return { snapshots: into.snapshots.map((entry) => ({ ...entry, amount: from ? entry.amount + valueAt(from.snapshots, from.balance, entry.recordTime) : 0n })) };
}

/** The same for the supply, before an issuance or redemption changes it. */
function withSupplySnapshots(slice: Slice, securityId: string, open: readonly OpenSnapshot[] | undefined, at: number): Slice {
  const stats = must(slice.stats, securityId);
  const entries = entriesBeforeChange(stats.snapshots, stats.supply, open, at);
  if (!entries && !stats.snapshots) return slice;
  const { snapshots: _old, ...rest } = stats;
  return withStats(slice, securityId, entries ? { ...rest, snapshots: entries } : rest);
}

/** The investor's venue counters, when the transfer is between it and a designated counterparty. */
function countWithVenueOf(slice: Slice, rules: RuleSet, e: EventOf<'Transferred'>): Slice {
  const leg = venueLegOf(rules, e.from, e.to);
  if (!leg) return slice;
  const holding = holdingOf(slice, e.securityId, leg.investor);
  const windows = (rules.venueLimits?.limits ?? []).map((limit) => limit.windowMs);
  return withHolding(slice, { ...holding, venueWindows: countWithVenue(holding.venueWindows ?? [], leg.venue, windows, e.amount, e.at) });
}

/** An account has no personal record: its identity carries this in place of the record's hash. */
const NO_RECORD = '0'.repeat(64);

/**
 * A public holder's leg into (`from`) or out of (`to`) a custody account: the holder is counted as any holder;
 * the account never is (its beneficial owners are, by `countOwners`). `windows`: where the holder's sending counts.
 */
function custodyLeg(slice: Slice, securityId: string, party: { holder: string; side: 'from' | 'to' }, accountId: string, amount: bigint, at: number, windows: readonly number[] | null): Slice {
  // Both holdings keep their balances at open record times: a distribution pays each for what it held then.
  const open = must(slice.securities, securityId).snapshots;
  const before = holdingOf(slice, securityId, party.holder);
  const kept = keepingSnapshots(before, open, at);
  const after = party.side === 'from' ? debit(kept, amount, at, windows) : credit(kept, amount, at);
  const account = keepingSnapshots(holdingOf(slice, securityId, accountId), open, at);
  const accountAfter = party.side === 'from' ? credit(account, amount, at) : debit(account, amount, at, null);
  const counted = withHolding(withHolding(countIn(slice, before, after), after), accountAfter);
  return adjustStats(counted, securityId, 0n, holderDelta(before, after));
}

/** An account's units burned (a redemption paid into it): the supply falls; the account is never counted, its owners are. */
function custodyBurn(slice: Slice, securityId: string, accountId: string, amount: bigint, at: number): Slice {
  const open = must(slice.securities, securityId).snapshots;
  const account = debit(keepingSnapshots(holdingOf(slice, securityId, accountId), open, at), amount, at, null);
  return adjustStats(withSupplySnapshots(withHolding(slice, account), securityId, open, at), securityId, -amount, 0);
}

/** Beneficial owners joining or leaving the holders, in the security's count and their jurisdiction's. */
function countOwners(slice: Slice, securityId: string, owners: EventOf<'CustodyMoved'>['owners']): Slice {
  return owners.reduce((next, { jurisdiction, delta }) => {
    const counted = withJurisdictionHolders(next, securityId, jurisdiction, holdersIn(next, securityId, jurisdiction) + delta);
    return adjustStats(counted, securityId, 0n, delta);
  }, slice);
}

/** What an operator moved counts against its limit (operator.ts). */
function countOperatorMove(slice: Slice, e: EventOf<'Transferred'>): Slice {
  if (!e.operator) return slice;
  const operator = must(slice.operators, operatorRef(e.securityId, e.from, e.operator));
  return withOperator(slice, { ...operator, moved: operator.moved + e.amount });
}

function withOperator(slice: Slice, operator: Operator): Slice {
  return { ...slice, operators: { ...slice.operators, [operatorRef(operator.securityId, operator.holder, operator.operator)]: operator } };
}

function holderDelta(before: Holding, after: Holding): number {
  return Number(after.balance > 0n) - Number(before.balance > 0n);
}

/**
 * The holder's jurisdiction count, touched only when the holding crosses zero (as the holder count): the
 * holder's identity and that count are then in the slice (`movementStatsRefs`, `touchedThrough`).
 */
function countIn(slice: Slice, before: Holding, after: Holding): Slice {
  const delta = holderDelta(before, after);
  if (delta === 0) return slice;
  const { jurisdiction } = must(slice.identities, after.holder);
  return withJurisdictionHolders(slice, after.securityId, jurisdiction, holdersIn(slice, after.securityId, jurisdiction) + delta);
}

/** Stats are touched only when they change: they are a contended key (see keys.ts). */
function adjustStats(slice: Slice, securityId: string, supply: bigint, holders: number): Slice {
  if (supply === 0n && holders === 0) return slice;
  const stats = must(slice.stats, securityId);
  return withStats(slice, securityId, { ...stats, supply: stats.supply + supply, holders: stats.holders + holders });
}

function applyFreeze(h: Holding, freeze: boolean, amount: bigint | null): Holding {
  if (amount === null) return { ...h, frozen: freeze };
  const frozenAmount = freeze ? h.frozenAmount + amount : h.frozenAmount - amount;
  return { ...h, frozenAmount: frozenAmount < 0n ? 0n : frozenAmount };
}

/** An issuer's new topics, and the registry: its count of trusted issuers, and its revision when trust is withdrawn. */
function withIssuer(slice: Slice, issuer: ClaimIssuer): Slice {
  const ref = partyRef(issuer);
  const before = slice.issuers[ref];
  const trust = trustOf(slice);
  const next: TrustRegistry = {
    issuers: trust.issuers + Number(isTrusted(issuer)) - Number(isTrusted(before)),
    revision: trust.revision + Number(withdrawsTrust(before?.topics ?? [], issuer.topics)),
  };
  return { ...slice, issuers: { ...slice.issuers, [ref]: issuer }, trust: { ...slice.trust, [TRUST_KEY]: next } };
}

function withRequest(slice: Slice, request: TransferRequest): Slice {
  return { ...slice, requests: { ...slice.requests, [requestRef(request.securityId, request.id)]: request } };
}

/** The holding without a hold's entry (a settlement's: `settlement`); unchanged, not rewritten, when it has none. */
function withoutHoldEntry(slice: Slice, securityId: string, holder: string, id: string, settlement: boolean): Slice {
  const holding = slice.holdings[holdingRef(securityId, holder)];
  const entries = holding?.holds ?? [];
  const isIt = (entry: HoldEntry) => entry.id === id && (entry.settlement === true) === settlement;
  if (!holding || !entries.some(isIt)) return slice;
  return withHolding(slice, { ...holding, holds: entries.filter((entry) => !isIt(entry)) });
}

function withSettlement(slice: Slice, settlement: Settlement): Slice {
  return { ...slice, settlements: { ...slice.settlements, [settlement.id]: settlement } };
}

function withHold(slice: Slice, hold: Hold): Slice {
  return { ...slice, holds: { ...slice.holds, [hold.id]: hold } };
}

function withIdentity(slice: Slice, identity: Identity): Slice {
  return { ...slice, identities: { ...slice.identities, [identity.id]: identity } };
}

/** A vote recorded and counted: the voter's previous vote (if any) taken back from the tallies. */
function withVote(slice: Slice, vote: Vote): Slice {
  const proposal = must(slice.proposals, vote.proposalId);
  const ref = voteRef(vote.proposalId, vote.voter);
  const previous = slice.votes[ref];
  const voted = withProposal(slice, { ...proposal, tallies: retallied(proposal, previous, splitsOf(vote)), voters: proposal.voters + (previous ? 0 : 1) });
  return { ...voted, votes: { ...voted.votes, [ref]: vote } };
}

/** A proposal or a distribution opens a snapshot of the security's balances at its record time (snapshots.ts). */
function openSnapshot(slice: Slice, securityId: string, snapshot: OpenSnapshot): Slice {
  const security = must(slice.securities, securityId);
  return withSecurity(slice, { ...security, snapshots: [...(security.snapshots ?? []), snapshot] });
}

/** Its close releases it: balances stop keeping their value at its record time. */
function releaseSnapshot(slice: Slice, securityId: string, id: string): Slice {
  const security = must(slice.securities, securityId);
  const remaining = (security.snapshots ?? []).filter((snapshot) => snapshot.id !== id);
  const { snapshots: _open, ...rest } = security;
  return withSecurity(slice, remaining.length > 0 ? { ...rest, snapshots: remaining } : rest);
}

function withFeed(slice: Slice, feed: Feed): Slice {
  return { ...slice, feeds: { ...slice.feeds, [feed.id]: feed } };
}

function withRound(slice: Slice, round: Round): Slice {
  return { ...slice, rounds: { ...slice.rounds, [roundRef(round.feedId, round.roundId)]: round } };
}

/**
 * Each holding in new units (keeping its balance at open record times, in old units, as any change does), the
 * supply changed by what the holdings changed by, holders left with nothing no longer counted (reverse splits),
 * and the action's running totals.
 */
function applyAdjustments(slice: Slice, e: EventOf<'CorporateActionApplied'>): Slice {
  const action = must(slice.corporateActions, e.actionId);
  const multiplier = multiplierOf(action.type, action.ratio);
  const open = must(slice.securities, e.securityId).snapshots;
  let next = slice;
  let holders = 0;
  for (const adjustment of e.adjustments) {
    const before = holdingOf(next, e.securityId, adjustment.holder);
    const kept = keepingSnapshots(before, open, e.at);
    // The account is never counted; its owners are (the CustodyMoved that follows).
    if (isCustodyAccount(next.identities[adjustment.holder])) {
      next = withHolding(next, custodyApplied(kept, adjustment, e.actionId, e.at));
      continue;
    }
    const after = scaledHolding(kept, multiplier, e.actionId);
    holders += holderDelta(before, after);
    next = withHolding(countIn(next, before, after), after);
  }
  const sum = (pick: (a: EventOf<'CorporateActionApplied'>['adjustments'][number]) => bigint) => e.adjustments.reduce((total, a) => total + pick(a), 0n);
  const oldUnits = sum((a) => a.units);
  const newUnits = sum((a) => a.newUnits);
  const counted = withCorporateAction(next, {
    ...action, appliedHolders: action.appliedHolders + e.adjustments.length, oldUnits: action.oldUnits + oldUnits, newUnits: action.newUnits + newUnits, cashPaid: action.cashPaid + sum((a) => a.cash),
  });
  return adjustStats(withSupplySnapshots(counted, e.securityId, open, e.at), e.securityId, newUnits - oldUnits, holders);
}

function withCorporateAction(slice: Slice, action: CorporateAction): Slice {
  return { ...slice, corporateActions: { ...slice.corporateActions, [action.id]: action } };
}

function withDistribution(slice: Slice, distribution: Distribution): Slice {
  return { ...slice, distributions: { ...slice.distributions, [distribution.id]: distribution } };
}

function withProposal(slice: Slice, proposal: Proposal): Slice {
  return { ...slice, proposals: { ...slice.proposals, [proposal.id]: proposal } };
}

function withSecurity(slice: Slice, security: Security): Slice {
  return { ...slice, securities: { ...slice.securities, [security.id]: security } };
}

function withStats(slice: Slice, securityId: string, stats: SecurityStats): Slice {
  return { ...slice, stats: { ...slice.stats, [securityId]: stats } };
}

function must<T>(records: Readonly<Record<string, T>>, id: string): T {
  const value = records[id];
  if (value === undefined) throw new Error(`evolve: ${id} is not in the slice`);
  return value;
}

function unreachable(value: never): never {
  throw new Error(`evolve: unknown event ${JSON.stringify(value)}`);
}

/** A holder's marker after a payment: a custody account's batches add up (its earlier batches' marker, if any). */
function payoutAfter(before: Payout | undefined, distributionId: string, { holder, units, amount, outstanding }: Payment, paidAt: number): Payout {
  return {
    distributionId, holder, units: (before?.units ?? 0n) + units, amount: (before?.amount ?? 0n) + amount, paidAt,
    ...(outstanding === undefined ? {} : { outstanding }),
  };
}

/**
 * A custody account after a batch of its owners: it changes by what their positions changed by (their new units
 * for their old ones; what their own floors leave below the account's is their cash in lieu), and it is marked
 * with the action, with the old units still `outstanding` until the batch applying the last owner.
 */
function custodyApplied(h: Holding, { units, newUnits, outstanding }: Adjustment, actionId: string, at: number): Holding {
  const changed = newUnits > units ? credit(h, newUnits - units, at) : newUnits < units ? debit(h, units - newUnits, at, null) : h;
  const { corporateActionOutstanding: _before, ...rest } = changed;
  return { ...rest, corporateAction: actionId, ...(outstanding === undefined ? {} : { corporateActionOutstanding: outstanding }) };
}
