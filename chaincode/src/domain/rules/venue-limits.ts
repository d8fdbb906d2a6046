import { reject } from '../decision';
import type { Holding } from '../holding';
import type { RuleSet } from '../security';
import { venueUsageIn } from '../window-counters';
import type { Rule } from './facts';

/** Who is the venue and who the investor in a movement between them: none unless exactly one side is a venue. */
export interface VenueLeg { readonly venue: string; readonly investor: string }

export function venueLegOf(rules: RuleSet, from: string, to: string): VenueLeg | null {
  const venues = rules.venueLimits?.venues ?? [];
  const toVenue = venues.includes(to);
  if (toVenue === venues.includes(from)) return null;
  return toVenue ? { venue: to, investor: from } : { venue: from, investor: to };
}

/**
 * ERC-3643's ExchangeMonthlyLimitsModule, generalised: what an investor moves to and from one designated
 * counterparty per window (fixed windows aligned to the epoch, both directions together) stays within each
 * limit. Counted on the investor's own holding, whichever side of the transfer it is on.
 */
export const venueLimits: Rule = {
  name: 'venue-limits',
  check: ({ security, sender, recipient, amount, at }) => {
    if (!sender) return null;
    const leg = venueLegOf(security.rules, sender.identity.id, recipient.identity.id);
    if (!leg) return null;
    const holding: Holding = leg.investor === sender.identity.id ? sender.holding : recipient.holding;
    for (const limit of security.rules.venueLimits?.limits ?? []) {
      const used = venueUsageIn(holding.venueWindows ?? [], leg.venue, limit.windowMs, at);
      const overAmount = 'maxAmount' in limit && used.sent + amount > limit.maxAmount;
      const overCount = limit.maxCount !== undefined && used.count + 1 > limit.maxCount;
      if (!overAmount && !overCount) continue;
      return reject('ST2-VENUE-LIMIT', `${leg.investor} would move more with ${leg.venue} than allowed per window of ${limit.windowMs} ms (already ${used.sent} in ${used.count} transfers).`, {
        venue: leg.venue, investor: leg.investor, windowMs: limit.windowMs, moved: used.sent.toString(), count: used.count,
      });
    }
    return null;
  },
};
