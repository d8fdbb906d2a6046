import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { writtenOf, type Written } from './written';

/** A holding as an agent freezing it needs to see it: what is held, frozen and free to move. */
export interface Position {
  readonly holder: string;
  readonly total: string;
  readonly frozen: string;
  readonly free: string;
  /** The whole holding is frozen, units received later included. */
  readonly wholeHoldingFrozen: boolean;
}

/** The holding as of `consistentWith` (a txId: the write just made) or later. */
export async function position(client: St2Client, securityId: string, holder: string, consistentWith?: string): Promise<Outcome<Position>> {
  const answer = outcomeOf(await client.GET('/v1/securities/{id}/holdings/{holder}', { params: { path: { id: securityId, holder }, query: { ...(consistentWith ? { consistentWith } : {}) } } }));
  return mapOutcome(answer, ({ total, frozen, free, wholeHoldingFrozen }) => ({ holder, total, frozen, free, wholeHoldingFrozen }));
}

/** Freeze or unfreeze `amount` units of a holding, or without an amount the whole holding (an agent with the freeze power). */
export interface FreezeOrder {
  readonly action: 'freeze' | 'unfreeze';
  readonly securityId: string;
  readonly holder: string;
  readonly amount?: string;
}

export async function applyFreeze(client: St2Client, order: FreezeOrder, idempotencyKey: string): Promise<Outcome<Written>> {
  const request = { params: { path: { id: order.holder }, header: { 'idempotency-key': idempotencyKey } }, body: { securityId: order.securityId, ...(order.amount ? { amount: order.amount } : {}) } };
  return writtenOf(order.action === 'freeze' ? await client.POST('/v1/identities/{id}/freeze', request) : await client.POST('/v1/identities/{id}/unfreeze', request));
}
