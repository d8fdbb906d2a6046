import { reject } from '../decision';
import { freeBalance } from '../holding';
import { partitionShortfall } from '../partition';
import type { Rule } from './facts';

/** The sender must hold the amount, in the partition it sends from. */
export const balance: Rule = {
  name: 'balance',
  check: ({ sender, amount, partition }) => (sender ? partitionShortfall(sender.holding, partition, amount) : null),
};

/** Frozen holdings send and receive nothing; frozen parts of a balance stay put. */
export const frozen: Rule = {
  name: 'frozen',
  check: ({ sender, recipient, amount }) => {
    if (recipient.holding.frozen) return reject('ST2-FROZEN', `Holding of ${recipient.identity.id} is frozen.`, { holder: recipient.identity.id });
    if (!sender) return null;
    if (sender.holding.frozen) return reject('ST2-FROZEN', `Holding of ${sender.identity.id} is frozen.`, { holder: sender.identity.id });
    const free = freeBalance(sender.holding);
    if (amount > free) {
      return reject('ST2-FROZEN', `Only ${free} of ${sender.identity.id}'s balance is free; the rest is frozen.`, {
        holder: sender.identity.id, free: free.toString(), frozen: sender.holding.frozenAmount.toString(),
      });
    }
    return null;
  },
};
