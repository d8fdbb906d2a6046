import { reject, type Rejection } from '../decision';
import type { Security } from '../security';
import { statsOf, type Rule } from './facts';

/** Issuance never takes the supply past the maximum supply; movements between holders leave it unchanged. */
export const maxSupply: Rule = {
  name: 'max-supply',
  check: (facts) => (facts.sender ? null : supplyCapProblem(facts.security, statsOf(facts).supply, facts.amount)),
};

/** The one supply check, for plain issuance and for confidential mints (whose amounts are public). */
export function supplyCapProblem(security: Security, supply: bigint, amount: bigint): Rejection | null {
  const max = security.rules.maxSupply;
  if (max === undefined || supply + amount <= max) return null;
  return reject('ST2-MAX-SUPPLY', `Issuing ${amount} would take ${security.id}'s supply (${supply}) past its maximum supply ${max}.`, {
    maxSupply: max.toString(), supply: supply.toString(), amount: amount.toString(),
  });
}
