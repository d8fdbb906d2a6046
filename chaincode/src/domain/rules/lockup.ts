import { reject } from '../decision';
import type { Rule } from './facts';

/** No secondary transfers before the lock-up date (issuance is not a transfer). */
export const lockup: Rule = {
  name: 'lockup',
  check: ({ security, sender, at }) => {
    const until = security.rules.lockupUntil;
    if (!sender || until === undefined || at >= until) return null;
    return reject('ST2-LOCKUP', `Security ${security.id} is locked up until ${new Date(until).toISOString()}.`, { lockupUntil: until });
  },
};
