/**
 * Rates and volatilities carry their basis in their TYPE, so the classic mix-up (a monthly return annualised twice,
 * an annual risk-free rate subtracted from monthly returns) does not compile:
 * - Rate<'period'>: a return over one observation period (a day, a week, a month of the series).
 * - Rate<'annual'>: a rate a year, compounded annually.
 * - Rate<'horizon'>: a return over the whole series (total return).
 * The brand exists only for the compiler; at run time these are numbers (decimals: 0.05 is 5%).
 */
declare const basis: unique symbol;

export type RateBasis = 'period' | 'annual' | 'horizon';
export type Rate<B extends RateBasis> = number & { readonly [basis]: B };

/** A standard deviation of returns, per period or scaled to a year (by √periods a year). */
declare const volatilityBasis: unique symbol;
export type Volatility<B extends 'period' | 'annual'> = number & { readonly [volatilityBasis]: B };

export const perPeriod = (value: number): Rate<'period'> => value as Rate<'period'>;
export const perYear = (value: number): Rate<'annual'> => value as Rate<'annual'>;
export const overHorizon = (value: number): Rate<'horizon'> => value as Rate<'horizon'>;
export const annualVolatility = (value: number): Volatility<'annual'> => value as Volatility<'annual'>;

/** (1 + r)^n − 1: a per-period rate compounded over a year of n periods. */
export function annualise(rate: Rate<'period'>, periodsPerYear: number): Rate<'annual'> {
  return perYear((1 + rate) ** periodsPerYear - 1);
}

/** (1 + R)^(1/n) − 1: the per-period rate that compounds to R over a year of n periods. */
export function deannualise(rate: Rate<'annual'>, periodsPerYear: number): Rate<'period'> {
  return perPeriod((1 + rate) ** (1 / periodsPerYear) - 1);
}
