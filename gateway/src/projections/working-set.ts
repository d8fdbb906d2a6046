import type { Holding, Refs, Slice, TransferRequest } from '@st2/chaincode';
import { compoundKey, type StoreOp } from '../store/gateway-store';
import type { KnownRecords } from './known-records';
import type { ProjectionStore } from './projection-store';
import { CODECS, KINDS, recordKey, sliceKeys, type Kind, type RecordOf, type SliceKeys } from './records';

const NOTHING: Readonly<Record<string, never>> = Object.freeze({});

type Cache = { [K in Kind]: Map<string, RecordOf<K> | null> };

/**
 * The records one flush reads and writes. Later events of the same flush must see what earlier ones
 * changed, but nothing reaches the store until the whole flush is written in one batch, so records
 * are read through this cache, and every change is both cached and queued as a store operation.
 */
export class WorkingSet {
  readonly ops: StoreOp[] = [];
  private readonly cache: Cache = { identities: new Map(), issuers: new Map(), securities: new Map(), stats: new Map(), holdings: new Map(), jurisdictions: new Map(), trust: new Map(), requests: new Map(), changes: new Map(), consortium: new Map(), proposals: new Map(), votes: new Map(), holds: new Map(), settlements: new Map(), operators: new Map(), distributions: new Map(), payouts: new Map(), feeds: new Map(), rounds: new Map(), corporateActions: new Map(), approvals: new Map() };

  constructor(
    private readonly store: ProjectionStore,
    /** What earlier batches wrote or read: met records are taken from here before the store is asked. */
    private readonly known: KnownRecords,
  ) {}

  /** The slice `evolve` needs for an event: the records its refs name that exist. */
  async load(keys: SliceKeys): Promise<Slice> {
    await this.fetchMissing(keys);
    return {
      identities: this.present('identities', keys.identities),
      issuers: this.present('issuers', keys.issuers),
      securities: this.present('securities', keys.securities),
      stats: this.present('stats', keys.stats),
      holdings: this.present('holdings', keys.holdings),
      jurisdictions: this.present('jurisdictions', keys.jurisdictions),
      trust: this.present('trust', keys.trust),
      requests: this.present('requests', keys.requests),
      changes: this.present('changes', keys.changes),
      consortium: this.present('consortium', keys.consortium),
      proposals: this.present('proposals', keys.proposals),
      votes: this.present('votes', keys.votes),
      holds: this.present('holds', keys.holds),
      settlements: this.present('settlements', keys.settlements),
      operators: this.present('operators', keys.operators),
      distributions: this.present('distributions', keys.distributions),
      payouts: this.present('payouts', keys.payouts),
      feeds: this.present('feeds', keys.feeds),
      rounds: this.present('rounds', keys.rounds),
      corporateActions: this.present('corporateActions', keys.corporateActions),
      approvals: this.present('approvals', keys.approvals),
    };
  }

  /**
   * `slice` with the records `refs` names added (what evolve needs beyond touchedBy: a few jurisdiction
   * counts): only the kinds `refs` names are copied, the rest are `slice`'s own.
   */
  async extend(slice: Slice, refs: Refs): Promise<Slice> {
    const keys = sliceKeys(refs);
    await this.fetchMissing(keys);
    const out: { -readonly [K in Kind]: Slice[K] } = { ...slice };
    for (const kind of KINDS) if (keys[kind].length > 0) this.add(out, kind, keys[kind]);
    return out;
  }

  private add<K extends Kind>(slice: { -readonly [X in Kind]: Slice[X] }, kind: K, keys: readonly string[]): void {
    slice[kind] = { ...slice[kind], ...this.present(kind, keys) };
  }

  /** Reads, in one store read, every record these refs name that the set does not hold yet. */
  async prefetch(named: readonly SliceKeys[]): Promise<void> {
    const keys = Object.fromEntries(KINDS.map((kind) => [kind, [...new Set(named.flatMap((each) => each[kind]))]])) as { [K in Kind]: string[] };
    await this.fetchMissing(keys);
  }

  /** Queues the records `evolve` replaced (it returns new objects only for what changed). */
  save(before: Slice, after: Slice): void {
    // evolve keeps the very object of every kind it did not change: those are skipped without a look.
    for (const kind of KINDS) if (before[kind] !== after[kind]) this.saveKind(kind, before[kind], after[kind]);
  }

  private saveKind<K extends Kind>(kind: K, before: Slice[K], after: Slice[K]): void {
    for (const [key, record] of Object.entries(after) as [string, RecordOf<K>][]) {
      if (before[key] === record) continue;
      this.cache[kind].set(key, record);
      this.ops.push({ type: 'put', sublevel: this.store.state, key: recordKey(kind, key), value: CODECS[kind].stringify(record) });
      if (kind === 'holdings') this.indexHolding(record as Holding);
      if (kind === 'requests') this.indexRequest(record as TransferRequest);
    }
  }

  /** A request's parties never change: the index entry is written with each change of its status, the same each time. */
  private indexRequest({ from, securityId, id }: TransferRequest): void {
    this.ops.push({ type: 'put', sublevel: this.store.requestsByHolder, key: compoundKey(from, securityId, id), value: '' });
  }

  /** Both holding indexes list exactly the holdings with a positive balance. */
  private indexHolding({ securityId, holder, balance }: Holding): void {
    const byHolder = compoundKey(holder, securityId);
    const bySecurity = compoundKey(securityId, holder);
    if (balance > 0n) {
      this.ops.push({ type: 'put', sublevel: this.store.holders, key: bySecurity, value: balance.toString() });
      this.ops.push({ type: 'put', sublevel: this.store.holdings, key: byHolder, value: '' });
    } else {
      this.ops.push({ type: 'del', sublevel: this.store.holders, key: bySecurity });
      this.ops.push({ type: 'del', sublevel: this.store.holdings, key: byHolder });
    }
  }

  /** Hands what this batch read and wrote to `known`, once the batch is in the store. */
  rememberIn(known: KnownRecords): void {
    for (const kind of KINDS) for (const [key, record] of this.cache[kind]) known.set(kind, key, record);
  }

  private async fetchMissing(keys: SliceKeys): Promise<void> {
    const missing: [Kind, string][] = [];
    for (const kind of KINDS) for (const key of keys[kind]) if (!this.recall(kind, key)) missing.push([kind, key]);
    if (missing.length === 0) return;
    const values = await this.store.state.getMany(missing.map(([kind, key]) => recordKey(kind, key)));
    missing.forEach(([kind, key], i) => this.remember(kind, key, values[i]));
  }

  /** Whether the set holds the record (or knows it does not exist), taking it from `known` if there. */
  private recall<K extends Kind>(kind: K, key: string): boolean {
    if (this.cache[kind].has(key)) return true;
    const record = this.known.get(kind, key);
    if (record === undefined) return false;
    this.cache[kind].set(key, record);
    return true;
  }

  private remember<K extends Kind>(kind: K, key: string, stored: string | undefined): void {
    this.cache[kind].set(key, stored === undefined ? null : CODECS[kind].parse(stored));
  }

  private present<K extends Kind>(kind: K, keys: readonly string[]): Record<string, RecordOf<K>> {
    // Most kinds are named by no key of an event: one shared empty record (evolve never mutates a slice).
    if (keys.length === 0) return NOTHING;
    const out: Record<string, RecordOf<K>> = {};
    for (const key of keys) {
      const record = this.cache[kind].get(key);
      if (record) out[key] = record;
    }
    return out;
  }
}
