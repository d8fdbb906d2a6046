import { decodeVersioned, encodeVersioned, type Versioned } from './version';
import type { Batch, Store } from './storage';

/**
 * One sublevel of versioned values with a read-through cache of committed entries (absent keys
 * included: a new key is read before it is first written). The ledger is the only writer, so the
 * cache is exact as long as `publish` follows every committed batch.
 *
 * Point reads are synchronous: LevelDB answers a get from its memtable, its block cache or the OS
 * page cache in microseconds, while a round trip through libuv's thread pool and a promise costs
 * more than the read (it was the largest single cost of a simple transaction). Being synchronous,
 * a read can never straddle a commit, so what it finds can always be cached.
 */
export class VersionedStore {
  private readonly cache = new Map<string, Versioned | null>();

  constructor(
    private readonly store: Store,
    private readonly cacheLimit: number,
  ) {}

  get(key: string): Versioned | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const bytes = this.store.getSync(key);
    const found = bytes === undefined ? undefined : decodeVersioned(bytes);
    this.remember(key, found ?? null);
    return found;
  }

  /** Entries with gte <= key < lt (lt undefined: no bound), from one LevelDB snapshot, in byte order. */
  async *range(gte: string, lt: string | undefined): AsyncGenerator<[string, Versioned]> {
    const iterator = this.store.iterator(lt === undefined ? { gte } : { gte, lt });
    for await (const [key, bytes] of iterator) yield [key, decodeVersioned(bytes)];
  }

  stage(batch: Batch, key: string, value: Versioned | undefined): void {
    if (value === undefined) batch.del(key, { sublevel: this.store });
    else batch.put(key, encodeVersioned(value), { sublevel: this.store });
  }

  /** Call once the batch holding the staged entries is written. */
  publish(entries: Iterable<readonly [string, Versioned | undefined]>): void {
    for (const [key, value] of entries) this.remember(key, value ?? null);
  }

  private remember(key: string, value: Versioned | null): void {
    this.cache.delete(key);
    this.cache.set(key, value);
    // Map iteration order is insertion order: the first key is the least recently stored.
    if (this.cache.size > this.cacheLimit) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
  }
}
