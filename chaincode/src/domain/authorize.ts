import { reject, type Rejection } from './decision';
import type { Identity } from './identity';
import { nameOf } from './party';
import type { Actor, Role } from './roles';
import { isAgent, type Security } from './security';

/** Authorization is part of the decision: a refusal is a Rejection like any rule's. */
export function requireRole(actor: Actor, ...roles: Role[]): Rejection | null {
  if (roles.includes(actor.role)) return null;
  return reject('ST2-UNAUTHORIZED', `Role '${actor.role}' may not do this; needs ${roles.join(' or ')}.`, { role: actor.role, allowed: roles });
}

/** The security's issuer or one of its transfer agents (same org and id), acting in that role. */
export function requireAgentOf(actor: Actor, security: Security): Rejection | null {
  const byRole = requireRole(actor, 'issuer', 'agent');
  if (byRole) return byRole;
  if (isAgent(security, actor)) return null;
  return reject('ST2-UNAUTHORIZED', `${nameOf(actor)} is neither issuer nor agent of ${security.id}.`, { securityId: security.id });
}

/** An org acts only for identities it onboarded: a bank never moves another bank's clients. */
export function requireSameOrg(actor: Actor, identity: Identity): Rejection | null {
  if (identity.org === actor.org) return null;
  return reject('ST2-UNAUTHORIZED', `${identity.id} belongs to another organisation.`, { identity: identity.id });
}
