import { requireAgentOf, requireRole, requireSameOrg } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { DomainEvent } from '../events';
import type { Holding } from '../holding';
import { evaluateRules, type Evaluation, type TransferFacts } from '../rules';
import { accreditedOnly } from '../rules/accredited-only';
import { requiredClaims } from '../rules/required-claims';
import { holdingOf, refs, type Refs, type Slice } from '../slice';
import { feeLegOf } from '../transfer-fee';
import { findActiveIdentity, findIdentity, findPlainSecurity, type Found } from './lookup';

type MovementCommand = CommandOf<'Issue' | 'Redeem' | 'Transfer' | 'ForcedTransfer'>;

/**
 * Identities' claim issuers are loaded in a second step (see `issuersReferencedBy`), and so are the stats of
 * a transfer (see `movementStatsRefs`). Issuance and redemption change the supply: they load the stats at once.
 */
export function movementRefs(cmd: MovementCommand): Refs {
  const parties = cmd.kind === 'Issue' ? [cmd.to] : cmd.kind === 'Redeem' ? [cmd.from] : [cmd.from, cmd.to];
  return refs({
    securities: [cmd.securityId],
    stats: changesSupply(cmd) ? [cmd.securityId] : [],
    identities: parties,
    holdings: parties.map((holder) => [cmd.securityId, holder] as const),
  });
}

/**
 * The security's stats for a transfer, known once its holdings are loaded: only when a holding may cross
 * zero (the recipient holds nothing yet, or the sender may send all it holds), which is when the holder count
 * may change and when the max-holders rule counts. A transfer between holders who both keep a balance reads
 * and writes their two holdings only, so transfers between disjoint pairs share no key that either writes.
 */
export function movementStatsRefs(cmd: MovementCommand, slice: Slice): Refs {
  if (changesSupply(cmd)) return refs({});
  const leg = cmd.kind === 'Transfer' ? feeLegOfLoaded(slice, cmd) : null;
  if (leg) {
    // The collector's holding is not loaded yet, so whether it joins the holders is not known: load the stats.
    return refs({ identities: [leg.collector], holdings: [[cmd.securityId, leg.collector]], stats: [cmd.securityId] });
  }
  const joins = holdingOf(slice, cmd.securityId, cmd.to).balance === 0n;
  const leaves = holdingOf(slice, cmd.securityId, cmd.from).balance <= cmd.amount;
  return refs({ stats: joins || leaves ? [cmd.securityId] : [] });
}

function feeLegOfLoaded(slice: Slice, cmd: CommandOf<'Transfer'>) {
  const security = slice.securities[cmd.securityId];
  return security ? feeLegOf(security.rules, cmd.to, cmd.amount) : null;
}

function changesSupply(cmd: MovementCommand): cmd is CommandOf<'Issue' | 'Redeem'> {
  return cmd.kind === 'Issue' || cmd.kind === 'Redeem';
}

/** The facts the rules see for a movement from `from` (null: issuance) to `to`. */
function movementFacts(slice: Slice, securityId: string, from: string | null, to: string, amount: bigint, at: number): Found<TransferFacts> {
  const found = findPlainSecurity(slice, securityId);
  if (!found.ok) return found;
  const recipient = findActiveIdentity(slice, to);
  if (!recipient.ok) return recipient;
  const facts: TransferFacts = {
    ...found.value,
    recipient: { identity: recipient.value, holding: holdingOf(slice, securityId, to) },
    issuers: slice.issuers,
    amount,
    at,
  };
  if (from === null) return { ok: true, value: facts };
  const sender = findActiveIdentity(slice, from);
  if (!sender.ok) return sender;
  return { ok: true, value: { ...facts, sender: { identity: sender.value, holding: holdingOf(slice, securityId, from) } } };
}

/** A holder transfer's facts: a movement's, with its fee leg when the security charges one. */
function transferFacts(slice: Slice, cmd: CommandOf<'Transfer'>, at: number): Found<TransferFacts> {
  const facts = movementFacts(slice, cmd.securityId, cmd.from, cmd.to, cmd.amount, at);
  if (!facts.ok) return facts;
  const leg = feeLegOf(facts.value.security.rules, cmd.to, cmd.amount);
  return leg ? { ok: true, value: { ...facts.value, fee: { leg, collector: slice.identities[leg.collector] } } } : facts;
}

/** Dry run of a transfer: every rule's verdict, no authorization, no write. */
export function checkTransfer(cmd: CommandOf<'Transfer'>, at: number, slice: Slice): Evaluation | Rejection {
  const evaluated = evaluateTransfer(cmd, at, slice);
  return evaluated.ok ? evaluated.value.evaluation : evaluated;
}

function evaluateTransfer(cmd: CommandOf<'Transfer'>, at: number, slice: Slice): Found<{ facts: TransferFacts; evaluation: Evaluation }> {
  if (cmd.from === cmd.to) return reject('ST2-SELF-TRANSFER', 'Sender and recipient are the same identity.');
  const facts = transferFacts(slice, cmd, at);
  return facts.ok ? { ok: true, value: { facts: facts.value, evaluation: evaluateRules(facts.value) } } : facts;
}

