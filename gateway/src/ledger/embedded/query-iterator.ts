import type { Iterators } from 'fabric-shim';
import type { Versioned } from './version';

type KV = Iterators.KV;

/** fabric-shim-api types `next()` as always carrying a value, but the real shim answers exactly `{ done: true }`. */
const DONE = { done: true } as Iterators.NextResult<KV>;

/** Told about every entry the chaincode consumes, and whether it consumed them all. */
export interface ConsumptionObserver {
  onResult(key: string, entry: Versioned): void;
  onExhausted(): void;
}

/**
 * The iterator a range query resolves to, with the real shim's behaviour: `next()` gives
 * `{ value: { key, value }, done: false }` (plus the typed `namespace`) and `close()` ends it.
 */
export class StateQueryIterator implements Iterators.StateQueryIterator {
  private closed = false;

  constructor(
    private readonly source: AsyncIterator<[string, Versioned]>,
    private readonly namespace: string,
    private readonly observer?: ConsumptionObserver,
  ) {}

  async next(): Promise<Iterators.NextResult<KV>> {
    // After close the range was not read to its end, whatever next() would now say.
    if (this.closed) return DONE;
    const next = await this.source.next();
    if (next.done) {
      this.observer?.onExhausted();
      return DONE;
    }
    const [key, entry] = next.value;
    this.observer?.onResult(key, entry);
    return { value: { namespace: this.namespace, key, value: entry.value }, done: false };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.source.return?.(undefined);
  }
}

/**
 * What the real shim's `convertToAsyncIterator` does: the promise of an iterator (or of an object
 * holding one) is also iterable with `for await`, closing the iterator when the loop ends.
 */
export function iterablePromise<R>(promise: Promise<R>, iteratorOf: (resolved: R) => Iterators.StateQueryIterator): Promise<R> & AsyncIterable<KV> {
  return Object.assign(promise, {
    [Symbol.asyncIterator]: (): AsyncIterator<KV> => {
      let iterator: Iterators.StateQueryIterator | undefined;
      return {
        next: async () => {
          iterator ??= iteratorOf(await promise);
          const next = await iterator.next();
          if (next.done) await iterator.close();
          return next;
        },
        return: async () => {
          await iterator?.close();
          return DONE;
        },
      };
    },
  });
}
