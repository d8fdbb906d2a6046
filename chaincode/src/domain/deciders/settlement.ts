import { requireRole, requireSameOrg } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { DomainEvent } from '../events';
import { evolve, evolveAll } from '../evolve';
import { MAX_HOLD_MS } from '../hold';
import { activeHolds, availableBalance, MAX_HOLDS_PER_HOLDING } from '../holding';
import { partyOf } from '../party';
import { ROLES, type Actor } from '../roles';
import { deliveries, deliveryOf, isOpen, type Settlement, type Side } from '../settlement';
import { holdingOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { findIdentity, findPlainSecurity, type Found } from './lookup';
import { movementRefs, movementStatsRefs, transferDecision } from './movement';
import { bothCustodyAccounts, custodianSide, custodyLegDecision, custodyPartyOf, custodySettleRefs, findSettlementParty, ownerFactsMisfit } from './settlement-custody';

type SettlementCommand = CommandOf<'ProposeSettlement' | 'AffirmSettlement' | 'Settle' | 'CancelSettlement' | 'ExpireSettlement' | 'SettleNetted'>;
type OneInstruction = Exclude<SettlementCommand, { kind: 'ProposeSettlement' | 'SettleNetted' }>;

/** Everyone who writes: the regulator only reads. */
const WRITERS = ROLES.filter((role) => role !== 'regulator');

/** The instruction (or instructions); a new one also names its securities and parties. */
export function settlementRefs(cmd: SettlementCommand): Refs {
  switch (cmd.kind) {
    case 'ProposeSettlement':
      return refs({
        settlements: [cmd.settlementId], identities: [cmd.seller, cmd.buyer],
        securities: [cmd.securities.securityId, ...(cmd.cash ? [cmd.cash.securityId] : [])],
      });
    case 'SettleNetted':
      return refs({ settlements: cmd.settlementIds });
    default:
      return refs({ settlements: [cmd.settlementId] });
  }
}

/**
 * Once the instructions are loaded: their parties, securities and held holdings; a settlement also what its
 * transfers touch, and, once the holdings are loaded (the securities come with them), the stats and counts
 * a zero crossing changes.
 */
export function settlementDependentRefs(cmd: SettlementCommand, slice: Slice, env: Envelope): Refs {
  if (cmd.kind === 'ProposeSettlement') return refs({});
  const ids = cmd.kind === 'SettleNetted' ? cmd.settlementIds : [cmd.settlementId];
  const settling = cmd.kind === 'Settle' || cmd.kind === 'SettleNetted';
  return unionRefs(ids.flatMap((id) => {
    const settlement = slice.settlements[id];
    if (!settlement) return [];
    return [instructionRefs(settlement, settling, slice), ...(cmd.kind === 'Settle' ? [custodySettleRefs(settlement, env, slice)] : [])];
  }));
}

function instructionRefs(settlement: Settlement, settling: boolean, slice: Slice): Refs {
  const legs = deliveries(settlement);
  const own = refs({
    identities: [settlement.seller, settlement.buyer],
    securities: legs.map(({ leg }) => leg.securityId),
    holdings: legs.map(({ from, leg }) => [leg.securityId, from] as const),
  });
  if (!settling) return own;
  const transfers = legs.map(transferOfDelivery);
  const loaded = legs.every(({ leg }) => slice.securities[leg.securityId] !== undefined);
  return unionRefs([own, ...transfers.map(movementRefs), ...(loaded ? transfers.map((t) => movementStatsRefs(t, slice)) : [])]);
}

export function decideSettlement(cmd: SettlementCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'ProposeSettlement':
      return decidePropose(cmd, env, slice);
    case 'SettleNetted':
      return decideNetted(cmd, env, slice);
    default:
      return decideInstruction(cmd, env, slice);
  }
}

