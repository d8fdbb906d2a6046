import type { Harness } from '../../gateway/support/harness';
import { cast } from '../../gateway/support/cast';

/**
 * What an attack must not change: the ledger (its height) and the read model (every event, the cap table of
 * each security), read once the projection has caught up with the ledger, as the regulator sees them.
 */
export async function ledgerView(h: Harness, securities: readonly string[] = ['ACME']) {
  const height = await h.ledger.height();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ready = (await h.app.inject({ method: 'GET', url: '/ready' })).json() as { projection?: { lagBlocks?: number } };
    if (ready.projection?.lagBlocks === 0) break;
    if (Date.now() > deadline) throw new Error('the read model did not catch up with the ledger within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const read = async (url: string) => (await h.app.inject({ method: 'GET', url, headers: h.auth(cast.regulator) })).json() as unknown;
  const holders = await Promise.all(securities.map((id) => read(`/v1/audit/securities/${id}/holders`)));
  return { height, events: await read('/v1/audit/events?limit=1000'), holders };
}
