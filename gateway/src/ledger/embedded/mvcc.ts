import type { ValidationCode } from './block-log';
import type { RangeRead, ReadWriteSet } from './read-write-set';
import { sameVersion, type Version } from './version';
import type { CommittedWrite, WorldState } from './world-state';

/**
 * Validates the transactions of one block in order, as a Fabric committer does: each read set is
 * checked against committed state as already changed by the earlier valid transactions of the same
 * block. Accumulates the block's net writes for the commit.
 */
export class BlockValidator {
  /** Writes of the block's valid transactions so far, by `ns \0 key`; the latest write of a key wins. */
  private readonly pending = new Map<string, CommittedWrite>();

  constructor(
    private readonly state: WorldState,
    private readonly blockNumber: number,
  ) {}

  get writes(): CommittedWrite[] {
    return [...this.pending.values()];
  }

  async validate(rwset: ReadWriteSet): Promise<ValidationCode> {
    for (const read of rwset.reads) {
      if (!sameVersion(read.version, this.currentVersion(read.ns, read.key))) return 'MVCC_READ_CONFLICT';
    }
    for (const range of rwset.ranges) {
      if (!(await this.rangeUnchanged(range))) return 'PHANTOM_READ_CONFLICT';
    }
    return 'VALID';
  }

  /** Makes a valid transaction's writes visible to the validation of the next ones. */
  apply(rwset: ReadWriteSet, txIndex: number): void {
    const version: Version = { block: this.blockNumber, tx: txIndex };
    for (const { ns, key, value } of rwset.writes) {
      this.pending.set(entryId(ns, key), { ns, key, value: value && { version, value } });
    }
  }

  private currentVersion(ns: string, key: string): Version | undefined {
    const pending = this.pending.get(entryId(ns, key));
    return pending ? pending.value?.version : this.state.versionOf(ns, key);
  }

  /**
   * Re-runs the range on current state: the same keys at the same versions must come back. When the
   * chaincode stopped early only the part it consumed counts (Fabric re-runs up to the last key read).
   */
  private async rangeUnchanged(range: RangeRead): Promise<boolean> {
    let index = 0;
    for await (const [key, version] of this.currentRange(range)) {
      if (index === range.results.length) return !range.exhausted;
      const seen = range.results[index];
      if (!seen || seen.key !== key || !sameVersion(seen.version, version)) return false;
      index++;
    }
    return index === range.results.length;
  }

  /** Committed entries of the range merged, in byte order, with the block's pending writes. */
  private async *currentRange(range: RangeRead): AsyncGenerator<[string, Version]> {
    const inRange = (key: string) => compareBytes(key, range.startKey) >= 0 && (range.endKey === '' || compareBytes(key, range.endKey) < 0);
    const pending = [...this.pending.values()].filter((write) => write.ns === range.ns && inRange(write.key)).sort((a, b) => compareBytes(a.key, b.key));
    const overridden = new Set(pending.map((write) => write.key));
    let next = 0;
    const pendingBefore = function* (key: string | undefined): Generator<[string, Version]> {
      for (; next < pending.length; next++) {
        const write = pending[next];
        if (!write || (key !== undefined && compareBytes(write.key, key) > 0)) return;
        if (write.value) yield [write.key, write.value.version];
      }
    };
    for await (const [key, committed] of this.state.range(range.ns, range.startKey, range.endKey)) {
      yield* pendingBefore(key);
      if (!overridden.has(key)) yield [key, committed.version];
    }
    yield* pendingBefore(undefined);
  }
}

function entryId(ns: string, key: string): string {
  return `${ns}\u0000${key}`;
}

/** LevelDB (and Fabric) order keys by their UTF-8 bytes, which JavaScript's UTF-16 `<` does not always match. */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
