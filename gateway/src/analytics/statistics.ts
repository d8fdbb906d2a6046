import { ValuationError } from '@st2/chaincode';

/** Fewer observations than this make a ratio or a risk figure noise: it is refused, not reported. */
export const MIN_OBSERVATIONS = 20;

/** Throws ST2-TOO-FEW-OBSERVATIONS when `values` has fewer than 20 entries. */
export function requireObservations(values: readonly number[], figure: string): void {
  if (values.length < MIN_OBSERVATIONS) {
    throw new ValuationError('ST2-TOO-FEW-OBSERVATIONS', `${figure} needs at least ${MIN_OBSERVATIONS} observations, not ${values.length}`, { figure, observations: values.length });
  }
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample covariance, divided by n − 1. */
export function covariance(xs: readonly number[], ys: readonly number[]): number {
  const [mx, my] = [mean(xs), mean(ys)];
  return xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0) / (xs.length - 1);
}

/** Sample standard deviation, divided by n − 1. */
export function standardDeviation(values: readonly number[]): number {
  return Math.sqrt(covariance(values, values));
}

/** Π(1 + rᵢ) − 1: the compounded return of a run of returns. */
export function compound(values: readonly number[]): number {
  return values.reduce((growth, r) => growth * (1 + r), 1) - 1;
}
