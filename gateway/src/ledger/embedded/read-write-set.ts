import { FieldHash, sha256 } from './digest';
import type { Version } from './version';
import { isPrivateNamespace } from './world-state';

export interface KeyRead {
  readonly ns: string;
  readonly key: string;
  /** Committed version seen at simulation; undefined when the key was absent. */
  readonly version: Version | undefined;
}

/** A range query as far as the chaincode consumed it, re-run at validation to detect phantoms. */
export interface RangeRead {
  readonly ns: string;
  readonly startKey: string;
  readonly endKey: string;
  /** False when the chaincode stopped early: only the first `results.length` entries are then checked. */
  exhausted: boolean;
  readonly results: { readonly key: string; readonly version: Version }[];
}

export interface KeyWrite {
  readonly ns: string;
  readonly key: string;
  /** undefined deletes the key. */
  readonly value: Buffer | undefined;
}

/** Why a transaction became query-only; Fabric's messages, since chaincode sees them. */
type QueryOnlyCause = 'paginated query' | 'private data query';

/**
 * What a simulation read and means to write. Reads go to committed state only (a transaction does
 * not see its own writes), the first read of a key fixes its version, the last write of a key wins.
 */
export class ReadWriteSet {
  private readonly keyReads = new Map<string, KeyRead>();
  private readonly keyWrites = new Map<string, KeyWrite>();
  private readonly rangeReads: RangeRead[] = [];
  private queryOnlyCause: QueryOnlyCause | undefined;

  constructor(private readonly txId: string) {}

  get reads(): Iterable<KeyRead> {
    return this.keyReads.values();
  }

  get ranges(): readonly RangeRead[] {
    return this.rangeReads;
  }

  get writes(): Iterable<KeyWrite> {
    return this.keyWrites.values();
  }

  recordRead(ns: string, key: string, version: Version | undefined): void {
    const id = entryId(ns, key);
    if (!this.keyReads.has(id)) this.keyReads.set(id, { ns, key, version });
  }

  recordRange(ns: string, startKey: string, endKey: string): RangeRead {
    const range: RangeRead = { ns, startKey, endKey, exhausted: false, results: [] };
    this.rangeReads.push(range);
    return range;
  }

  write(ns: string, key: string, value: Buffer | undefined): void {
    if (this.queryOnlyCause === 'paginated query') {
      throw new Error(`txid [${this.txId}]: unsuppored transaction. Transaction has already performed a paginated query. Writes are not allowed`);
    }
    if (this.queryOnlyCause === 'private data query') {
      throw new Error(`txid [${this.txId}]: unsuppored transaction. Transaction has already performed queries on pvt data. Writes are not allowed`);
    }
    this.keyWrites.set(entryId(ns, key), { ns, key, value });
  }

  /** Fabric neither validates paginated nor private range queries, so it only allows them in read-only transactions. */
  becomeQueryOnly(cause: QueryOnlyCause): void {
    if (this.keyWrites.size > 0) {
      const what = cause === 'paginated query' ? 'Paginated queries are' : 'Queries on pvt data is';
      throw new Error(`txid [${this.txId}]: unsuppored transaction. ${what} supported only in a read-only transaction`);
    }
    this.queryOnlyCause = cause;
  }

  /**
   * Commits to every read version and write, in a canonical order. Private values enter only as
   * hashes, as in a Fabric block: the digest may be public, the data may not.
   */
  digest(): string {
    const hash = new FieldHash();
    for (const read of sortedById(this.keyReads)) hash.field('r').field(read.ns).field(read.key).field(versionText(read.version));
    for (const range of this.rangeReads) {
      hash.field('q').field(range.ns).field(range.startKey).field(range.endKey).field(range.exhausted ? '1' : '0');
      for (const result of range.results) hash.field(result.key).field(versionText(result.version));
    }
    for (const write of sortedById(this.keyWrites)) {
      hash.field('w').field(write.ns).field(write.key);
      if (write.value === undefined) hash.field('delete');
      else hash.field(isPrivateNamespace(write.ns) ? sha256(write.value) : write.value);
    }
    return hash.hex();
  }
}

function entryId(ns: string, key: string): string {
  return `${ns}\u0000${key}`;
}

/** In UTF-16 code unit order (`<` on strings), which is what the default sort of strings compares by. */
function sortedById<T>(entries: ReadonlyMap<string, T>): T[] {
  return [...entries.keys()].sort().map((id) => entries.get(id) as T);
}

function versionText(version: Version | undefined): string {
  return version === undefined ? '-' : `${version.block}:${version.tx}`;
}
