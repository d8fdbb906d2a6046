import { setTimeout as sleep } from 'node:timers/promises';
import type { Metrics } from '../metrics/metrics';
import { LedgerError, type Caller, type Ledger, type Proposal, type SubmitResult } from './ledger';

export interface RetryPolicy {
  /** Resubmissions after an MVCC conflict before giving up with 409; default 4. */
  readonly retries: number;
  /** First back-off; doubled on each retry, with jitter so colliding transactions spread out. Default 2 ms. */
  readonly baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 2 };

/**
 * The only place a transaction is resubmitted. An MVCC-invalid transaction changed nothing, so submitting it
 * again (endorsed afresh on the new state) is safe; with a request id it still applies at most once.
 * Everything else fails at once: a refusal would be refused again, and an outage is the caller's to retry.
 */
export class Submitter {
  constructor(
    private readonly ledger: Ledger,
    private readonly metrics: Metrics,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
  ) {}

  async submit(caller: Caller, proposal: Proposal): Promise<SubmitResult> {
    for (let attempt = 0; ; attempt++) {
      const stop = this.metrics.submitDuration.startTimer({ fn: proposal.fn });
      try {
        const result = await this.ledger.submit(caller, proposal);
        stop({ outcome: 'committed' });
        return result;
      } catch (error) {
        const conflict = error instanceof LedgerError && error.kind === 'mvcc-conflict';
        stop({ outcome: error instanceof LedgerError ? error.kind : 'error' });
        if (error instanceof LedgerError && error.kind === 'rejected') throw await this.positioned(error);
        if (!conflict || attempt >= this.policy.retries) throw error;
        this.metrics.mvccRetries.inc({ fn: proposal.fn });
        await sleep(this.backoff(attempt));
      }
    }
  }

  evaluate(caller: Caller, proposal: Proposal): Promise<Uint8Array> {
    return this.ledger.evaluate(caller, proposal);
  }

  /**
   * A refusal has no transaction id to read after, so it names the chain height read once it came back: never
   * lower than the state the chaincode decided on, it is the `position` a client reads at (see consistency.ts).
   */
  private async positioned(refusal: LedgerError): Promise<LedgerError> {
    const height = await this.ledger.height().catch(() => undefined);
    if (height === undefined) return refusal;
    return new LedgerError(refusal.kind, refusal.code, refusal.message, { ...refusal.details, position: height.toString() }, refusal.txId);
  }

  private backoff(attempt: number): number {
    const ceiling = this.policy.baseDelayMs * 2 ** attempt;
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }
}
