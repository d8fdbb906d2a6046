import { decodeVersioned, encodeVersioned, type Versioned } from './version';
import type { Batch, Store } from './storage';

/**
 * One sublevel of versioned values with a read-through cache of committed entries (absent keys
 * included: a new key is read before it is first written). The ledger is the only writer, so the
 * cache is exact as long as `publish` follows every committed batch.
 */
export class VersionedStore {
  private readonly cache = new Map<string, Versioned | null>();
  /** Bumped by `publish`: a read that started before a commit must not cache what it found. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly cacheLimit: number,
  ) {}

  async get(key: string): Promise<Versioned | undefined> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const generation = this.generation;
    const bytes = await this.store.get(key);
    const found = bytes === undefined ? undefined : decodeVersioned(bytes);
    if (generation === this.generation) this.remember(key, found ?? null);
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
    this.generation++;
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
