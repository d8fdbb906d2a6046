import { fraction, type Fraction } from '../schedule';
import { decimalFraction } from './decimal';
import { requireInput } from './valuation-error';

/**
 * A rate a year as given by a person or a feed, with its unit in its shape: `{ percent: 10 }`, `{ bps: 1000 }` and
 * `{ decimal: 0.1 }` are all 10%. A bare number has no unit and does not type-check, so "10.0 meaning 10%" cannot
 * slip in as 1000%.
 */
export type AnnualRateInput = { readonly decimal: number } | { readonly percent: number } | { readonly bps: number };

/** Rates at or above 100% a year are refused: a coupon or yield that large is a unit mistake, not a bond. */
const CEILING = fraction(1, 1);

/**
 * The rate as an exact fraction a year (0.1 for 10%), refused with ST2-INVALID-INPUT when negative, not finite,
 * or 100% a year or more (`{ decimal: 10.0 }` is 1000%: the message says to give `{ percent: 10 }`).
 */
export function annualRate(input: AnnualRateInput): Fraction {
  const [value, scale, unit] = 'decimal' in input ? [input.decimal, 1, 'decimal'] : 'percent' in input ? [input.percent, 100, 'percent'] : [input.bps, 10_000, 'bps'];
  requireInput(Number.isFinite(value) && value >= 0, `A rate must be a finite non-negative number, not ${value} (${unit})`, { unit, value });
  const decimal = decimalFraction(value.toString());
  const exact = fraction(decimal.numerator, decimal.denominator * BigInt(scale));
  requireInput(exact.numerator < CEILING.numerator * exact.denominator,
    `A rate of ${value} as a ${unit} is ${value * (100 / scale)}% a year; rates of 100% or more are refused (10% is { percent: 10 } or { decimal: 0.1 })`, { unit, value });
  return exact;
}
