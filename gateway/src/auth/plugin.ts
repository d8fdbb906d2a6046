import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthenticatedError } from '../errors/api-error';
import { DEFAULT_CLAIM_NAMES, principalFromClaims, type ClaimNames, type ServedOrg } from './principal';
import { tokenVerifier, type TokenSource } from './token-verifier';

export interface AuthOptions {
  /** Who signs the bearer tokens: the member's OIDC provider, or (development only) a local key. The gateway never holds a signing key. */
  readonly tokens: TokenSource;
  /** The orgs whose members this gateway serves, with the roles each may hold: a member's own org in production. */
  readonly servedOrgs: readonly ServedOrg[];
  /** Default role, sub, org. */
  readonly claims?: ClaimNames;
  /** Default 1 h. */
  readonly maxTokenLifetimeSeconds?: number;
  /** Default 30 s. */
  readonly clockToleranceSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 3_600;
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/** Routes under this prefix must declare roles: a route someone forgot to protect fails at start, not in production. */
const PROTECTED_PREFIX = '/v1/';

/**
 * Bearer JWT on every route that declares roles: 401 without a valid token for an org this gateway serves,
 * 403 when the token's role is not its org's or not among the route's. Runs on `onRequest`, before the body
 * is even parsed, so an unauthorized caller learns nothing about what a valid body would be.
 */
export const authPlugin = fp<AuthOptions>(async function auth(app: FastifyInstance, options: AuthOptions) {
  const served = new Map(options.servedOrgs.map((org) => [org.mspId, org]));
  const names = options.claims ?? DEFAULT_CLAIM_NAMES;
  const verify = tokenVerifier(options.tokens, {
    maxLifetimeSeconds: options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
    clockToleranceSeconds: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
  });
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(PROTECTED_PREFIX) && !route.config?.roles) throw new Error(`${route.method} ${route.url} declares no roles`);
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const { roles } = request.routeOptions.config;
    if (!roles) return;
    const principal = principalFromClaims(await verify(bearerToken(request)), names, served);
    if (!roles.includes(principal.role)) {
      throw new ForbiddenError(`Role '${principal.role}' may not ${request.method} ${request.routeOptions.url}; allowed: ${roles.join(', ')}.`, { role: principal.role, allowed: roles });
    }
    request.principal = principal;
  });
}, { name: 'st2-auth' });

function bearerToken(request: FastifyRequest): string {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new UnauthenticatedError('A bearer token is required (Authorization: Bearer <token>).');
  return match[1];
}
