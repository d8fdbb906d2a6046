import { requireHoldPower, requireRole } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { evolve } from '../evolve';
import { isLapsed, MAX_HOLD_MS, type Hold } from '../hold';
import { activeHolds, availableBalance, MAX_HOLDS_PER_HOLDING } from '../holding';
import { partyOf } from '../party';
import { ROLES } from '../roles';
import { holdingOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { findActiveIdentity, findPlainSecurity, type Found } from './lookup';
import { movementRefs, movementStatsRefs, transferDecision } from './movement';

type HoldCommand = CommandOf<'PlaceHold' | 'ReleaseHold' | 'ExecuteHold' | 'ExpireHold'>;

/** Everyone who writes: the regulator only reads. */
const WRITERS = ROLES.filter((role) => role !== 'regulator');

/**
 * A hold reads and writes its own record and its holding only (docs/storage.md): placing one names both;
 * closing one names the record, whose security and holding follow (`holdDependentRefs`).
 */
export function holdRefs(cmd: HoldCommand): Refs {
  if (cmd.kind !== 'PlaceHold') return refs({ holds: [cmd.holdId] });
  return refs({
    holds: [cmd.holdId], securities: [cmd.securityId], identities: [cmd.holder, cmd.beneficiary], holdings: [[cmd.securityId, cmd.holder]],
  });
}

/**
 * Once the hold is loaded, its security and holding; an execution also what its transfer touches, and,
 * once the holdings are loaded (the security comes with them), the stats and counts a zero crossing changes.
 */
export function holdDependentRefs(cmd: HoldCommand, slice: Slice): Refs {
  const hold = cmd.kind === 'PlaceHold' ? undefined : slice.holds[cmd.holdId];
  if (!hold) return refs({});
  const own = refs({ securities: [hold.securityId], holdings: [[hold.securityId, hold.holder]] });
  if (cmd.kind !== 'ExecuteHold') return own;
  const transfer = transferOf(hold);
  const loaded = slice.securities[hold.securityId] !== undefined;
  return unionRefs([own, movementRefs(transfer), loaded ? movementStatsRefs(transfer, slice) : refs({})]);
}

export function decideHold(cmd: HoldCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'PlaceHold':
      return decidePlace(cmd, env, slice);
    case 'ReleaseHold':
    case 'ExecuteHold':
    case 'ExpireHold':
      return decideClose(cmd, env, slice);
  }
}

/** Only units the holder could move now are held: neither frozen nor held already. */
function decidePlace(cmd: CommandOf<'PlaceHold'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireHoldPower(actor, found.value.security);
  if (denied) return denied;
  for (const party of [cmd.holder, cmd.beneficiary]) {
    const identity = findActiveIdentity(slice, party);
    if (!identity.ok) return identity;
  }
  if (cmd.holder === cmd.beneficiary) return reject('ST2-SELF-TRANSFER', 'A hold\'s beneficiary is another identity than its holder.');
  if (slice.holds[cmd.holdId]) return reject('ST2-ALREADY-EXISTS', `Hold ${cmd.holdId} already exists.`, { holdId: cmd.holdId });
  if (cmd.expiresAt <= at) return reject('ST2-HOLD-EXPIRED', `The hold would expire (${cmd.expiresAt}) before it starts (${at}).`, { expiresAt: cmd.expiresAt, at });
  if (cmd.expiresAt - at > MAX_HOLD_MS) return reject('ST2-INVALID-INPUT', `A hold lasts at most ${MAX_HOLD_MS} ms.`, { expiresAt: cmd.expiresAt, max: at + MAX_HOLD_MS });
  const holding = holdingOf(slice, cmd.securityId, cmd.holder);
  const available = availableBalance(holding, at);
  if (cmd.amount > available) {
    return reject('ST2-INSUFFICIENT-BALANCE', `Only ${available} of ${cmd.holder}'s balance is available to hold.`, { available: available.toString(), amount: cmd.amount.toString() });
  }
  if (activeHolds(holding, at).length >= MAX_HOLDS_PER_HOLDING) {
    return reject('ST2-LIMIT-EXCEEDED', `A holding carries at most ${MAX_HOLDS_PER_HOLDING} holds.`, { limit: MAX_HOLDS_PER_HOLDING });
  }
  const { holdId, securityId, holder, beneficiary, amount, reason, expiresAt } = cmd;
  return accept([{ type: 'HoldPlaced', v: 1, at, holdId, securityId, holder, beneficiary, amount, reason, expiresAt, by: partyOf(actor) }]);
}

/**
 * Release and execution by an agent with the `hold` power; closing an expired hold by anyone who writes. A
 * closed hold stays closed (ST2-HOLD-CLOSED); an expired one is never executed (ST2-HOLD-EXPIRED) and a
 * release closes it as expired. An execution is refused with the code of the rule its transfer breaks, changing nothing.
 */
function decideClose(cmd: CommandOf<'ReleaseHold' | 'ExecuteHold' | 'ExpireHold'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findHold(slice, cmd.holdId);
  if (!found.ok) return found;
  const hold = found.value;
  const security = findPlainSecurity(slice, hold.securityId);
  if (!security.ok) return security;
  const denied = cmd.kind === 'ExpireHold' ? requireRole(actor, ...WRITERS) : requireHoldPower(actor, security.value.security);
  if (denied) return denied;
  if (hold.status !== 'active') return reject('ST2-HOLD-CLOSED', `Hold ${hold.id} was ${hold.status}.`, { holdId: hold.id, status: hold.status });
  const lapsed = isLapsed(hold, at);
  const closed = { v: 1 as const, at, holdId: hold.id, securityId: hold.securityId, holder: hold.holder, amount: hold.amount, by: partyOf(actor) };
  switch (cmd.kind) {
    case 'ExpireHold':
      if (!lapsed) return reject('ST2-HOLD-NOT-EXPIRED', `Hold ${hold.id} expires at ${hold.expiresAt}.`, { holdId: hold.id, expiresAt: hold.expiresAt });
      return accept([{ type: 'HoldReleased', ...closed, expired: true }]);
    case 'ReleaseHold':
      return accept([{ type: 'HoldReleased', ...closed, expired: lapsed }]);
    case 'ExecuteHold': {
      if (lapsed) return reject('ST2-HOLD-EXPIRED', `Hold ${hold.id} expired at ${hold.expiresAt}.`, { holdId: hold.id, expiresAt: hold.expiresAt });
      const executed: DomainEvent = { type: 'HoldExecuted', ...closed, beneficiary: hold.beneficiary };
      // The transfer is judged with the hold's units free again, as the holder's own transfer to the beneficiary.
      const moved = transferDecision(transferOf(hold), at, evolve(slice, executed));
      return moved.ok ? accept([executed, ...moved.events]) : moved;
    }
  }
}

function findHold(slice: Slice, holdId: string): Found<Hold> {
  const hold = slice.holds[holdId];
  return hold ? { ok: true, value: hold } : reject('ST2-NOT-FOUND', `Unknown hold ${holdId}.`, { holdId });
}

function transferOf({ securityId, holder, beneficiary, amount }: Hold): CommandOf<'Transfer'> {
  return { kind: 'Transfer', securityId, from: holder, to: beneficiary, amount };
}
