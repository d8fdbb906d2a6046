import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How far the read model is behind the ledger, asked for at scrape time. */
export type LagProbe = () => Promise<number>;

/**
 * The gateway's instruments, in a registry of its own (not prom-client's global one) so several apps in
 * one process, as in the tests, never share or double-register a metric.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'st2_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly submitDuration = new Histogram({
    name: 'st2_ledger_submit_duration_seconds',
    help: 'Latency of one ledger submit (endorse, order, commit) by chaincode function and outcome',
    labelNames: ['fn', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly mvccRetries = new Counter({
    name: 'st2_ledger_mvcc_retries_total',
    help: 'Transactions resubmitted after an MVCC conflict, by chaincode function',
    labelNames: ['fn'] as const,
    registers: [this.registry],
  });

  readonly projectedTransactions = new Counter({
    name: 'st2_projection_transactions_total',
    help: 'Transactions folded into the read model',
    registers: [this.registry],
  });

  readonly projectionReconnects = new Counter({
    name: 'st2_projection_reconnects_total',
    help: 'Attempts to reopen the ledger event stream after it failed',
    registers: [this.registry],
  });

  readonly projectionWaiting = new Gauge({
    name: 'st2_projection_waiting_for_ledger',
    help: '1 while the ledger event stream is down and being reopened, else 0',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'st2_' });
  }

  /** The lag gauge needs the read model, which is built after the metrics it reports to. */
  observeLag(lag: LagProbe): void {
    new Gauge({
      name: 'st2_projection_lag_blocks',
      help: 'Blocks committed on the ledger that the read model has not read yet',
      registers: [this.registry],
      async collect() {
        this.set(await lag());
      },
    });
  }
}
