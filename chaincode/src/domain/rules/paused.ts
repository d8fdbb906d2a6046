import { reject, type Rejection } from '../decision';
import { hasMatured, statusAt, type Security } from '../security';
import type { Rule } from './facts';

/** Nothing moves while a security is paused or from its redemption date on (matured, called or redeemed). */
export function statusProblem(security: Security, at: number): Rejection | null {
  if (hasMatured(security, at)) return reject('ST2-MATURED', `Security ${security.id} has matured.`);
  if (statusAt(security, at) === 'paused') return reject('ST2-PAUSED', `Security ${security.id} is paused.`);
  return null;
}

export const paused: Rule = {
  name: 'paused',
  check: ({ security, at }) => statusProblem(security, at),
};
