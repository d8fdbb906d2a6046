import { requireAgentOf, requireIssuerOf, requireRole, requireSameOrg } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { partyOf } from '../party';
import { resultOf, voteRef, type Proposal } from '../proposal';
import { holdingOf, refs, type Refs, type Slice } from '../slice';
import { MAX_OPEN_SNAPSHOTS, valueAt } from '../snapshots';
import { findActiveIdentity, findIdentity, findSecurity, findSecurityDefinition, type Found } from './lookup';

type ProposalCommand = CommandOf<'CreateProposal' | 'CastVote' | 'CastSplitVote' | 'CloseProposal'>;

export function proposalRefs(cmd: ProposalCommand): Refs {
  switch (cmd.kind) {
    case 'CreateProposal':
      return refs({ proposals: [cmd.proposalId], securities: [cmd.securityId] });
    case 'CastVote':
    case 'CastSplitVote':
      return refs({ proposals: [cmd.proposalId], votes: [[cmd.proposalId, cmd.voter]], identities: [cmd.voter] });
    case 'CloseProposal':
      return refs({ proposals: [cmd.proposalId] });
  }
}

/** Once the proposal is loaded: its security, and the voter's holding (a vote) or the supply at record time (the close). */
export function proposalSecurityRefs(cmd: ProposalCommand, slice: Slice): Refs {
  const proposal = cmd.kind === 'CreateProposal' ? undefined : slice.proposals[cmd.proposalId];
  if (!proposal) return refs({});
  const { securityId } = proposal;
  if (cmd.kind === 'CastVote' || cmd.kind === 'CastSplitVote') return refs({ securities: [securityId], holdings: [[securityId, cmd.voter]] });
  return refs({ securities: [securityId], stats: [securityId] });
}

export function decideProposal(cmd: ProposalCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'CreateProposal':
      return decideCreate(cmd, env, slice);
    case 'CastVote':
      return decideVote(cmd, env, slice);
    case 'CastSplitVote':
      return decideSplitVote(cmd, env, slice);
    case 'CloseProposal':
      return decideClose(cmd, env, slice);
  }
}

/** The record time may be now but not past: a balance that changed since could no longer be known. */
function decideCreate(cmd: CommandOf<'CreateProposal'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findSecurityDefinition(slice, cmd.securityId);
  if (!found.ok) return found;
  const security = found.value;
  const denied = requireIssuerOf(actor, security);
  if (denied) return denied;
  if (slice.proposals[cmd.proposalId]) return reject('ST2-ALREADY-EXISTS', `Proposal ${cmd.proposalId} already exists.`, { proposal: cmd.proposalId });
  if (cmd.recordTime < at) return reject('ST2-INVALID-INPUT', 'The record time must not be in the past.', { recordTime: cmd.recordTime });
  if (cmd.closesAt <= cmd.recordTime) return reject('ST2-INVALID-INPUT', 'A proposal closes after its record time.', { closesAt: cmd.closesAt });
  if ((security.snapshots?.length ?? 0) >= MAX_OPEN_SNAPSHOTS) {
    return reject('ST2-LIMIT-EXCEEDED', `${security.id} already keeps ${MAX_OPEN_SNAPSHOTS} snapshots open, the limit: close a proposal first.`, { limit: MAX_OPEN_SNAPSHOTS });
  }
  if (security.snapshots?.some((s) => s.id === cmd.proposalId)) return reject('ST2-ALREADY-EXISTS', `${security.id} already keeps a snapshot named ${cmd.proposalId}.`, { proposal: cmd.proposalId });
  const { proposalId: id, securityId, title, options, recordTime, closesAt, quorumBps, thresholdBps } = cmd;
  const proposal: Proposal = {
    id, securityId, title, options, recordTime, closesAt, quorumBps, thresholdBps, createdBy: partyOf(actor), tallies: options.map(() => 0n), voters: 0, status: 'open',
  };
  return accept([{ type: 'ProposalCreated', v: 1, at, proposal }]);
}

/** The voter itself, weighted by its balance at the record time; a vote may change until the close. */
function decideVote(cmd: CommandOf<'CastVote'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const open = openProposal(slice, cmd.proposalId, at);
  if (!open.ok) return open;
  const proposal = open.value;
  const denied = requireRole(actor, 'investor') ?? (actor.id === cmd.voter ? null : reject('ST2-UNAUTHORIZED', `${actor.id} may only vote for itself.`, { voter: cmd.voter }));
  if (denied) return denied;
  const voter = findActiveIdentity(slice, cmd.voter);
  if (!voter.ok) return voter;
  const otherOrg = requireSameOrg(actor, voter.value);
  if (otherOrg) return otherOrg;
  if (!proposal.options.includes(cmd.option)) return reject('ST2-INVALID-INPUT', `'${cmd.option}' is not an option of ${proposal.id}.`, { options: proposal.options });
  const weight = votingWeight(slice, proposal, cmd.voter);
  if (!weight.ok) return weight;
  const previous = slice.votes[voteRef(proposal.id, cmd.voter)];
  if (previous && 'option' in previous && previous.option === cmd.option) return reject('ST2-ALREADY-VOTED', `${cmd.voter} has already voted '${cmd.option}'.`, { voter: cmd.voter, option: cmd.option });
  return accept([{ type: 'VoteCast', v: 1, at, proposalId: proposal.id, securityId: proposal.securityId, voter: cmd.voter, option: cmd.option, weight: weight.value, previous: previous && 'option' in previous ? previous.option : null }]);
}

