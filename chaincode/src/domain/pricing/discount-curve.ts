import { PERIODS_PER_YEAR, fractionToNumber, type CouponFrequency } from '../schedule';
import { annualRate, type AnnualRateInput } from './annual-rate';
import { solveBracketed } from './solver';
import { requireInput } from './valuation-error';

/**
 * Inputs a discount curve is bootstrapped from, each maturing `maturity` years from the curve date (year fractions
 * come from the instrument's own day count, outside the curve):
 * - 'deposit': a simple rate, DF(T) = 1 / (1 + r·T).
 * - 'par': a par rate with coupons at `frequency` (a par bond, or a swap's fixed leg): (r/f)·Σ DF(tᵢ) + DF(T) = 1,
 *   coupon times T, T − 1/f, ... > 0 (T a whole number of periods).
 * - 'bond': a bond's dirty price per 100, full coupons at T, T − 1/f, ... > 0 (Hull's bootstrap inputs).
 */
export type CurveInstrument =
  | { readonly kind: 'deposit'; readonly maturity: number; readonly rate: AnnualRateInput }
  | { readonly kind: 'par'; readonly maturity: number; readonly rate: AnnualRateInput; readonly frequency: CouponFrequency }
  | { readonly kind: 'bond'; readonly maturity: number; readonly coupon: AnnualRateInput; readonly frequency: CouponFrequency; readonly price: number };

/** A point of the curve: a continuously compounded zero rate (decimal a year) at a time in years. */
export interface CurvePillar {
  readonly time: number;
  readonly zeroRate: number;
}

/**
 * A discount curve as continuously compounded zero rates at pillars, interpolated LINEARLY IN THE ZERO RATE
 * between pillars and held FLAT beyond the first and last ones (no extrapolated slope). DF(t) = exp(−r(t)·t).
 */
export interface DiscountCurve {
  readonly pillars: readonly CurvePillar[];
}

/** A curve straight from zero rates (as a textbook gives them), pillars checked and sorted. */
export function curveFromZeroRates(pillars: readonly CurvePillar[]): DiscountCurve {
  const sorted = [...pillars].sort((a, b) => a.time - b.time);
  sorted.forEach((p, i) => {
    requireInput(Number.isFinite(p.time) && p.time > 0 && Number.isFinite(p.zeroRate), `A pillar needs a positive time and a finite rate: ${JSON.stringify(p)}`);
    requireInput(i === 0 || p.time > sorted[i - 1]!.time, `Two pillars at ${p.time} years`);
  });
  requireInput(sorted.length > 0, 'A curve needs at least one pillar');
  return { pillars: sorted };
}

export function zeroRate(curve: DiscountCurve, time: number): number {
  const { pillars } = curve;
  const after = pillars.findIndex((p) => p.time >= time);
  if (after === 0) return pillars[0]!.zeroRate;
  if (after === -1) return pillars.at(-1)!.zeroRate;
  const [left, right] = [pillars[after - 1]!, pillars[after]!];
  return left.zeroRate + ((right.zeroRate - left.zeroRate) * (time - left.time)) / (right.time - left.time);
}

export function discountFactor(curve: DiscountCurve, time: number): number {
  return time <= 0 ? 1 : Math.exp(-zeroRate(curve, time) * time);
}

/** An instrument's cash flows per 100 of notional, at times in years. */
export function instrumentFlows(instrument: CurveInstrument): { time: number; amount: number }[] {
  if (instrument.kind === 'deposit') return [{ time: instrument.maturity, amount: 100 * (1 + fractionToNumber(annualRate(instrument.rate)) * instrument.maturity) }];
  const f = PERIODS_PER_YEAR[instrument.frequency];
  const coupon = (100 * fractionToNumber(annualRate(instrument.kind === 'par' ? instrument.rate : instrument.coupon))) / f;
  const times: number[] = [];
  for (let k = 0; instrument.maturity - k / f > 1e-9; k++) times.unshift(instrument.maturity - k / f);
  return times.map((time, i) => ({ time, amount: coupon + (i === times.length - 1 ? 100 : 0) }));
}

/** What the instrument is quoted at per 100: its price for a bond, par (100) for a deposit or a par rate. */
export function quotedPrice(instrument: CurveInstrument): number {
  return instrument.kind === 'bond' ? instrument.price : 100;
}

/** The curve's price of an instrument per 100: Σ amount · DF(t). */
export function curvePrice(curve: DiscountCurve, flows: readonly { time: number; amount: number }[]): number {
  return flows.reduce((total, cf) => total + cf.amount * discountFactor(curve, cf.time), 0);
}

/**
 * The curve that reprices every instrument exactly (to the solver's 1e-15 on the rate, far inside 1e-8 on the price),
 * bootstrapped in order of maturity: each instrument adds one pillar at its maturity, whose zero rate is solved by
 * Brent's method with the earlier pillars fixed (coupons between pillars are discounted on the interpolated
 * curve, so the new pillar moves them too). Refused with ST2-INVALID-INPUT for an empty list, two instruments
 * with one maturity, or a par instrument whose maturity is not a whole number of periods; ST2-NO-SOLUTION when no
 * zero rate in [-50%, 200%] reprices one.
 */
export function bootstrapCurve(instruments: readonly CurveInstrument[]): DiscountCurve {
  requireInput(instruments.length > 0, 'A curve needs at least one instrument');
  const sorted = [...instruments].sort((a, b) => a.maturity - b.maturity);
  const pillars: CurvePillar[] = [];
  for (const instrument of sorted) {
    requireInput(Number.isFinite(instrument.maturity) && instrument.maturity > 0, `A maturity must be a positive number of years, not ${instrument.maturity}`);
    requireInput(pillars.length === 0 || instrument.maturity > pillars.at(-1)!.time, `Two instruments mature at ${instrument.maturity} years`);
    if (instrument.kind === 'par') {
      const periods = instrument.maturity * PERIODS_PER_YEAR[instrument.frequency];
      requireInput(Math.abs(periods - Math.round(periods)) < 1e-9, `A par instrument matures after whole periods: ${instrument.maturity} years is ${periods} periods`);
    }
    const flows = instrumentFlows(instrument);
    const target = quotedPrice(instrument);
    const priceWith = (rate: number) => curvePrice({ pillars: [...pillars, { time: instrument.maturity, zeroRate: rate }] }, flows) - target;
    pillars.push({ time: instrument.maturity, zeroRate: solveBracketed(priceWith, -0.5, 2, { tolerance: 1e-15 }) });
  }
  return { pillars };
}
