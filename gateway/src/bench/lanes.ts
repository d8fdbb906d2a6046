import type { LoadRequest } from './load-generator';

/**
 * One HTTP client with requests of its own: it sends them in turn, one at a time, and sends a request
 * again until it succeeds, so the lane's sequence (and the balances it plans for) stays as planned.
 * Lanes never share a holder, so whatever conflict shows up comes from keys the holders do not own.
 */
export interface Lane {
  /** Lanes with the same label are tallied together. */
  readonly label: string;
  readonly requests: readonly LoadRequest[];
}

/** Responses per outcome: the HTTP status, and the error code when there is one (`409 ST2-MVCC-CONFLICT`). */
export interface LaneTally {
  sent: number;
  readonly outcomes: Record<string, number>;
}

/**
 * Runs every lane for `durationMs` against `url` and tallies by label. The clients run in this process
 * (the figure is a share of outcomes, not a throughput, so sharing the gateway's event loop is fine).
 */
export async function runLanes(url: string, lanes: readonly Lane[], durationMs: number): Promise<Record<string, LaneTally>> {
  const tallies: Record<string, LaneTally> = {};
  const deadline = performance.now() + durationMs;
  await Promise.all(lanes.map(async ({ label, requests }) => {
    const tally = (tallies[label] ??= { sent: 0, outcomes: {} });
    let next = 0;
    while (performance.now() < deadline) {
      const request = requests[next % requests.length];
      if (!request) return;
      const outcome = await send(url, request);
      tally.sent++;
      tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1;
      if (outcome.startsWith('2')) next++;
    }
  }));
  return tallies;
}

async function send(url: string, { method, path, headers, body }: LoadRequest): Promise<string> {
  const response = await fetch(`${url}${path}`, { method, headers, body: body ?? null });
  const text = await response.text();
  if (response.ok) return String(response.status);
  const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  return code ? `${response.status} ${code}` : String(response.status);
}

/** The share of a lane group's responses with this outcome, in percent. */
export function percentOf(tally: LaneTally | undefined, outcome: string): number {
  return tally && tally.sent > 0 ? (100 * (tally.outcomes[outcome] ?? 0)) / tally.sent : 0;
}
