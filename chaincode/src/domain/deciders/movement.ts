import { requireAgentOf, requireRole, requireSameOrg } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import type { Actor } from '../roles';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { DomainEvent } from '../events';
import { heldAmount, type Holding } from '../holding';
import { DEFAULT_PARTITION, partitionField, partitionOf, partitionsOf, partitionShortfall } from '../partition';
import { hasMatured } from '../security';
import { evaluateRules, type Evaluation, type TransferFacts } from '../rules';
import { accreditedOnly } from '../rules/accredited-only';
import { requiredClaims } from '../rules/required-claims';
import { screenedBy } from '../rules/sanctions';
import { holdersIn, holdingOf, jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { feeLegOf } from '../transfer-fee';
import { fourEyesProblem } from '../four-eyes';
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
 * The same goes for the holder counts per jurisdiction: only the jurisdiction of a party that may cross zero
 * is loaded (issuance and redemption included), so the country caps cost nothing to other movements.
 */
export function movementStatsRefs(cmd: MovementCommand, slice: Slice): Refs {
  const to = cmd.kind === 'Redeem' ? null : cmd.to;
  const from = cmd.kind === 'Issue' ? null : cmd.from;
  const joins = to !== null && holdingOf(slice, cmd.securityId, to).balance === 0n;
  const leaves = from !== null && holdingOf(slice, cmd.securityId, from).balance <= cmd.amount;
  const crossing = [...(joins ? [to] : []), ...(leaves ? [from] : [])];
  const crossingRefs = refs({
    stats: !changesSupply(cmd) && (joins || leaves) ? [cmd.securityId] : [],
    jurisdictions: crossing.flatMap((holder) => jurisdictionOf(slice, cmd.securityId, holder)),
  });
  const screened = unionRefs([crossingRefs, sanctionsFeedRefs(slice, cmd.securityId)]);
  const leg = cmd.kind === 'Transfer' ? feeLegOfLoaded(slice, cmd) : null;
  if (!leg) return screened;
  // The fee moves units to the collector, whose holding may join the holders: its identity and holding, the
  // stats, and (once its identity is loaded: `Repository.loadFor` loads until nothing new) its jurisdiction's count.
  return unionRefs([screened, refs({
    identities: [leg.collector], holdings: [[cmd.securityId, leg.collector]], stats: [cmd.securityId],
    jurisdictions: jurisdictionOf(slice, cmd.securityId, leg.collector),
  })]);
}

/** The security's sanctions-list feed, when its rules screen movements (read, never written, by a movement). */
function sanctionsFeedRefs(slice: Slice, securityId: string): Refs {
  const feed = slice.securities[securityId]?.rules.sanctions?.feed;
  return refs({ feeds: feed ? [feed] : [] });
}

function feeLegOfLoaded(slice: Slice, cmd: CommandOf<'Transfer'>) {
  const security = slice.securities[cmd.securityId];
  return security ? feeLegOf(security.rules, cmd.to, cmd.amount) : null;
}

function changesSupply(cmd: MovementCommand): cmd is CommandOf<'Issue' | 'Redeem'> {
  return cmd.kind === 'Issue' || cmd.kind === 'Redeem';
}

/** The facts the rules see for a movement from `from` (null: issuance) to `to`, in `partition`. */
export function movementFacts(slice: Slice, securityId: string, from: string | null, to: string, amount: bigint, at: number, partition = DEFAULT_PARTITION): Found<TransferFacts> {
  const found = findPlainSecurity(slice, securityId);
  if (!found.ok) return found;
  const recipient = findActiveIdentity(slice, to);
  if (!recipient.ok) return recipient;
  const facts: TransferFacts = {
    ...found.value,
    holdersIn: (jurisdiction) => holdersIn(slice, securityId, jurisdiction),
    recipient: { identity: recipient.value, holding: holdingOf(slice, securityId, to) },
    issuers: slice.issuers,
    feeds: slice.feeds,
    amount,
    partition,
    at,
  };
  if (from === null) return { ok: true, value: facts };
  const sender = findActiveIdentity(slice, from);
  if (!sender.ok) return sender;
  return { ok: true, value: { ...facts, sender: { identity: sender.value, holding: holdingOf(slice, securityId, from) } } };
}

/** A holder transfer's facts: a movement's, with its fee leg when the security charges one. */
function transferFacts(slice: Slice, cmd: CommandOf<'Transfer'>, at: number): Found<TransferFacts> {
  const facts = movementFacts(slice, cmd.securityId, cmd.from, cmd.to, cmd.amount, at, partitionOf(cmd));
  if (!facts.ok) return facts;
  const screened = withProofs(facts.value, cmd);
  const leg = feeLegOf(screened.security.rules, cmd.to, cmd.amount);
  return { ok: true, value: leg ? { ...screened, fee: { leg, collector: slice.identities[leg.collector] } } : screened };
}

/** The facts with the movement's sanctions proofs, when it carries them. */
function withProofs(facts: TransferFacts, cmd: CommandOf<'Transfer' | 'Issue'>): TransferFacts {
  return cmd.sanctionsProofs ? { ...facts, sanctionsProofs: cmd.sanctionsProofs } : facts;
}

/** Dry run of a transfer: every rule's verdict, no authorization, no write. */
export function checkTransfer(cmd: CommandOf<'Transfer'>, at: number, slice: Slice): Evaluation | Rejection {
  const evaluated = evaluateTransfer(cmd, at, slice, false);
  return evaluated.ok ? evaluated.value.evaluation : evaluated;
}

function evaluateTransfer(cmd: CommandOf<'Transfer'>, at: number, slice: Slice, approved: boolean): Found<{ facts: TransferFacts; evaluation: Evaluation }> {
  if (cmd.from === cmd.to) return reject('ST2-SELF-TRANSFER', 'Sender and recipient are the same identity.');
  const facts = transferFacts(slice, cmd, at);
  if (!facts.ok) return facts;
  const judged = approved ? { ...facts.value, approved } : facts.value;
  return { ok: true, value: { facts: judged, evaluation: evaluateRules(judged) } };
}

/**
 * A holder transfer that every rule allows, as events: the transfer, then its fee as a movement of its own
 * (the recipient pays it out of what it received). Shared by a holder's transfer and an agent's approval of one.
 */
export function transferDecision(cmd: CommandOf<'Transfer'>, at: number, slice: Slice, approved = false): Decision<DomainEvent> {
  const evaluated = evaluateTransfer(cmd, at, slice, approved);
  if (!evaluated.ok) return evaluated;
  const { facts, evaluation } = evaluated.value;
  if (evaluation.broken) return evaluation.broken;
  const inPartition = partitionField(facts.partition);
  const transferred: DomainEvent = { type: 'Transferred', v: 1, at, securityId: cmd.securityId, from: cmd.from, to: cmd.to, amount: cmd.amount, forced: false, ...inPartition, ...screenedBy(facts) };
  const fee = facts.fee?.leg;
  return accept(fee ? [transferred, { type: 'TransferFeeCharged', v: 1, at, securityId: cmd.securityId, payer: cmd.to, collector: fee.collector, amount: fee.fee, bps: fee.bps, ...inPartition }] : [transferred]);
}

/** A holder moves only its own units: an investor, sending from itself, through its own org. */
export function requireSender(actor: Actor, from: string, slice: Slice): Rejection | null {
  const denied = requireRole(actor, 'investor');
  if (denied) return denied;
  if (actor.id !== from) return reject('ST2-UNAUTHORIZED', `${actor.id} may only send from its own holding.`, { from });
  const sender = findIdentity(slice, from);
  if (!sender.ok) return sender;
  return requireSameOrg(actor, sender.value);
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
  const denied = requireSender(actor, cmd.from, slice);
  if (denied) return denied;
  return transferDecision(cmd, at, slice);
}

/**
 * Issuance obeys the recipient-side rules (KYC, jurisdiction, caps) like any transfer in. It is an agent's
 * operation, so a pause (which stops holders) does not stop it: a paused security can be set up or repaired.
 * Maturity still does.
 */
function decideIssue(cmd: CommandOf<'Issue'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = movementFacts(slice, cmd.securityId, null, cmd.to, cmd.amount, at, partitionOf(cmd));
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value.security, 'issue');
  if (denied) return denied;
  const facts = withProofs(found.value, cmd);
  const { broken } = evaluateRules({ ...facts, security: { ...facts.security, paused: false } });
  if (broken) return broken;
  return accept([{ type: 'Issued', v: 1, at, securityId: cmd.securityId, to: cmd.to, amount: cmd.amount, ...partitionField(partitionOf(cmd)), ...screenedBy(facts) }]);
}

