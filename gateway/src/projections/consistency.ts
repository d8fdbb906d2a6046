import { InvalidInputError, NotFoundError, UnavailableError } from '../errors/api-error';
import type { Ledger } from '../ledger/ledger';
import type { AuditLog } from './audit-log';
import type { Projector } from './projector';

/**
 * Where a read must be at least: after a transaction (`consistentWith`, a write's txId) and/or at a ledger
 * position (`position`, the chain height a refusal reports in `details.position`: every block below it).
 */
export interface ReadPoint {
  readonly consistentWith?: string | undefined;
  readonly position?: string | undefined;
}

/**
 * Read-your-writes on demand: a read waits, up to a bound, until the read model holds what the client saw.
 * A write's response names its txId; a refusal has no transaction, so it names the chain height the gateway had
 * seen when the refusal came back (read after it, so never lower than the state the chaincode decided on):
 * a read at that position shows at least that state, and a client never needs a txId it cannot have.
 */
export class Consistency {
  constructor(
    private readonly projector: Projector,
    private readonly audit: AuditLog,
    private readonly ledger: Ledger,
    private readonly timeoutMs: number,
  ) {}

  async reach({ consistentWith, position }: ReadPoint): Promise<void> {
    if (position !== undefined) await this.reachPosition(BigInt(position));
    if (consistentWith !== undefined) await this.reachTransaction(consistentWith);
  }

  /**
   * Every block committed when this is called applied: what a write that reads the read model first waits for,
   * so a caller's earlier transaction (the distribution it declared a moment ago) is seen, not answered 404.
   */
  async reachLedger(): Promise<void> {
    await this.reachPosition(await this.ledger.height());
  }

  private async reachTransaction(txId: string): Promise<void> {
    if (await this.waitFor(() => this.audit.has(txId), { txId })) return;
    await this.explainMiss(txId);
  }

  /** Every block below `position` applied (block numbers start at 0, so position 0 asks for nothing). */
  private async reachPosition(position: bigint): Promise<void> {
    const height = await this.ledger.height();
    if (position > height) throw new InvalidInputError(`Position ${position} is beyond the ledger's height ${height}.`, { position: position.toString(), height: height.toString() });
    if (await this.waitFor(async () => this.projector.readThrough >= position - 1n, { position: position.toString() })) return;
    throw new UnavailableError(`The read model has not reached position ${position} within ${this.timeoutMs} ms.`, {
      position: position.toString(), readThrough: this.projector.readThrough.toString(),
    });
  }

  /** True once `reached` holds, false when the bound passes first. */
  private async waitFor(reached: () => Promise<boolean>, details: Readonly<Record<string, string>>): Promise<boolean> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      // Read the counter before looking, so a batch written in between is not missed.
      const version = this.projector.changes;
      if (await reached()) return true;
      if (this.projector.failure) throw new UnavailableError('The read model has stopped; see the gateway log.', details);
      const remaining = deadline - Date.now();
      if (remaining <= 0 || !(await this.projector.changedSince(version, remaining))) return false;
    }
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
