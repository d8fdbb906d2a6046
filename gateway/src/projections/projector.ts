import { eventPayloadCodec, evolve, touchedBy, touchedThrough, type Refs, type St2Event } from '@st2/chaincode';
import type { FastifyBaseLogger } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Ledger, LedgerEvent } from '../ledger/ledger';
import type { Metrics } from '../metrics/metrics';
import { auditOps } from './audit-entries';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffSettings } from './backoff';
import { checkpointOp, readCheckpoint } from './checkpoint';
import { KnownRecords } from './known-records';
import { sliceKeys, type SliceKeys } from './records';
import { eventSeq, isAfter, type Position } from './position';
import type { ProjectionStore } from './projection-store';
import { statsHistoryOps } from './stats-history';
import { WorkingSet } from './working-set';

/** A transaction to apply, or the news that every event of a block has been delivered. */
type Item = LedgerEvent | { readonly blockEnd: bigint };

export interface ProjectorOptions {
  readonly metrics: Metrics;
  readonly log: FastifyBaseLogger;
  /** Most transactions written per batch; default 1,000. */
  readonly batchLimit?: number;
  /** Waits between attempts to reopen a failed ledger event stream; default 250 ms doubling to 15 s. */
  readonly reconnect?: BackoffSettings;
}

/** The ledger's event stream failed and the projector is reopening it: what `/ready` reports meanwhile. */
export interface LedgerWait {
  readonly waiting: 'ledger events';
  /** When the stream failed (ISO 8601). */
  readonly since: string;
  /** Attempts to reopen it so far. */
  readonly attempts: number;
  readonly lastError: string;
}

const DEFAULT_BATCH_LIMIT = 1_000;
/** Beyond this many queued items, reading from the ledger waits for the writer (catching up on a long chain). */
const QUEUE_HIGH_WATER = 2_000;

/**
 * Folds the ledger's events into the read model with the domain's own `evolve`. Events are read as they
 * come and written in batches; each batch carries the checkpoint of its last transaction, so after a crash
 * the projector resumes right after the last batch written: nothing lost, nothing applied twice.
 *
 * The ledger's event stream may fail (its peer restarts, the network drops): the projector reopens it
 * from the last position it read, with capped, jittered back-off, for as long as it takes, and says it is
 * waiting meanwhile. Only a transaction it cannot fold or a store write that fails stops it for good.
 */
export class Projector {
  private applied: Position | undefined;
  private readThroughBlock = -1n;
  /** Where reading has got to (ahead of `applied` by what is queued): a reopened stream resumes after it. */
  private lastRead: Position | undefined;
  private lastBlockEnd = -1n;
  private outage: { readonly since: number; readonly attempts: number; readonly lastError: string } | undefined;
  private queue: Item[] = [];
  private flushing: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  private readonly controller = new AbortController();
  private failed: Error | undefined;
  private stopped = false;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly batchLimit: number;
  private readonly known = new KnownRecords();

  private constructor(
    private readonly ledger: Ledger,
    private readonly store: ProjectionStore,
    private readonly options: ProjectorOptions,
    checkpoint: Position | undefined,
  ) {
    this.applied = checkpoint;
    this.lastRead = checkpoint;
    this.batchLimit = options.batchLimit ?? DEFAULT_BATCH_LIMIT;
  }

  static async open(ledger: Ledger, store: ProjectionStore, options: ProjectorOptions): Promise<Projector> {
    return new Projector(ledger, store, options, await readCheckpoint(store));
  }

  /** Starts reading the ledger from the checkpoint's block (the transactions already applied in it are skipped). */
  start(): void {
    this.running ??= this.read().catch((error: unknown) => this.fail(error));
  }

  /**
   * Stops reading and lets the batch being written finish; what was read but not written is dropped.
   * Safe at any point: the next start resumes after the checkpoint, so nothing is lost.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.controller.abort();
    await this.running;
    while (this.flushing) await this.flushing;
    this.queue = [];
  }

  /** The last transaction applied. */
  get position(): Position | undefined {
    return this.applied;
  }

  /** Every block up to this one has been applied (-1 before any): the ledger reports each block's end (onBlock). */
  get readThrough(): bigint {
    return this.readThroughBlock;
  }

  get failure(): Error | undefined {
    return this.failed;
  }

  /** Set while the ledger's event stream is down and being reopened; cleared once it delivers again. */
  get waiting(): LedgerWait | undefined {
    if (!this.outage) return undefined;
    const { since, attempts, lastError } = this.outage;
    return { waiting: 'ledger events', since: new Date(since).toISOString(), attempts, lastError };
  }

  /** A counter that moves with every batch written; pair it with `changedSince` to wait without missing one. */
  get changes(): number {
    return this.version;
  }

