import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Metrics } from './metrics';

export interface MetricsPluginOptions {
  readonly metrics: Metrics;
}

/** Times every request by its route template (not its URL, which would explode the label space) and serves /metrics. */
export const metricsPlugin = fp<MetricsPluginOptions>(async function metrics(app: FastifyInstance, { metrics }: MetricsPluginOptions) {
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}, { name: 'st2-metrics' });
