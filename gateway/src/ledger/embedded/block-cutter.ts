import type { Block } from './block-log';
import type { Endorsement } from './endorser';

interface Queued {
  readonly endorsement: Endorsement;
  readonly resolve: (committed: { block: Block; index: number }) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The ordering service of a single node: queues endorsed transactions and cuts them into blocks,
 * one block at a time. A block is cut when `maxBlockSize` transactions wait, or on the next turn
 * of the event loop, so a lone transaction commits at once and a burst shares few blocks.
 */
export class BlockCutter {
  private queue: Queued[] = [];
  private scheduled = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly maxBlockSize: number,
    private readonly commit: (endorsements: readonly Endorsement[]) => Promise<Block>,
  ) {}

  /** Resolves with the block that holds the transaction, valid or not, once that block is committed. */
  order(endorsement: Endorsement): Promise<{ block: Block; index: number }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ endorsement, resolve, reject });
      if (this.queue.length >= this.maxBlockSize) this.cut();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.cut());
      }
    });
  }

  /** Settles once nothing is queued or committing. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private cut(): void {
    this.scheduled = false;
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      // A transaction queued between the drain's last look and now must not wait for the next one.
      if (this.queue.length > 0) this.cut();
    });
  }

  /** Blocks are committed strictly one after another: each validates against the one before. */
  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.maxBlockSize);
      this.queue = this.queue.slice(batch.length);
      try {
        const block = await this.commit(batch.map((queued) => queued.endorsement));
        batch.forEach((queued, index) => queued.resolve({ block, index }));
      } catch (error) {
        for (const queued of batch) queued.reject(error);
      }
    }
  }
}