  /** Resolves true once a batch after `version` is written, false after `timeoutMs`. */
  changedSince(version: number, timeoutMs: number): Promise<boolean> {
    if (this.version > version) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (changed: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(changed);
      };
      const listener = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.listeners.add(listener);
    });
  }

  private get halted(): boolean {
    return this.stopped || this.failed !== undefined;
  }

  /** Reads until stopped or failed, reopening the stream after each error (or unexpected end). */
  private async read(): Promise<void> {
    while (!this.halted) {
      const error = await this.readStream().then(() => new Error('the ledger ended its event stream'), (thrown: unknown) => thrown);
      if (this.halted) return;
      await this.pauseAfter(error);
    }
  }

  /**
   * One stream, from the last block read to its end. That block is delivered again (its events skipped,
   * its end not queued twice) so that a reopened stream proves itself live at once, even on an idle chain.
   */
  private async readStream(): Promise<void> {
    const { signal } = this.controller;
    const skipUpTo = this.lastRead;
    const skipThroughBlock = this.lastBlockEnd;
    const from = maxOf(skipUpTo?.block ?? 0n, skipThroughBlock < 0n ? 0n : skipThroughBlock);
    const onBlock = (blockEnd: bigint) => {
      this.delivered();
      if (blockEnd <= this.lastBlockEnd) return;
      this.lastBlockEnd = blockEnd;
      this.enqueue({ blockEnd });
    };
    for await (const event of this.ledger.events(from, { signal, onBlock })) {
      const position = { block: event.blockNumber, txIndex: event.txIndex };
      this.delivered();
      if (event.blockNumber <= skipThroughBlock || (skipUpTo && !isAfter(position, skipUpTo))) continue;
      this.lastRead = position;
      this.enqueue(event);
      if (this.queue.length >= QUEUE_HIGH_WATER) await this.flushing;
    }
  }

  /** The stream failed: note it (one warning per outage, not per attempt) and wait before reopening it. */
  private async pauseAfter(error: unknown): Promise<void> {
    const lastError = error instanceof Error ? error.message : String(error);
    const since = this.outage?.since ?? Date.now();
    const attempts = (this.outage?.attempts ?? 0) + 1;
    if (!this.outage) this.options.log.warn({ err: error }, 'ledger event stream failed; reopening it from the last block read');
    this.outage = { since, attempts, lastError };
    this.options.metrics.projectionReconnects.inc();
    this.options.metrics.projectionWaiting.set(1);
    const delay = backoffDelay(attempts, this.options.reconnect ?? DEFAULT_BACKOFF);
    this.options.log.debug({ attempts, delay, lastError }, 'reopening the ledger event stream');
    await sleep(delay, undefined, { signal: this.controller.signal }).catch(() => undefined);
  }

  /** The stream delivers again: the outage, if any, is over. */
  private delivered(): void {
    if (!this.outage) return;
    const { since, attempts } = this.outage;
    this.outage = undefined;
    this.options.metrics.projectionWaiting.set(0);
    this.options.log.info({ attempts, downMs: Date.now() - since }, 'ledger event stream reopened');
  }

  private enqueue(item: Item): void {
    this.queue.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.flushing || this.queue.length === 0 || this.failed || this.stopped) return;
    // Let the ledger deliver whatever else is ready before writing, so a burst shares one batch.
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.flushing = undefined;
        this.schedule();
      });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.failed && !this.stopped) await this.write(this.queue.splice(0, this.batchLimit));
  }

  private async write(items: readonly Item[]): Promise<void> {
    const transactions = items.filter(isTransaction).map(decoded);
    const work = new WorkingSet(this.store, this.known);
    // One read for every record the batch's events name (not one per event): records touched through
    // others (a holder's jurisdiction count) are few and shared, and the working set fetches them as met.
    await work.prefetch(transactions.flatMap(({ keys }) => keys));
    for (const transaction of transactions) await this.apply(work, transaction);
    const last = transactions.at(-1)?.position;
    if (last) {
      work.ops.push(checkpointOp(this.store, last));
      await this.store.store.write(work.ops);
      work.rememberIn(this.known);
      this.applied = last;
    }
    for (const item of items) if ('blockEnd' in item && item.blockEnd > this.readThroughBlock) this.readThroughBlock = item.blockEnd;
    this.options.metrics.projectedTransactions.inc(transactions.length);
    this.notify();
  }

  private async apply(work: WorkingSet, { event, position, events, touched, keys }: DecodedTransaction): Promise<void> {
    for (const [eventIndex, domainEvent] of events.entries()) {
      const loaded = await work.load(keys[eventIndex] ?? sliceKeys(touchedBy(domainEvent)));
      const before = await work.extend(loaded, touchedThrough(domainEvent, loaded));
      const after = evolve(before, domainEvent);
      work.save(before, after);
      work.ops.push(...statsHistoryOps(this.store, before, after, eventSeq(position, eventIndex), event.timestamp));
    }
    work.ops.push(...auditOps(this.store, { position, txId: event.txId, timestamp: event.timestamp, events, touched, wireEvents: event.payload.events }));
  }

  private notify(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * A transaction the domain cannot fold, or a read-model write that fails, means the read model can no
   * longer be trusted: stop and say so. (A failing ledger stream is not this: see `pauseAfter`.)
   */
  private fail(error: unknown): void {
    this.failed = error instanceof Error ? error : new Error(String(error));
    this.controller.abort();
    this.options.log.error({ err: this.failed }, 'projector stopped');
    this.notify();
  }
}

/** A ledger transaction with its events decoded from the wire form, once. */
interface DecodedTransaction {
  readonly event: LedgerEvent;
  readonly position: Position;
  readonly events: readonly St2Event[];
  /** Each event's `touchedBy`, computed once: the batch's read, the fold and the audit indexes all need it. */
  readonly touched: readonly Refs[];
  /** The slice keys of each `touched`: read for the whole batch at once, then loaded per event. */
  readonly keys: readonly SliceKeys[];
}

function isTransaction(item: Item): item is LedgerEvent {
  return !('blockEnd' in item);
}

function decoded(event: LedgerEvent): DecodedTransaction {
  const { events } = eventPayloadCodec.decode(event.payload);
  const touched = events.map(touchedBy);
  return { event, position: { block: event.blockNumber, txIndex: event.txIndex }, events, touched, keys: touched.map(sliceKeys) };
}

function maxOf(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
