import type { Measured, PerformanceReport } from './performance-report';

/**
 * Every metric the performance endpoint reports, with the id of its formula (docs/pricing.md states each one),
 * its unit and its basis, so a figure never travels without what it means. A change of formula is a new id.
 * - unit 'decimal': 0.05 is 5%; 'ratio': unitless (1 is one for one).
 * - basis 'horizon': over the whole series; 'annual': a year (annualised); 'period': one period of the series;
 *   'none': not a rate.
 */
export type MetricUnit = 'decimal' | 'ratio';
export type MetricBasis = 'horizon' | 'annual' | 'period' | 'none';

export interface MetricDefinition {
  readonly formula: string;
  readonly unit: MetricUnit;
  readonly basis: MetricBasis;
}

const metric = (name: string, unit: MetricUnit, basis: MetricBasis): MetricDefinition => ({ formula: `st2-analytics/${name}/1`, unit, basis });

export const SECURITY_METRICS = {
  totalReturn: metric('total-return', 'decimal', 'horizon'),
  annualisedReturn: metric('annualised-return', 'decimal', 'annual'),
  volatility: metric('volatility', 'decimal', 'annual'),
  sharpeRatio: metric('sharpe', 'ratio', 'annual'),
  sortinoRatio: metric('sortino', 'ratio', 'annual'),
  maxDrawdown: metric('max-drawdown', 'decimal', 'horizon'),
  valueAtRisk: metric('historical-var', 'decimal', 'period'),
  expectedShortfall: metric('historical-es', 'decimal', 'period'),
} as const satisfies Record<string, MetricDefinition>;

export const BENCHMARK_METRICS = {
  beta: metric('beta', 'ratio', 'none'),
  alpha: metric('jensen-alpha', 'decimal', 'annual'),
  trackingError: metric('tracking-error', 'decimal', 'annual'),
  informationRatio: metric('information-ratio', 'ratio', 'annual'),
  upCapture: metric('up-capture', 'ratio', 'none'),
  downCapture: metric('down-capture', 'ratio', 'none'),
} as const satisfies Record<string, MetricDefinition>;

/** A figure as reported: its value (null when absent, with the reason) and what it means. */
export type MetricFigure = MetricDefinition & { readonly value: number | null; readonly absent?: string };

/** The maximum drawdown's figure also dates its peak, its trough and the recovery (null: not recovered, or never fell). */
export type DrawdownFigure = MetricFigure & { readonly peak: number | null; readonly trough: number | null; readonly recovery: number | null };

export interface DescribedMetrics {
  readonly security: Omit<Record<keyof typeof SECURITY_METRICS, MetricFigure>, 'maxDrawdown'> & { readonly maxDrawdown: DrawdownFigure };
  readonly benchmark: Record<keyof typeof BENCHMARK_METRICS, MetricFigure> | null;
}

/** The report's figures, each with its formula id, unit and basis. */
export function describedMetrics(report: PerformanceReport): DescribedMetrics {
  const figure = (definition: MetricDefinition, measured: Measured<number>): MetricFigure => (
    measured.absent === undefined ? { ...definition, value: measured.value } : { ...definition, value: null, absent: measured.absent }
  );
  const s = SECURITY_METRICS;
  const drawdown = report.maxDrawdown;
  const security = {
    totalReturn: figure(s.totalReturn, { value: report.totalReturn }),
    annualisedReturn: figure(s.annualisedReturn, { value: report.annualisedReturn }),
    volatility: figure(s.volatility, report.volatility),
    sharpeRatio: figure(s.sharpeRatio, report.sharpeRatio),
    sortinoRatio: figure(s.sortinoRatio, report.sortinoRatio),
    // A series that never fell has a drawdown of 0 and no dates.
    maxDrawdown: { ...s.maxDrawdown, value: drawdown?.depth ?? 0, peak: drawdown?.peak ?? null, trough: drawdown?.trough ?? null, recovery: drawdown?.recovery ?? null },
    valueAtRisk: figure(s.valueAtRisk, report.valueAtRisk),
    expectedShortfall: figure(s.expectedShortfall, report.expectedShortfall),
  };
  const b = report.benchmark;
  const m = BENCHMARK_METRICS;
  return {
    security,
    benchmark: b && {
      beta: figure(m.beta, b.beta), alpha: figure(m.alpha, b.alpha), trackingError: figure(m.trackingError, b.trackingError),
      informationRatio: figure(m.informationRatio, b.informationRatio), upCapture: figure(m.upCapture, b.upCapture), downCapture: figure(m.downCapture, b.downCapture),
    },
  };
}
