import { requireAgentOf } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { partitionField, partitionOf } from '../partition';
import { partyOf } from '../party';
import { refs, unionRefs, type Refs, type Slice } from '../slice';
import { MAX_REQUEST_VALIDITY_MS, requestRef, type TransferRequest } from '../transfer-request';
import { findActiveIdentity, findPlainSecurity } from './lookup';
import { movementRefs, movementStatsRefs, requireSender, transferDecision } from './movement';

type ConditionalCommand = CommandOf<'RequestTransfer' | 'ApproveTransfer' | 'RejectTransfer' | 'CancelTransfer'>;

/** The request itself; a new one also names its two parties. */
export function conditionalRefs(cmd: ConditionalCommand): Refs {
  const request = refs({ securities: [cmd.securityId], requests: [[cmd.securityId, cmd.transferId]] });
  return cmd.kind === 'RequestTransfer' ? unionRefs([request, refs({ identities: [cmd.from, cmd.to] })]) : request;
}

/**
 * What an approval executes is known once its request is loaded: the transfer's refs, and the security's
 * stats always (whether a holding crosses zero would take a third round trip to know; approvals are rare).
 */
export function approvalRefs(cmd: ConditionalCommand, slice: Slice): Refs {
  const request = cmd.kind === 'RequestTransfer' ? undefined : slice.requests[requestRef(cmd.securityId, cmd.transferId)];
  if (!request || cmd.kind === 'RejectTransfer') return refs({});
  // A cancellation is its holder's: its identity (and org) is checked, nothing moves.
  if (cmd.kind === 'CancelTransfer') return refs({ identities: [request.from] });
  // Once the request is loaded, its holders; once they are, the holder counts a zero crossing changes.
  const transfer = transferOf(request);
  return unionRefs([movementRefs(transfer), refs({ stats: [cmd.securityId] }), movementStatsRefs(transfer, slice)]);
}

export function decideConditional(cmd: ConditionalCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'RequestTransfer':
      return decideRequest(cmd, env, slice);
    case 'ApproveTransfer':
    case 'RejectTransfer':
      return decideApproval(cmd, env, slice);
    case 'CancelTransfer':
      return decideCancel(cmd, env, slice);
  }
}

/**
 * By the holder, as for its own transfer. The rules are not judged yet (the approval judges them, when the
 * transfer executes); what cannot become true later is refused now.
 */
function decideRequest(cmd: CommandOf<'RequestTransfer'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireSender(actor, cmd.from, slice);
  if (denied) return denied;
  const recipient = findActiveIdentity(slice, cmd.to);
  if (!recipient.ok) return recipient;
  if (cmd.from === cmd.to) return reject('ST2-SELF-TRANSFER', 'Sender and recipient are the same identity.');
  if (slice.requests[requestRef(cmd.securityId, cmd.transferId)]) {
    return reject('ST2-ALREADY-EXISTS', `Transfer request ${cmd.transferId} of ${cmd.securityId} already exists.`, { transferId: cmd.transferId });
  }
  if (cmd.validUntil <= at) return reject('ST2-REQUEST-EXPIRED', `The validity window ends (${cmd.validUntil}) before it starts (${at}).`, { validUntil: cmd.validUntil, at });
  if (cmd.validUntil - at > MAX_REQUEST_VALIDITY_MS) {
    return reject('ST2-INVALID-INPUT', `A request stays open at most ${MAX_REQUEST_VALIDITY_MS} ms.`, { validUntil: cmd.validUntil, max: at + MAX_REQUEST_VALIDITY_MS });
  }
  const { securityId, transferId, from, to, amount, validUntil } = cmd;
  return accept([{ type: 'TransferRequested', v: 1, at, securityId, transferId, from, to, amount, validUntil, ...partitionField(partitionOf(cmd)) }]);
}

/**
 * By the holder that requested it (as for its own transfer: an investor, itself, through its own org), while it
 * is still requested, expired or not: closes it, nothing moves. Someone else's request is ST2-UNAUTHORIZED; an
 * approved, rejected or cancelled one ST2-REQUEST-CLOSED.
 */
function decideCancel(cmd: CommandOf<'CancelTransfer'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const request = slice.requests[requestRef(cmd.securityId, cmd.transferId)];
  if (!request) return reject('ST2-NOT-FOUND', `Unknown transfer request ${cmd.transferId} of ${cmd.securityId}.`, { transferId: cmd.transferId });
  const denied = requireSender(actor, request.from, slice);
  if (denied) return denied;
  if (request.status !== 'requested') return reject('ST2-REQUEST-CLOSED', `Transfer request ${cmd.transferId} was ${request.status}.`, { status: request.status });
  return accept([{ type: 'TransferCancelled', v: 1, at, securityId: cmd.securityId, transferId: cmd.transferId, by: partyOf(actor) }]);
}

/**
 * By an agent with the `approve` power. Approval executes the transfer at once, within the validity window,
 * with every rule of a holder's transfer checked now (approval-required alone is satisfied); a refused
 * approval changes nothing and leaves the request open. Rejection closes it, expired or not.
 */
function decideApproval(cmd: CommandOf<'ApproveTransfer' | 'RejectTransfer'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value.security, 'approve');
  if (denied) return denied;
  const request = slice.requests[requestRef(cmd.securityId, cmd.transferId)];
  if (!request) return reject('ST2-NOT-FOUND', `Unknown transfer request ${cmd.transferId} of ${cmd.securityId}.`, { transferId: cmd.transferId });
  if (request.status !== 'requested') return reject('ST2-REQUEST-CLOSED', `Transfer request ${cmd.transferId} was ${request.status}.`, { status: request.status });
  const decided = { v: 1 as const, at, securityId: cmd.securityId, transferId: cmd.transferId, by: partyOf(actor) };
  if (cmd.kind === 'RejectTransfer') return accept([{ type: 'TransferRejected', ...decided }]);
  if (at > request.validUntil) return reject('ST2-REQUEST-EXPIRED', `Transfer request ${cmd.transferId} expired at ${request.validUntil}.`, { validUntil: request.validUntil });
  const executed = transferDecision(transferOf(request), at, slice, true);
  return executed.ok ? accept([{ type: 'TransferApproved', ...decided }, ...executed.events]) : executed;
}

function transferOf(request: TransferRequest): CommandOf<'Transfer'> {
  const { securityId, from, to, amount } = request;
  return { kind: 'Transfer', securityId, from, to, amount, ...partitionField(partitionOf(request)) };
}
