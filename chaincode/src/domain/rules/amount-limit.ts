import { reject } from '../decision';
import { windowCountersOf } from '../holding';
import { MAX_AMOUNT } from '../schema';
import { usageIn } from '../window-counters';
import { statsOf, type Rule } from './facts';
import { trackedWindows } from './window-limit';

/**
 * No total may pass MAX_AMOUNT, whatever the security's own rules say. The supply bounds every balance,
 * lot and frozen part (they are parts of it), so an issuance is checked against the supply; a window
 * total is not part of anything (units can go back and forth), so each of a sender's is checked on its own.
 */
export const amountLimit: Rule = {
  name: 'amount-limit',
  check: (facts) => {
    const { sender, amount, at } = facts;
    if (!sender) {
      const stats = statsOf(facts);
      if (stats.supply + amount <= MAX_AMOUNT) return null;
      return reject('ST2-AMOUNT-LIMIT', `Issuing ${amount} would take the supply (${stats.supply}) past the maximum amount ${MAX_AMOUNT}.`, {
        supply: stats.supply.toString(), amount: amount.toString(), max: MAX_AMOUNT.toString(),
      });
    }
    const counters = windowCountersOf(sender.holding);
    const sent = trackedWindows(facts.security.rules).reduce((most, windowMs) => {
      const inWindow = usageIn(counters, windowMs, at).sent;
      return inWindow > most ? inWindow : most;
    }, 0n);
    if (sent + amount <= MAX_AMOUNT) return null;
    return reject('ST2-AMOUNT-LIMIT', `Sending ${amount} would take ${sender.identity.id}'s window total (${sent}) past the maximum amount ${MAX_AMOUNT}.`, {
      sent: sent.toString(), amount: amount.toString(), max: MAX_AMOUNT.toString(),
    });
  },
};
