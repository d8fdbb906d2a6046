import autocannon from 'autocannon';
import { ownCpuSecondsSince } from './network-cpu';

/**
 * The HTTP load, in a process of its own so that generating it does not share the gateway's event loop.
 * Receives one job over IPC, runs autocannon, answers with the figures, exits.
 */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface LoadJob {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Stop after this many requests instead (durationSeconds is then ignored). */
  readonly amount?: number;
  /** Sent in turn, round robin over all connections. */
  readonly requests: readonly LoadRequest[];
}

export interface LoadResult {
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Count per HTTP status. */
  readonly statuses: Readonly<Record<string, number>>;
  /** CPU the generator itself used, in cores (on a small machine it competes with the gateway). */
  readonly generatorCores: number;
}

async function run(job: LoadJob): Promise<LoadResult> {
  let next = 0;
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationSeconds,
    ...(job.amount ? { amount: job.amount } : {}),
    requests: [{ setupRequest: (request) => ({ ...request, ...job.requests[next++ % job.requests.length] }) }],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]));
  return {
    ok: result['2xx'], non2xx: result.non2xx, errors: result.errors,
    perSecond: result['2xx'] / result.duration, p50: result.latency.p50, p99: result.latency.p99, statuses,
    generatorCores: ownCpuSecondsSince(cpu) / result.duration,
  };
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load generator failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
});
