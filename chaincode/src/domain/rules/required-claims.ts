import { claimRejection } from '../claims';
import type { Rule } from './facts';

/** Both parties hold every claim the security requires (ERC-3643 "verified" investors). */
export const requiredClaims: Rule = {
  name: 'required-claims',
  check: ({ security, sender, recipient, issuers, at }) => {
    const parties = sender ? [sender.identity, recipient.identity] : [recipient.identity];
    for (const identity of parties) {
      for (const topic of security.rules.requiredClaims) {
        const broken = claimRejection(identity, topic, issuers, at);
        if (broken) return broken;
      }
    }
    return null;
  },
};
