import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { ServerResponse } from 'node:http';

export interface SecurityHeaders {
  /** Headers helmet sets, in the order it sets them. */
  readonly set: readonly (readonly [string, string])[];
  /** Headers helmet removes (X-Powered-By). */
  readonly removed: readonly string[];
}

/**
 * What helmet's middleware does to a response for `options`, worked out once. Without CSP nonces it does the
 * same thing to every response, so there is nothing to compute per request (@fastify/helmet builds the
 * middleware anew for each one, in two hooks, one of them async).
 */
export function securityHeaders(options: Readonly<HelmetOptions>): SecurityHeaders {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number) {
      set.set(name, String(value));
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.push(name);
    },
  };
  helmet(options)(undefined as never, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return { set: [...set], removed };
}

/** helmet's headers on every response, as @fastify/helmet set them (on the raw response, before routing ends). */
export const securityHeadersPlugin = fp<HelmetOptions>(async function headers(app: FastifyInstance, options: HelmetOptions) {
  const { set, removed } = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    const response = reply.raw;
    for (const [name, value] of set) response.setHeader(name, value);
    for (const name of removed) response.removeHeader(name);
    done();
  });
}, { name: 'st2-security-headers' });
