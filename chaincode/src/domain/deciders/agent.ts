import { requireAgentOf } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { availableBalance } from '../holding';
import { holdingOf, jurisdictionOf, refs, type Refs, type Slice } from '../slice';
import { findActiveIdentity, findIdentity, findSecurity } from './lookup';
import { heldProblem, verificationProblem } from './movement';
import { fourEyesProblem } from '../four-eyes';

type AgentCommand = CommandOf<'Freeze' | 'Unfreeze' | 'Recover'>;

export function agentRefs(cmd: AgentCommand): Refs {
  const holders = cmd.kind === 'Recover' ? [cmd.lost, cmd.replacement] : [cmd.holder];
  return refs({
    securities: [cmd.securityId],
    stats: [cmd.securityId],
    identities: holders,
    holdings: holders.map((holder) => [cmd.securityId, holder] as const),
  });
}

/** A recovery empties the lost holding and may fill the replacement's: both parties' jurisdiction counts. */
export function recoveryJurisdictionRefs(cmd: CommandOf<'Recover'>, slice: Slice): Refs {
  if (holdingOf(slice, cmd.securityId, cmd.lost).balance === 0n) return refs({});
  return refs({ jurisdictions: [cmd.lost, cmd.replacement].flatMap((holder) => jurisdictionOf(slice, cmd.securityId, holder)) });
}

export function decideAgent(cmd: AgentCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  if (cmd.kind === 'Recover') return decideRecovery(cmd, env, slice);
  const found = findSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(env.actor, found.value.security, 'freeze');
  return denied ?? decideFreeze(cmd, env.at, slice);
}

/**
 * By an agent with the `recover` power. A recovery moves the whole lost holding: above the security's four-eyes
 * threshold it is refused unless `secondApproval` (its execution by a second agent's approval).
 */
export function decideRecovery(cmd: CommandOf<'Recover'>, { actor, at }: Envelope, slice: Slice, secondApproval = false): Decision<DomainEvent> {
  const found = findSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const { security } = found.value;
  const denied = requireAgentOf(actor, security, 'recover') ?? (secondApproval ? null : fourEyesProblem(security, 'recover', holdingOf(slice, cmd.securityId, cmd.lost).balance));
  return denied ?? decideRecover(cmd, at, slice);
}

function decideFreeze(cmd: CommandOf<'Freeze' | 'Unfreeze'>, at: number, slice: Slice): Decision<DomainEvent> {
  const identity = findIdentity(slice, cmd.holder);
  if (!identity.ok) return identity;
  const holding = holdingOf(slice, cmd.securityId, cmd.holder);
  const amount = cmd.amount ?? null;
  const freezing = cmd.kind === 'Freeze';
  // Held units are promised to a beneficiary: only what is neither frozen nor held can be frozen.
  const available = availableBalance(holding, at);
  if (amount !== null && freezing && amount > available) {
    return reject('ST2-INSUFFICIENT-BALANCE', `Only ${available} can still be frozen.`, { free: available.toString() });
  }
  if (amount !== null && !freezing && amount > holding.frozenAmount) {
    return reject('ST2-NOT-FROZEN', `Only ${holding.frozenAmount} is frozen.`, { frozenAmount: holding.frozenAmount.toString() });
  }
  const base = { v: 1 as const, at, securityId: cmd.securityId, holder: cmd.holder, amount };
  return accept([freezing ? { type: 'HoldingFrozen', ...base } : { type: 'HoldingUnfrozen', ...base }]);
}

/** Lost key: the holding moves to another identity of the same investor, lots, freezes and partitions included. */
function decideRecover(cmd: CommandOf<'Recover'>, at: number, slice: Slice): Decision<DomainEvent> {
  const lost = findIdentity(slice, cmd.lost);
  if (!lost.ok) return lost;
  // A custody account's units move with their sub-ledger entries only; it has no key to lose (its custodian signs).
  if (lost.value.custody) return reject('ST2-CUSTODY-ACCOUNT', `${cmd.lost} is a custody account: its units move by the custody commands only.`, { identity: cmd.lost });
  // The replacement must be live; the lost one may already be inactive (a recovery of another of its securities).
  const replacement = findActiveIdentity(slice, cmd.replacement);
  if (!replacement.ok) return replacement;
  const { recoveredTo } = lost.value;
  if (cmd.lost === cmd.replacement || lost.value.investor !== replacement.value.investor || (recoveredTo !== undefined && recoveredTo !== cmd.replacement)) {
    return reject('ST2-RECOVERY-MISMATCH', `${cmd.replacement} is not another identity of ${cmd.lost}'s investor${recoveredTo ? `, or ${cmd.lost} was recovered to ${recoveredTo}` : ''}.`);
  }
  const { balance: amount, frozen, frozenAmount, lots, partitions } = holdingOf(slice, cmd.securityId, cmd.lost);
  if (amount === 0n) return reject('ST2-INSUFFICIENT-BALANCE', `${cmd.lost} holds nothing of ${cmd.securityId}.`);
  // A hold names its holder: it is released before the holding moves to another identity.
  const unheld = heldProblem(holdingOf(slice, cmd.securityId, cmd.lost), amount, at);
  if (unheld) return unheld;
  // Never leave units with an unverified identity (the replacement's claims are its own, not the lost one's).
  const unverified = verificationProblem(slice, cmd.securityId, cmd.replacement, at);
  if (unverified) return unverified;
  const moved = { securityId: cmd.securityId, lost: cmd.lost, replacement: cmd.replacement, amount, frozen, frozenAmount, lots, ...(partitions ? { partitions } : {}) };
  return accept([{ type: 'HoldingRecovered', v: 2, at, ...moved, deactivated: recoveredTo === undefined }]);
}
