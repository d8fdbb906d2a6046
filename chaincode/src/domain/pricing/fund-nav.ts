import { decimalFraction, roundHalfEven } from './decimal';
import { requireInput } from './valuation-error';

/** A fund's holding: `units` in the security's smallest unit, which has `decimals` decimals. */
export interface NavPosition {
  readonly securityId: string;
  readonly units: bigint;
  readonly decimals: number;
}

/** A price per whole unit, as a decimal in the fund currency's major unit ("101.2345"), observed at a time. */
export interface NavPrice {
  readonly securityId: string;
  readonly price: string;
  readonly observedAt: number;
  /** How old the price may be at the valuation point before it is stale, in milliseconds. */
  readonly maxAgeMs: number;
}

export interface NavInputs {
  readonly valuationPoint: number;
  readonly positions: readonly NavPosition[];
  readonly prices: readonly NavPrice[];
  /** In the fund currency's minor unit, as are liabilities and every amount out. */
  readonly cash: bigint;
  readonly liabilities: bigint;
  readonly currencyDecimals: number;
  /** Fund shares outstanding in their smallest unit, which has `shareDecimals` decimals. */
  readonly sharesOutstanding: bigint;
  readonly shareDecimals: number;
}

export interface NavLine {
  readonly securityId: string;
  /** For display: the position's value rounded half to even on its own (the total is not the sum of these). */
  readonly value: bigint;
  readonly stale: boolean;
  readonly ageMs: number;
}

export interface NetAssetValue {
  readonly valuationPoint: number;
  /** Total net assets in minor units: Σ units × price exactly, plus cash, less liabilities, rounded ONCE half to even. */
  readonly nav: bigint;
  /** Per whole fund share in minor units: the exact net assets over the whole shares, rounded half to even. */
  readonly navPerShare: bigint;
  readonly lines: readonly NavLine[];
  /** True when any price was older than its limit at the valuation point: the NAV is struck but flagged. */
  readonly stale: boolean;
}

/**
 * A fund's NAV struck at a valuation point. Rounding rule: every position is valued exactly (a rational number of
 * minor units), the exact sum is rounded once to the minor unit, half to even, and the per-share value is the exact
 * net assets over the shares, rounded the same way; no per-line rounding drift reaches the totals. A position
 * without a price, a price observed after the valuation point, or no shares outstanding is ST2-INVALID-INPUT; a
 * price older than its limit is used and flagged stale.
 */
export function strikeNav(inputs: NavInputs): NetAssetValue {
  requireInput(inputs.sharesOutstanding > 0n, 'A NAV per share needs shares outstanding');
  const minorPerMajor = 10n ** BigInt(inputs.currencyDecimals);
  // Σ units × price, over a common denominator: each term is units / 10^decimals × price × 10^currencyDecimals.
  let numerator = (inputs.cash - inputs.liabilities);
  let denominator = 1n;
  const lines = inputs.positions.map((position) => {
    const quote = inputs.prices.find((p) => p.securityId === position.securityId);
    requireInput(quote !== undefined, `No price for ${position.securityId} at the valuation point`, { securityId: position.securityId });
    requireInput(quote.observedAt <= inputs.valuationPoint, `The price of ${position.securityId} was observed after the valuation point`, { securityId: position.securityId });
    const price = decimalFraction(quote.price);
    requireInput(price.numerator >= 0n, `A price is not negative: ${quote.price}`);
    const lineNumerator = position.units * price.numerator * minorPerMajor;
    const lineDenominator = price.denominator * 10n ** BigInt(position.decimals);
    numerator = numerator * lineDenominator + lineNumerator * denominator;
    denominator *= lineDenominator;
    const ageMs = inputs.valuationPoint - quote.observedAt;
    return { securityId: position.securityId, value: roundHalfEven(lineNumerator, lineDenominator), stale: ageMs > quote.maxAgeMs, ageMs };
  });
  return {
    valuationPoint: inputs.valuationPoint,
    nav: roundHalfEven(numerator, denominator),
    navPerShare: roundHalfEven(numerator * 10n ** BigInt(inputs.shareDecimals), denominator * inputs.sharesOutstanding),
    lines,
    stale: lines.some((line) => line.stale),
  };
}
