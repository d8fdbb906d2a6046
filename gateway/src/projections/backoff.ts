/** How long to wait between attempts to reach something that failed: doubling from `initialMs`, capped at `maxMs`. */
export interface BackoffSettings {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { initialMs: 250, maxMs: 15_000 };

/**
 * The wait before attempt `attempt` (1 for the first retry): half the capped exponential step, plus a
 * random share of the other half. The jitter keeps gateways that lost the same peer from reconnecting in
 * step; the fixed half keeps a retry from ever coming at once.
 */
export function backoffDelay(attempt: number, { initialMs, maxMs }: BackoffSettings, random: () => number = Math.random): number {
  const step = Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.round(step / 2 + (random() * step) / 2);
}
