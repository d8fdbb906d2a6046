import { reject } from '../decision';
import { partitionRulesOf, type Rule } from './facts';

/**
 * No secondary transfers before the lock-up date (issuance is not a transfer): the security's, and that of
 * the partition the units move in (`partitionRules.<name>.lockupUntil`), whichever ends later.
 */
export const lockup: Rule = {
  name: 'lockup',
  check: (facts) => {
    const { security, sender, at, partition } = facts;
    const scoped = partitionRulesOf(facts)?.lockupUntil;
    const until = Math.max(security.rules.lockupUntil ?? 0, scoped ?? 0);
    if (!sender || at >= until) return null;
    const what = scoped !== undefined && scoped >= until ? `Partition ${partition} of ${security.id}` : `Security ${security.id}`;
    return reject('ST2-LOCKUP', `${what} is locked up until ${new Date(until).toISOString()}.`, { lockupUntil: until, ...(scoped === until ? { partition } : {}) });
  },
};
