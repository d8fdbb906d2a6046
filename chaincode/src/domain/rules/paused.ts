import { reject } from '../decision';
import { statusAt } from '../security';
import type { Rule } from './facts';

/** Nothing moves while a security is paused or after it matured. */
export const paused: Rule = {
  name: 'paused',
  check: ({ security, at }) => {
    const status = statusAt(security, at);
    if (status === 'paused') return reject('ST2-PAUSED', `Security ${security.id} is paused.`);
    if (status === 'matured') return reject('ST2-MATURED', `Security ${security.id} has matured.`);
    return null;
  },
};
