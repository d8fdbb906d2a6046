/** Latency percentile (ms) of a sorted list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface ClosedLoopResult {
  readonly ok: number;
  readonly failed: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

/**
 * The in-process counterpart of autocannon's connections: `workers` callers, each sending its next request
 * when the previous one is answered, for `durationMs`; request `n` of the run is `request(n)`, as autocannon
 * takes its requests in turn. Same shape of load as HTTP, minus HTTP.
 */
export async function closedLoop(workers: number, durationMs: number, request: (n: number) => Promise<unknown>): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        await request(next++);
        latencies.push(performance.now() - sent);
      } catch {
        failed++;
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ok: latencies.length, failed, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
