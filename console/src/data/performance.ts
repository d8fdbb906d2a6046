import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';

/** One figure as the view lists it: its value in the unit the API states, or why it is absent. */
export interface FigureRow {
  readonly name: string;
  readonly value: number | null;
  readonly unit: 'decimal' | 'ratio';
  readonly basis: string;
  readonly absent?: string;
}

/** A security's total-return series against its benchmark, as the performance view shows it. */
export interface PerformanceView {
  readonly securityId: string;
  readonly feedId: string;
  /** Period starts (ms) and the total-return index (1 at the first close); null where the period has no observation. */
  readonly periods: readonly number[];
  readonly index: readonly (number | null)[];
  readonly gaps: number;
  readonly distributions: number;
  readonly figures: readonly FigureRow[];
  readonly benchmark: { readonly feedId: string; readonly returns: string; readonly figures: readonly FigureRow[] } | null;
  readonly warnings: readonly string[];
  readonly inputsHash: string;
}

type Figures = Record<string, { value: number | null; unit: 'decimal' | 'ratio'; basis: string; absent?: string }>;

const rows = (figures: Figures): FigureRow[] =>
  Object.entries(figures).map(([name, f]) => ({ name, value: f.value, unit: f.unit, basis: f.basis, ...(f.absent ? { absent: f.absent } : {}) }));

/** `GET /v1/analytics/securities/{id}`: the series (gaps kept as gaps) and every figure with its unit and basis. */
export async function performance(client: St2Client, securityId: string, query: { benchmark?: string; freq?: 'daily' | 'weekly' | 'monthly'; from?: number }): Promise<Outcome<PerformanceView>> {
  const answer = outcomeOf(await client.GET('/v1/analytics/securities/{id}', { params: { path: { id: securityId }, query } }));
  return mapOutcome(answer, (report) => ({
    securityId,
    feedId: report.feedId,
    periods: report.series.points.map((point) => point.period),
    index: report.series.points.map((point) => (point.gap ? null : point.index)),
    gaps: report.gaps.length,
    distributions: report.distributions,
    figures: rows(report.metrics as Figures),
    benchmark: report.benchmark && { feedId: report.benchmark.feedId, returns: report.benchmark.returns, figures: rows(report.benchmark.metrics as Figures) },
    warnings: report.warnings.map((warning) => warning.message),
    inputsHash: report.inputsHash,
  }));
}

/** A figure for people: decimals as percentages, ratios to two places, an absent one as a dash. */
export function formatFigure(row: FigureRow): string {
  if (row.value === null) return '—';
  return row.unit === 'decimal' ? `${(row.value * 100).toFixed(2)} %` : row.value.toFixed(2);
}
