import { KINDS, type Kind, type RecordOf } from './records';

/** Per kind, at most this many records are kept (in two halves: see `KnownRecords`). */
const RECORDS_PER_KIND = 32_768;

type Known<K extends Kind> = Map<string, RecordOf<K> | null>;

/**
 * Records as the read model holds them after the last batch written, decoded, kept from one batch to the
 * next: the projector is the read model's only writer, so what it wrote last is what a read would return.
 * Without this, every batch read back the records the previous one had just written (a holding with its 32
 * lots is 1.2 KB of JSON) and parsed them again: garbage per event, which filled the heap between
 * collections. Bounded per kind: when the newer half is full it becomes the older half and the oldest
 * records are dropped (read from the store again if met).
 */
export class KnownRecords {
  private newer = emptyKinds();
  private older = emptyKinds();

  /** The record (null: known not to exist), or undefined when not known. */
  get<K extends Kind>(kind: K, key: string): RecordOf<K> | null | undefined {
    const recent = (this.newer[kind] as Known<K>).get(key);
    if (recent !== undefined) return recent;
    const aging = (this.older[kind] as Known<K>).get(key);
    if (aging !== undefined) this.set(kind, key, aging);
    return aging;
  }

  /** Called only with what a batch written to the store holds, once the write has succeeded. */
  set<K extends Kind>(kind: K, key: string, record: RecordOf<K> | null): void {
    const newer = this.newer[kind] as Known<K>;
    if (newer.size >= RECORDS_PER_KIND / 2 && !newer.has(key)) {
      this.older[kind] = newer;
      this.newer[kind] = new Map();
    }
    (this.newer[kind] as Known<K>).set(key, record);
  }
}

function emptyKinds(): { [K in Kind]: Known<Kind> } {
  return Object.fromEntries(KINDS.map((kind) => [kind, new Map()])) as { [K in Kind]: Known<Kind> };
}
