import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Id, ROLES, type Role } from '@st2/chaincode';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../ledger/ledger';
import { UnauthenticatedError } from '../errors/api-error';

/**
 * The claims a bearer token must carry: the st2 role, the st2 identity as `sub`, and the org's MSP id.
 * They become the ledger Caller as is: on Fabric the same three are the signing certificate's MSP id and
 * `st2.role` / `st2.id` attributes, so the gateway never lets a client speak for anyone else.
 */
export const TokenClaimsSchema = Type.Object({
  role: Type.Union(ROLES.map((role) => Type.Literal(role))),
  sub: Id,
  org: Type.String({ minLength: 1, maxLength: 128 }),
});
export type TokenClaims = Static<typeof TokenClaimsSchema>;

/** Who is calling, once the token is verified: exactly what the ledger needs as Caller. */
export interface Principal extends Caller {
  readonly role: Role;
}

const claimsCheck = TypeCompiler.Compile(TokenClaimsSchema);

export function principalFromClaims(payload: unknown, knownOrgs: ReadonlySet<string>): Principal {
  if (!claimsCheck.Check(payload)) {
    const first = claimsCheck.Errors(payload).First();
    throw new UnauthenticatedError(`The token's claims are invalid at ${first?.path || '/'}: ${first?.message ?? 'unexpected shape'}.`);
  }
  if (!knownOrgs.has(payload.org)) throw new UnauthenticatedError(`The token's org ${payload.org} is not a member this gateway serves.`);
  return { role: payload.role, id: payload.sub, org: payload.org };
}

/** The verified caller of a route that declared roles (the auth hook has run). */
export function principalOf(request: FastifyRequest): Principal {
  const { principal } = request;
  if (!principal) throw new Error(`${request.method} ${request.routeOptions.url} has no principal: the route declares no roles`);
  return principal;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Roles allowed to call the route; set from the route table. A route without it is public. */
    roles?: readonly Role[];
  }
}
