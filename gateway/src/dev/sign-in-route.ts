import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DEV_TOKEN_TTL_SECONDS, signDevToken } from '../auth/dev-tokens';
import { DEFAULT_CLAIM_NAMES, principalFromClaims, TokenClaimsSchema, type ServedOrg, type TokenClaims } from '../auth/principal';

/** Whom the console offers to sign in as: the identities the start banner prints tokens for (the demo's cast). */
export interface DevIdentity extends TokenClaims {
  /** The org's name in the topology (bank1, regulator), for people; `org` is its MSP id. */
  readonly orgName: string;
}

export interface DevSignInOptions {
  /** The local dev key, the one `npm run token` and the banner sign with: only a --dev-identity gateway has one. */
  readonly privateKey: string;
  readonly identities: readonly DevIdentity[];
}

interface DevSignInRouteOptions extends DevSignInOptions {
  readonly servedOrgs: readonly ServedOrg[];
  /** The gateway's own bound on token lifetimes: a token it would refuse is never minted. */
  readonly maxLifetimeSeconds: number;
}

/**
 * `GET /dev/identities` and `POST /dev/sign-in`: the console's development sign-in, what the banner's tokens are
 * for a person with a browser. Registered only by a gateway started with --dev-identity (app.ts refuses it
 * otherwise), outside /v1 and hidden from /openapi.json: it is no part of a member's API, and production
 * sign-in goes to the member's OpenID Connect provider, never to the gateway. A token is minted only for claims
 * the gateway would accept (an org it serves, a role that org may hold), so sign-in fails here, not later.
 */
export async function devSignInRoute(app: FastifyInstance, options: DevSignInRouteOptions): Promise<void> {
  const served = new Map(options.servedOrgs.map((org) => [org.mspId, org]));
  const ttlSeconds = Math.min(DEV_TOKEN_TTL_SECONDS, options.maxLifetimeSeconds);
  const identities = options.identities.filter((identity) => served.has(identity.org));
  app.get('/dev/identities', { schema: { hide: true } }, async () => ({ items: identities }));
  const body = Type.Object(TokenClaimsSchema.properties, { additionalProperties: false });
  app.post<{ Body: TokenClaims }>('/dev/sign-in', { schema: { hide: true, body } }, async (request) => {
    const principal = principalFromClaims(request.body, DEFAULT_CLAIM_NAMES, served);
    const token = signDevToken(options.privateKey, { role: principal.role, sub: principal.id, org: principal.org }, ttlSeconds);
    return { token, expiresInSeconds: ttlSeconds };
  });
}
