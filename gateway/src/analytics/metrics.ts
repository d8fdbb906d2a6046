import { annualVolatility, deannualise, overHorizon, perPeriod, perYear, type Rate, type Volatility } from './rate';
import { compound, covariance, mean, requireObservations, standardDeviation } from './statistics';

/**
 * Performance metrics over a series of per-period returns r₁..r_N (decimals), n periods a year. Every ratio and
 * risk figure is refused below 20 returns (ST2-TOO-FEW-OBSERVATIONS). Sample statistics divide by N − 1.
 */

/** Total return over the horizon (decimal): Π(1 + rᵢ) − 1. */
export function totalReturn(returns: readonly Rate<'period'>[]): Rate<'horizon'> {
  return overHorizon(compound(returns));
}

/** Annualised (geometric) return, a rate a year: (1 + total)^(n / N) − 1. */
export function annualisedReturn(returns: readonly Rate<'period'>[], periodsPerYear: number): Rate<'annual'> {
  return perYear((1 + compound(returns)) ** (periodsPerYear / returns.length) - 1);
}

/** Annualised volatility, decimal a year: sample standard deviation of the returns × √n. */
export function volatility(returns: readonly Rate<'period'>[], periodsPerYear: number): Volatility<'annual'> {
  requireObservations(returns, 'Volatility');
  return annualVolatility(standardDeviation(returns) * Math.sqrt(periodsPerYear));
}

/**
 * Sharpe ratio, annualised, unitless: mean(rᵢ − r_f) / sd(rᵢ − r_f) × √n, the risk-free rate given a year and
 * turned into a per-period rate (1 + R_f)^(1/n) − 1 before it is subtracted (Sharpe 1994, "The Sharpe Ratio").
 */
export function sharpeRatio(returns: readonly Rate<'period'>[], riskFree: Rate<'annual'>, periodsPerYear: number): number {
  requireObservations(returns, 'The Sharpe ratio');
  const excess = excessOver(returns, deannualise(riskFree, periodsPerYear));
  return (mean(excess) / standardDeviation(excess)) * Math.sqrt(periodsPerYear);
}

/**
 * Sortino ratio, annualised, unitless: mean(rᵢ − m) / DD × √n with DD = √(Σ min(0, rᵢ − m)² / N), the downside
 * deviation below the minimum acceptable return m (given a year, per period as for Sharpe; Sortino & Price 1994).
 */
export function sortinoRatio(returns: readonly Rate<'period'>[], minimumAcceptable: Rate<'annual'>, periodsPerYear: number): number {
  requireObservations(returns, 'The Sortino ratio');
  const excess = excessOver(returns, deannualise(minimumAcceptable, periodsPerYear));
  const downside = Math.sqrt(excess.reduce((sum, x) => sum + Math.min(0, x) ** 2, 0) / excess.length);
  return (mean(excess) / downside) * Math.sqrt(periodsPerYear);
}

/** Returns and their benchmark's over the same periods, paired. */
export interface Paired {
  readonly returns: readonly Rate<'period'>[];
  readonly benchmark: readonly Rate<'period'>[];
}

/**
 * Beta, unitless: cov(r, b) / var(b); Jensen's alpha, a rate a year (arithmetic, per-period alpha × n):
 * α = [mean(r − r_f) − β·mean(b − r_f)] × n, with r_f per period as for Sharpe.
 */
export function betaAlpha({ returns, benchmark }: Paired, riskFree: Rate<'annual'>, periodsPerYear: number): { beta: number; alpha: Rate<'annual'> } {
  requireObservations(returns, 'Beta and alpha');
  const beta = covariance(returns, benchmark) / covariance(benchmark, benchmark);
  const rf = deannualise(riskFree, periodsPerYear);
  return { beta, alpha: perYear((mean(excessOver(returns, rf)) - beta * mean(excessOver(benchmark, rf))) * periodsPerYear) };
}

