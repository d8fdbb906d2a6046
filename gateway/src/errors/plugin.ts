import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError } from './api-error';
import { toApiError } from './to-api-error';

/** One error handler for the whole API: every failure leaves as `{ error: { code, message, details } }`. */
export const errorsPlugin = fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(error);
    if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: apiError.code }, apiError.message);
    return reply.code(apiError.statusCode).headers(apiError.headers).send(apiError.toJSON());
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new NotFoundError(`No route ${request.method} ${request.url.split('?')[0]}.`);
    return reply.code(error.statusCode).send(error.toJSON());
  });
}, { name: 'st2-errors' });
