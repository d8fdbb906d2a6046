import { reject } from '../decision';
import type { Rule } from './facts';

/**
 * A holder's transfer in a security that requires approval moves only as an approved conditional
 * transfer. Issuance (no sender) and agents' movements (which do not run the holder rules) are not holders' transfers.
 */
export const approvalRequired: Rule = {
  name: 'approval-required',
  check: ({ security, sender, approved }) => {
    if (!security.rules.approvalRequired || !sender || approved) return null;
    return reject('ST2-APPROVAL-REQUIRED', `Transfers of ${security.id} need an agent's approval: request the transfer instead.`, { security: security.id });
  },
};
