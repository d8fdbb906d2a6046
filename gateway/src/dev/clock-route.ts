import { Type } from '@sinclair/typebox';
import { ROLES } from '@st2/chaincode';
import type { FastifyInstance } from 'fastify';
import { ErrorSchema } from '../routes/schemas';
import type { AdjustableClock } from './dev-clock';

/** Up to ten years a step: enough for any lock-up or maturity, far from Date's limits however often it is called. */
const MAX_STEP_MS = 10 * 365 * 86_400_000;

const ClockSchema = Type.Object({ now: Type.Integer({ description: 'The embedded ledger\'s time, ms since the epoch: the next transaction\'s timestamp' }) });

export interface DevClockRouteOptions {
  readonly clock: AdjustableClock;
}

/**
 * `GET` / `POST /v1/dev/clock`: read and move the development clock. Registered only by a development gateway on
 * the embedded ledger started with `--clock dev` (see app.ts); any signed-in caller but the read-only regulator.
 */
export async function devClockRoute(app: FastifyInstance, { clock }: DevClockRouteOptions): Promise<void> {
  const roles = ROLES.filter((role) => role !== 'regulator');
  const common = { tags: ['development'], security: [{ bearer: [] }] };
  app.get('/v1/dev/clock', {
    config: { roles },
    schema: { ...common, summary: 'Read the development clock', response: { 200: ClockSchema, '4xx': ErrorSchema } },
  }, async () => ({ now: clock.now() }));
  app.post<{ Body: { advanceMs: number } }>('/v1/dev/clock', {
    config: { roles },
    schema: {
      ...common,
      summary: 'Move the development clock forward',
      description: 'Development only (`--clock dev` on the embedded ledger): later transactions are stamped that much later. Time never goes back.',
      body: Type.Object({ advanceMs: Type.Integer({ minimum: 1, maximum: MAX_STEP_MS }) }, { additionalProperties: false }),
      response: { 200: ClockSchema, '4xx': ErrorSchema },
    },
  }, async (request) => ({ now: await clock.advance(request.body.advanceMs) }));
}