/** By either party, as itself. Nothing is held yet: each side's affirmation holds its leg. */
function decidePropose(cmd: CommandOf<'ProposeSettlement'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  if (slice.settlements[cmd.settlementId]) return reject('ST2-ALREADY-EXISTS', `Settlement ${cmd.settlementId} already exists.`, { settlementId: cmd.settlementId });
  for (const leg of [cmd.securities, ...(cmd.cash ? [cmd.cash] : [])]) {
    const security = findPlainSecurity(slice, leg.securityId);
    if (!security.ok) return security;
  }
  for (const party of [cmd.seller, cmd.buyer]) {
    const identity = findSettlementParty(slice, party);
    if (!identity.ok) return identity;
  }
  if (cmd.seller === cmd.buyer) return reject('ST2-SELF-TRANSFER', 'Seller and buyer are the same identity.');
  const twoAccounts = bothCustodyAccounts(cmd, slice);
  if (twoAccounts) return twoAccounts;
  if (cmd.cash?.securityId === cmd.securities.securityId) {
    return reject('ST2-INVALID-INPUT', 'The cash leg is another security than the securities leg.', { securityId: cmd.securities.securityId });
  }
  const { seller, buyer, settlementId, securities, cash, settleBy, priceHash } = cmd;
  const side = sideOf(actor, { seller, buyer }, slice);
  if (!side.ok) return side;
  if (settleBy <= at) return reject('ST2-SETTLEMENT-EXPIRED', `The settlement date (${settleBy}) is not ahead (${at}).`, { settleBy, at });
  if (settleBy - at > MAX_HOLD_MS) return reject('ST2-INVALID-INPUT', `A settlement date is at most ${MAX_HOLD_MS} ms ahead.`, { settleBy, max: at + MAX_HOLD_MS });
  return accept([{
    type: 'SettlementProposed', v: 1, at, settlementId, seller, buyer, securities, ...(cash ? { cash } : {}), settleBy, ...(priceHash ? { priceHash } : {}), by: partyOf(actor),
  }]);
}

/**
 * One instruction's moves, each refused with its own code when illegal from the instruction's state: a closed
 * one (settled, cancelled, failed) accepts nothing; past its settlement date an open one can only be cancelled or failed.
 */
function decideInstruction(cmd: OneInstruction, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findSettlement(slice, cmd.settlementId);
  if (!found.ok) return found;
  const settlement = found.value;
  // Failing an instruction past its date is anyone's to record; every other move is a party's.
  const side: Found<Side | null> = cmd.kind === 'ExpireSettlement' ? requireRole(env.actor, ...WRITERS) ?? { ok: true, value: null } : sideOf(env.actor, settlement, slice);
  if (!side.ok) return side;
  if (!isOpen(settlement)) return reject('ST2-SETTLEMENT-CLOSED', `Settlement ${settlement.id} was ${settlement.status}.`, { settlementId: settlement.id, status: settlement.status });
  const due = env.at >= settlement.settleBy;
  switch (cmd.kind) {
    case 'CancelSettlement':
      return accept([closedEvent(settlement, env, 'cancelled')]);
    case 'ExpireSettlement':
      if (!due) return reject('ST2-SETTLEMENT-NOT-DUE', `Settlement ${settlement.id} may settle until ${settlement.settleBy}.`, { settleBy: settlement.settleBy });
      return accept([closedEvent(settlement, env, 'failed', 'The settlement date passed unsettled.')]);
    case 'AffirmSettlement':
    case 'Settle': {
      if (due) return reject('ST2-SETTLEMENT-EXPIRED', `Settlement ${settlement.id} had to settle before ${settlement.settleBy}.`, { settleBy: settlement.settleBy });
      return cmd.kind === 'Settle' ? decideSettle([settlement], env, slice) : decideAffirm(settlement, side.value ?? 'seller', env, slice);
    }
  }
}

/**
 * A side (the party calling, or a custody account's custodian for it) affirms once, holding the leg it delivers
 * (its available units: neither frozen nor held) until the settlement date. An account's hold is on its public
 * holding; the owner whose position delivers is named, and checked, when the custodian settles.
 */
