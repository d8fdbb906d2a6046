import type { Harness } from './harness';

/** How long the read model may trail the ledger before a test gives up (a bound, not a timing assertion). */
const PROJECTION_WAIT_MS = 30_000;

/**
 * Waits for the projection to fold every block (it trails the ledger). A snapshot of the read model
 * taken behind it would compare stale data, so giving up fails the test instead of carrying on.
 */
export async function projectionCaughtUp(h: Harness): Promise<void> {
  const deadline = Date.now() + PROJECTION_WAIT_MS;
  for (;;) {
    const ready = await h.app.inject({ method: 'GET', url: '/ready' });
    const lag = (ready.json() as { projection?: { lagBlocks?: number } }).projection?.lagBlocks;
    if (lag === 0) return;
    if (Date.now() >= deadline) throw new Error(`the projection is still ${String(lag)} blocks behind the ledger after ${PROJECTION_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
