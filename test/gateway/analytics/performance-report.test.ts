import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performanceReport, perYear, returnSeries, type Frequency, type IndexKind } from '../../../gateway/src/analytics';

/** Inputs and expected figures computed independently by fixtures/make-reference.py (python3, standard library only). */
interface Reference {
  frequency: Frequency;
  riskFreeAnnual: number;
  confidence: number;
  security: { kind: IndexKind; observations: { at: number; value: number }[]; distributions: { at: number; amount: number }[] };
  benchmark: { kind: IndexKind; observations: { at: number; value: number }[] };
  expected: Record<string, unknown> & { benchmark: Record<string, unknown> };
}
const reference = JSON.parse(readFileSync(join(__dirname, 'fixtures/reference.json'), 'utf8')) as Reference;

/** A figure's number: the report gives returns as numbers, ratios and risk figures as measured ones (value or why absent). */
const valueOf = (figure: unknown): number | null => (typeof figure === 'number' ? figure : (figure as { value: number | null }).value);

describe('the performance report against the committed reference vectors (fixtures/make-reference.py)', () => {
  const security = returnSeries(reference.security.observations, reference.security.distributions, reference.security.kind, reference.frequency);
  const benchmark = returnSeries(reference.benchmark.observations, [], reference.benchmark.kind, reference.frequency);
  const report = performanceReport(security, benchmark, { riskFree: perYear(reference.riskFreeAnnual), confidence: reference.confidence });
  const { benchmark: expectedBenchmark, maxDrawdown, gaps, observations, ...expected } = reference.expected;

  it('marks the missing month as a gap and counts only the one-period returns it leaves (37 of 40 months)', () => {
    expect(report.gaps).toEqual(gaps);
    expect(report.observations).toBe(observations);
  });

  it.each(Object.keys(expected))('matches the reference %s to 1e-12', (metric) => {
    expect(valueOf(report[metric as keyof typeof report])).toBeCloseTo(expected[metric] as number, 12);
  });

  it('matches the reference maximum drawdown, its depth and its dates', () => {
    const { depth, ...dates } = maxDrawdown as { depth: number; peak: number; trough: number; recovery: number | null };
    expect(report.maxDrawdown!.depth).toBeCloseTo(depth, 12);
    expect({ peak: report.maxDrawdown!.peak, trough: report.maxDrawdown!.trough, recovery: report.maxDrawdown!.recovery }).toEqual(dates);
  });

  it.each(Object.keys(expectedBenchmark))('matches the reference benchmark %s to 1e-12', (metric) => {
    expect(valueOf(report.benchmark![metric as keyof typeof report.benchmark])).toBeCloseTo(expectedBenchmark[metric] as number, 12);
  });

  it('reports no ratio or risk figure below 20 returns, saying why, and still the returns and the drawdown', () => {
    const short = returnSeries(reference.security.observations.slice(0, 15), reference.security.distributions, reference.security.kind, reference.frequency);
    const few = performanceReport(short, benchmark, { riskFree: perYear(reference.riskFreeAnnual), confidence: reference.confidence });
    expect(few.observations).toBe(14);
    expect(few.sharpeRatio).toEqual({ value: null, absent: 'The Sharpe ratio needs at least 20 observations, not 14' });
    expect([few.volatility, few.sortinoRatio, few.valueAtRisk, few.expectedShortfall].map((f) => f.value)).toEqual([null, null, null, null]);
    expect(few.benchmark).toMatchObject({ observations: 14, beta: { value: null }, informationRatio: { value: null }, upCapture: { value: null } });
    expect(Number.isFinite(few.totalReturn)).toBe(true);
    expect(few.maxDrawdown?.depth).toBeGreaterThan(0);
  });

  it('warns that a price series (dividends reinvested here, so total return) and a price index are compared', () => {
    expect(report.warnings).toEqual([]);
    const priceIndex = returnSeries(reference.benchmark.observations, [], 'price', reference.frequency);
    const againstPrice = performanceReport(security, priceIndex, { riskFree: perYear(reference.riskFreeAnnual), confidence: reference.confidence });
    expect(againstPrice.warnings.map((w) => w.code)).toEqual(['price-vs-total-return']);
  });
});