/** Tracking error, decimal a year: sd(rᵢ − bᵢ) × √n. */
export function trackingError({ returns, benchmark }: Paired, periodsPerYear: number): Volatility<'annual'> {
  requireObservations(returns, 'The tracking error');
  return annualVolatility(standardDeviation(active(returns, benchmark)) * Math.sqrt(periodsPerYear));
}

/** Information ratio, unitless: mean(rᵢ − bᵢ) × n / tracking error (annualised active return over its volatility). */
export function informationRatio(paired: Paired, periodsPerYear: number): number {
  requireObservations(paired.returns, 'The information ratio');
  return (mean(active(paired.returns, paired.benchmark)) * periodsPerYear) / trackingError(paired, periodsPerYear);
}

/**
 * Up and down capture, unitless (1 is 100%), geometric as Morningstar's methodology defines them: over the periods
 * where the benchmark rose (fell), the security's geometric mean return over the benchmark's,
 * ((Π(1 + rᵢ))^(1/k) − 1) / ((Π(1 + bᵢ))^(1/k) − 1). Null when the benchmark never rose (fell).
 */
export function captureRatios({ returns, benchmark }: Paired): { up: number | null; down: number | null } {
  requireObservations(returns, 'Capture ratios');
  const capture = (keep: (b: number) => boolean): number | null => {
    const indices = benchmark.flatMap((b, i) => (keep(b) ? [i] : []));
    if (indices.length === 0) return null;
    const geometric = (values: readonly number[]) => (1 + compound(values)) ** (1 / indices.length) - 1;
    return geometric(indices.map((i) => returns[i]!)) / geometric(indices.map((i) => benchmark[i]!));
  };
  return { up: capture((b) => b > 0), down: capture((b) => b < 0) };
}

/**
 * Historical value at risk and expected shortfall at `confidence` (0.95 for 95%), as losses per period (positive
 * decimals: 0.03 is a 3% loss): with k = ⌈N·(1 − confidence)⌉, VaR is minus the k-th worst return and ES minus the
 * mean of the k worst (the empirical lower quantile; no interpolation).
 */
export function historicalRisk(returns: readonly Rate<'period'>[], confidence: number): { valueAtRisk: Rate<'period'>; expectedShortfall: Rate<'period'> } {
  requireObservations(returns, 'Value at risk');
  const sorted = [...returns].sort((a, b) => a - b);
  // Less a hair before rounding up: 20 × (1 − 0.95) is 1.0000000000000009 in binary, and k must be 1, not 2.
  const k = Math.max(1, Math.ceil(sorted.length * (1 - confidence) - 1e-9));
  return { valueAtRisk: perPeriod(-sorted[k - 1]!), expectedShortfall: perPeriod(-mean(sorted.slice(0, k))) };
}

/** A drawdown: from a peak to the lowest level after it, and when the level got back to the peak (null: not yet). */
export interface Drawdown {
  /** Decimal fall from the peak: 1 − trough / peak (0.25 is 25% down). */
  readonly depth: number;
  readonly peak: number;
  readonly trough: number;
  readonly recovery: number | null;
}

/** The maximum drawdown of a level series (a total-return index), with its dates; null for a series that never fell. */
export function maxDrawdown(levels: readonly { period: number; level: number }[]): Drawdown | null {
  let peak = levels[0];
  let worst: Omit<Drawdown, 'recovery'> | null = null;
  for (const point of levels) {
    if (point.level > peak!.level) peak = point;
    const depth = 1 - point.level / peak!.level;
    if (depth > (worst?.depth ?? 0)) worst = { depth, peak: peak!.period, trough: point.period };
  }
  if (!worst) return null;
  const peakLevel = levels.find((p) => p.period === worst.peak)!.level;
  const recovery = levels.find((p) => p.period > worst.trough && p.level >= peakLevel)?.period ?? null;
  return { ...worst, recovery };
}

function excessOver(returns: readonly number[], rate: number): number[] {
  return returns.map((r) => r - rate);
}

function active(returns: readonly number[], benchmark: readonly number[]): number[] {
  return returns.map((r, i) => r - benchmark[i]!);
}
