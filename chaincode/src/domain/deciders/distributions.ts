import { requireAgentOf, requireIssuerOf, requireSameOrg } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision, type Rejection } from '../decision';
import { entitlementOf, payoutRef, type Distribution, type Payment } from '../distribution';
import type { DomainEvent } from '../events';
import { evolve } from '../evolve';
import type { Actor } from '../roles';
import { partyOf } from '../party';
import { MAX_AMOUNT, MAX_ID_LENGTH } from '../schema';
import { holdingOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { MAX_OPEN_SNAPSHOTS, valueAt } from '../snapshots';
import { couponDistributionId, debtCalendarOf, isDebtLike, type DebtLikeTerms, type ScheduledCoupon } from '../debt';
import { couponPerUnit } from '../schedule';
import { fixCoupon, fixingFeedId, fixingRounds, type Fixing } from '../coupon-fixing';
import { findActiveIdentity, findIdentity, findPlainSecurity, findSecurity, findSecurityDefinition, type Found } from './lookup';
import { movementRefs, movementStatsRefs, redemptionBurn, transferDecision } from './movement';
import { payerLeavingRefs, paySteps } from './cash-payments';
import type { RedemptionKind } from '../redemption';

type DistributionCommand = CommandOf<'DeclareDistribution' | 'DeclareCoupon' | 'PayDistribution' | 'CloseDistribution'>;

export function distributionRefs(cmd: DistributionCommand): Refs {
  switch (cmd.kind) {
    case 'DeclareDistribution':
      return refs({ distributions: [cmd.distributionId], securities: [cmd.securityId, cmd.cashSecurityId], identities: [cmd.payer, cmd.remainderAccount] });
    case 'DeclareCoupon':
      return refs({ distributions: [couponDistributionId(cmd.securityId, cmd.coupon)], securities: [cmd.securityId, cmd.cashSecurityId], identities: [cmd.payer, cmd.remainderAccount] });
    case 'PayDistribution':
      return refs({ distributions: [cmd.distributionId], payouts: cmd.holders.map((holder) => [cmd.distributionId, holder] as const), identities: cmd.holders });
    case 'CloseDistribution':
      return refs({ distributions: [cmd.distributionId] });
  }
}

/**
 * Once the distribution is loaded: its securities and payer; a batch the holders' balances at record time and
 * what their cash transfers touch, a close the supply at record time and the remainder's transfer. The
 * transfers' stats and counts follow once the holdings are loaded (`Repository.loadFor` loads until nothing new).
 */
export function distributionDependentRefs(cmd: CommandOf<'PayDistribution' | 'CloseDistribution'>, slice: Slice): Refs {
  const distribution = slice.distributions[cmd.distributionId];
  if (!distribution) return refs({});
  const { securityId, cashSecurityId, payer } = distribution;
  const own = refs({ securities: [securityId, cashSecurityId], identities: [payer], holdings: [[cashSecurityId, payer]] });
  if (cmd.kind === 'CloseDistribution') {
    const closing = refs({ stats: [securityId], identities: [distribution.remainderAccount] });
    const remainder = remainderTransfer(distribution, slice);
    return unionRefs([own, closing, ...(remainder ? [movementRefs(remainder), movementStatsRefs(remainder, slice)] : [])]);
  }
  const units = refs({ holdings: cmd.holders.map((holder) => [securityId, holder] as const) });
  const payments = paymentsOf(distribution, cmd.holders, slice);
  const transfers = payments.flatMap((p) => paymentTransfer(distribution, p));
  // A redemption burns each holder's units: the security's supply, and the counts of jurisdictions its holders leave.
  const burns = distribution.redemption ? payments.map((p): CommandOf<'Redeem'> => ({ kind: 'Redeem', securityId, from: p.holder, amount: p.units })) : [];
  const leaving = payerLeavingRefs(cashSecurityId, payer, transfers, slice);
  return unionRefs([own, units, leaving, ...[...transfers, ...burns].flatMap((t) => [movementRefs(t), movementStatsRefs(t, slice)])]);
}

export function decideDistribution(cmd: DistributionCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'DeclareDistribution':
      return decideDeclare(cmd, env, slice);
    case 'DeclareCoupon':
      return decideDeclareCoupon(cmd, env, slice);
    case 'PayDistribution':
      return decidePay(cmd, env, slice);
    case 'CloseDistribution':
      return decideClose(cmd, env, slice);
  }
}

