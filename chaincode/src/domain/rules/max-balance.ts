import { reject } from '../decision';
import type { Rule } from './facts';

/** No holder may end up above the maximum balance. */
export const maxBalance: Rule = {
  name: 'max-balance',
  check: ({ security, recipient, amount }) => {
    const max = security.rules.maxBalance;
    if (max === undefined || recipient.holding.balance + amount <= max) return null;
    return reject('ST2-MAX-BALANCE', `${recipient.identity.id} would hold more than ${max}.`, { maxBalance: max.toString() });
  },
};
