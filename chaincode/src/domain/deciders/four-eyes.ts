import { requireAgentOf, requireRole } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { powerOf, type AgentAction, type AgentApproval } from '../four-eyes';
import { nameOf, partyOf, sameParty } from '../party';
import { holdsPower } from '../security';
import { refs, unionRefs, type Refs, type Slice } from '../slice';
import { MAX_REQUEST_VALIDITY_MS } from '../transfer-request';
import { agentRefs, decideRecovery, recoveryJurisdictionRefs } from './agent';
import { findIdentity, findSecurityDefinition, type Found } from './lookup';
import { decideAgentMovement, movementRefs, movementStatsRefs } from './movement';

type FourEyesCommand = CommandOf<'ProposeAgentAction' | 'ApproveAgentAction' | 'CancelAgentAction'>;
type ActionCommand = CommandOf<'ForcedTransfer' | 'Redeem' | 'Recover'>;

/** The approval; a proposal also the security and the parties it names. */
export function fourEyesRefs(cmd: FourEyesCommand): Refs {
  const approval = refs({ approvals: [cmd.approvalId] });
  if (cmd.kind !== 'ProposeAgentAction') return approval;
  return unionRefs([approval, refs({ securities: [cmd.securityId], identities: partiesOf(cmd.action) })]);
}

/**
 * What an approval executes is known once the approval is loaded: its operation's refs, then (once those are
 * loaded) what that operation loads beyond them, as when an agent executes it alone.
 */
export function approvedActionRefs(cmd: FourEyesCommand, slice: Slice): Refs {
  const approval = cmd.kind === 'ApproveAgentAction' ? slice.approvals[cmd.approvalId] : undefined;
  if (!approval) return refs({});
  const action = commandOf(approval);
  if (action.kind === 'Recover') return unionRefs([agentRefs(action), recoveryJurisdictionRefs(action, slice)]);
  return unionRefs([movementRefs(action), movementStatsRefs(action, slice)]);
}

export function decideFourEyes(cmd: FourEyesCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'ProposeAgentAction':
      return decidePropose(cmd, env, slice);
    case 'ApproveAgentAction':
      return decideApprove(cmd, env, slice);
    case 'CancelAgentAction':
      return decideCancel(cmd, env, slice);
  }
}

/**
 * By an agent holding the action's power (or the issuer). Proposing below the threshold is allowed: an agent may
 * always ask for a second pair of eyes. The rules are judged when the approval executes it; what cannot become
 * true later (unknown parties, a past expiry) is refused now.
 */
function decidePropose(cmd: CommandOf<'ProposeAgentAction'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findSecurityDefinition(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value, powerOf(cmd.action));
  if (denied) return denied;
  if (slice.approvals[cmd.approvalId]) return reject('ST2-ALREADY-EXISTS', `Agent approval ${cmd.approvalId} already exists.`, { approvalId: cmd.approvalId });
  for (const party of partiesOf(cmd.action)) {
    const identity = findIdentity(slice, party);
    if (!identity.ok) return identity;
  }
  if (cmd.expiresAt <= at) return reject('ST2-REQUEST-EXPIRED', `The approval would expire (${cmd.expiresAt}) before it is proposed (${at}).`, { expiresAt: cmd.expiresAt, at });
  if (cmd.expiresAt - at > MAX_REQUEST_VALIDITY_MS) {
    return reject('ST2-INVALID-INPUT', `An approval stays open at most ${MAX_REQUEST_VALIDITY_MS} ms.`, { expiresAt: cmd.expiresAt, max: at + MAX_REQUEST_VALIDITY_MS });
  }
  const approval: AgentApproval = {
    id: cmd.approvalId, securityId: cmd.securityId, action: cmd.action, proposedBy: partyOf(actor), proposedAt: at, expiresAt: cmd.expiresAt, status: 'pending',
  };
  return accept([{ type: 'AgentActionProposed', v: 1, at, approval }]);
}

/**
 * By a party holding the action's power other than its proposer (the same org and id is the same party,
 * whatever its role), while pending and before its expiry; the proposer must still hold the power. Executes the
 * operation now, under the rules of this moment, as the approver's act (the four-eyes threshold is what this
 * approval satisfies): a refused execution changes nothing and leaves the approval pending.
 */
function decideApprove(cmd: CommandOf<'ApproveAgentAction'>, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const pending = openApproval(cmd.approvalId, slice);
  if (!pending.ok) return pending;
  const approval = pending.value;
  const found = findSecurityDefinition(slice, approval.securityId);
  if (!found.ok) return found;
  const power = powerOf(approval.action);
  const denied = requireAgentOf(env.actor, found.value, power);
  if (denied) return denied;
  if (sameParty(env.actor, approval.proposedBy)) return reject('ST2-SELF-APPROVAL', `${nameOf(env.actor)} proposed ${approval.id}: another party with the '${power}' power must approve it.`, { approvalId: approval.id });
  if (!holdsPower(found.value, approval.proposedBy, power)) {
    return reject('ST2-UNAUTHORIZED', `${nameOf(approval.proposedBy)}, who proposed ${approval.id}, no longer holds the '${power}' power of ${approval.securityId}.`, { approvalId: approval.id, power });
  }
  if (env.at >= approval.expiresAt) return reject('ST2-REQUEST-EXPIRED', `Agent approval ${approval.id} expired at ${approval.expiresAt}.`, { expiresAt: approval.expiresAt });
  const executed = execute(commandOf(approval), env, slice);
  if (!executed.ok) return executed;
  return accept([{ type: 'AgentActionApproved', v: 1, at: env.at, approvalId: approval.id, securityId: approval.securityId, by: partyOf(env.actor) }, ...executed.events]);
}

/** By its proposer (the same org and id, as an issuer or agent), while pending, expired or not: nothing moves. */
function decideCancel(cmd: CommandOf<'CancelAgentAction'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const pending = openApproval(cmd.approvalId, slice);
  if (!pending.ok) return pending;
  const denied = requireRole(actor, 'issuer', 'agent', 'cash-issuer');
  if (denied) return denied;
  if (!sameParty(actor, pending.value.proposedBy)) {
    return reject('ST2-UNAUTHORIZED', `Only ${nameOf(pending.value.proposedBy)}, who proposed ${cmd.approvalId}, may cancel it.`, { approvalId: cmd.approvalId });
  }
  return accept([{ type: 'AgentActionCancelled', v: 1, at, approvalId: cmd.approvalId, securityId: pending.value.securityId, by: partyOf(actor) }]);
}

/** The approval while it is pending: unknown is ST2-NOT-FOUND, executed or cancelled ST2-REQUEST-CLOSED. */
function openApproval(id: string, slice: Slice): Found<AgentApproval> {
  const approval = slice.approvals[id];
  if (!approval) return reject('ST2-NOT-FOUND', `Unknown agent approval ${id}.`, { approvalId: id });
  if (approval.status !== 'pending') return reject('ST2-REQUEST-CLOSED', `Agent approval ${id} was ${approval.status}.`, { approvalId: id, status: approval.status });
  return { ok: true, value: approval };
}

function execute(cmd: ActionCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  return cmd.kind === 'Recover' ? decideRecovery(cmd, env, slice, true) : decideAgentMovement(cmd, env, slice, true);
}

function commandOf({ securityId, action }: AgentApproval): ActionCommand {
  return { ...action, securityId };
}

function partiesOf(action: AgentAction): string[] {
  switch (action.kind) {
    case 'ForcedTransfer':
      return [action.from, action.to];
    case 'Redeem':
      return [action.from];
    case 'Recover':
      return [action.lost, action.replacement];
  }
}