/**
 * By the security's issuer, paying from an identity of its own org. The record time may be now but not past
 * (a balance that changed since could no longer be known), and payments begin strictly after it, so no
 * movement in the record time's millisecond can escape the snapshot.
 */
export function decideDeclare(cmd: CommandOf<'DeclareDistribution'>, { actor, at }: Envelope, slice: Slice, purpose: Purpose = {}): Decision<DomainEvent> {
  const found = findSecurityDefinition(slice, cmd.securityId);
  if (!found.ok) return found;
  const security = found.value;
  const denied = requireIssuerOf(actor, security);
  if (denied) return denied;
  if (cmd.distributionId.length > MAX_ID_LENGTH) return reject('ST2-INVALID-INPUT', `${cmd.distributionId} is longer than an id may be: use a shorter security id.`, { distributionId: cmd.distributionId });
  if (slice.distributions[cmd.distributionId]) return reject('ST2-ALREADY-EXISTS', `Distribution ${cmd.distributionId} already exists.`, { distributionId: cmd.distributionId });
  const cash = findPlainSecurity(slice, cmd.cashSecurityId);
  if (!cash.ok) return cash;
  if (cash.value.security.terms.kind !== 'cash') return reject('ST2-NOT-CASH', `${cmd.cashSecurityId} is not a cash token.`, { cashSecurityId: cmd.cashSecurityId });
  const payer = payerOf(actor, slice, cmd.payer);
  if (!payer.ok) return payer;
  const remainderAccount = findActiveIdentity(slice, cmd.remainderAccount);
  if (!remainderAccount.ok) return remainderAccount;
  // A redemption's record time is its redemption date's eve: past, but nothing has moved since (ST2-MATURED).
  if (cmd.recordTime < at && !('redemption' in purpose)) return reject('ST2-INVALID-INPUT', 'The record time must not be in the past.', { recordTime: cmd.recordTime });
  if (cmd.paymentDate <= cmd.recordTime) return reject('ST2-INVALID-INPUT', 'Payments begin after the record time.', { paymentDate: cmd.paymentDate });
  const open = security.snapshots ?? [];
  if (open.length >= MAX_OPEN_SNAPSHOTS) {
    return reject('ST2-LIMIT-EXCEEDED', `${security.id} already keeps ${MAX_OPEN_SNAPSHOTS} snapshots open, the limit: close a proposal or a distribution first.`, { limit: MAX_OPEN_SNAPSHOTS });
  }
  if (open.some((s) => s.id === cmd.distributionId)) return reject('ST2-ALREADY-EXISTS', `${security.id} already keeps a snapshot named ${cmd.distributionId}.`, { distributionId: cmd.distributionId });
  const { distributionId: id, securityId, cashSecurityId, rate, recordTime, paymentDate } = cmd;
  const distribution: Distribution = {
    id, securityId, cashSecurityId, rate, recordTime, paymentDate, payer: cmd.payer, remainderAccount: cmd.remainderAccount,
    declaredBy: partyOf(actor), declaredAt: at, status: 'declared', paidHolders: 0, paidUnits: 0n, paidAmount: 0n, ...purpose,
  };
  return accept([{ type: 'DistributionDeclared', v: 1, at, distribution }]);
}

/** What a distribution pays beyond a dividend: a coupon of the schedule, or the principal at redemption. */
type Purpose = { readonly coupon: number; readonly fixing?: Fixing } | { readonly redemption: RedemptionKind } | Record<string, never>;

/**
 * A coupon as a distribution whose rate per unit held is the schedule's coupon per unit of face value (over 1)
 * and whose payment date is the coupon's. Every other check is the declaration's. Refused (ST2-INVALID-INPUT)
 * for a security that is not debt, a coupon the schedule does not have, a cash token in another currency, an
 * observed rate missing for a floating coupon or given for a fixed one, and a coupon that rounds to nothing.
 */