/**
 * Agent powers: redemption and forced transfer bypass the holder rules (lock-up, the sender's KYC,
 * freezes) but never the balance, so supply always equals the sum of holdings, and a forced transfer
 * never leaves units with an unverified identity (ERC-3643 `forcedTransfer` requires `isVerified(to)`).
 * Units taken beyond the free balance are unfrozen first, by an event of their own. From the redemption date
 * (ST2-MATURED) only the redemption takes units (`redemptionBurn`). Above the security's four-eyes threshold it
 * is refused unless `secondApproval` (its execution by a second agent's approval).
 */
export function decideAgentMovement(cmd: CommandOf<'Redeem' | 'ForcedTransfer'>, { actor, at }: Envelope, slice: Slice, secondApproval = false): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const power = cmd.kind === 'Redeem' ? 'redeem' : 'force';
  const denied = requireAgentOf(actor, found.value.security, power) ?? (secondApproval ? null : fourEyesProblem(found.value.security, power, cmd.amount));
  if (denied) return denied;
  // From the redemption date units leave only through the redemption, which pays for them.
  if (hasMatured(found.value.security, at)) return reject('ST2-MATURED', `Security ${cmd.securityId} has matured: its units are redeemed by its redemption.`);
  const parties = cmd.kind === 'ForcedTransfer' ? [cmd.from, cmd.to] : [cmd.from];
  for (const party of parties) {
    const identity = findActiveIdentity(slice, party);
    if (!identity.ok) return identity;
  }
  if (cmd.kind === 'ForcedTransfer' && cmd.from === cmd.to) return reject('ST2-SELF-TRANSFER', 'Sender and recipient are the same identity.');
  const partition = partitionOf(cmd);
  const short = partitionShortfall(holdingOf(slice, cmd.securityId, cmd.from), partition, cmd.amount);
  if (short) return short;
  const unheld = heldProblem(holdingOf(slice, cmd.securityId, cmd.from), cmd.amount, at);
  if (unheld) return unheld;
  if (cmd.kind === 'ForcedTransfer') {
    const unverified = verificationProblem(slice, cmd.securityId, cmd.to, at);
    if (unverified) return unverified;
  }
  const base = { v: 1 as const, at, securityId: cmd.securityId, from: cmd.from, amount: cmd.amount, ...partitionField(partition) };
  const unfreeze = neededUnfreeze(holdingOf(slice, cmd.securityId, cmd.from), cmd.amount, at);
  return accept([...unfreeze, cmd.kind === 'Redeem' ? { type: 'Redeemed', ...base } : { type: 'Transferred', ...base, to: cmd.to, forced: true }]);
}

