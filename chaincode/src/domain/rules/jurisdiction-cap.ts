import { reject } from '../decision';
import type { Rule } from './facts';

/**
 * Country caps: a new holder may join only while its jurisdiction has fewer holders than its cap (a sender
 * of the same jurisdiction leaving frees a place). Jurisdictions without a cap are not counted against.
 */
export const jurisdictionCap: Rule = {
  name: 'jurisdiction-cap',
  check: ({ security, sender, recipient, amount, holdersIn }) => {
    const country = recipient.identity.jurisdiction;
    const max = security.rules.maxHoldersPerJurisdiction?.[country];
    if (max === undefined || recipient.holding.balance > 0n) return null;
    const leaving = sender !== undefined && sender.holding.balance === amount && sender.identity.jurisdiction === country ? 1 : 0;
    const holders = holdersIn(country);
    if (holders + 1 - leaving <= max) return null;
    return reject('ST2-JURISDICTION-CAP', `${security.id} already has its maximum of ${max} holders in ${country}.`, { jurisdiction: country, maxHolders: max, holders });
  },
};