function decideDeclareCoupon(cmd: CommandOf<'DeclareCoupon'>, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findSecurityDefinition(slice, cmd.securityId);
  if (!found.ok) return found;
  // The issuer's first, as for any declaration: nobody else learns why a coupon would be refused.
  const denied = requireIssuerOf(env.actor, found.value);
  if (denied) return denied;
  const { terms, createdAt } = found.value;
  if (!isDebtLike(terms)) return reject('ST2-INVALID-INPUT', `${cmd.securityId} is not a debt security: it has no coupons.`, { securityId: cmd.securityId });
  const period = debtCalendarOf(terms, createdAt).coupons[cmd.coupon - 1];
  if (!period) return reject('ST2-INVALID-INPUT', `${cmd.securityId} has no coupon ${cmd.coupon}.`, { coupon: cmd.coupon });
  const currency = currencyProblem(cmd, terms, slice);
  if (currency) return currency;
  const priced = couponOf(period, terms, cmd.fixingRoundId, slice);
  if ('ok' in priced) return priced;
  const distributionId = couponDistributionId(cmd.securityId, cmd.coupon);
  const { securityId, cashSecurityId, recordTime, payer, remainderAccount } = cmd;
  const declaration = { kind: 'DeclareDistribution' as const, distributionId, securityId, cashSecurityId, rate: { numerator: priced.amount, denominator: 1n }, recordTime, paymentDate: period.paymentDate, payer, remainderAccount };
  return decideDeclare(declaration, env, slice, { coupon: cmd.coupon, ...(priced.fixing ? { fixing: priced.fixing } : {}) });
}

/** Once the security is loaded: a floating coupon's feed, its named fixing round and the rounds after it (coupon-fixing.ts). */
export function couponFixingRefs(cmd: CommandOf<'DeclareCoupon'>, slice: Slice): Refs {
  const terms = slice.securities[cmd.securityId]?.terms;
  if (!terms || !isDebtLike(terms) || !terms.floating || cmd.fixingRoundId === undefined) return refs({});
  const feedId = fixingFeedId(terms.floating);
  return refs({ feeds: [feedId], rounds: fixingRounds(feedId, cmd.fixingRoundId) });
}

/** A debt security's coupons and principal are paid in its own currency: cash in another is refused. */
export function currencyProblem(cmd: { readonly securityId: string; readonly cashSecurityId: string }, terms: DebtLikeTerms, slice: Slice): Rejection | null {
  const cashTerms = slice.securities[cmd.cashSecurityId]?.terms;
  if (cashTerms?.kind !== 'cash' || cashTerms.currency === terms.currency) return null;
  return reject('ST2-INVALID-INPUT', `${cmd.securityId} pays in ${terms.currency}, ${cmd.cashSecurityId} is ${cashTerms.currency}.`, { cashSecurityId: cmd.cashSecurityId });
}

/** A coupon's amount per unit and, when it floats, the fixing it was computed from. */
interface PricedCoupon {
  readonly amount: bigint;
  readonly fixing?: Fixing;
}

/**
 * The coupon per unit and, when it floats, its fixing, or why there is none: a floating coupon's rate is its
 * feed's rate at the fixing time (round `fixingRoundId`) plus the spread.
 */
function couponOf(period: ScheduledCoupon, terms: DebtLikeTerms, fixingRoundId: number | undefined, slice: Slice): PricedCoupon | Rejection {
  const { index, rate } = period;
  if (rate.kind === 'fixed') {
    if (fixingRoundId !== undefined) return reject('ST2-INVALID-INPUT', 'A fixed coupon takes no fixing round.', { coupon: index });
    return positiveCoupon(index, rate.couponPerUnit, {});
  }
  if (fixingRoundId === undefined) return reject('ST2-INVALID-INPUT', `Coupon ${index} floats on ${rate.reference}: name the round of feed ${rate.feedId} that fixes it.`, { coupon: index });
  const fixing = fixCoupon(period, rate, fixingRoundId, slice);
  if ('ok' in fixing) return fixing;
  return positiveCoupon(index, couponPerUnit(terms.faceValue, fixing.rateBps, period.accrualFraction), { fixing });
}

