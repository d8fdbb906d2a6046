import type { Terms } from './security';

/** A hybrid's conversion terms: the target equity, the ratio, and the window. */
export type ConversionTerms = Extract<Terms, { kind: 'hybrid' }>['conversion'];

/** Before the window, in it, after it. */
export type ConversionStatus = 'upcoming' | 'open' | 'closed';

/** The window is half-open, [windowStart, windowEnd): it opens at its start and is closed at its end. */
export function conversionStatusAt(conversion: ConversionTerms, at: number): ConversionStatus {
  if (at < conversion.windowStart) return 'upcoming';
  return at < conversion.windowEnd ? 'open' : 'closed';
}

/**
 * Equity units for `amount` hybrid units at the ratio (both in their smallest units), or null when that is not
 * a whole number. The fraction rule is "whole units only": a conversion never rounds, so no unit is created
 * or lost and no cash-in-lieu is owed; a holder converts a multiple of `conversionStep` (docs/corporate-actions.md).
 */
export function convertedAmount(conversion: ConversionTerms, amount: bigint): bigint | null {
  const scaled = amount * BigInt(conversion.ratioNumerator);
  const denominator = BigInt(conversion.ratioDenominator);
  return scaled % denominator === 0n ? scaled / denominator : null;
}

/** The smallest amount of hybrid units that converts to whole equity units: denominator / gcd(numerator, denominator). */
export function conversionStep(conversion: ConversionTerms): bigint {
  const denominator = BigInt(conversion.ratioDenominator);
  return denominator / gcd(BigInt(conversion.ratioNumerator), denominator);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}