function decideAffirm(settlement: Settlement, side: Side, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  if (settlement.affirmations[side]) return reject('ST2-ALREADY-AFFIRMED', `The ${side} already affirmed settlement ${settlement.id}.`, { side });
  const delivery = deliveryOf(settlement, side);
  const holder = side === 'seller' ? settlement.seller : settlement.buyer;
  if (delivery) {
    const holding = holdingOf(slice, delivery.leg.securityId, holder);
    const available = availableBalance(holding, at);
    if (delivery.leg.amount > available) {
      return reject('ST2-INSUFFICIENT-BALANCE', `Only ${available} of ${holder}'s ${delivery.leg.securityId} is available to hold.`, {
        leg: legName(side), available: available.toString(), amount: delivery.leg.amount.toString(),
      });
    }
    if (activeHolds(holding, at).length >= MAX_HOLDS_PER_HOLDING) {
      return reject('ST2-LIMIT-EXCEEDED', `A holding carries at most ${MAX_HOLDS_PER_HOLDING} holds.`, { leg: legName(side), limit: MAX_HOLDS_PER_HOLDING });
    }
  }
  return accept([{
    type: 'SettlementAffirmed', v: 1, at, settlementId: settlement.id, side, holder, ...(delivery ? { held: delivery.leg } : {}), settleBy: settlement.settleBy, by: partyOf(actor),
  }]);
}

/**
 * Settles instructions in one transaction, all or nothing. Every leg of every instruction is judged, in
 * order, by the rules of a holder transfer on the state the legs before it left (its holds released first);
 * the first refused leg refuses the whole with its rule's code, the instruction and the leg in the details.
 * What moves is then, per security, the net of all the legs (one instruction: its two legs), each net
 * movement a holder transfer judged again, so fees and window counters count what actually moves.
 */
function decideSettle(settlements: readonly Settlement[], env: Envelope, slice: Slice): Decision<DomainEvent> {
  const { actor, at } = env;
  const settled: DomainEvent[] = [];
  const legs: DomainEvent[] = [];
  let gross = slice;
  for (const settlement of settlements) {
    if (!settlement.affirmations.seller || !settlement.affirmations.buyer) {
      return reject('ST2-SETTLEMENT-NOT-AFFIRMED', `Settlement ${settlement.id} awaits the ${settlement.affirmations.seller ? 'buyer' : 'seller'}'s affirmation.`, {
        settlementId: settlement.id, affirmations: settlement.affirmations,
      });
    }
    const { seller, buyer, securities, cash } = settlement;
    const event: DomainEvent = { type: 'SettlementSettled', v: 1, at, settlementId: settlement.id, seller, buyer, securities, ...(cash ? { cash } : {}), by: partyOf(actor) };
    settled.push(event);
    gross = evolve(gross, event);
    const custody = custodyPartyOf(settlement, slice);
    const misfit = custody && ownerFactsMisfit(settlement, custody, env.custody);
    if (misfit) return misfit;
    for (const delivery of deliveries(settlement)) {
      const moved = custody && env.custody ? custodyLegDecision(delivery, custody, env.custody, at, gross) : transferDecision(transferOfDelivery(delivery), at, gross);
      if (!moved.ok) return legRefusal(moved, settlement, delivery.side);
      legs.push(...moved.events);
      gross = evolveAll(gross, moved.events);
    }
  }
  // One instruction: its legs are the net movements, judged already.
  if (settlements.length === 1) return accept([...settled, ...legs]);
  const released = evolveAll(slice, settled);
  const movements: DomainEvent[] = [];
  let net = released;
  for (const transfer of netTransfers(settlements)) {
    const moved = transferDecision(transfer, at, net);
    if (!moved.ok) return reject(moved.code, `Net movement of ${transfer.securityId}: ${moved.message}`, { ...moved.details, leg: 'net', securityId: transfer.securityId });
    movements.push(...moved.events);
    net = evolveAll(net, moved.events);
  }
  return accept([...settled, ...movements]);
}

