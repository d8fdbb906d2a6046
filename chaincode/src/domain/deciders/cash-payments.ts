import type { CommandOf } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { evolveAll } from '../evolve';
import { holdingOf, jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { movementRefs, movementStatsRefs, transferDecision } from './movement';

/** One holder's cash payment in a batch: its index in the batch names it in a refusal. */
export interface CashPayment {
  readonly index: number;
  readonly holder: string;
  readonly transfer: CommandOf<'Transfer'>;
}

/**
 * What a batch of cash payments from one payer touches: each transfer's parties, and the cash token's stats and
 * the payer's jurisdiction count when the payments in sequence may take the payer's holding to zero, though no
 * single one does.
 */
export function cashPaymentRefs(cashSecurityId: string, payer: string, payments: readonly CashPayment[], slice: Slice): Refs {
  const transfers = payments.map(({ transfer }) => transfer);
  return unionRefs([payerLeavingRefs(cashSecurityId, payer, transfers, slice), ...transfers.flatMap((transfer) => [movementRefs(transfer), movementStatsRefs(transfer, slice)])]);
}

/** The cash token's stats and the payer's jurisdiction count, when transfers in sequence may take the payer's holding to zero though no single one does. */
export function payerLeavingRefs(cashSecurityId: string, payer: string, transfers: readonly CommandOf<'Transfer'>[], slice: Slice): Refs {
  const total = transfers.reduce((sum, t) => sum + t.amount, 0n);
  const payerLeaves = total > 0n && holdingOf(slice, cashSecurityId, payer).balance <= total;
  return refs(payerLeaves ? { stats: [cashSecurityId], jurisdictions: jurisdictionOf(slice, cashSecurityId, payer) } : {});
}

/**
 * The payments as holder transfers of the cash from the payer, in order, each judged by the cash token's rules on
 * the state the previous ones left: their events, or the first refusal with the holder and its index (so the
 * batch can go again without it).
 */
export function payInCash(payments: readonly CashPayment[], at: number, slice: Slice): Decision<DomainEvent> {
  return paySteps(payments.map(({ index, holder, transfer }) => ({ index, holder, steps: [(current: Slice) => transferDecision(transfer, at, current)] })), slice);
}

/** One holder's part of a batch: its movements (its cash, and whatever else its payment does), in order. */
export interface HolderSteps {
  readonly index: number;
  readonly holder: string;
  readonly steps: readonly ((slice: Slice) => Decision<DomainEvent>)[];
}

/**
 * Each holder's steps in turn, each decided on the state the previous left: their events, or the first refusal
 * with the holder and its index.
 */
export function paySteps(holders: readonly HolderSteps[], slice: Slice): Decision<DomainEvent> {
  const events: DomainEvent[] = [];
  let current = slice;
  for (const { index, holder, steps } of holders) {
    for (const step of steps) {
      const moved = step(current);
      if (!moved.ok) return reject(moved.code, `Paying ${holder}: ${moved.message}`, { ...moved.details, holder, index });
      events.push(...moved.events);
      current = evolveAll(current, moved.events);
    }
  }
  return accept(events);
}