export function decideMovement(cmd: MovementCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'Transfer':
      return decideTransfer(cmd, env, slice);
    case 'Issue':
      return decideIssue(cmd, env, slice);
    case 'Redeem':
    case 'ForcedTransfer':
      return decideAgentMovement(cmd, env, slice);
  }
}

function decideTransfer(cmd: CommandOf<'Transfer'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireRole(actor, 'investor');
  if (denied) return denied;
  if (actor.id !== cmd.from) return reject('ST2-UNAUTHORIZED', `${actor.id} may only send from its own holding.`, { from: cmd.from });
  const sender = findIdentity(slice, cmd.from);
  if (!sender.ok) return sender;
  const foreign = requireSameOrg(actor, sender.value);
  if (foreign) return foreign;
  const evaluated = evaluateTransfer(cmd, at, slice);
  if (!evaluated.ok) return evaluated;
  const { facts, evaluation } = evaluated.value;
  if (evaluation.broken) return evaluation.broken;
  const transferred: DomainEvent = { type: 'Transferred', v: 1, at, securityId: cmd.securityId, from: cmd.from, to: cmd.to, amount: cmd.amount, forced: false };
  const fee = facts.fee?.leg;
  // The fee is a movement of its own, after the transfer: the recipient pays it out of what it received.
  return accept(fee ? [transferred, { type: 'TransferFeeCharged', v: 1, at, securityId: cmd.securityId, payer: cmd.to, collector: fee.collector, amount: fee.fee, bps: fee.bps }] : [transferred]);
}

/**
 * Issuance obeys the recipient-side rules (KYC, jurisdiction, caps) like any transfer in. It is an agent's
 * operation, so a pause (which stops holders) does not stop it: a paused security can be set up or repaired.
 * Maturity still does.
 */
function decideIssue(cmd: CommandOf<'Issue'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const facts = movementFacts(slice, cmd.securityId, null, cmd.to, cmd.amount, at);
  if (!facts.ok) return facts;
  const denied = requireAgentOf(actor, facts.value.security, 'issue');
  if (denied) return denied;
  const { broken } = evaluateRules({ ...facts.value, security: { ...facts.value.security, paused: false } });
  if (broken) return broken;
  return accept([{ type: 'Issued', v: 1, at, securityId: cmd.securityId, to: cmd.to, amount: cmd.amount }]);
}

/**
 * Agent powers: redemption and forced transfer bypass the holder rules (lock-up, the sender's KYC,
 * freezes) but never the balance, so supply always equals the sum of holdings, and a forced transfer
 * never leaves units with an unverified identity (ERC-3643 `forcedTransfer` requires `isVerified(to)`).
 * Units taken beyond the free balance are unfrozen first, by an event of their own.
 */
function decideAgentMovement(cmd: CommandOf<'Redeem' | 'ForcedTransfer'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value.security, cmd.kind === 'Redeem' ? 'redeem' : 'force');
  if (denied) return denied;
  const parties = cmd.kind === 'ForcedTransfer' ? [cmd.from, cmd.to] : [cmd.from];
  for (const party of parties) {
    const identity = findActiveIdentity(slice, party);
    if (!identity.ok) return identity;
  }
  if (cmd.kind === 'ForcedTransfer' && cmd.from === cmd.to) return reject('ST2-SELF-TRANSFER', 'Sender and recipient are the same identity.');
  const { balance } = holdingOf(slice, cmd.securityId, cmd.from);
  if (balance < cmd.amount) {
    return reject('ST2-INSUFFICIENT-BALANCE', `Balance ${balance} is lower than ${cmd.amount}.`, { balance: balance.toString(), amount: cmd.amount.toString() });
  }
  if (cmd.kind === 'ForcedTransfer') {
    const unverified = verificationProblem(slice, cmd.securityId, cmd.to, at);
    if (unverified) return unverified;
  }
  const base = { v: 1 as const, at, securityId: cmd.securityId, from: cmd.from, amount: cmd.amount };
  const unfreeze = neededUnfreeze(holdingOf(slice, cmd.securityId, cmd.from), cmd.amount, at);
  return accept([...unfreeze, cmd.kind === 'Redeem' ? { type: 'Redeemed', ...base } : { type: 'Transferred', ...base, to: cmd.to, forced: true }]);
}

/**
 * Whether `to` is a verified holder of the security (required claims, accredited-only), refused with the
 * code a transfer to it would get: what agent movements that skip the other rules still obey.
 */
export function verificationProblem(slice: Slice, securityId: string, to: string, at: number): Rejection | null {
  const facts = movementFacts(slice, securityId, null, to, 0n, at);
  return facts.ok ? evaluateRules(facts.value, VERIFICATION_RULES).broken : facts;
}

const VERIFICATION_RULES = [requiredClaims, accreditedOnly];

/**
 * As ERC-3643: an agent movement may take frozen units (not a whole-holding freeze, which stays), and the
 * part beyond the unfrozen balance is unfrozen first, recorded as such.
 */
function neededUnfreeze(holding: Holding, amount: bigint, at: number): DomainEvent[] {
  const unfrozen = holding.balance - holding.frozenAmount;
  if (amount <= unfrozen) return [];
  return [{ type: 'HoldingUnfrozen', v: 1, at, securityId: holding.securityId, holder: holding.holder, amount: amount - unfrozen }];
}
