import { isConfidentialEvent, type St2Event } from './st2-event';
import { jurisdictionOf, refs, type Refs, type Slice } from './slice';
import { POLICY_KEY } from './governance';
import { TRUST_KEY } from './trust';

/**
 * The aggregates `evolve` reads and writes for an event: what a projection loads before folding it.
 * A confidential event touches no public aggregate; it names the security or identity it is about (an org key: neither).
 */
export function touchedBy(e: St2Event): Refs {
  if (isConfidentialEvent(e)) {
    if ('securityId' in e) return refs({ securities: [e.securityId] });
    return 'identityId' in e ? refs({ identities: [e.identityId] }) : refs({});
  }
  switch (e.type) {
    case 'ClaimIssuerTrusted':
    case 'ClaimIssuerTopicsSet':
    case 'ClaimIssuerRemoved':
      return refs({ issuers: [e.issuer], trust: [TRUST_KEY] });
    case 'IdentityRegistered':
    case 'ClaimAdded':
    case 'ClaimRevoked':
      return refs({ identities: [e.identityId] });
    case 'SecurityCreated':
      return refs({ securities: [e.security.id], stats: [e.security.id] });
    case 'AgentAdded':
    case 'AgentRemoved':
    case 'RulesSet':
    case 'DocumentAttached':
    case 'DocumentRemoved':
    case 'SecurityPaused':
    case 'SecurityUnpaused':
    case 'SecurityCalled':
    case 'SecurityRedeemed':
      return refs({ securities: [e.securityId] });
    case 'Issued':
      return movement(e.securityId, [e.to]);
    case 'Redeemed':
      return movement(e.securityId, [e.from]);
    case 'Transferred':
      // An operator's move counts against its limit.
      return { ...movement(e.securityId, [e.from, e.to]), operators: e.operator ? [[e.securityId, e.from, e.operator]] : [] };
    case 'OperatorAuthorized':
    case 'OperatorRevoked':
      return refs({ operators: [[e.securityId, e.holder, e.operator]] });
    case 'CustodyAccountOpened':
      return refs({ identities: [e.accountId] });
    case 'CustodyDeposited':
      return custodyMovement(e.securityId, e.owners, [e.from, e.accountId]);
    case 'CustodyWithdrawn':
      return custodyMovement(e.securityId, e.owners, [e.accountId, e.to]);
    case 'CustodyMoved':
      return custodyMovement(e.securityId, e.owners, []);
    case 'CustodyRedeemed':
      return custodyMovement(e.securityId, e.owners, [e.accountId]);
    case 'TransferFeeCharged':
      return movement(e.securityId, [e.payer, e.collector]);
    case 'HoldingFrozen':
    case 'HoldingUnfrozen':
    case 'PartitionChanged':
      return refs({ holdings: [[e.securityId, e.holder]] });
    case 'TransferRequested':
    case 'TransferApproved':
    case 'TransferRejected':
    case 'TransferCancelled':
      return refs({ requests: [[e.securityId, e.transferId]] });
    case 'HoldingRecovered':
      return movement(e.securityId, [e.lost, e.replacement]);
    case 'ConsortiumChangeApproved':
      return refs({ changes: [e.subject] });
    case 'ConsortiumPolicySet':
      return refs({ consortium: [POLICY_KEY] });
    case 'ProposalCreated':
      return refs({ proposals: [e.proposal.id], securities: [e.proposal.securityId] });
    case 'VoteCast':
    case 'SplitVoteCast':
      return refs({ proposals: [e.proposalId], votes: [[e.proposalId, e.voter]] });
    case 'ProposalClosed':
      return refs({ proposals: [e.proposalId], securities: [e.securityId] });
    case 'DistributionDeclared':
      return refs({ distributions: [e.distribution.id], securities: [e.distribution.securityId] });
    case 'DistributionPaid':
      // The cash moves as Transferred events of their own.
      return refs({ distributions: [e.distributionId], payouts: e.payments.map(({ holder }) => [e.distributionId, holder] as const) });
    case 'DistributionClosed':
      return refs({ distributions: [e.distributionId], securities: [e.securityId] });
    case 'OracleFeedSet':
      return refs({ feeds: [e.feedId] });
    case 'OracleRoundRecorded':
      return refs({ feeds: [e.round.feedId], rounds: [[e.round.feedId, e.round.roundId]] });
    case 'OracleRoundReleased':
      return refs({ feeds: [e.feedId], rounds: [[e.feedId, e.roundId]] });
    case 'Converted':
      // Changes nothing itself (the Redeemed and Issued events that follow it move the units): named so that the
      // audit log finds it by the holder and both securities.
      return refs({ identities: [e.holder], securities: [e.securityId, e.equitySecurityId] });
    case 'AgentActionProposed':
      return refs({ approvals: [e.approval.id], securities: [e.approval.securityId] });
    case 'AgentActionApproved':
    case 'AgentActionCancelled':
      return refs({ approvals: [e.approvalId], securities: [e.securityId] });
    case 'HoldPlaced':
    case 'HoldReleased':
    case 'HoldExecuted':
      return refs({ holds: [e.holdId], holdings: [[e.securityId, e.holder]] });
    case 'SettlementProposed':
      return refs({ settlements: [e.settlementId] });
    case 'SettlementAffirmed':
      return refs({ settlements: [e.settlementId], holdings: e.held ? [[e.held.securityId, e.holder]] : [] });
    case 'SettlementSettled':
    case 'SettlementClosed':
      return refs({ settlements: [e.settlementId], holdings: [[e.securities.securityId, e.seller], ...(e.cash ? [[e.cash.securityId, e.buyer] as const] : [])] });
    case 'CorporateActionDeclared':
      return refs({ corporateActions: [e.action.id], securities: [e.action.securityId] });
    case 'CorporateActionApplied':
      // Cash in lieu moves as Transferred events of their own.
      return { ...movement(e.securityId, e.adjustments.map(({ holder }) => holder)), corporateActions: [e.actionId] };
    case 'CorporateActionCompleted':
      return refs({ corporateActions: [e.actionId], securities: [e.securityId] });
  }
}

