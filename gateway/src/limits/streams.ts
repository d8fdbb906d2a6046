import type { Caller } from '../ledger/ledger';
import { compoundKey } from '../store/gateway-store';
import { RateLimitedError } from '../errors/api-error';

export interface StreamSettings {
  /** Event streams one principal (org and subject) may hold open at once; one more is a 429. Default 4. */
  readonly maxPerPrincipal: number;
  /** Longest one event may take to reach the subscriber's socket before the stream is dropped; default 30 s. */
  readonly writeTimeoutMs: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = { maxPerPrincipal: 4, writeTimeoutMs: 30_000 };

/**
 * Who holds which event streams. A stream costs a ledger iterator and buffers for as long as it stays open,
 * so one principal (however many addresses it comes from) cannot hold more than its share.
 */
export class StreamLimits {
  private readonly open = new Map<string, number>();

  constructor(readonly settings: StreamSettings) {}

  /** Takes a slot for `caller`'s new stream (429 when it holds the maximum); call the returned function when it ends. */
  acquire(caller: Pick<Caller, 'org' | 'id'>): () => void {
    const key = compoundKey(caller.org, caller.id);
    const held = this.open.get(key) ?? 0;
    if (held >= this.settings.maxPerPrincipal) {
      throw new RateLimitedError(1, `${caller.id} already holds ${held} event streams, the most one principal may hold; close one first.`);
    }
    this.open.set(key, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left === 0) this.open.delete(key);
      else this.open.set(key, left);
    };
  }
}

/**
 * `source` as it is consumed, with a deadline on each item's delivery: the consumer (the SSE writer) pulls the
 * next item only once the previous one is written, so an item still unconsumed after `timeoutMs` means the
 * subscriber stopped reading, and `onStall` drops it.
 */
export async function* deliveredWithin<T>(source: AsyncIterable<T>, timeoutMs: number, onStall: () => void): AsyncGenerator<T> {
  for await (const item of source) {
    const deadline = setTimeout(onStall, timeoutMs);
    try {
      yield item;
    } finally {
      clearTimeout(deadline);
    }
  }
}