/** A coupon of nothing per unit (a tiny rate, or a floating one floored at 0) is refused rather than declared. */
function positiveCoupon(index: number, amount: bigint, fixed: { readonly fixing?: Fixing }): PricedCoupon | Rejection {
  if (amount > 0n) return { amount, ...fixed };
  return reject('ST2-INVALID-INPUT', `Coupon ${index} rounds to nothing per unit.`, { coupon: index, ...(fixed.fixing ? { roundId: fixed.fixing.roundId } : {}) });
}

/**
 * A batch of holders, all or none: each paid once (its marker), for its units at record time, by a holder
 * transfer of the cash from the payer judged by the cash security's rules. A holder the cash cannot reach
 * (unverified, a custody account) refuses the batch with its index: the batch goes again without it, and its
 * entitlement waits for it (the close waits too).
 */
function decidePay(cmd: CommandOf<'PayDistribution'>, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const due = dueDistribution(cmd.distributionId, env, slice);
  if (!due.ok) return due;
  const distribution = due.value;
  if (env.at < distribution.paymentDate) {
    return reject('ST2-DISTRIBUTION-NOT-DUE', `Distribution ${distribution.id} is paid from ${new Date(distribution.paymentDate).toISOString()}.`, { paymentDate: distribution.paymentDate });
  }
  const payments = paymentsOf(distribution, cmd.holders, slice);
  for (const [index, payment] of payments.entries()) {
    if (slice.payouts[payoutRef(distribution.id, payment.holder)]) return reject('ST2-ALREADY-PAID', `${payment.holder} has already been paid ${distribution.id}.`, { holder: payment.holder, index });
    const holder = findIdentity(slice, payment.holder);
    if (!holder.ok) return { ...holder, details: { ...holder.details, index } };
    if (payment.units === 0n) return reject('ST2-NO-ENTITLEMENT', `${payment.holder} held no ${distribution.securityId} at the record time.`, { holder: payment.holder, index });
  }
  const paid: DomainEvent = { type: 'DistributionPaid', v: 1, at: env.at, distributionId: distribution.id, securityId: distribution.securityId, cashSecurityId: distribution.cashSecurityId, payments };
  const moved = paySteps(payments.map((payment, index) => ({ index, holder: payment.holder, steps: paymentSteps(distribution, payment, env.at) })), evolve(slice, paid));
  return moved.ok ? accept([paid, ...moved.events]) : moved;
}

/** Once every unit at record time was paid for: the remainder to its account, the snapshot released. */
function decideClose(cmd: CommandOf<'CloseDistribution'>, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const due = dueDistribution(cmd.distributionId, env, slice);
  if (!due.ok) return due;
  const distribution = due.value;
  const stats = findSecurity(slice, distribution.securityId);
  if (!stats.ok) return stats;
  const eligibleUnits = valueAt(stats.value.stats.snapshots, stats.value.stats.supply, distribution.recordTime);
  if (env.at < distribution.paymentDate || distribution.paidUnits < eligibleUnits) {
    return reject('ST2-DISTRIBUTION-INCOMPLETE', `${eligibleUnits - distribution.paidUnits} of the ${eligibleUnits} units held at the record time are not paid for yet.`, {
      eligibleUnits: eligibleUnits.toString(), paidUnits: distribution.paidUnits.toString(),
    });
  }
  const declaredTotal = entitlementOf(eligibleUnits, distribution.rate);
  if (declaredTotal > MAX_AMOUNT) return reject('ST2-AMOUNT-LIMIT', `The declared total ${declaredTotal} passes the maximum amount.`, { declaredTotal: declaredTotal.toString() });
  const remainder = declaredTotal - distribution.paidAmount;
  const { id: distributionId, securityId, cashSecurityId, remainderAccount } = distribution;
  const closed: DomainEvent = { type: 'DistributionClosed', v: 1, at: env.at, distributionId, securityId, cashSecurityId, eligibleUnits, declaredTotal, remainder, remainderAccount };
  // Every unit held on the redemption date burned, its principal paid: the security is redeemed.
  const redeemed: DomainEvent[] = distribution.redemption ? [{ type: 'SecurityRedeemed', v: 1, at: env.at, securityId, distributionId }] : [];
  const transfer = remainderTransfer(distribution, slice);
  if (!transfer) return accept([closed, ...redeemed]);
  const moved = transferDecision(transfer, env.at, evolve(slice, closed));
  if (!moved.ok) return reject(moved.code, `Paying the remainder to ${remainderAccount}: ${moved.message}`, { ...moved.details, remainderAccount });
  return accept([closed, ...moved.events, ...redeemed]);
}

