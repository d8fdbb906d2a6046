import { reject } from '../decision';
import { partitionRulesOf, type Rule } from './facts';

interface Lists {
  readonly allowedJurisdictions?: readonly string[] | undefined;
  readonly blockedJurisdictions?: readonly string[] | undefined;
}

const admits = ({ allowedJurisdictions: allowed, blockedJurisdictions: blocked }: Lists, country: string): boolean =>
  (!allowed || allowed.includes(country)) && !blocked?.includes(country);

/**
 * The recipient's jurisdiction must be allowed (when a list is set) and not blocked, by the security's lists
 * and by those of the partition the units move in (a `reg-s` partition closed to US investors).
 */
export const jurisdiction: Rule = {
  name: 'jurisdiction',
  check: (facts) => {
    const { security, recipient, partition } = facts;
    const country = recipient.identity.jurisdiction;
    if (!admits(security.rules, country)) {
      return reject('ST2-JURISDICTION-BLOCKED', `Investors in ${country} may not hold ${security.id}.`, { jurisdiction: country });
    }
    const scoped = partitionRulesOf(facts);
    if (scoped && !admits(scoped, country)) {
      return reject('ST2-JURISDICTION-BLOCKED', `Investors in ${country} may not hold partition ${partition} of ${security.id}.`, { jurisdiction: country, partition });
    }
    return null;
  },
};
