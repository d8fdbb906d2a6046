import { requireRole } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { coversPartition, isActiveOperator, operatorAllowance, operatorRef } from '../operator';
import { nameOf, partyOf } from '../party';
import { ROLES } from '../roles';
import { refs, unionRefs, type Refs, type Slice } from '../slice';
import { findIdentity, findPlainSecurity } from './lookup';
import { movementRefs, movementStatsRefs, requireSender, transferDecision } from './movement';

type OperatorCommand = CommandOf<'AuthorizeOperator' | 'RevokeOperator' | 'OperatorTransfer'>;

/** Anyone who may write may be named an operator; the regulator never writes. */
const OPERATOR_ROLES = ROLES.filter((role) => role !== 'regulator');

/** The authorisation (of the caller, for an operator transfer), and what the command's movement or holder needs. */
export function operatorRefs(cmd: OperatorCommand, { actor }: Envelope): Refs {
  if (cmd.kind === 'OperatorTransfer') {
    return unionRefs([movementRefs(asTransfer(cmd)), refs({ operators: [[cmd.securityId, cmd.from, partyOf(actor)]] })]);
  }
  return refs({ securities: [cmd.securityId], identities: [cmd.holder], operators: [[cmd.securityId, cmd.holder, cmd.operator]] });
}

/** An operator transfer's stats and jurisdiction counts, as a transfer's (see `movementStatsRefs`). */
export function operatorTransferRefs(cmd: OperatorCommand, slice: Slice): Refs {
  return cmd.kind === 'OperatorTransfer' ? movementStatsRefs(asTransfer(cmd), slice) : refs({});
}

export function decideOperator(cmd: OperatorCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'AuthorizeOperator':
    case 'RevokeOperator':
      return decideAuthorization(cmd, env, slice);
    case 'OperatorTransfer':
      return decideOperatorTransfer(cmd, env, slice);
  }
}

/** The holder itself (as for its own transfer) authorises and revokes; the operator may not be itself. */
function decideAuthorization(cmd: CommandOf<'AuthorizeOperator' | 'RevokeOperator'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireSender(actor, cmd.holder, slice);
  if (denied) return denied;
  const base = { v: 1 as const, at, securityId: cmd.securityId, holder: cmd.holder, operator: partyOf(cmd.operator) };
  const current = slice.operators[operatorRef(cmd.securityId, cmd.holder, cmd.operator)];
  if (cmd.kind === 'RevokeOperator') {
    if (!isActiveOperator(current)) return notOperator(cmd.securityId, cmd.holder, cmd.operator);
    return accept([{ type: 'OperatorRevoked', ...base }]);
  }
  const holder = findIdentity(slice, cmd.holder);
  if (holder.ok && cmd.operator.org === holder.value.org && cmd.operator.id === cmd.holder) {
    return reject('ST2-INVALID-INPUT', `${cmd.holder} cannot be its own operator.`, { operator: base.operator });
  }
  return accept([{ type: 'OperatorAuthorized', ...base, limit: cmd.limit ?? null, ...(cmd.partition ? { partition: cmd.partition } : {}) }]);
}

/**
 * A transfer of the holder's units by its operator: every holder-transfer rule applies as if the holder
 * sent it (the holder's claims, lock-up, freezes, windows), the limit is checked on top, and the
 * `Transferred` event names the operator. Controller (agent) movements are `ForcedTransfer`, never this.
 */
function decideOperatorTransfer(cmd: CommandOf<'OperatorTransfer'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireRole(actor, ...OPERATOR_ROLES);
  if (denied) return denied;
  const operator = slice.operators[operatorRef(cmd.securityId, cmd.from, actor)];
  if (!isActiveOperator(operator)) return notOperator(cmd.securityId, cmd.from, actor);
  if (!coversPartition(operator, cmd.partition)) {
    return reject('ST2-NOT-OPERATOR', `${nameOf(actor)} operates ${cmd.from}'s ${cmd.securityId} in partition ${operator.partition} only.`, {
      securityId: cmd.securityId, holder: cmd.from, operator: partyOf(actor), partition: operator.partition,
    });
  }
  const allowance = operatorAllowance(operator);
  if (allowance !== null && cmd.amount > allowance) {
    return reject('ST2-OPERATOR-LIMIT', `${nameOf(actor)} may move ${allowance} more of ${cmd.from}'s ${cmd.securityId}, not ${cmd.amount}.`, {
      operator: partyOf(actor), limit: operator.limit?.toString(), moved: operator.moved.toString(), amount: cmd.amount.toString(),
    });
  }
  const decision = transferDecision(asTransfer(cmd), at, slice);
  if (!decision.ok) return decision;
  return accept(decision.events.map((e) => (e.type === 'Transferred' ? { ...e, operator: partyOf(actor) } : e)));
}

function notOperator(securityId: string, holder: string, operator: { org: string; id: string }): Decision<DomainEvent> {
  return reject('ST2-NOT-OPERATOR', `${nameOf(operator)} is not an operator of ${holder} for ${securityId}.`, { securityId, holder, operator: partyOf(operator) });
}

/** The same movement as the holder's own transfer: the same fields, partition included. */
function asTransfer(cmd: CommandOf<'OperatorTransfer'>): CommandOf<'Transfer'> {
  return { ...cmd, kind: 'Transfer' };
}
