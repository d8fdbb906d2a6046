import type { Block } from './block-log';
import type { Endorsement } from './endorser';

interface Queued {
  readonly endorsement: Endorsement;
  readonly resolve: (committed: { block: Block; index: number }) => void;
  readonly reject: (error: unknown) => void;
}

/** When the cutter cuts a block. */
export interface BlockCutting {
  /** Most transactions per block: a block is cut as soon as this many wait. */
  readonly maxBlockSize: number;
  /**
   * Longest a block waits for transactions to fill it after the commit of the block before it (ms), as
   * Fabric's orderer `BatchTimeout`. A transaction arriving when the last commit ended longer ago than
   * that is cut on the next turn of the event loop, as with 0: an idle ledger adds no latency.
   */
  readonly batchTimeoutMs: number;
}

/**
 * The ordering service of a single node: queues endorsed transactions and cuts them into blocks,
 * one block at a time. A block is cut when `maxBlockSize` transactions wait, or once the batch timeout
 * has passed since the last commit ended (at the earliest on the next turn of the event loop). Blocks
 * are committed strictly one after another (each validates against the one before), so what arrives
 * during a commit waits for the next block.
 *
 * Why the timeout runs from the last commit: requests over HTTP arrive spread over many turns of the
 * event loop, and clients fall into groups that each fill one block while another commits. Cutting
 * whatever waits as soon as a commit ended kept those groups apart: HTTP blocks held a third of what
 * in-process bursts put in one, and every transaction paid the per-block costs (block write, hashing,
 * events, projection) three times. Waiting a little after each commit lets the next group join, and
 * under load that is all the timeout does; on an idle ledger it has long passed when a transaction comes.
 */
export class BlockCutter {
  private queue: Queued[] = [];
  /** Cancels the scheduled cut, if one is scheduled. */
  private cancelCut: (() => void) | undefined;
  private running: Promise<void> | undefined;
  /** When the last commit ended (performance.now()): the next block's timeout runs from here. */
  private freeSince = -Infinity;

  constructor(
    private readonly cutting: BlockCutting,
    private readonly commit: (endorsements: readonly Endorsement[]) => Promise<Block>,
  ) {}

  /** Resolves with the block that holds the transaction, valid or not, once that block is committed. */
  order(endorsement: Endorsement): Promise<{ block: Block; index: number }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ endorsement, resolve, reject });
      if (this.queue.length >= this.cutting.maxBlockSize) this.cut();
      else this.arm();
    });
  }

  /** Cuts what waits at once and settles once nothing is queued or committing. */
  async idle(): Promise<void> {
    while (this.running || this.cancelCut) {
      if (this.cancelCut) this.cut();
      await this.running;
    }
  }

  /** Schedules the cut of the waiting batch for when its timeout ends. */
  private arm(): void {
    if (this.running || this.cancelCut || this.queue.length === 0) return;
    const wait = this.cutting.batchTimeoutMs - this.sinceCommit();
    if (wait > 0) {
      const timer = setTimeout(() => this.cut(), wait);
      this.cancelCut = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => this.cut());
      this.cancelCut = () => clearImmediate(immediate);
    }
  }

  private cut(): void {
    this.cancelCut?.();
    this.cancelCut = undefined;
    // A drain in progress takes what is due when its block is committed, and arms the timer for the rest.
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      this.arm();
    });
  }

  /** Commits the waiting batch, then every further one that is full or whose timeout has passed. */
  private async drain(): Promise<void> {
    do {
      const batch = this.queue.slice(0, this.cutting.maxBlockSize);
      this.queue = this.queue.slice(batch.length);
      if (batch.length === 0) return;
      try {
        const block = await this.commit(batch.map((queued) => queued.endorsement));
        batch.forEach((queued, index) => queued.resolve({ block, index }));
      } catch (error) {
        for (const queued of batch) queued.reject(error);
      }
      this.freeSince = performance.now();
    } while (this.due());
  }

  private due(): boolean {
    return this.queue.length >= this.cutting.maxBlockSize || (this.queue.length > 0 && this.sinceCommit() >= this.cutting.batchTimeoutMs);
  }

  private sinceCommit(): number {
    return performance.now() - this.freeSince;
  }
}
