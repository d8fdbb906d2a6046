/** An exact non-negative rational, kept in lowest terms so that equal values compare equal field by field. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(numerator: bigint | number, denominator: bigint | number): Fraction {
  const [n, d] = [BigInt(numerator), BigInt(denominator)];
  if (d <= 0n) throw new RangeError(`A fraction's denominator must be positive, not ${d}`);
  const divisor = gcd(n, d) || 1n;
  return { numerator: n / divisor, denominator: d / divisor };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

/** For display only (an API's `accrualFraction`): exact values stay fractions. */
export function fractionToNumber({ numerator, denominator }: Fraction): number {
  return Number(numerator) / Number(denominator);
}