/** Netting: every instruction open, between the same two parties (in either role), settled as one. */
function decideNetted(cmd: CommandOf<'SettleNetted'>, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const settlements: Settlement[] = [];
  for (const id of cmd.settlementIds) {
    const found = findSettlement(slice, id);
    if (!found.ok) return found;
    const settlement = found.value;
    const side = sideOf(env.actor, settlement, slice);
    if (!side.ok) return side;
    if (!isOpen(settlement)) return reject('ST2-SETTLEMENT-CLOSED', `Settlement ${id} was ${settlement.status}.`, { settlementId: id, status: settlement.status });
    if (env.at >= settlement.settleBy) return reject('ST2-SETTLEMENT-EXPIRED', `Settlement ${id} had to settle before ${settlement.settleBy}.`, { settlementId: id, settleBy: settlement.settleBy });
    // Net movements are plain transfers: an account's units move only with its owner's sub-ledger entry.
    if (custodyPartyOf(settlement, slice)) return reject('ST2-CUSTODY-ACCOUNT', `Settlement ${id} has a custody account as a party: it settles on its own.`, { settlementId: id });
    settlements.push(settlement);
  }
  const pair = (s: Settlement) => [s.seller, s.buyer].sort().join('\u0000');
  const first = settlements[0];
  const stranger = settlements.find((s) => first && pair(s) !== pair(first));
  if (stranger) return reject('ST2-NETTING-MISMATCH', `Settlement ${stranger.id} is between other parties than ${first?.id}.`, { settlementId: stranger.id });
  return decideSettle(settlements, env, slice);
}

/** Per security, what each party delivers less what it receives over all the instructions: one transfer from the net payer. */
function netTransfers(settlements: readonly Settlement[]): CommandOf<'Transfer'>[] {
  const owed = new Map<string, Map<string, bigint>>();
  for (const { from, to, leg } of settlements.flatMap(deliveries)) {
    const bySecurity = owed.get(leg.securityId) ?? new Map<string, bigint>();
    bySecurity.set(from, (bySecurity.get(from) ?? 0n) + leg.amount);
    bySecurity.set(to, (bySecurity.get(to) ?? 0n) - leg.amount);
    owed.set(leg.securityId, bySecurity);
  }
  return [...owed].flatMap(([securityId, bySecurity]) => {
    const payers = [...bySecurity].filter(([, amount]) => amount > 0n);
    const receiver = [...bySecurity].find(([, amount]) => amount < 0n)?.[0];
    // Two parties: one pays what the other receives (or the legs cancel out and nothing moves).
    return receiver === undefined ? [] : payers.map(([from, amount]): CommandOf<'Transfer'> => ({ kind: 'Transfer', securityId, from, to: receiver, amount }));
  });
}

/**
 * The side the actor takes: an investor, as the seller or the buyer itself, through the org that onboarded it;
 * or a custodian, for the custody account it keeps that is a party.
 */
export function sideOf(actor: Actor, { seller, buyer }: Pick<Settlement, 'seller' | 'buyer'>, slice: Slice): Found<Side> {
  const custodian = custodianSide(actor, { seller, buyer }, slice);
  if (custodian) return { ok: true, value: custodian };
  const denied = requireRole(actor, 'investor');
  if (denied) return denied;
  if (actor.id !== seller && actor.id !== buyer) return reject('ST2-UNAUTHORIZED', `${actor.id} is not a party to this settlement.`, { seller, buyer });
  const identity = findIdentity(slice, actor.id);
  if (!identity.ok) return identity;
  const other = requireSameOrg(actor, identity.value);
  if (other) return other;
  return { ok: true, value: actor.id === seller ? 'seller' : 'buyer' };
}

function closedEvent(settlement: Settlement, { actor, at }: Envelope, status: 'cancelled' | 'failed', reason?: string): DomainEvent {
  const { id: settlementId, seller, buyer, securities, cash } = settlement;
  return { type: 'SettlementClosed', v: 1, at, settlementId, status, ...(reason ? { reason } : {}), seller, buyer, securities, ...(cash ? { cash } : {}), by: partyOf(actor) };
}

function legRefusal(refused: Rejection, settlement: Settlement, side: Side): Rejection {
  const leg = legName(side);
  return reject(refused.code, `Settlement ${settlement.id}, ${leg} leg: ${refused.message}`, { ...refused.details, settlementId: settlement.id, leg });
}

const legName = (side: Side) => (side === 'seller' ? 'securities' : 'cash');

function findSettlement(slice: Slice, id: string): Found<Settlement> {
  const settlement = slice.settlements[id];
  return settlement ? { ok: true, value: settlement } : reject('ST2-NOT-FOUND', `Unknown settlement ${id}.`, { settlementId: id });
}

function transferOfDelivery({ from, to, leg }: { from: string; to: string; leg: { securityId: string; amount: bigint } }): CommandOf<'Transfer'> {
  return { kind: 'Transfer', securityId: leg.securityId, from, to, amount: leg.amount };
}
