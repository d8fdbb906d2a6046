import { reject } from '../decision';
import type { Rule } from './facts';

/** The recipient's jurisdiction must be allowed (when a list is set) and not blocked. */
export const jurisdiction: Rule = {
  name: 'jurisdiction',
  check: ({ security, recipient }) => {
    const { allowedJurisdictions: allowed, blockedJurisdictions: blocked } = security.rules;
    const country = recipient.identity.jurisdiction;
    if ((allowed && !allowed.includes(country)) || blocked?.includes(country)) {
      return reject('ST2-JURISDICTION-BLOCKED', `Investors in ${country} may not hold ${security.id}.`, { jurisdiction: country });
    }
    return null;
  },
};
