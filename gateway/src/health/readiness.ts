import type { Ledger } from '../ledger/ledger';
import type { LedgerWait, Projector } from '../projections/projector';

export interface Readiness {
  readonly ready: boolean;
  readonly ledger: { readonly reachable: boolean; readonly height?: number; readonly error?: string };
  readonly projection: { readonly readThrough: number; readonly lagBlocks?: number; readonly failure?: string } & Partial<LedgerWait>;
}

/** Blocks committed that the projector has not read: the last block is height - 1. */
export function lagBlocks(height: bigint, projector: Projector): number {
  const lag = height - 1n - projector.readThrough;
  return lag > 0n ? Number(lag) : 0;
}

/**
 * Ready = the ledger answers within the bound, the read model has read every committed block and its event
 * stream is up. While the stream is being reopened, the projection says so (`waiting`, since when, attempts,
 * the last error) and readiness returns by itself once the stream delivers again and the lag is read.
 */
export async function readiness(ledger: Ledger, projector: Projector, timeoutMs: number): Promise<Readiness> {
  const readThrough = Number(projector.readThrough);
  const failure = projector.failure?.message;
  const waiting = projector.waiting;
  const status = { ...(failure ? { failure } : {}), ...waiting };
  try {
    const height = await withTimeout(ledger.height(), timeoutMs);
    const lag = lagBlocks(height, projector);
    const projection = { readThrough, lagBlocks: lag, ...status };
    return { ready: lag === 0 && !failure && !waiting, ledger: { reachable: true, height: Number(height) }, projection };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ready: false, ledger: { reachable: false, error: message }, projection: { readThrough, ...status } };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
