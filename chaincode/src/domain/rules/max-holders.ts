import { reject } from '../decision';
import { statsOf, type Rule } from './facts';

/** A new holder may join only while the holder count is below the maximum (a sender leaving frees a place). */
export const maxHolders: Rule = {
  name: 'max-holders',
  check: (facts) => {
    const { security, sender, recipient, amount } = facts;
    const max = security.rules.maxHolders;
    if (max === undefined || recipient.holding.balance > 0n) return null;
    const leaving = sender !== undefined && sender.holding.balance === amount ? 1 : 0;
    if (statsOf(facts).holders + 1 - leaving <= max) return null;
    return reject('ST2-MAX-HOLDERS', `${security.id} already has its maximum of ${max} holders.`, { maxHolders: max });
  },
};
