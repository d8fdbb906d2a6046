import type { Rejection } from '../decision';
import { accreditedOnly } from './accredited-only';
import { amountLimit } from './amount-limit';
import { approvalRequired } from './approval-required';
import { balance, frozen } from './balance';
import { dailyLimit } from './daily-limit';
import type { Rule, RuleVerdict, TransferFacts } from './facts';
import { held } from './held';
import { holdingPeriod } from './holding-period';
import { jurisdiction } from './jurisdiction';
import { jurisdictionCap } from './jurisdiction-cap';
import { lockup } from './lockup';
import { maxBalance } from './max-balance';
import { maxHolders } from './max-holders';
import { maxSupply } from './max-supply';
import { partyList } from './party-list';
import { paused } from './paused';
import { requiredClaims } from './required-claims';
import { sanctions } from './sanctions';
import { transferFee } from './transfer-fee';
import { transferWindows } from './transfer-windows';
import { venueLimits } from './venue-limits';

export type { Rule, RuleVerdict, TransferFacts } from './facts';

/** Every rule in the order a refusal is reported: the first broken one wins. */
export const RULES: readonly Rule[] = [
  paused, amountLimit, balance, frozen, held, lockup, holdingPeriod, dailyLimit, transferWindows, venueLimits, requiredClaims, jurisdiction, accreditedOnly, maxBalance, maxHolders,
  maxSupply, partyList, jurisdictionCap, approvalRequired, transferFee, sanctions,
];

export interface Evaluation {
  readonly trace: readonly RuleVerdict[];
  readonly broken: Rejection | null;
}

/** Runs every rule (not only up to the first refusal) so a dry run can show the full trace. */
export function evaluateRules(facts: TransferFacts, rules: readonly Rule[] = RULES): Evaluation {
  let broken: Rejection | null = null;
  const trace = rules.map((rule): RuleVerdict => {
    const rejection = rule.check(facts);
    if (!rejection) return { rule: rule.name, ok: true };
    broken ??= rejection;
    return { rule: rule.name, ok: false, code: rejection.code, message: rejection.message };
  });
  return { trace, broken };
}
