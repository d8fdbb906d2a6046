import type { Principal } from '../auth/principal';
import { ForbiddenError } from '../errors/api-error';
import type { ReadModel } from '../projections/read-model';

/**
 * An investor sees only itself (its identity, its holdings, its own transfers' dry runs), and only through the
 * bank that onboarded it: a token of another org carrying the same subject is someone else. Call it once the
 * read model has reached what the request asked for (`consistentWith`).
 */
export async function requireSelfIfInvestor(principal: Principal, identityId: string, readModel: ReadModel): Promise<void> {
  if (principal.role !== 'investor') return;
  if (principal.id !== identityId) {
    throw new ForbiddenError(`An investor may only see its own identity (${principal.id}), not ${identityId}.`, { identity: identityId });
  }
  const identity = await readModel.identity(identityId);
  if (identity?.org !== principal.org) {
    throw new ForbiddenError(`Investor ${identityId} is served by the org that onboarded it, not ${principal.org}.`, { identity: identityId, org: principal.org });
  }
}

/** Whose private record the caller may read: its own org's clients, or anyone's for the regulator (the audit collection). */
export function mayReadRecord(principal: Principal, ownerOrg: string): boolean {
  return principal.role === 'regulator' || principal.org === ownerOrg;
}
