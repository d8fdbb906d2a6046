import { reject, type Rejection } from '../decision';
import type { Identity } from '../identity';
import type { Security, SecurityStats } from '../security';
import type { Slice } from '../slice';

/** Either the record or the ST2-NOT-FOUND refusal that names it. */
export type Found<T> = { readonly ok: true; readonly value: T } | Rejection;

function found<T>(value: T | undefined, what: string, id: string): Found<T> {
  return value === undefined ? reject('ST2-NOT-FOUND', `Unknown ${what} ${id}.`, { [what]: id }) : { ok: true, value };
}

export const findIdentity = (slice: Slice, id: string): Found<Identity> => found(slice.identities[id], 'identity', id);

/** The security's definition alone, for commands that must not read its contended counters (see keys.ts). */
export const findSecurityDefinition = (slice: Slice, id: string): Found<Security> => found(slice.securities[id], 'security', id);

/**
 * An identity units may move to or from by the plain commands: not one recovered to another (its key is
 * lost), nor a custody account (its units move with their sub-ledger entries, by the custody commands).
 */
export function findActiveIdentity(slice: Slice, id: string): Found<Identity> {
  const identity = findIdentity(slice, id);
  if (identity.ok && identity.value.custody !== undefined) {
    return reject('ST2-CUSTODY-ACCOUNT', `${id} is a custody account: its units move by the custody commands only.`, { identity: id });
  }
  if (identity.ok && identity.value.recoveredTo !== undefined) {
    return reject('ST2-IDENTITY-INACTIVE', `${id} was recovered to ${identity.value.recoveredTo}: nothing moves to or from it.`, { identity: id, recoveredTo: identity.value.recoveredTo });
  }
  return identity;
}

export function findSecurity(slice: Slice, id: string): Found<{ security: Security; stats: SecurityStats }> {
  const security = slice.securities[id];
  const stats = slice.stats[id];
  return found(security && stats ? { security, stats } : undefined, 'security', id);
}

/**
 * A security whose units move in plain holdings. In confidential mode its units are notes in the pool
 * and move only by proof: a plain movement would put public amounts and owners beside it. Its stats are
 * there when the movement loaded them (see `movementStatsRefs`): most transfers do not.
 */
export function findPlainSecurity(slice: Slice, id: string): Found<{ security: Security; stats: SecurityStats | undefined }> {
  const security = slice.securities[id];
  if (security?.confidential) {
    return reject('ST2-CONFIDENTIAL-MODE', `Security ${id} is in confidential mode: its units move only as notes, by proof.`, { security: id });
  }
  return found(security && { security, stats: slice.stats[id] }, 'security', id);
}
