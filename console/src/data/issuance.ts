import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { inBatches, type BatchRun, type Progress } from './batches';
import { maxItemsOf, type OpenApiDocument } from './openapi';
import { writtenOf, type Written } from './written';

/** Whether an identity may receive a security now, claim by claim, as the chaincode checks it at issuance. */
export interface HolderCheck {
  readonly holder: string;
  readonly verified: boolean;
  readonly topics: readonly { readonly topic: string; readonly verified: boolean; readonly code?: string; readonly message?: string }[];
}

export async function holderCheck(client: St2Client, securityId: string, holder: string): Promise<Outcome<HolderCheck>> {
  const answer = outcomeOf(await client.GET('/v1/identities/{id}/verification', { params: { path: { id: holder }, query: { securityId } } }));
  return mapOutcome(answer, ({ verified, topics }) => ({
    holder,
    verified,
    topics: topics.map((topic) => (topic.verified ? { topic: topic.topic, verified: true } : { topic: topic.topic, verified: false, code: topic.code, message: topic.message })),
  }));
}

/** Units to issue to one holder: smallest units, a positive integer as a decimal string. */
export interface IssueLine {
  readonly to: string;
  readonly amount: string;
  readonly partition?: string;
}

/** Issues units to one holder (the issuer, or an agent with the issue power). */
export async function issue(client: St2Client, securityId: string, line: IssueLine, idempotencyKey: string): Promise<Outcome<Written>> {
  return writtenOf(await client.POST('/v1/securities/{id}/issuances', { params: { path: { id: securityId }, header: { 'idempotency-key': idempotencyKey } }, body: { ...line } }));
}

/** The most items a batch may carry, from the batch route's own schema (the chaincode's MAX_BATCH_ITEMS). */
export function batchSize(document: OpenApiDocument): number {
  return maxItemsOf(document, '/v1/batches', 'post', 'items');
}

/**
 * Issues to many holders in batches of `size` (each batch one all-or-nothing transaction), progress after each;
 * see inBatches for what a refusal and a rerun do.
 */
export function issueInBatches(client: St2Client, securityId: string, lines: readonly IssueLine[], size: number, idempotencyKey: string, onProgress: (progress: Progress) => void): Promise<BatchRun> {
  return inBatches(lines, size, idempotencyKey, async (batch, key) => writtenOf(await client.POST('/v1/batches', {
    params: { header: { 'idempotency-key': key } },
    body: { securityId, items: batch.map((line) => ({ kind: 'Issue' as const, ...line })) },
  })), onProgress);
}

/** `holder amount` per line (blank lines skipped), or the first line that is not. */
export function issueLines(text: string): { readonly ok: true; readonly lines: readonly IssueLine[] } | { readonly ok: false; readonly line: number; readonly message: string } {
  const lines: IssueLine[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    const match = /^\s*([^\s,;]+)[\s,;]+([1-9][0-9]*)\s*$/.exec(raw);
    if (!match?.[1] || !match[2]) return { ok: false, line: index + 1, message: `line ${index + 1}: expected "holder amount", e.g. "alice 100"` };
    lines.push({ to: match[1], amount: match[2] });
  }
  return lines.length === 0 ? { ok: false, line: 0, message: 'no holder to issue to' } : { ok: true, lines };
}
