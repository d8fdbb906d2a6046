import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InvalidInputError } from '../errors/api-error';

/** Largest request body accepted (bytes): a proof-carrying write is a few kilobytes, the largest onboarding record less. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Deepest nesting of objects and arrays accepted in a body. No st2 command nests beyond a handful of levels;
 * a bound here keeps every later step (validation, the idempotency fingerprint, logging) away from recursion
 * limits, whatever the route's schema allows.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Bounds every body before it is validated: a request without a body still gets `{}` (so an empty
 * POST or DELETE passes its empty-object schema), and a body nested deeper than MAX_BODY_DEPTH is a 400.
 * Size is bounded by the server's bodyLimit (413). Runs on preValidation: the JSON parser (iterative in V8)
 * has produced the value, nothing has walked it yet.
 */
export const bodiesPlugin = fp(async function bodies(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    // Only an absent body becomes `{}`: a JSON `null` was sent on purpose, and its schema refuses it (400).
    if (request.body === undefined) {
      if (request.routeOptions.schema?.body) request.body = {};
      return;
    }
    if (nestedDeeperThan(request.body, MAX_BODY_DEPTH)) {
      throw new InvalidInputError(`The body nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels.`, { maxDepth: MAX_BODY_DEPTH });
    }
  });
}, { name: 'st2-bodies' });

/** Whether `value` nests containers deeper than `max`, found with an explicit stack (no recursion to overflow). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > max) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return false;
}
