import { reject } from '../decision';
import { sentOn } from '../holding';
import type { Rule } from './facts';

/** A holder may send at most the daily limit per UTC day. */
export const dailyLimit: Rule = {
  name: 'daily-limit',
  check: ({ security, sender, amount, at }) => {
    const limit = security.rules.dailyLimit;
    if (!sender || limit === undefined) return null;
    const sent = sentOn(sender.holding, at);
    if (sent + amount <= limit) return null;
    return reject('ST2-DAILY-LIMIT', `Sending ${amount} would exceed the daily limit of ${limit} (already sent ${sent} today).`, {
      limit: limit.toString(), sentToday: sent.toString(),
    });
  },
};
