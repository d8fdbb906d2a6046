import { reject } from '../decision';
import { windowCountersOf } from '../holding';
import { MAX_AMOUNT } from '../schema';
import { usageIn, venueUsageIn } from '../window-counters';
import { statsOf, type Rule, type TransferFacts } from './facts';
import { venueLegOf } from './venue-limits';
import { trackedWindows } from './window-limit';

/**
 * No total may pass MAX_AMOUNT, whatever the security's own rules say. The supply bounds every balance,
 * lot and frozen part (they are parts of it), so an issuance is checked against the supply; a window
 * total is not part of anything (units can go back and forth), so each of a sender's is checked on its own.
 */
function largest(totals: readonly bigint[]): bigint {
  return totals.reduce((most, total) => (total > most ? total : most), 0n);
}

/** The sender's totals in the current window of each length its security's limits name. */
function windowTotals({ security, sender, at }: TransferFacts): bigint[] {
  if (!sender) return [];
  const counters = windowCountersOf(sender.holding);
  return trackedWindows(security.rules).map((windowMs) => usageIn(counters, windowMs, at).sent);
}

/** The investor's totals with the venue, when the movement is between them (counted whichever side it is on). */
function venueTotals({ security, sender, recipient, at }: TransferFacts): bigint[] {
  const leg = sender ? venueLegOf(security.rules, sender.identity.id, recipient.identity.id) : null;
  if (!sender || !leg) return [];
  const holding = leg.investor === sender.identity.id ? sender.holding : recipient.holding;
  return (security.rules.venueLimits?.limits ?? []).map((limit) => venueUsageIn(holding.venueWindows ?? [], leg.venue, limit.windowMs, at).sent);
}

export const amountLimit: Rule = {
  name: 'amount-limit',
  check: (facts) => {
    const { sender, amount } = facts;
    if (!sender) {
      const stats = statsOf(facts);
      if (stats.supply + amount <= MAX_AMOUNT) return null;
      return reject('ST2-AMOUNT-LIMIT', `Issuing ${amount} would take the supply (${stats.supply}) past the maximum amount ${MAX_AMOUNT}.`, {
        supply: stats.supply.toString(), amount: amount.toString(), max: MAX_AMOUNT.toString(),
      });
    }
    const sent = largest([...windowTotals(facts), ...venueTotals(facts)]);
    if (sent + amount <= MAX_AMOUNT) return null;
    return reject('ST2-AMOUNT-LIMIT', `Sending ${amount} would take ${sender.identity.id}'s window total (${sent}, with a venue or not) past the maximum amount ${MAX_AMOUNT}.`, {
      sent: sent.toString(), amount: amount.toString(), max: MAX_AMOUNT.toString(),
    });
  },
};
