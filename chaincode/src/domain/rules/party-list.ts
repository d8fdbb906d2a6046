import { reject, type Rejection } from '../decision';
import type { RuleSet } from '../security';
import type { Rule } from './facts';

/**
 * Identities listed in a security's allow or block list, per list: refused past it with ST2-LIMIT-EXCEEDED.
 * The lists live in the security's record, which every movement of it reads, so they stay small.
 */
export const MAX_LISTED_PARTIES = 100;

/**
 * Per-security party lists (as T-REX's TransferRestrictModule): with an allow list, only listed identities
 * send or receive; a blocked identity does neither. Issuance checks the recipient only (no sender).
 */
export const partyList: Rule = {
  name: 'party-list',
  check: ({ security, sender, recipient }) => {
    const { allowedParties: allowed, blockedParties: blocked } = security.rules;
    const parties = sender ? [['sender', sender.identity.id], ['recipient', recipient.identity.id]] as const : [['recipient', recipient.identity.id]] as const;
    for (const [side, party] of parties) {
      if (allowed && !allowed.includes(party)) return barred(security.id, party, side, 'not in the allow list');
      if (blocked?.includes(party)) return barred(security.id, party, side, 'in the block list');
    }
    return null;
  },
};

function barred(securityId: string, party: string, side: 'sender' | 'recipient', why: 'not in the allow list' | 'in the block list'): Rejection {
  return reject('ST2-PARTY-BLOCKED', `${party} (${side}) is ${why} of ${securityId}.`, { party, side, list: why === 'in the block list' ? 'blocked' : 'allowed' });
}

/** Lists longer than MAX_LISTED_PARTIES are refused when the rules are set (at creation or later). */
export function partyListLimitProblem(rules: RuleSet): Rejection | null {
  for (const list of ['allowedParties', 'blockedParties'] as const) {
    const size = rules[list]?.length ?? 0;
    if (size > MAX_LISTED_PARTIES) {
      return reject('ST2-LIMIT-EXCEEDED', `${list} lists ${size} identities; the limit is ${MAX_LISTED_PARTIES}.`, { list, size, limit: MAX_LISTED_PARTIES });
    }
  }
  return null;
}
