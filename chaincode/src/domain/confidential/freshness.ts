import { reject, type Rejection } from '../decision';
import type { Security } from '../security';
import { sameRecipientRules } from './rules';
import type { Pool } from './schema';
import type { ConfidentialSlice } from './slice';

/**
 * Whether the allowlist still says who may receive. Recipients are hidden, so a confidential output can
 * only be refused as a whole: once any member's claim changed (revoked or reissued: the marker a claim
 * change sets), once the consortium withdrew trust from an issuer (the trust revision moved), once the earliest claim the allowlist relied on has expired, or once the security's
 * recipient rules changed, no new note is accepted until an agent refreshes the allowlist.
 */
export function staleAllowlistProblem(security: Security, pool: Pool, slice: ConfidentialSlice, at: number): Rejection | null {
  const stale = (why: string, details: Record<string, unknown>) =>
    reject('ST2-ALLOWLIST-STALE', `The KYC allowlist of ${security.id} ${why}: it must be refreshed before new notes are made.`, { security: security.id, ...details });
  if (slice.allowlistStale) return stale('lists an investor whose claim changed since', { cause: 'claim-changed' });
  if ((pool.trustRevision ?? 0) !== slice.trustRevision) return stale('was built before the consortium withdrew trust from a claim issuer', { cause: 'trust-withdrawn' });
  if (pool.kycValidUntil !== undefined && at >= pool.kycValidUntil) {
    return stale(`relies on a claim that expired on ${new Date(pool.kycValidUntil).toISOString()}`, { cause: 'claim-expired', validUntil: pool.kycValidUntil });
  }
  if (!pool.recipientRules || !sameRecipientRules(pool.recipientRules, security.rules)) return stale('was built under other recipient rules', { cause: 'rules-changed' });
  return null;
}
