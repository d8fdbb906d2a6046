import { reject, type Rejection } from '../decision';
import type { RuleSet, SecurityStats } from '../security';

/**
 * A cap set below the figure it caps would leave the security breaking its own rules at once, so the
 * issuer is refused at SetRules time rather than told later. What is checked is what the security's stats
 * (read here, once per rules change: rare, so their contention is no cost) tell exactly:
 * - maxSupply against the supply;
 * - maxHolders against the holder count;
 * - each country cap (maxHoldersPerJurisdiction) against the holders in that jurisdiction (its count is
 *   loaded for every jurisdiction the new rules name);
 * - maxBalance against the largest balance where the stats pin it down: with n holders and supply s, some
 *   holder holds at least ceil(s / n) (exactly s when n is 1), so a cap below that is surely broken.
 *   Above it a holder may still hold more than the cap: finding out would read every holding, which
 *   SetRules does not do. Such a holder keeps its units and receives nothing more (max-balance is checked
 *   on the receiving side) until it is back under the cap (docs/compliance.md).
 * Raising a cap, or setting it to the figure itself, is always accepted.
 */
export function capBelowCurrentProblem(securityId: string, rules: RuleSet, stats: SecurityStats, holdersIn: (jurisdiction: string) => number): Rejection | null {
  const { maxSupply, maxHolders, maxBalance, maxHoldersPerJurisdiction = {} } = rules;
  if (maxSupply !== undefined && maxSupply < stats.supply) {
    return below(securityId, 'supply', maxSupply.toString(), stats.supply.toString());
  }
  if (maxHolders !== undefined && maxHolders < stats.holders) {
    return below(securityId, 'holders', maxHolders.toString(), stats.holders.toString());
  }
  for (const [country, cap] of Object.entries(maxHoldersPerJurisdiction)) {
    const holders = holdersIn(country);
    if (cap < holders) return below(securityId, 'holders', cap.toString(), holders.toString(), country);
  }
  const largest = largestBalanceAtLeast(stats);
  if (maxBalance !== undefined && maxBalance < largest) {
    return below(securityId, 'balance', maxBalance.toString(), largest.toString());
  }
  return null;
}

/** The least the largest holding can be: ceil(supply / holders), 0 without holders. */
function largestBalanceAtLeast({ supply, holders }: SecurityStats): bigint {
  if (holders === 0) return 0n;
  const n = BigInt(holders);
  return (supply + n - 1n) / n;
}

function below(securityId: string, figure: 'supply' | 'holders' | 'balance', cap: string, current: string, jurisdiction?: string): Rejection {
  const what = figure === 'balance' ? 'a holder’s balance (at least)' : `the ${figure === 'supply' ? 'supply' : 'holder count'}${jurisdiction ? ` in ${jurisdiction}` : ''}`;
  return reject('ST2-CAP-BELOW-CURRENT', `${securityId}: a cap of ${cap} is below ${what}, ${current}.`, { security: securityId, figure, cap, current, ...(jurisdiction ? { jurisdiction } : {}) });
}
