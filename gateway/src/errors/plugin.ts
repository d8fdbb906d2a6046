import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError, type ApiError } from './api-error';
import { toApiError } from './to-api-error';

/** One error handler for the whole API: every failure leaves as `{ error: { code, message, details } }`. */
export const errorsPlugin = fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => send(reply, new NotFoundError(`No route ${request.method} ${request.url.split('?')[0]}.`)));
}, { name: 'st2-errors' });

/**
 * Errors Fastify raises before routing (a malformed URL, a parameter longer than the router accepts) never
 * reach the error handler; this Fastify option sends them the same way.
 */
export function frameworkErrors(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(error, request, reply);
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const apiError = toApiError(error);
  // Only a fault of the gateway is an error; an outage or overload is a warning, and a refusal is the API working.
  if (apiError.statusCode >= 500 && apiError.statusCode !== 503) request.log.error({ err: error }, 'request failed');
  else if (apiError.statusCode === 503) request.log.warn({ err: error, code: apiError.code }, apiError.message);
  else request.log.info({ code: apiError.code }, apiError.message);
  return send(reply, apiError);
}

function send(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.statusCode).headers(error.headers).send(error.toJSON());
}