/**
 * A redemption payment's burn: `units` of the holder's, from every partition (the default first), taken as an
 * agent's redemption takes them (frozen units unfrozen first, held ones refused: release the hold first).
 */
export function redemptionBurn(holding: Holding, units: bigint, at: number): Decision<DomainEvent> {
  if (holding.balance < units) {
    return reject('ST2-INSUFFICIENT-BALANCE', `${holding.holder} holds ${holding.balance}, lower than the ${units} to redeem.`, { balance: holding.balance.toString(), amount: units.toString() });
  }
  const unheld = heldProblem(holding, units, at);
  if (unheld) return unheld;
  const base = { type: 'Redeemed' as const, v: 1 as const, at, securityId: holding.securityId, from: holding.holder };
  let left = units;
  const burns: DomainEvent[] = [];
  for (const { partition, amount } of partitionsOf(holding)) {
    const taken = amount < left ? amount : left;
    if (taken > 0n) burns.push({ ...base, amount: taken, ...partitionField(partition) });
    left -= taken;
  }
  return accept([...neededUnfreeze(holding, units, at), ...burns]);
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
 * Agent movements take frozen units but never held ones: a hold promises its units to a beneficiary (a
 * settlement's counterparty), so the hold is released first, by an agent with the `hold` power, on the record.
 */
export function heldProblem(holding: Holding, amount: bigint, at: number): Rejection | null {
  const held = heldAmount(holding, at);
  if (holding.balance - held >= amount) return null;
  return reject('ST2-HELD', `${held} of ${holding.holder}'s balance is held: release the holds first.`, {
    holder: holding.holder, held: held.toString(), amount: amount.toString(),
  });
}

/**
 * As ERC-3643: an agent movement may take frozen units (not a whole-holding freeze, which stays), and the
 * part beyond the unfrozen balance is unfrozen first, recorded as such.
 */
function neededUnfreeze(holding: Holding, amount: bigint, at: number): DomainEvent[] {
  const unfrozen = holding.balance - holding.frozenAmount;
  if (amount <= unfrozen) return [];
  return [{ type: 'HoldingUnfrozen', v: 1, at, securityId: holding.securityId, holder: holding.holder, amount: amount - unfrozen }];
}
