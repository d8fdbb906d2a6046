import { requireAgentOf, requireIssuerOf, requireSameOrg } from '../authorize';
import type { Command, CommandOf, Envelope } from '../commands';
import { adjustmentOf, leavesFractions, multiplierOf, type Adjustment, type CorporateAction, type CorporateActionType } from '../corporate-action';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { Rate } from '../distribution';
import type { DomainEvent, EventOf } from '../events';
import { evolve, evolveAll } from '../evolve';
import { heldAmount, type Holding } from '../holding';
import { partitionsOf } from '../partition';
import { partyOf } from '../party';
import type { Actor } from '../roles';
import { supplyCapProblem } from '../rules/max-supply';
import { MAX_AMOUNT } from '../schema';
import type { Security } from '../security';
import { holdingOf, jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { cashPaymentRefs, payInCash, type CashPayment } from './cash-payments';
import { findActiveIdentity, findIdentity, findPlainSecurity, findSecurity, type Found } from './lookup';

type CorporateActionCommand = CommandOf<'DeclareCorporateAction' | 'ApplyCorporateAction'>;

/** A declaration reads the supply (the new supply must fit its caps); a batch loads the rest once the action is loaded. */
export function corporateActionRefs(cmd: CorporateActionCommand): Refs {
  if (cmd.kind === 'ApplyCorporateAction') return refs({ corporateActions: [cmd.actionId], identities: cmd.holders });
  const cash = cmd.cashInLieu;
  return refs({ corporateActions: [cmd.actionId], securities: [cmd.securityId, ...(cash ? [cash.cashSecurityId] : [])], stats: [cmd.securityId], identities: cash ? [cash.payer] : [] });
}

/**
 * Once the action is loaded: the security, its stats (a batch changes the supply), the holders' holdings, the
 * holder counts of the jurisdictions of holders a reverse split leaves with nothing, and what the cash in lieu
 * touches (`Repository.loadFor` loads until nothing new: holdings first, then what they imply).
 */
export function corporateActionDependentRefs(cmd: CommandOf<'ApplyCorporateAction'>, slice: Slice): Refs {
  const action = slice.corporateActions[cmd.actionId];
  if (!action) return refs({});
  const { securityId, cashInLieu } = action;
  const own = refs({
    securities: [securityId, ...(cashInLieu ? [cashInLieu.cashSecurityId] : [])], stats: [securityId],
    holdings: [...cmd.holders.map((holder) => [securityId, holder] as const), ...(cashInLieu ? [[cashInLieu.cashSecurityId, cashInLieu.payer] as const] : [])],
    identities: cashInLieu ? [cashInLieu.payer] : [],
  });
  const adjustments = adjustmentsOf(action, cmd.holders, slice);
  const leavers = adjustments.filter((a) => a.units > 0n && a.newUnits === 0n).flatMap((a) => jurisdictionOf(slice, securityId, a.holder));
  const cash = cashInLieu ? cashPaymentRefs(cashInLieu.cashSecurityId, cashInLieu.payer, cashPaymentsOf(action, adjustments), slice) : refs({});
  return unionRefs([own, refs({ jurisdictions: leavers }), cash]);
}

export function decideCorporateAction(cmd: CorporateActionCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  return cmd.kind === 'DeclareCorporateAction' ? decideDeclare(cmd, env, slice) : decideApply(cmd, env, slice);
}

/**
 * By the equity security's issuer, effective now or later. Refused while another action is pending or a
 * record-date snapshot falls at or after the effective time (its balances would mix old and new units), for a
 * ratio that does not fit the kind, for a ratio that can leave fractions without cash in lieu, and when the
 * supply in new units would pass the security's maximum supply or the maximum amount.
 */
function decideDeclare(cmd: CommandOf<'DeclareCorporateAction'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const { security, stats } = found.value;
  const denied = requireIssuerOf(actor, security);
  if (denied) return denied;
  if (security.terms.kind !== 'equity') return reject('ST2-INVALID-INPUT', `${security.id} is not equity: splits and stock dividends are for shares.`, { securityId: security.id });
  if (slice.corporateActions[cmd.actionId]) return reject('ST2-ALREADY-EXISTS', `Corporate action ${cmd.actionId} already exists.`, { actionId: cmd.actionId });
  const conflict = declarationConflict(security, cmd.effectiveTime);
  if (conflict) return conflict;
  if (cmd.effectiveTime < at) return reject('ST2-INVALID-INPUT', 'The effective time must not be in the past.', { effectiveTime: cmd.effectiveTime });
  const wrongRatio = ratioProblem(cmd.type, cmd.ratio);
  if (wrongRatio) return wrongRatio;
  const multiplier = multiplierOf(cmd.type, cmd.ratio);
  if (leavesFractions(multiplier) && !cmd.cashInLieu) {
    return reject('ST2-INVALID-INPUT', `A ratio of ${cmd.ratio.numerator}:${cmd.ratio.denominator} leaves fractions of a unit: declare the cash in lieu that pays them.`, { ratio: ratioField(cmd.ratio) });
  }
  const cash = cmd.cashInLieu ? cashInLieuProblem(actor, slice, cmd.cashInLieu.cashSecurityId, cmd.cashInLieu.payer) : null;
  if (cash) return cash;
  const supply = stats?.supply ?? 0n;
  const supplyProblem = newSupplyProblem(security, supply, (supply * multiplier.numerator) / multiplier.denominator);
  if (supplyProblem) return supplyProblem;
  const { actionId: id, securityId, type, ratio, effectiveTime, cashInLieu } = cmd;
  const action: CorporateAction = {
    id, securityId, type, ratio, effectiveTime, ...(cashInLieu ? { cashInLieu } : {}), declaredBy: partyOf(actor), declaredAt: at,
    status: 'declared', appliedHolders: 0, oldUnits: 0n, newUnits: 0n, cashPaid: 0n,
  };
  return accept([{ type: 'CorporateActionDeclared', v: 1, at, action }]);
}

/**
 * A batch of holders, all or none, by the issuer or an agent from the effective time on: each holding in new
 * units (its marker: the holding names the action), the fraction paid in cash by a holder transfer from the payer
 * judged by the cash token's rules. The batch that applies the last unit completes the action: units move again.
 */
function decideApply(cmd: CommandOf<'ApplyCorporateAction'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const due = dueAction(cmd.actionId, actor, at, slice);
  if (!due.ok) return due;
  const { action, security, supply } = due.value;
  const adjustments = adjustmentsOf(action, cmd.holders, slice);
  for (const [index, adjustment] of adjustments.entries()) {
    const refused = holderProblem(action, adjustment, holdingOf(slice, action.securityId, adjustment.holder), at, slice, supply);
    if (refused) return { ...refused, details: { ...refused.details, holder: adjustment.holder, index } };
  }
  const oldUnits = adjustments.reduce((sum, a) => sum + a.units, 0n);
  const newUnits = adjustments.reduce((sum, a) => sum + a.newUnits, 0n);
  const supplyProblem = newSupplyProblem(security, supply, supply - oldUnits + newUnits);
  if (supplyProblem) return supplyProblem;
  const applied: DomainEvent = { type: 'CorporateActionApplied', v: 1, at, actionId: action.id, securityId: action.securityId, adjustments };
  const current = evolve(slice, applied);
  const paid = payInCash(cashPaymentsOf(action, adjustments), at, current);
  if (!paid.ok) return paid;
  return accept([applied, ...paid.events, ...completion(action, evolveAll(current, paid.events), at)]);
}

/** The completion, when the batch applied the last unit: every unit of the supply is in new units, and units move again. */
export function completion(action: CorporateAction, after: Slice, at: number): DomainEvent[] {
  const supply = after.stats[action.securityId]?.supply ?? 0n;
  const remaining = supply - (after.corporateActions[action.id]?.newUnits ?? 0n);
  return remaining === 0n ? [{ type: 'CorporateActionCompleted', v: 1, at, actionId: action.id, securityId: action.securityId, supply }] : [];
}

/** The action, declared and effective, and a caller who may apply it: the issuer or an agent, of the payer's org when cash is paid. */
function dueAction(id: string, actor: Actor, at: number, slice: Slice): Found<{ action: CorporateAction; security: Security; supply: bigint }> {
  const action = slice.corporateActions[id];
  if (!action) return reject('ST2-NOT-FOUND', `Unknown corporate action ${id}.`, { actionId: id });
  const found = findSecurity(slice, action.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value.security);
  if (denied) return denied;
  const payer = action.cashInLieu ? findIdentity(slice, action.cashInLieu.payer) : null;
  if (payer && !payer.ok) return payer;
  const otherOrg = payer?.ok ? requireSameOrg(actor, payer.value) : null;
  if (otherOrg) return otherOrg;
  if (action.status === 'completed') return reject('ST2-CORPORATE-ACTION-COMPLETED', `Corporate action ${id} was applied to every holder.`, { actionId: id });
  if (at < action.effectiveTime) {
    return reject('ST2-CORPORATE-ACTION-NOT-DUE', `Corporate action ${id} is effective from ${new Date(action.effectiveTime).toISOString()}.`, { effectiveTime: action.effectiveTime });
  }
  return { ok: true, value: { action, security: found.value.security, supply: found.value.stats.supply } };
}

/** Why one holder cannot be applied, or null. */
function holderProblem(action: CorporateAction, adjustment: Adjustment, holding: Holding, at: number, slice: Slice, supply: bigint): Rejection | null {
  const identity = findIdentity(slice, adjustment.holder);
  if (!identity.ok) return identity;
  if (identity.value.custody !== undefined) {
    // Its beneficial owners' positions are private to its custodian: they cannot be rescaled by this transaction.
    return reject('ST2-CUSTODY-ACCOUNT', `${adjustment.holder} is a custody account: its custodian applies ${action.id} through its beneficial owners.`, {});
  }
  if (holding.corporateAction === action.id) return reject('ST2-ALREADY-ADJUSTED', `${adjustment.holder} was already applied ${action.id}.`, {});
  // With no supply left (all redeemed before the effective time), any holder's empty batch completes the action.
  if (holding.balance === 0n && supply > 0n) return reject('ST2-NO-ENTITLEMENT', `${adjustment.holder} holds no ${action.securityId}.`, {});
  // A hold reserves units in old units, in its own record too: it is released (or expires) before its holding is applied.
  if (heldAmount(holding, at) > 0n) return reject('ST2-HELD', `Part of ${adjustment.holder}'s holding is held: release its holds before applying ${action.id}.`, {});
  if (adjustment.newUnits > MAX_AMOUNT) return reject('ST2-AMOUNT-LIMIT', `${adjustment.holder}'s new balance ${adjustment.newUnits} passes the maximum amount.`, {});
  return null;
}

/** Each holder's current balance (its balance at the effective time: nothing moved since) and what the action makes of it. */
function adjustmentsOf(action: CorporateAction, holders: readonly string[], slice: Slice): Adjustment[] {
  const multiplier = multiplierOf(action.type, action.ratio);
  return holders.map((holder) => {
    const units = holdingOf(slice, action.securityId, holder).balance;
    return { holder, units, ...adjustmentOf(units, multiplier, action.cashInLieu?.price) };
  });
}

/** The cash in lieu as transfers from the payer: none for a holder paid nothing, or for the payer itself. */
function cashPaymentsOf(action: CorporateAction, adjustments: readonly Adjustment[]): CashPayment[] {
  const cash = action.cashInLieu;
  if (!cash) return [];
  return adjustments.flatMap(({ holder, cash: amount }, index) => (amount === 0n || holder === cash.payer
    ? []
    : [{ index, holder, transfer: { kind: 'Transfer' as const, securityId: cash.cashSecurityId, from: cash.payer, to: holder, amount } }]));
}

/** Another action pending, or an open snapshot whose record time is not before the effective time. */
function declarationConflict(security: Security, effectiveTime: number): Rejection | null {
  if (security.corporateAction) {
    return reject('ST2-CORPORATE-ACTION-PENDING', `${security.id} has corporate action ${security.corporateAction.id} under way: complete it first.`, { actionId: security.corporateAction.id });
  }
  const snapshot = (security.snapshots ?? []).find((s) => s.recordTime >= effectiveTime);
  if (!snapshot) return null;
  return reject('ST2-CORPORATE-ACTION-PENDING', `${snapshot.id}'s record time is not before the effective time: its balances would mix old and new units.`, { snapshot: snapshot.id, recordTime: snapshot.recordTime });
}

/** A split gives more units than it takes, a reverse split fewer; a stock dividend adds some. */
function ratioProblem(type: CorporateActionType, ratio: Rate): Rejection | null {
  if (type === 'split' && ratio.numerator <= ratio.denominator) return reject('ST2-INVALID-INPUT', 'A split gives more new units than old ones: numerator > denominator.', { ratio: ratioField(ratio) });
  if (type === 'reverse-split' && ratio.numerator >= ratio.denominator) return reject('ST2-INVALID-INPUT', 'A reverse split gives fewer new units than old ones: numerator < denominator.', { ratio: ratioField(ratio) });
  return null;
}

/** The cash token and the payer: an identity of the caller's own org (the issuer funds the cash). */
function cashInLieuProblem(actor: Actor, slice: Slice, cashSecurityId: string, payerId: string): Rejection | null {
  const cash = findPlainSecurity(slice, cashSecurityId);
  if (!cash.ok) return cash;
  if (cash.value.security.terms.kind !== 'cash') return reject('ST2-NOT-CASH', `${cashSecurityId} is not a cash token.`, { cashSecurityId });
  const payer = findActiveIdentity(slice, payerId);
  if (!payer.ok) return payer;
  return requireSameOrg(actor, payer.value);
}

/** The supply in new units fits the maximum amount and, when it grows, the security's maximum supply. */
export function newSupplyProblem(security: Security, supply: bigint, newSupply: bigint): Rejection | null {
  if (newSupply > MAX_AMOUNT) return reject('ST2-AMOUNT-LIMIT', `The supply would become ${newSupply}, past the maximum amount.`, { supply: supply.toString() });
  return newSupply > supply ? supplyCapProblem(security, supply, newSupply - supply) : null;
}

const ratioField = (ratio: Rate) => ({ numerator: ratio.numerator.toString(), denominator: ratio.denominator.toString() });

/**
 * The lock (`ST2-CORPORATE-ACTION-PENDING`): from a pending action's effective time until its completion, no
 * command but the action's own batches may change what a holding of the security holds (balance or partitions),
 * and no command may open a snapshot whose record time falls at or after the effective time. Checked once on the
 * state a decision leaves (decide.ts), so every way in is covered; freezes, holds' releases and anything else
 * that leaves the units where they are go on. Costs nothing unless a loaded security has an action pending.
 */
export function pendingActionProblem(cmd: Command, before: Slice, events: readonly DomainEvent[], at: number): Rejection | null {
  if (cmd.kind === 'ApplyCorporateAction' || cmd.kind === 'ApplyCustodyCorporateAction' || !Object.values(before.securities).some((s) => s.corporateAction)) return null;
  const after = evolveAll(before, events);
  // In key order, so that whatever loaded the slice (chaincode or test world) names the same holder.
  const moved = Object.entries(after.holdings).sort(([a], [b]) => (a < b ? -1 : 1)).find(([ref, h]) => {
    const pending = before.securities[h.securityId]?.corporateAction;
    return pending !== undefined && at >= pending.effectiveTime && unitsOf(before.holdings[ref]) !== unitsOf(h);
  });
  if (moved) {
    const [, { securityId, holder }] = moved;
    const pending = before.securities[securityId]?.corporateAction;
    return reject('ST2-CORPORATE-ACTION-PENDING', `${securityId} is under corporate action ${pending?.id ?? ''}: its units do not move until every holder is applied.`, { securityId, holder, actionId: pending?.id });
  }
  // A move between a custody account's owners changes no public holding, but owners are rescaled as holders are.
  const shifted = events.find((e): e is EventOf<'CustodyMoved'> => e.type === 'CustodyMoved' && at >= (before.securities[e.securityId]?.corporateAction?.effectiveTime ?? Infinity));
  if (shifted) {
    const pending = before.securities[shifted.securityId]?.corporateAction;
    return reject('ST2-CORPORATE-ACTION-PENDING', `${shifted.securityId} is under corporate action ${pending?.id ?? ''}: its owners' positions do not move until every holder is applied.`, { securityId: shifted.securityId, holder: shifted.accountId, actionId: pending?.id });
  }
  const opened = Object.values(after.securities).flatMap((s) => {
    const pending = before.securities[s.id]?.corporateAction;
    const known = new Set((before.securities[s.id]?.snapshots ?? []).map((snapshot) => snapshot.id));
    return pending ? (s.snapshots ?? []).filter((snapshot) => !known.has(snapshot.id) && snapshot.recordTime >= pending.effectiveTime).map((snapshot) => ({ securityId: s.id, snapshot, pending })) : [];
  })[0];
  if (!opened) return null;
  return reject('ST2-CORPORATE-ACTION-PENDING', `A record time at or after ${opened.pending.id}'s effective time would mix old and new units of ${opened.securityId}.`, {
    securityId: opened.securityId, actionId: opened.pending.id, recordTime: opened.snapshot.recordTime,
  });
}

/** What a holding holds, by partition, as one comparable string (an absent holding holds nothing). */
function unitsOf(h: Holding | undefined): string {
  return h ? partitionsOf(h).map((p) => `${p.partition}:${p.amount}`).join(',') : '';
}
