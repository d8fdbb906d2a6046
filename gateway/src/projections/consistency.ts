import { NotFoundError, UnavailableError } from '../errors/api-error';
import type { Ledger } from '../ledger/ledger';
import type { AuditLog } from './audit-log';
import type { Projector } from './projector';

/**
 * Read-your-writes on demand: a read with `?consistentWith=<txId>` waits, up to a bound, until the read
 * model holds that transaction. A write's response names its txId, so a client can always ask for it.
 */
export class Consistency {
  constructor(
    private readonly projector: Projector,
    private readonly audit: AuditLog,
    private readonly ledger: Ledger,
    private readonly timeoutMs: number,
  ) {}

  async reach(txId: string | undefined): Promise<void> {
    if (txId === undefined) return;
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      // Read the counter before looking, so a batch written in between is not missed.
      const version = this.projector.changes;
      if (await this.audit.has(txId)) return;
      if (this.projector.failure) throw new UnavailableError('The read model has stopped; see the gateway log.', { txId });
      const remaining = deadline - Date.now();
      if (remaining <= 0 || !(await this.projector.changedSince(version, remaining))) break;
    }
    await this.explainMiss(txId);
  }

  /** After the wait: a read model that has read the whole chain proves the transaction is not a valid one. */
  private async explainMiss(txId: string): Promise<never> {
    const height = await this.ledger.height();
    const readThrough = this.projector.readThrough;
    if (readThrough >= height - 1n) throw new NotFoundError(`No valid transaction ${txId} is on the ledger.`, { txId });
    throw new UnavailableError(`The read model has not reached transaction ${txId} within ${this.timeoutMs} ms.`, {
      txId, readThrough: readThrough.toString(), height: height.toString(),
    });
  }
}
