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
    expect(report[metric as keyof typeof report] as number).toBeCloseTo(expected[metric] as number, 12);
  });

  it('matches the reference maximum drawdown, its depth and its dates', () => {
    const { depth, ...dates } = maxDrawdown as { depth: number; peak: number; trough: number; recovery: number | null };
    expect(report.maxDrawdown!.depth).toBeCloseTo(depth, 12);
    expect({ peak: report.maxDrawdown!.peak, trough: report.maxDrawdown!.trough, recovery: report.maxDrawdown!.recovery }).toEqual(dates);
  });

  it.each(Object.keys(expectedBenchmark))('matches the reference benchmark %s to 1e-12', (metric) => {
    expect(report.benchmark![metric as keyof typeof report.benchmark] as number).toBeCloseTo(expectedBenchmark[metric] as number, 12);
  });

  it('warns that a price series (dividends reinvested here, so total return) and a price index are compared', () => {
    expect(report.warnings).toEqual([]);
    const priceIndex = returnSeries(reference.benchmark.observations, [], 'price', reference.frequency);
    const againstPrice = performanceReport(security, priceIndex, { riskFree: perYear(reference.riskFreeAnnual), confidence: reference.confidence });
    expect(againstPrice.warnings.map((w) => w.code)).toEqual(['price-vs-total-return']);
  });
});
