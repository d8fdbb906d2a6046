import { periodOf, returnSeries } from '../../../gateway/src/analytics';

const at = (iso: string) => Date.parse(`${iso}T16:00:00Z`);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('total-return series', () => {
  it('reinvests a distribution going ex between two closes: (P₁ + D) / P₀ − 1', () => {
    const series = returnSeries([{ at: at('2026-01-30'), value: 100 }, { at: at('2026-02-27'), value: 99 }], [{ at: at('2026-02-10'), amount: 2 }], 'price', 'monthly');
    expect(series.kind).toBe('total-return');
    expect(series.points[0]!.return).toBeNull();
    expect(series.points[1]!.return).toBeCloseTo(0.01, 15);
  });

  it('marks a missing period as a gap, never fills it, and gives the period after it no one-period return', () => {
    const series = returnSeries([
      { at: at('2026-12-01'), value: 100 }, { at: at('2026-12-02'), value: 101 }, { at: at('2026-12-04'), value: 103.02 },
    ], [], 'price', 'daily');
    expect(series.points.map((p) => [p.period, p.gap, p.return])).toEqual([
      [day('2026-12-01'), false, null], [day('2026-12-02'), false, 0.010000000000000009], [day('2026-12-03'), true, null], [day('2026-12-04'), false, null],
    ]);
    // The index still chains over the gap: the closes around it are known.
    expect(series.points.at(-1)!.index).toBeCloseTo(1.0302, 12);
  });

  it('has no trading day on a weekend, and takes the last observation of a period as its close', () => {
    expect(periodOf(at('2026-12-05'), 'daily')).toBeNull();
    const series = returnSeries([
      { at: at('2026-12-04'), value: 100 }, { at: at('2026-12-05'), value: 500 }, { at: day('2026-12-07') + 1, value: 1 }, { at: at('2026-12-07'), value: 102 },
    ], [], 'price', 'daily');
    expect(series.points.map((p) => [p.period, p.level])).toEqual([[day('2026-12-04'), 100], [day('2026-12-07'), 102]]);
  });

  it('does not add distributions to a total-return index, which already holds them', () => {
    const series = returnSeries([{ at: at('2026-01-30'), value: 100 }, { at: at('2026-02-27'), value: 101 }], [{ at: at('2026-02-10'), amount: 5 }], 'total-return', 'monthly');
    expect(series.points.at(-1)!.return).toBeCloseTo(0.01, 15);
  });

  it('buckets weeks from Monday (ISO) and months from their first day', () => {
    expect(periodOf(at('2026-12-06'), 'weekly')).toBe(day('2026-11-30'));
    expect(periodOf(at('2026-12-31'), 'monthly')).toBe(day('2026-12-01'));
  });
});
