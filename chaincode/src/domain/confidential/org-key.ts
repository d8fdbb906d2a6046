import { requireRole } from '../authorize';
import type { Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { ConfidentialCommandOf } from './commands';
import type { ConfidentialEvent } from './events';
import type { ConfidentialSlice } from './slice';

/**
 * The org opening-key registry. An admin registers its own org's key; the regulator's org cannot write
 * on the channel, so a member's admin may register a key for an org that has none yet (the public event
 * lets that org check it). A key never changes: openings already sealed to it stay readable. The same
 * registration again is accepted without events, so setup can run on every start of a long-lived network.
 */
export function decideRegisterOrgKey(cmd: ConfidentialCommandOf<'RegisterOrgKey'>, { actor, at }: Envelope, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const denied = requireRole(actor, 'admin');
  if (denied) return denied;
  const auditor = cmd.auditor ?? false;
  const existing = slice.orgKeys.get(cmd.org);
  if (existing) {
    if (existing.publicKey === cmd.publicKey && existing.auditor === auditor) return accept([]);
    return reject('ST2-ORG-KEY-EXISTS', `${cmd.org} already has another opening key.`, { org: cmd.org, publicKey: existing.publicKey, auditor: existing.auditor });
  }
  if (auditor && slice.auditKey) {
    return reject('ST2-ORG-KEY-EXISTS', `${slice.auditKey.org} already holds the audit key.`, { org: slice.auditKey.org, publicKey: slice.auditKey.publicKey });
  }
  return accept([{ type: 'OrgKeyRegistered', v: 1, at, org: cmd.org, publicKey: cmd.publicKey, auditor }]);
}