/**
 * What `evolve` needs beyond `touchedBy`, known once that is loaded: the jurisdiction counts of a
 * movement's parties (their identities say where they live). A projection loads them all; the chaincode
 * loads only those of holdings that cross zero (`movementStatsRefs`), which are the only ones evolve touches.
 */
export function touchedThrough(e: St2Event, slice: Slice): Refs {
  if (isConfidentialEvent(e)) return refs({});
  switch (e.type) {
    case 'Issued':
    case 'Redeemed':
    case 'Transferred':
    case 'TransferFeeCharged':
    case 'HoldingRecovered':
    case 'CustodyDeposited':
    case 'CustodyWithdrawn':
    case 'CorporateActionApplied': {
      const parties = touchedBy(e).holdings.map(([, holder]) => holder);
      return refs({ jurisdictions: parties.flatMap((holder) => jurisdictionOf(slice, e.securityId, holder)) });
    }
    default:
      return refs({});
  }
}

/** A custody movement's holdings, and the jurisdiction counts its owners' zero crossings change. */
function custodyMovement(securityId: string, owners: readonly { jurisdiction: string }[], holders: string[]): Refs {
  return { ...movement(securityId, holders), jurisdictions: owners.map(({ jurisdiction }) => [securityId, jurisdiction] as const) };
}

/**
 * Movements load their parties' identities too (evolve counts holders per jurisdiction), and the security:
 * its rules say which windows a sender's transfer counts in, its open snapshots which balances to keep.
 */
function movement(securityId: string, holders: string[]): Refs {
  return refs({ securities: [securityId], stats: [securityId], identities: holders, holdings: holders.map((h) => [securityId, h] as const) });
}
