import type { FastifyInstance } from 'fastify';
import { UnavailableError } from '../errors/api-error';
import type { Services } from '../services';
import { readiness } from './readiness';

export interface HealthOptions {
  readonly services: Services;
  /** How long /ready waits for the ledger; default 2 s. */
  readonly ledgerTimeoutMs?: number;
}

/** `/health`: the process serves requests. `/ready`: it can serve them correctly (ledger reachable, read model caught up). */
export async function healthPlugin(app: FastifyInstance, { services, ledgerTimeoutMs = 2_000 }: HealthOptions): Promise<void> {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async () => {
    const { ready, ...state } = await readiness(services.ledger, services.projector, ledgerTimeoutMs);
    if (!ready) throw new UnavailableError('Not ready: the ledger is unreachable, or the read model is behind or waiting for ledger events.', { ...state });
    return { status: 'ready', ...state };
  });
}
