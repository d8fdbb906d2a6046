import { sha256 } from './digest';
import type { Batch, Storage } from './storage';
import type { Version, Versioned } from './version';
import { VersionedStore } from './versioned-store';

/**
 * Which state a key belongs to: the public world state, or a private data collection (the
 * namespace is then the collection name, never empty).
 */
export const PUBLIC_NAMESPACE = '';

export function isPrivateNamespace(ns: string): boolean {
  return ns !== PUBLIC_NAMESPACE;
}

/** A write as it will be committed: `value` undefined deletes the key. */
export interface CommittedWrite {
  readonly ns: string;
  readonly key: string;
  readonly value: Versioned | undefined;
}

/**
 * The committed world state: public keys, private data, and private data hashes, each versioned.
 * Private data hashes are kept apart as Fabric keeps them: they are what MVCC checks private reads
 * against, and what `getPrivateDataHash` returns to any org.
 */
export class WorldState {
  private readonly publicState: VersionedStore;
  private readonly privateData: VersionedStore;
  private readonly privateHashes: VersionedStore;
  private commits = 0;

  constructor(storage: Storage, cacheLimit: number) {
    this.publicState = new VersionedStore(storage.state, cacheLimit);
    this.privateData = new VersionedStore(storage.privateData, cacheLimit);
    this.privateHashes = new VersionedStore(storage.privateHashes, cacheLimit);
  }

  /** Number of commits published so far: a simulation that saw it change (across a range scan) read from two states. */
  get commitCount(): number {
    return this.commits;
  }

  read(ns: string, key: string): Versioned | undefined {
    return isPrivateNamespace(ns) ? this.privateData.get(privateKey(ns, key)) : this.publicState.get(key);
  }

  readPrivateHash(collection: string, key: string): Versioned | undefined {
    return this.privateHashes.get(hashedKey(collection, key));
  }

  versionOf(ns: string, key: string): Version | undefined {
    return (isPrivateNamespace(ns) ? this.readPrivateHash(ns, key) : this.publicState.get(key))?.version;
  }

  /** startKey <= key < endKey in byte order; an empty endKey means no upper bound (Fabric's convention). */
  async *range(ns: string, startKey: string, endKey: string): AsyncGenerator<[string, Versioned]> {
    if (!isPrivateNamespace(ns)) {
      yield* this.publicState.range(startKey, endKey === '' ? undefined : endKey);
      return;
    }
    const prefix = privateKey(ns, '');
    const upper = endKey === '' ? `${ns}\u0001` : privateKey(ns, endKey);
    for await (const [key, value] of this.privateData.range(privateKey(ns, startKey), upper)) yield [key.slice(prefix.length), value];
  }

  /** Adds the writes to `batch`; returns what to call once the batch is written, to publish them to readers. */
  stage(batch: Batch, writes: readonly CommittedWrite[]): () => void {
    const publicEntries: [string, Versioned | undefined][] = [];
    const privateEntries: [string, Versioned | undefined][] = [];
    const hashEntries: [string, Versioned | undefined][] = [];
    for (const { ns, key, value } of writes) {
      if (!isPrivateNamespace(ns)) {
        publicEntries.push([key, value]);
        continue;
      }
      privateEntries.push([privateKey(ns, key), value]);
      hashEntries.push([hashedKey(ns, key), value && { version: value.version, value: sha256(value.value) }]);
    }
    for (const [key, value] of publicEntries) this.publicState.stage(batch, key, value);
    for (const [key, value] of privateEntries) this.privateData.stage(batch, key, value);
    for (const [key, value] of hashEntries) this.privateHashes.stage(batch, key, value);
    return () => {
      this.publicState.publish(publicEntries);
      this.privateData.publish(privateEntries);
      this.privateHashes.publish(hashEntries);
      this.commits++;
    };
  }
}

// Collection names cannot contain NUL, so `collection \0 key` never collides across collections.
function privateKey(collection: string, key: string): string {
  return `${collection}\u0000${key}`;
}

function hashedKey(collection: string, key: string): string {
  return `${collection}\u0000${sha256(key).toString('hex')}`;
}
