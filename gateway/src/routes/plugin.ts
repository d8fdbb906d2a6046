import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Services } from '../services';
import { ErrorSchema, EventStreamResponse } from './schemas';
import { ROUTES, type Route } from './table';

export interface RoutesOptions {
  readonly services: Services;
}

/** Registers the route table: roles into the route config (for the auth hook), schemas into validation and OpenAPI. */
export async function routesPlugin(app: FastifyInstance, { services }: RoutesOptions): Promise<void> {
  for (const route of ROUTES) {
    const { operation } = route;
    app.route({
      method: route.method,
      url: route.url,
      config: { roles: route.roles },
      ...(operation.stream ? { sse: { kind: 'only' as const } } : {}),
      schema: documented(route),
      handler: (request, reply) => operation.handle(request, reply, services),
    });
  }
}

function documented({ roles, operation, operationId }: Route): FastifySchema {
  const description = [operation.description, `Roles: ${roles.join(', ')}.`].filter(Boolean).join('\n\n');
  // A stream answers 200 with events; a refusal before it opens is an ordinary JSON error.
  const stream = operation.stream ? { 200: EventStreamResponse } : {};
  return {
    ...operation.schema,
    response: { ...operation.schema.response, ...stream, '4xx': ErrorSchema, '5xx': ErrorSchema },
    operationId,
    summary: operation.summary,
    description,
    tags: operation.tags,
    security: [{ bearer: [] }],
  };
}
