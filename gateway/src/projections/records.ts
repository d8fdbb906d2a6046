import { roundRef, holdingRef, jurisdictionRef, partyRef, payoutRef, requestRef, operatorRef, stateCodecs, voteRef, type Codec, type Refs, type Slice } from '@st2/chaincode';
import { compoundKey } from '../store/gateway-store';

/**
 * The aggregates of a Slice as read-model records: one kind per Slice field, each stored under
 * `kind ␀ slice key` with the codec the chaincode uses for the same record in world state.
 */
export type Kind = keyof Slice;
export type RecordOf<K extends Kind> = Slice[K][string];

export const CODECS: { readonly [K in Kind]: Codec<RecordOf<K>> } = {
  identities: stateCodecs.identity,
  issuers: stateCodecs.issuer,
  securities: stateCodecs.security,
  stats: stateCodecs.stats,
  holdings: stateCodecs.holding,
  jurisdictions: stateCodecs.jurisdictionHolders,
  trust: stateCodecs.trust,
  requests: stateCodecs.transferRequest,
  changes: stateCodecs.consortiumChange,
  consortium: stateCodecs.consortiumPolicy,
  proposals: stateCodecs.proposal,
  votes: stateCodecs.vote,
  holds: stateCodecs.hold,
  settlements: stateCodecs.settlement,
  operators: stateCodecs.operator,
  distributions: stateCodecs.distribution,
  payouts: stateCodecs.payout,
  feeds: stateCodecs.feed,
  rounds: stateCodecs.round,
  corporateActions: stateCodecs.corporateAction,
  approvals: stateCodecs.agentApproval,
};

export const KINDS = Object.keys(CODECS) as readonly Kind[];

export function recordKey(kind: Kind, sliceKey: string): string {
  return compoundKey(kind, sliceKey);
}

/** Per kind, the slice keys of the records a Refs names. */
export type SliceKeys = { readonly [K in Kind]: readonly string[] };

/** The slice keys of every aggregate a Refs names (holdings are keyed by `holdingRef`, as in the Slice). */
export function sliceKeys(refs: Refs): SliceKeys {
  return {
    identities: refs.identities,
    issuers: refs.issuers.map(partyRef),
    securities: refs.securities,
    stats: refs.stats,
    holdings: refs.holdings.map(([securityId, holder]) => holdingRef(securityId, holder)),
    jurisdictions: refs.jurisdictions.map(([securityId, jurisdiction]) => jurisdictionRef(securityId, jurisdiction)),
    trust: refs.trust,
    requests: refs.requests.map(([securityId, id]) => requestRef(securityId, id)),
    changes: refs.changes,
    consortium: refs.consortium,
    proposals: refs.proposals,
    votes: refs.votes.map(([proposalId, voter]) => voteRef(proposalId, voter)),
    holds: refs.holds,
    settlements: refs.settlements,
    operators: refs.operators.map(([securityId, holder, operator]) => operatorRef(securityId, holder, operator)),
    distributions: refs.distributions,
    payouts: refs.payouts.map(([distributionId, holder]) => payoutRef(distributionId, holder)),
    feeds: refs.feeds,
    rounds: refs.rounds.map(([feedId, roundId]) => roundRef(feedId, roundId)),
    corporateActions: refs.corporateActions,
    approvals: refs.approvals,
  };
}
