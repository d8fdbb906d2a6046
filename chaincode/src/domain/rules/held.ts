import { reject } from '../decision';
import { availableBalance, freeBalance, heldAmount } from '../holding';
import type { Rule } from './facts';

/** Held units stay put: a holder moves only what is neither frozen nor held (expired holds no longer count). */
export const held: Rule = {
  name: 'held',
  check: ({ sender, amount, at }) => {
    // Beyond the unfrozen balance it is the frozen rule's refusal, not this one's.
    if (!sender || amount > freeBalance(sender.holding)) return null;
    const available = availableBalance(sender.holding, at);
    if (amount <= available) return null;
    return reject('ST2-HELD', `Only ${available} of ${sender.identity.id}'s balance is available; the rest is frozen or held.`, {
      holder: sender.identity.id, available: available.toString(), held: heldAmount(sender.holding, at).toString(),
    });
  },
};