/**
 * A custody account's vote, by its custodian (its org's `custodian` role): the account's weight at the record
 * time split across options, at most all of it. Which owner chose what stays with the custodian.
 */
function decideSplitVote(cmd: CommandOf<'CastSplitVote'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const open = openProposal(slice, cmd.proposalId, at);
  if (!open.ok) return open;
  const proposal = open.value;
  const account = findIdentity(slice, cmd.voter);
  if (!account.ok) return account;
  const denied = requireRole(actor, 'custodian') ?? requireSameOrg(actor, account.value);
  if (denied) return denied;
  if (!account.value.custody) return reject('ST2-INVALID-INPUT', `${cmd.voter} is not a custody account: its holder votes itself.`, { voter: cmd.voter });
  const unknown = cmd.splits.find((split) => !proposal.options.includes(split.option));
  if (unknown) return reject('ST2-INVALID-INPUT', `'${unknown.option}' is not an option of ${proposal.id}.`, { options: proposal.options });
  if (new Set(cmd.splits.map((split) => split.option)).size !== cmd.splits.length) return reject('ST2-INVALID-INPUT', 'Each option appears once in a split.');
  const weight = votingWeight(slice, proposal, cmd.voter);
  if (!weight.ok) return weight;
  const total = cmd.splits.reduce((sum, split) => sum + split.weight, 0n);
  if (total === 0n || total > weight.value) {
    return reject('ST2-INVALID-INPUT', `The splits add up to ${total}; ${cmd.voter} may split between 1 and ${weight.value}.`, { total: total.toString(), weight: weight.value.toString() });
  }
  const previous = slice.votes[voteRef(proposal.id, cmd.voter)] !== undefined;
  return accept([{ type: 'SplitVoteCast', v: 1, at, proposalId: proposal.id, securityId: proposal.securityId, voter: cmd.voter, splits: cmd.splits, previous }]);
}

/** The voter's balance at the proposal's record time: its weight, which must not be 0. */
function votingWeight(slice: Slice, proposal: Proposal, voter: string): Found<bigint> {
  const holding = holdingOf(slice, proposal.securityId, voter);
  const weight = valueAt(holding.snapshots, holding.balance, proposal.recordTime);
  if (weight === 0n) return reject('ST2-NO-VOTING-WEIGHT', `${voter} held no ${proposal.securityId} at the record time.`, { voter, recordTime: proposal.recordTime });
  return { ok: true, value: weight };
}

/** An open proposal whose voting has begun (record time reached) and not ended. */
function openProposal(slice: Slice, id: string, at: number): Found<Proposal> {
  const proposal = slice.proposals[id];
  if (!proposal) return reject('ST2-NOT-FOUND', `Unknown proposal ${id}.`, { proposal: id });
  if (proposal.status === 'closed' || at >= proposal.closesAt) return reject('ST2-VOTING-CLOSED', `Voting on ${id} closed at ${new Date(proposal.closesAt).toISOString()}.`, { closesAt: proposal.closesAt });
  if (at < proposal.recordTime) return reject('ST2-VOTING-NOT-OPEN', `Voting on ${id} opens at its record time.`, { recordTime: proposal.recordTime });
  return { ok: true, value: proposal };
}

/** After `closesAt`, by the issuer or an agent: the result against the supply at the record time. */
function decideClose(cmd: CommandOf<'CloseProposal'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const proposal = slice.proposals[cmd.proposalId];
  if (!proposal) return reject('ST2-NOT-FOUND', `Unknown proposal ${cmd.proposalId}.`, { proposal: cmd.proposalId });
  const found = findSecurity(slice, proposal.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value.security);
  if (denied) return denied;
  if (proposal.status === 'closed') return reject('ST2-VOTING-CLOSED', `${proposal.id} is already closed.`, { proposal: proposal.id });
  if (at < proposal.closesAt) return reject('ST2-VOTING-OPEN', `${proposal.id} is open for votes until ${new Date(proposal.closesAt).toISOString()}.`, { closesAt: proposal.closesAt });
  const { stats } = found.value;
  const result = resultOf(proposal, valueAt(stats.snapshots, stats.supply, proposal.recordTime));
  return accept([{ type: 'ProposalClosed', v: 1, at, proposalId: proposal.id, securityId: proposal.securityId, result }]);
}