/**
 * A distribution still declared, and a caller who may pay it: its issuer or an agent, from the payer's org
 * (a redemption, which burns units, an agent with the `redeem` power).
 */
function dueDistribution(id: string, { actor }: Envelope, slice: Slice): Found<Distribution> {
  const distribution = slice.distributions[id];
  if (!distribution) return reject('ST2-NOT-FOUND', `Unknown distribution ${id}.`, { distributionId: id });
  const found = findSecurityDefinition(slice, distribution.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value, distribution.redemption ? 'redeem' : undefined);
  if (denied) return denied;
  const payer = payerOf(actor, slice, distribution.payer);
  if (!payer.ok) return payer;
  if (distribution.status === 'closed') return reject('ST2-DISTRIBUTION-CLOSED', `Distribution ${id} is closed.`, { distributionId: id });
  return { ok: true, value: distribution };
}

/** The paying agent account: an identity of the caller's own org, whose cash the caller may move. */
function payerOf(actor: Actor, slice: Slice, id: string): Found<string> {
  const payer = findActiveIdentity(slice, id);
  if (!payer.ok) return payer;
  const otherOrg = requireSameOrg(actor, payer.value);
  return otherOrg ?? { ok: true, value: id };
}

/** Each holder's units at record time and its entitlement for them. */
function paymentsOf(distribution: Distribution, holders: readonly string[], slice: Slice): Payment[] {
  return holders.map((holder) => {
    const holding = holdingOf(slice, distribution.securityId, holder);
    const units = valueAt(holding.snapshots, holding.balance, distribution.recordTime);
    return { holder, units, amount: entitlementOf(units, distribution.rate) };
  });
}

/** A payment's movements, each decided on the slice the previous left: its cash, then for a redemption the holder's units burned. */
function paymentSteps(distribution: Distribution, payment: Payment, at: number): ((slice: Slice) => Decision<DomainEvent>)[] {
  const cash = paymentTransfer(distribution, payment).map((transfer) => (slice: Slice) => transferDecision(transfer, at, slice));
  if (!distribution.redemption) return cash;
  return [...cash, (slice: Slice) => redemptionBurn(holdingOf(slice, distribution.securityId, payment.holder), payment.units, at)];
}

/** The cash movement of a payment: none when it rounds to 0 or the payer pays itself. */
function paymentTransfer(distribution: Distribution, { holder, amount }: Payment): CommandOf<'Transfer'>[] {
  if (amount === 0n || holder === distribution.payer) return [];
  return [{ kind: 'Transfer', securityId: distribution.cashSecurityId, from: distribution.payer, to: holder, amount }];
}

/** The close's movement: what rounding left of the declared total, from the payer to the remainder account. */
function remainderTransfer(distribution: Distribution, slice: Slice): CommandOf<'Transfer'> | null {
  const stats = slice.stats[distribution.securityId];
  if (!stats) return null;
  const remainder = entitlementOf(valueAt(stats.snapshots, stats.supply, distribution.recordTime), distribution.rate) - distribution.paidAmount;
  if (remainder <= 0n || distribution.remainderAccount === distribution.payer) return null;
  return { kind: 'Transfer', securityId: distribution.cashSecurityId, from: distribution.payer, to: distribution.remainderAccount, amount: remainder };
}
