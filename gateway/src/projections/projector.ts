import { eventPayloadCodec, evolve, mergeSlices, touchedBy, touchedThrough } from '@st2/chaincode';
import type { FastifyBaseLogger } from 'fastify';
import type { Ledger, LedgerEvent } from '../ledger/ledger';
import type { Metrics } from '../metrics/metrics';
import { auditOps } from './audit-entries';
import { checkpointOp, readCheckpoint } from './checkpoint';
import { isAfter, type Position } from './position';
import type { ProjectionStore } from './projection-store';
import { WorkingSet } from './working-set';

/** A transaction to apply, or the news that every event of a block has been delivered. */
type Item = LedgerEvent | { readonly blockEnd: bigint };

export interface ProjectorOptions {
  readonly metrics: Metrics;
  readonly log: FastifyBaseLogger;
  /** Most transactions written per batch; default 1,000. */
  readonly batchLimit?: number;
}

const DEFAULT_BATCH_LIMIT = 1_000;
/** Beyond this many queued items, reading from the ledger waits for the writer (catching up on a long chain). */
const QUEUE_HIGH_WATER = 10_000;

/**
 * Folds the ledger's events into the read model with the domain's own `evolve`. Events are read as they
 * come and written in batches; each batch carries the checkpoint of its last transaction, so after a crash
 * the projector resumes right after the last batch written: nothing lost, nothing applied twice.
 */
export class Projector {
  private applied: Position | undefined;
  private readThroughBlock = -1n;
  private queue: Item[] = [];
  private flushing: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  private readonly controller = new AbortController();
  private failed: Error | undefined;
  private stopped = false;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly batchLimit: number;

  private constructor(
    private readonly ledger: Ledger,
    private readonly store: ProjectionStore,
    private readonly options: ProjectorOptions,
    checkpoint: Position | undefined,
  ) {
    this.applied = checkpoint;
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

  private async read(): Promise<void> {
    const { signal } = this.controller;
    const skipUpTo = this.applied;
    const from = skipUpTo?.block ?? 0n;
    const onBlock = (blockEnd: bigint) => this.enqueue({ blockEnd });
    for await (const event of this.ledger.events(from, { signal, onBlock })) {
      if (skipUpTo && !isAfter({ block: event.blockNumber, txIndex: event.txIndex }, skipUpTo)) continue;
      this.enqueue(event);
      if (this.queue.length >= QUEUE_HIGH_WATER) await this.flushing;
    }
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
    const work = new WorkingSet(this.store);
    let last: Position | undefined;
    let readThrough = this.readThroughBlock;
    let transactions = 0;
    for (const item of items) {
      if ('blockEnd' in item) {
        if (item.blockEnd > readThrough) readThrough = item.blockEnd;
        continue;
      }
      last = { block: item.blockNumber, txIndex: item.txIndex };
      await this.apply(work, item, last);
      transactions++;
    }
    if (last) {
      work.ops.push(checkpointOp(this.store, last));
      await this.store.store.write(work.ops);
      this.applied = last;
    }
    this.readThroughBlock = readThrough;
    this.options.metrics.projectedTransactions.inc(transactions);
    this.notify();
  }

  private async apply(work: WorkingSet, event: LedgerEvent, position: Position): Promise<void> {
    const { events } = eventPayloadCodec.decode(event.payload);
    for (const domainEvent of events) {
      const loaded = await work.load(touchedBy(domainEvent));
      const before = mergeSlices(loaded, await work.load(touchedThrough(domainEvent, loaded)));
      work.save(before, evolve(before, domainEvent));
    }
    work.ops.push(...auditOps(this.store, { position, txId: event.txId, timestamp: event.timestamp, events, wireEvents: event.payload.events }));
  }

  private notify(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  /** A transaction the domain cannot fold means the read model can no longer be trusted: stop and say so. */
  private fail(error: unknown): void {
    this.failed = error instanceof Error ? error : new Error(String(error));
    this.controller.abort();
    this.options.log.error({ err: this.failed }, 'projector stopped');
    this.notify();
  }
}
