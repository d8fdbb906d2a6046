import type { Principal } from '../auth/principal';
import { ForbiddenError } from '../errors/api-error';

/** An investor sees only itself: its identity, its holdings, its own transfers' dry runs. */
export function requireSelfIfInvestor(principal: Principal, identityId: string): void {
  if (principal.role === 'investor' && principal.id !== identityId) {
    throw new ForbiddenError(`An investor may only see its own identity (${principal.id}), not ${identityId}.`, { identity: identityId });
  }
}

/** Whose private record the caller may read: its own org's clients, or anyone's for the regulator (the audit collection). */
export function mayReadRecord(principal: Principal, ownerOrg: string): boolean {
  return principal.role === 'regulator' || principal.org === ownerOrg;
}
