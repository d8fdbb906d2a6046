import { reject } from '../decision';
import { sentOn } from '../holding';
import { MAX_AMOUNT } from '../schema';
import { statsOf, type Rule } from './facts';

/**
 * No total may pass MAX_AMOUNT, whatever the security's own rules say. The supply bounds every balance,
 * lot and frozen part (they are parts of it), so an issuance is checked against the supply; the daily
 * total is not part of anything (units can go back and forth), so a sender's is checked on its own.
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
    const sent = sentOn(sender.holding, at);
    if (sent + amount <= MAX_AMOUNT) return null;
    return reject('ST2-AMOUNT-LIMIT', `Sending ${amount} would take ${sender.identity.id}'s daily total (${sent}) past the maximum amount ${MAX_AMOUNT}.`, {
      sentToday: sent.toString(), amount: amount.toString(), max: MAX_AMOUNT.toString(),
    });
  },
};
