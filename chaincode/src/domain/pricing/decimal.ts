import { fraction, type Fraction } from '../schedule';
import { requireInput } from './valuation-error';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * A decimal written in text ("101.25", "-0.5", "1e-7") as an exact fraction: prices and rates arrive as decimals,
 * and 0.1 must stay one tenth, not the binary double nearest it. Anything else is ST2-INVALID-INPUT.
 */
export function decimalFraction(text: string): Fraction {
  const match = DECIMAL.exec(text);
  requireInput(match !== null, `Not a decimal number: ${JSON.stringify(text)}`);
  const [, sign, whole, decimals = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${whole}${decimals}`);
  const shift = decimals.length - Number(exponent);
  return shift >= 0 ? fraction(digits, 10n ** BigInt(shift)) : fraction(digits * 10n ** BigInt(-shift), 1n);
}

/**
 * numerator / denominator rounded to the nearest integer, a tie to the even one (banker's rounding, IEEE 754's
 * default): ties neither always favour the fund nor its investors. The denominator must be positive.
 */
export function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const floor = numerator >= 0n ? numerator / denominator : -((-numerator + denominator - 1n) / denominator);
  const twiceRemainder = 2n * (numerator - floor * denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && floor % 2n !== 0n)) return floor + 1n;
  return floor;
}
