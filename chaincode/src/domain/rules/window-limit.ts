import { reject } from '../decision';
import { windowCountersOf } from '../holding';
import type { ReasonCode } from '../reason-codes';
import type { RuleSet } from '../security';
import { DAY_MS, usageIn } from '../window-counters';
import type { Rule } from './facts';

/** A transfer limit as the rules read it: an amount, a count, or both, per window. */
export interface WindowLimit { readonly windowMs: number; readonly maxAmount?: bigint; readonly maxCount?: number }

/** `dailyLimit` is the one-day case of a transfer limit, kept as a shorthand with its own code. */
export function dailyLimitsOf(rules: RuleSet): readonly WindowLimit[] {
  return rules.dailyLimit === undefined ? [] : [{ windowMs: DAY_MS, maxAmount: rules.dailyLimit }];
}

export function transferLimitsOf(rules: RuleSet): readonly WindowLimit[] {
  return rules.transferLimits ?? [];
}

/** The window lengths a holder's sending is counted in: one counter each on its holding. */
export function trackedWindows(rules: RuleSet): number[] {
  return [...new Set([...dailyLimitsOf(rules), ...transferLimitsOf(rules)].map((limit) => limit.windowMs))];
}

/**
 * A rule over some of the security's window limits: the sender's totals in the window containing the
 * transaction time, plus this transfer, must stay within each limit's amount and count. Issuance has no
 * sender and counts nowhere.
 */
export function windowLimitRule(name: string, code: ReasonCode, limitsOf: (rules: RuleSet) => readonly WindowLimit[]): Rule {
  return {
    name,
    check: ({ security, sender, amount, at }) => {
      if (!sender) return null;
      const counters = windowCountersOf(sender.holding);
      for (const limit of limitsOf(security.rules)) {
        const used = usageIn(counters, limit.windowMs, at);
        const overAmount = limit.maxAmount !== undefined && used.sent + amount > limit.maxAmount;
        const overCount = limit.maxCount !== undefined && used.count + 1 > limit.maxCount;
        if (!overAmount && !overCount) continue;
        const what = overAmount ? `${amount} more than the ${limit.maxAmount} units` : `one more than the ${limit.maxCount} transfers`;
        return reject(code, `Sending would be ${what} allowed per window of ${limit.windowMs} ms (already sent ${used.sent} in ${used.count} transfers).`, {
          windowMs: limit.windowMs,
          ...(limit.maxAmount === undefined ? {} : { maxAmount: limit.maxAmount.toString() }),
          ...(limit.maxCount === undefined ? {} : { maxCount: limit.maxCount }),
          sent: used.sent.toString(), count: used.count,
        });
      }
      return null;
    },
  };
}
