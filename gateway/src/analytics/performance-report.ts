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

export interface BenchmarkFigures {
  /** Periods where both the security and the benchmark have a one-period return: what these figures use. */
  readonly observations: number;
  readonly beta: number;
  readonly alpha: Rate<'annual'>;
  readonly trackingError: Volatility<'annual'>;
  readonly informationRatio: number;
  readonly upCapture: number | null;
  readonly downCapture: number | null;
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
  readonly volatility: Volatility<'annual'>;
  readonly sharpeRatio: number;
  readonly sortinoRatio: number;
  readonly maxDrawdown: Drawdown | null;
  /** Historical, per period, at `confidence`. */
  readonly valueAtRisk: number;
  readonly expectedShortfall: number;
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
 * Every metric of a security's return series, against a benchmark's when given (same frequency). Throws
 * ST2-TOO-FEW-OBSERVATIONS below 20 one-period returns (or 20 paired ones for the benchmark figures). Comparing a
 * price index with a total-return one is done, and warned about: the total-return side gains its distributions.
 */
export function performanceReport(series: ReturnSeries, benchmark: ReturnSeries | null, options: ReportOptions): PerformanceReport {
  const n = FREQUENCIES[series.frequency];
  const returns = periodReturns(series).map((r) => r.value);
  const closes = series.points.flatMap((p) => (p.gap ? [] : [{ period: p.period, level: p.index }]));
  const total = closes.length > 0 ? closes.at(-1)!.level - 1 : 0;
  const elapsed = Math.max(1, series.points.length - 1);
  const risk = historicalRisk(returns, options.confidence);
  return {
    frequency: series.frequency,
    observations: returns.length,
    gaps: series.points.filter((p) => p.gap).map((p) => p.period),
    totalReturn: overHorizon(total),
    annualisedReturn: perYear((1 + total) ** (n / elapsed) - 1),
    volatility: volatility(returns, n),
    sharpeRatio: sharpeRatio(returns, options.riskFree, n),
    sortinoRatio: sortinoRatio(returns, options.riskFree, n),
    maxDrawdown: maxDrawdown(closes),
    valueAtRisk: risk.valueAtRisk,
    expectedShortfall: risk.expectedShortfall,
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
  const { beta, alpha } = betaAlpha(paired, riskFree, n);
  const capture = captureRatios(paired);
  return {
    observations: both.length, beta, alpha, trackingError: trackingError(paired, n), informationRatio: informationRatio(paired, n),
    upCapture: capture.up, downCapture: capture.down,
  };
}
