import { ValuationError } from '@st2/chaincode';
import {
  betaAlpha, captureRatios, historicalRisk, informationRatio, maxDrawdown, sharpeRatio, sortinoRatio, trackingError, volatility,
  type Drawdown, type Paired,
} from './metrics';
import { overHorizon, perYear, type Rate, type Volatility } from './rate';
import { FREQUENCIES, periodReturns, type Frequency, type ReturnSeries } from './return-series';

/** Something the figures are right about but a reader may be misled by. */
export interface AnalyticsWarning {
  readonly code: 'price-vs-total-return';
  readonly message: string;
}

/**
 * A figure, or why it is absent: a ratio or risk figure is not reported below 20 observations (the library refuses
 * it with ST2-TOO-FEW-OBSERVATIONS, and the report says so instead of failing every other figure with it).
 */
export type Measured<T> = { readonly value: T; readonly absent?: undefined } | { readonly value: null; readonly absent: string };

export interface BenchmarkFigures {
  /** Periods where both the security and the benchmark have a one-period return: what these figures use. */
  readonly observations: number;
  readonly beta: Measured<number>;
  readonly alpha: Measured<Rate<'annual'>>;
  readonly trackingError: Measured<Volatility<'annual'>>;
  readonly informationRatio: Measured<number>;
  /** Null value with a reason when the benchmark never rose (fell) in the periods compared. */
  readonly upCapture: Measured<number>;
  readonly downCapture: Measured<number>;
}

export interface PerformanceReport {
  readonly frequency: Frequency;
  /** One-period returns the ratios use (periods after a gap have none). */
  readonly observations: number;
  /** The periods with no observation, marked and not filled. */
  readonly gaps: readonly number[];
  /** From the total-return index, first close to last, gaps spanned by the closes around them. */
  readonly totalReturn: Rate<'horizon'>;
  /** (1 + total)^(n / periods elapsed) − 1, gaps counted as elapsed. */
  readonly annualisedReturn: Rate<'annual'>;
  readonly volatility: Measured<Volatility<'annual'>>;
  readonly sharpeRatio: Measured<number>;
  readonly sortinoRatio: Measured<number>;
  readonly maxDrawdown: Drawdown | null;
  /** Historical, per period, at `confidence`. */
  readonly valueAtRisk: Measured<Rate<'period'>>;
  readonly expectedShortfall: Measured<Rate<'period'>>;
  readonly confidence: number;
  readonly benchmark: BenchmarkFigures | null;
  readonly warnings: readonly AnalyticsWarning[];
}

export interface ReportOptions {
  /** Also the Sortino ratio's minimum acceptable return. */
  readonly riskFree: Rate<'annual'>;
  /** 0.95 for 95% VaR and ES. */
  readonly confidence: number;
}

/**
 * Every metric of a security's return series, against a benchmark's when given (same frequency). Below 20
 * one-period returns (or 20 paired ones for the benchmark figures) the ratios and risk figures are absent, each
 * with the reason. Comparing a price index with a total-return one is done, and warned about: the total-return
 * side gains its distributions.
 */
export function performanceReport(series: ReturnSeries, benchmark: ReturnSeries | null, options: ReportOptions): PerformanceReport {
  const n = FREQUENCIES[series.frequency];
  const returns = periodReturns(series).map((r) => r.value);
  const closes = series.points.flatMap((p) => (p.gap ? [] : [{ period: p.period, level: p.index }]));
  const total = closes.length > 0 ? closes.at(-1)!.level - 1 : 0;
  const elapsed = Math.max(1, series.points.length - 1);
  const risk = measure(() => historicalRisk(returns, options.confidence));
  return {
    frequency: series.frequency,
    observations: returns.length,
    gaps: series.points.filter((p) => p.gap).map((p) => p.period),
    totalReturn: overHorizon(total),
    annualisedReturn: perYear((1 + total) ** (n / elapsed) - 1),
    volatility: measure(() => volatility(returns, n)),
    sharpeRatio: measure(() => sharpeRatio(returns, options.riskFree, n)),
    sortinoRatio: measure(() => sortinoRatio(returns, options.riskFree, n)),
    maxDrawdown: maxDrawdown(closes),
    valueAtRisk: part(risk, (r) => r.valueAtRisk),
    expectedShortfall: part(risk, (r) => r.expectedShortfall),
    confidence: options.confidence,
    benchmark: benchmark ? benchmarkFigures(series, benchmark, options.riskFree) : null,
    warnings: benchmark && benchmark.kind !== series.kind ? [{
      code: 'price-vs-total-return',
      message: `The security is a ${series.kind} series and the benchmark a ${benchmark.kind} one: the total-return side includes distributions the other does not`,
    }] : [],
  };
}

function benchmarkFigures(series: ReturnSeries, benchmark: ReturnSeries, riskFree: Rate<'annual'>): BenchmarkFigures {
  const n = FREQUENCIES[series.frequency];
  const theirs = new Map(periodReturns(benchmark).map((r) => [r.period, r.value]));
  const both = periodReturns(series).filter((r) => theirs.has(r.period));
  const paired: Paired = { returns: both.map((r) => r.value), benchmark: both.map((r) => theirs.get(r.period)!) };
  const regression = measure(() => betaAlpha(paired, riskFree, n));
  const capture = measure(() => captureRatios(paired));
  const never = (way: string) => `The benchmark never ${way} in the ${both.length} periods compared`;
  return {
    observations: both.length,
    beta: part(regression, (r) => r.beta),
    alpha: part(regression, (r) => r.alpha),
    trackingError: measure(() => trackingError(paired, n)),
    informationRatio: measure(() => informationRatio(paired, n)),
    upCapture: orAbsent(part(capture, (c) => c.up), never('rose')),
    downCapture: orAbsent(part(capture, (c) => c.down), never('fell')),
  };
}

/** Runs a figure; too few observations make it absent with the library's reason, anything else still throws. */
function measure<T>(run: () => T): Measured<T> {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof ValuationError && error.code === 'ST2-TOO-FEW-OBSERVATIONS') return { value: null, absent: error.message.slice(`${error.code}: `.length) };
    throw error;
  }
}

function part<T, U>(measured: Measured<T>, pick: (value: T) => U): Measured<U> {
  return measured.absent === undefined ? { value: pick(measured.value) } : measured;
}

/** A measured figure whose value may be null for a reason of its own (a capture with no period to capture). */
function orAbsent<T>(measured: Measured<T | null>, reason: string): Measured<T> {
  if (measured.absent !== undefined) return measured;
  return measured.value === null ? { value: null, absent: reason } : { value: measured.value };
}
