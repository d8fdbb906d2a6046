import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Id, ROLES, type Role } from '@st2/chaincode';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../ledger/ledger';
import { ForbiddenError, UnauthenticatedError } from '../errors/api-error';

/**
 * The claims a dev token carries: the st2 role, the st2 identity as `sub`, and the org's MSP id. An OIDC
 * provider may name them otherwise (ClaimNames). They become the ledger Caller as is: on Fabric the same three
 * are the signing certificate's MSP id and `st2.role` / `st2.id` attributes, so the gateway never lets a
 * client speak for anyone else.
 */
export const TokenClaimsSchema = Type.Object({
  role: Type.Union(ROLES.map((role) => Type.Literal(role))),
  sub: Id,
  org: Type.String({ minLength: 1, maxLength: 128 }),
});
export type TokenClaims = Static<typeof TokenClaimsSchema>;

/** Which token claims hold the st2 role, identity and org (an identity provider's own names, e.g. `st2_role`). */
export interface ClaimNames {
  readonly role: string;
  readonly subject: string;
  readonly org: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { role: 'role', subject: 'sub', org: 'org' };

/** An org this gateway serves and the st2 roles its members may hold (from the topology). */
export interface ServedOrg {
  readonly mspId: string;
  readonly roles: readonly Role[];
}

/** Who is calling, once the token is verified: exactly what the ledger needs as Caller. */
export interface Principal extends Caller {
  readonly role: Role;
}

const claimsCheck = TypeCompiler.Compile(TokenClaimsSchema);

/**
 * The principal a verified token names: 401 when its claims are malformed or name an org this gateway does
 * not serve (the token is not for this gateway), 403 when its org may not hold its role (a regulator token
 * for a bank, an issuer for the regulator).
 */
export function principalFromClaims(payload: Readonly<Record<string, unknown>>, names: ClaimNames, served: ReadonlyMap<string, ServedOrg>): Principal {
  const claims = { role: payload[names.role], sub: payload[names.subject], org: payload[names.org] };
  if (!claimsCheck.Check(claims)) {
    const first = claimsCheck.Errors(claims).First();
    throw new UnauthenticatedError(`The token's claims are invalid at ${first?.path || '/'}: ${first?.message ?? 'unexpected shape'}.`);
  }
  const org = served.get(claims.org);
  if (!org) throw new UnauthenticatedError(`The token's org ${claims.org} is not a member this gateway serves.`);
  if (!org.roles.includes(claims.role)) {
    throw new ForbiddenError(`Org ${claims.org} may not hold the role '${claims.role}'.`, { org: claims.org, role: claims.role, orgRoles: org.roles });
  }
  return { role: claims.role, id: claims.sub, org: claims.org };
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
