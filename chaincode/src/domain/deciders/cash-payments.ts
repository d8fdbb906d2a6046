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
  const events: DomainEvent[] = [];
  let current = slice;
  for (const { index, holder, transfer } of payments) {
    const moved = transferDecision(transfer, at, current);
    if (!moved.ok) return reject(moved.code, `Paying ${holder}: ${moved.message}`, { ...moved.details, holder, index });
    events.push(...moved.events);
    current = evolveAll(current, moved.events);
  }
  return accept(events);
}
