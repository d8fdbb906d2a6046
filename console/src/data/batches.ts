import type { Outcome, Refusal } from '../api/outcome';
import type { Written } from './written';

/** How far a long operation is: batches done out of all of them. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** Every batch written, or the refusal that stopped the run and how many batches were written before it. */
export type BatchRun = { readonly ok: true; readonly written: readonly Written[] } | { readonly ok: false; readonly refusal: Refusal; readonly written: readonly Written[] };

/**
 * Sends `items` in batches of at most `size`, one after the other, reporting progress after each. Batch i is sent
 * under `${idempotencyKey}-${i}`: running the same operation again (after a refusal was fixed, or a lost
 * connection) replays the batches already written, which the gateway answers as the first time, so nothing is
 * written twice. The first refusal stops the run: a batch is all or nothing, the ones before it stay written.
 */
export async function inBatches<T>(items: readonly T[], size: number, idempotencyKey: string, send: (batch: readonly T[], key: string) => Promise<Outcome<Written>>, onProgress: (progress: Progress) => void): Promise<BatchRun> {
  const batches = Array.from({ length: Math.ceil(items.length / size) }, (_unused, index) => items.slice(index * size, (index + 1) * size));
  const written: Written[] = [];
  onProgress({ done: 0, total: batches.length });
  for (const [index, batch] of batches.entries()) {
    const outcome = await send(batch, `${idempotencyKey}-${index}`);
    if (!outcome.ok) return { ok: false, refusal: outcome.refusal, written };
    written.push(outcome.value);
    onProgress({ done: written.length, total: batches.length });
  }
  return { ok: true, written };
}
