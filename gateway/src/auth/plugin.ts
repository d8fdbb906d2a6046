import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthenticatedError } from '../errors/api-error';
import { principalFromClaims } from './principal';

export interface AuthOptions {
  /** PEM public key (ES256) that verifies bearer tokens. The gateway never holds a signing key. */
  readonly publicKey: string | Buffer;
  /** MSP ids whose members this gateway serves (from the topology). */
  readonly orgs: readonly string[];
}

const TOKEN_CACHE_SIZE = 10_000;

/** Routes under this prefix must declare roles: a route someone forgot to protect fails at start, not in production. */
const PROTECTED_PREFIX = '/v1/';

/**
 * Bearer JWT on every route that declares roles: 401 without a valid token, 403 when the token's role is
 * not among the route's. Runs on `onRequest`, before the body is even parsed, so an unauthorized caller
 * learns nothing about what a valid body would be.
 */
export const authPlugin = fp<AuthOptions>(async function auth(app: FastifyInstance, options: AuthOptions) {
  const orgs = new Set(options.orgs);
  // Verified tokens are cached (up to their expiry): a client sends the same token with every request,
  // and an ECDSA verification would otherwise be a good share of a request's cost.
  await app.register(fastifyJwt, { secret: { public: options.publicKey }, verify: { algorithms: ['ES256'], cache: TOKEN_CACHE_SIZE } });
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(PROTECTED_PREFIX) && !route.config?.roles) throw new Error(`${route.method} ${route.url} declares no roles`);
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const { roles } = request.routeOptions.config;
    if (!roles) return;
    const principal = principalFromClaims(await verifiedPayload(request), orgs);
    if (!roles.includes(principal.role)) {
      throw new ForbiddenError(`Role '${principal.role}' may not ${request.method} ${request.routeOptions.url}; allowed: ${roles.join(', ')}.`, { role: principal.role, allowed: roles });
    }
    request.principal = principal;
  });
}, { name: 'st2-auth' });

async function verifiedPayload(request: FastifyRequest): Promise<unknown> {
  try {
    return await request.jwtVerify<object>();
  } catch (error) {
    throw new UnauthenticatedError(error instanceof Error ? error.message : 'The bearer token is invalid.');
  }
}
