import { reject, type Rejection } from '../decision';
import type { RuleSet } from '../security';
import type { RecipientRules } from './schema';

/**
 * The rules that need what confidential mode hides: a holder's balance (max balance), the number of
 * holders (max holders), what a holder sent today or in any window (daily limit, transfer limits), how long a holder has held its units
 * (minimum holding period), holders per jurisdiction (country caps), an agent's approval of a transfer it could not see (approval required),
 * the amount a fee is a share of (transfer fee), what an investor moved with a venue (venue limits), which partition units are in
 * (partition rules: notes have none), and a second agent's approval (four eyes: confidential redemptions and
 * transfers are proved, not proposed, so nothing would hold them for approval). The ledger sees neither owners nor amounts of notes, so it could not refuse
 * a movement that breaks them: a security with any of them set cannot enter confidential mode, and a
 * confidential security cannot be given one. Every other rule is enforced (see docs/confidential-rules.md).
 */
export const UNENFORCEABLE_RULES = [
  'maxBalance', 'maxHolders', 'dailyLimit', 'minHoldingPeriodMs', 'maxHoldersPerJurisdiction', 'approvalRequired', 'transferLimits', 'transferFee', 'venueLimits',
  'partitionRules', 'fourEyes',
] as const satisfies readonly (keyof RuleSet)[];

export function unenforceableRulesProblem(securityId: string, rules: RuleSet): Rejection | null {
  const set = UNENFORCEABLE_RULES.filter((rule) => rules[rule] !== undefined);
  if (set.length === 0) return null;
  return reject('ST2-RULE-UNENFORCEABLE', `${securityId}: ${set.join(', ')} cannot be enforced on confidential (hidden) amounts.`, { security: securityId, rules: set });
}

/** The rules the allowlist is built from (who may receive): a change to them makes the allowlist stale. */
export function recipientRulesOf(rules: RecipientRules): RecipientRules {
  const { requiredClaims, allowedJurisdictions, blockedJurisdictions, accreditedOnly, allowedParties, blockedParties } = rules;
  return {
    requiredClaims,
    ...(allowedJurisdictions === undefined ? {} : { allowedJurisdictions }),
    ...(blockedJurisdictions === undefined ? {} : { blockedJurisdictions }),
    ...(accreditedOnly === undefined ? {} : { accreditedOnly }),
    ...(allowedParties === undefined ? {} : { allowedParties }),
    ...(blockedParties === undefined ? {} : { blockedParties }),
  };
}

/** Same recipient rules, as values: both sides are rebuilt by `recipientRulesOf`, so their JSON has one key order. */
export function sameRecipientRules(a: RecipientRules, b: RecipientRules): boolean {
  return JSON.stringify(recipientRulesOf(a)) === JSON.stringify(recipientRulesOf(b));
}
