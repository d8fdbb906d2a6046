import { issuerRoleOf } from './cash';
import { reject, type Rejection } from './decision';
import type { Identity } from './identity';
import { nameOf, sameParty } from './party';
import type { Actor, Role } from './roles';
import { holdsPower, isAgent, type Power, type Security } from './security';

/** Authorization is part of the decision: a refusal is a Rejection like any rule's. */
export function requireRole(actor: Actor, ...roles: Role[]): Rejection | null {
  if (roles.includes(actor.role)) return null;
  return reject('ST2-UNAUTHORIZED', `Role '${actor.role}' may not do this; needs ${roles.join(' or ')}.`, { role: actor.role, allowed: roles });
}

/**
 * The security's issuer or one of its transfer agents (same org and id), acting in that role; with a
 * `power`, an agent must hold it (the issuer holds them all). Without one, any agent: the confidential
 * pool's upkeep (allowlist refresh, sealing, relaying holders' proofs).
 */
export function requireAgentOf(actor: Actor, security: Security, power?: Power): Rejection | null {
  const byRole = requireRole(actor, issuerRoleOf(security.terms), 'agent');
  if (byRole) return byRole;
  const cash = cashSupplyRole(actor, security, power);
  if (cash) return cash;
  if (!isAgent(security, actor)) return reject('ST2-UNAUTHORIZED', `${nameOf(actor)} is neither issuer nor agent of ${security.id}.`, { securityId: security.id });
  if (power === undefined || holdsPower(security, actor, power)) return null;
  return reject('ST2-UNAUTHORIZED', `${nameOf(actor)} is an agent of ${security.id} without the '${power}' power.`, { securityId: security.id, power });
}

/** The security's issuer itself: its configuration (rules, agents) is the issuer's alone. */
export function requireIssuerOf(actor: Actor, security: Security): Rejection | null {
  if (actor.role === issuerRoleOf(security.terms) && sameParty(actor, security.issuer)) return null;
  return reject('ST2-UNAUTHORIZED', `Only ${security.id}'s issuer may change its configuration; ${nameOf(actor)} (${actor.role}) may not.`, { securityId: security.id });
}

/** An org acts only for identities it onboarded: a bank never moves another bank's clients. */
export function requireSameOrg(actor: Actor, identity: Identity): Rejection | null {
  if (identity.org === actor.org) return null;
  return reject('ST2-UNAUTHORIZED', `${identity.id} belongs to another organisation.`, { identity: identity.id });
}

/**
 * Holds are placed, released and executed by an agent of the security with the `hold` power (or its issuer).
 * A custodian acts in its own role: a `custodian` of the org and id the issuer named as such an agent, so a
 * custodian needs no agent certificate to keep holds on its clients' holdings (and no other power comes with it).
 */
export function requireHoldPower(actor: Actor, security: Security): Rejection | null {
  return requireAgentOf(actor.role === 'custodian' ? { ...actor, role: 'agent' } : actor, security, 'hold');
}

/** Cash is issued and redeemed under the cash-issuer role only: an agent's power over a cash security never mints money. */
function cashSupplyRole(actor: Actor, security: Security, power: Power | undefined): Rejection | null {
  if (security.terms.kind !== 'cash' || (power !== 'issue' && power !== 'redeem') || actor.role === 'cash-issuer') return null;
  return reject('ST2-UNAUTHORIZED', `Cash ${security.id} is issued and redeemed by a cash issuer only; ${nameOf(actor)} is ${actor.role}.`, { securityId: security.id, role: actor.role, allowed: ['cash-issuer'] });
}
