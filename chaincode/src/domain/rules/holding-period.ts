import { reject } from '../decision';
import { seasonedAmount } from '../holding';
import type { Rule } from './facts';

/** Only units held for the minimum period may leave (lots are consumed oldest first). */
export const holdingPeriod: Rule = {
  name: 'holding-period',
  check: ({ security, sender, amount, at }) => {
    const period = security.rules.minHoldingPeriodMs;
    if (!sender || period === undefined) return null;
    const seasoned = seasonedAmount(sender.holding, at, period);
    if (amount <= seasoned) return null;
    return reject('ST2-HOLDING-PERIOD', `Only ${seasoned} units have been held for the minimum holding period.`, {
      seasoned: seasoned.toString(), minHoldingPeriodMs: period,
    });
  },
};
