import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { inBatches, type BatchRun, type Progress } from './batches';
import { maxItemsOf, type OpenApiDocument } from './openapi';
import { allRows } from './pages';
import { writtenOf } from './written';

/** A row of the distributions view: a cash distribution (dividend, coupon or redemption) and how far it is paid. */
export interface DistributionRow {
  readonly id: string;
  readonly cashSecurityId: string;
  readonly recordTime: number;
  readonly paymentDate: number;
  readonly status: 'declared' | 'closed';
  readonly paidHolders: number;
  readonly paidAmount: string;
}

export async function distributionRows(client: St2Client, securityId: string, consistentWith?: string): Promise<Outcome<readonly DistributionRow[]>> {
  const listed = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/securities/{id}/distributions', { params: { path: { id: securityId }, query: { ...(cursor ? { cursor } : {}), ...(consistentWith ? { consistentWith } : {}) } } })));
  return mapOutcome(listed, ({ items }) => items.map(({ id, cashSecurityId, recordTime, paymentDate, status, paidHolders, paidAmount }) => ({ id, cashSecurityId, recordTime, paymentDate, status, paidHolders, paidAmount })));
}

/** A holder's entitlement still to pay. */
export interface Unpaid {
  readonly holder: string;
  /** Cash units, as the entitlement says. */
  readonly amount: string;
}

/**
 * Who is still to be paid: the holders the paying agent pays, and the custody accounts, which their custodian
 * claims for its beneficial owners (POST /v1/distributions/{id}/custody-payments): a batch naming one is refused.
 */
export async function unpaid(client: St2Client, distributionId: string, consistentWith?: string): Promise<Outcome<{ readonly holders: readonly Unpaid[]; readonly custodyAccounts: readonly Unpaid[] }>> {
  const listed = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/distributions/{id}/entitlements', { params: { path: { id: distributionId }, query: { ...(cursor ? { cursor } : {}), ...(consistentWith ? { consistentWith } : {}) } } })));
  if (!listed.ok) return listed;
  const open = listed.value.items.filter((entitlement) => !entitlement.paid).map(({ holder, amount }) => ({ holder, amount }));
  const identities = await Promise.all(open.map(async (entry) => ({ entry, identity: outcomeOf(await client.GET('/v1/identities/{id}', { params: { path: { id: entry.holder } } })) })));
  const refused = identities.find(({ identity }) => !identity.ok);
  if (refused && !refused.identity.ok) return refused.identity;
  const isAccount = ({ identity }: (typeof identities)[number]) => identity.ok && identity.value.identity.custody !== undefined;
  return { ok: true, value: { holders: identities.filter((item) => !isAccount(item)).map(({ entry }) => entry), custodyAccounts: identities.filter(isAccount).map(({ entry }) => entry) } };
}

/** The most holders a payment batch may name, from the payments route's own schema (the chaincode's MAX_PAYMENTS_PER_BATCH). */
export function paymentBatchSize(document: OpenApiDocument): number {
  return maxItemsOf(document, '/v1/distributions/{id}/payments', 'post', 'holders');
}

/** Pays `holders` in batches of `size`, progress after each (see inBatches for a refusal and a rerun). */
export function payInBatches(client: St2Client, distributionId: string, holders: readonly string[], size: number, idempotencyKey: string, onProgress: (progress: Progress) => void): Promise<BatchRun> {
  return inBatches(holders, size, idempotencyKey, async (batch, key) => writtenOf(await client.POST('/v1/distributions/{id}/payments', {
    params: { path: { id: distributionId }, header: { 'idempotency-key': key } },
    body: { holders: [...batch] },
  })), onProgress);
}
