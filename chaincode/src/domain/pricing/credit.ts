import { curvePrice, discountFactor, type DiscountCurve } from './discount-curve';
import { solveBracketed } from './solver';
import { requireInput, ValuationError } from './valuation-error';

/** Cash flows per 100 of face at times in years (e.g. a bond's cashFlows, periods / frequency). */
export type TimedFlows = readonly { readonly time: number; readonly amount: number }[];

/**
 * Default as a constant hazard rate λ (decimal a year): survival to t is S(t) = exp(−λt). On default, the
 * holder recovers `recovery` (a fraction of face, 0 ≤ R < 1) of 100, paid at the end of the interval the default
 * falls in (a discrete "recovery of face" model, as in Hull, Options, Futures and Other Derivatives, ch. 24):
 *   price = Σ CFᵢ·DF(tᵢ)·S(tᵢ) + R·100·Σ DF(tᵢ)·(S(tᵢ₋₁) − S(tᵢ)),  t₀ = 0.
 * At λ = 0 it is the risk-free price Σ CFᵢ·DF(tᵢ).
 */
export function creditAdjustedPrice(curve: DiscountCurve, flows: TimedFlows, hazard: number, recovery: number): number {
  requireInput(Number.isFinite(hazard) && hazard >= 0, `A hazard rate must be finite and non-negative, not ${hazard}`);
  requireInput(Number.isFinite(recovery) && recovery >= 0 && recovery < 1, `A recovery must be a fraction of face in [0, 1), not ${recovery}`);
  const survival = (t: number) => Math.exp(-hazard * t);
  return flows.reduce((total, cf, i) => {
    const df = discountFactor(curve, cf.time);
    const defaulted = survival(i === 0 ? 0 : flows[i - 1]!.time) - survival(cf.time);
    return total + cf.amount * df * survival(cf.time) + recovery * 100 * df * defaulted;
  }, 0);
}

/** The price at a constant spread s (decimal a year, continuously compounded) over the curve: Σ CFᵢ·DF(tᵢ)·exp(−s·tᵢ). */
export function spreadPrice(curve: DiscountCurve, flows: TimedFlows, spread: number): number {
  return curvePrice(curve, flows.map((cf) => ({ time: cf.time, amount: cf.amount * Math.exp(-spread * cf.time) })));
}

/**
 * The hazard rate that, with the recovery given, prices the flows as the spread does (near the credit triangle
 * λ ≈ s / (1 − R), exactly here), by Brent's method on [0, 10]. ST2-NO-SOLUTION when the spread is more than
 * any hazard explains (the recovery alone is worth more than the spread price).
 */
export function hazardFromSpread(curve: DiscountCurve, flows: TimedFlows, spread: number, recovery: number): number {
  requireInput(Number.isFinite(spread) && spread >= 0, `A credit spread must be finite and non-negative, not ${spread}`);
  requireInput(flows.length > 0, 'No cash flows to price');
  const target = spreadPrice(curve, flows, spread);
  try {
    return solveBracketed((hazard) => creditAdjustedPrice(curve, flows, hazard, recovery) - target, 0, 10, { tolerance: 1e-14 });
  } catch (error) {
    if (!(error instanceof ValuationError) || error.code !== 'ST2-NO-SOLUTION') throw error;
    throw new ValuationError('ST2-NO-SOLUTION', `No hazard rate up to 1000% a year with a ${recovery} recovery explains a spread of ${spread}`, { spread, recovery });
  }
}
