/** How many of the largest holders the top-N share counts. */
export const TOP_HOLDERS = 10;

export interface HolderConcentration {
  readonly holders: number;
  readonly supply: bigint;
  /**
   * Herfindahl-Hirschman index on the 0-10,000 scale: Σ (100 × balanceᵢ / supply)², computed from exact integers
   * (10,000 × Σ balanceᵢ² / supply²). 10,000 is one holder with everything; 10,000 / N is N equal holders.
   */
  readonly hhi: number;
  /** The largest 10 holders' part of the supply, a decimal (0.4 is 40%). */
  readonly topTenShare: number;
}

/** Concentration of positive balances (zero balances are no holders). Null for a security nobody holds. */
export function holderConcentration(balances: readonly bigint[]): HolderConcentration | null {
  const held = balances.filter((b) => b > 0n).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const supply = held.reduce((sum, b) => sum + b, 0n);
  if (supply === 0n) return null;
  const squares = held.reduce((sum, b) => sum + b * b, 0n);
  const top = held.slice(0, TOP_HOLDERS).reduce((sum, b) => sum + b, 0n);
  return { holders: held.length, supply, hhi: ratio(10_000n * squares, supply * supply), topTenShare: ratio(top, supply) };
}

/** Turnover over a period, a decimal: units moved by transfers in it over the supply (1 is the whole supply once). */
export function turnoverRatio(volume: bigint, supply: bigint): number | null {
  return supply === 0n ? null : ratio(volume, supply);
}

/** numerator / denominator as a double, exact to 12 decimals first: bigints past 2^53 lose nothing before the last step. */
function ratio(numerator: bigint, denominator: bigint): number {
  const SCALE = 10n ** 12n;
  return Number((numerator * SCALE) / denominator) / Number(SCALE);
}
