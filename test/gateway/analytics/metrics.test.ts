import {
  captureRatios, historicalRisk, maxDrawdown, MIN_OBSERVATIONS, perPeriod, perYear, sharpeRatio, sortinoRatio, totalReturn, trackingError, volatility,
  type Rate,
} from '../../../gateway/src/analytics';
import { refusedWith } from '../../domain/pricing/refused-with';

const returns = (values: readonly number[]): Rate<'period'>[] => values.map(perPeriod);
/** 20 returns: -5%, -4% ... 14%, shuffled so the order matters nowhere it should not. */
const twenty = returns(Array.from({ length: 20 }, (_, i) => ((i * 7) % 20) / 100 - 0.05));

describe('performance metrics', () => {
  it('compounds a total return: +10% then −10% is −1%', () => {
    expect(totalReturn(returns([0.1, -0.1]))).toBeCloseTo(-0.01, 15);
  });

  it.each([
    ['volatility', (r: Rate<'period'>[]) => volatility(r, 12)],
    ['the Sharpe ratio', (r: Rate<'period'>[]) => sharpeRatio(r, perYear(0.02), 12)],
    ['the Sortino ratio', (r: Rate<'period'>[]) => sortinoRatio(r, perYear(0.02), 12)],
    ['value at risk', (r: Rate<'period'>[]) => historicalRisk(r, 0.95)],
    ['the tracking error', (r: Rate<'period'>[]) => trackingError({ returns: r, benchmark: r }, 12)],
    ['capture ratios', (r: Rate<'period'>[]) => captureRatios({ returns: r, benchmark: r })],
  ])('refuses %s below 20 observations with ST2-TOO-FEW-OBSERVATIONS, and gives it at 20', (_, figure) => {
    expect(MIN_OBSERVATIONS).toBe(20);
    refusedWith('ST2-TOO-FEW-OBSERVATIONS', () => figure(twenty.slice(0, 19)));
    expect(() => figure(twenty)).not.toThrow();
  });

  it('takes VaR and ES at 95% of 20 returns from the single worst one (k = ⌈20 × 5%⌉ = 1), at 90% from the two worst', () => {
    const at95 = historicalRisk(twenty, 0.95);
    expect(at95.valueAtRisk).toBeCloseTo(0.05, 15);
    expect(at95.expectedShortfall).toBeCloseTo(0.05, 15);
    const at90 = historicalRisk(twenty, 0.9);
    expect(at90.valueAtRisk).toBeCloseTo(0.04, 15);
    expect(at90.expectedShortfall).toBeCloseTo(0.045, 15);
  });

  it('captures exactly 100% up and down of a benchmark it equals, 200% of one it doubles', () => {
    expect(captureRatios({ returns: twenty, benchmark: twenty })).toEqual({ up: 1, down: 1 });
    const doubled = captureRatios({ returns: returns(twenty.map((r) => 2 * r)), benchmark: twenty });
    expect(doubled.up).toBeGreaterThan(1.9);
    expect(doubled.down).toBeGreaterThan(1.9);
  });

  it('dates the maximum drawdown: its peak, its trough and the first period back at the peak', () => {
    const levels = [100, 110, 99, 88, 95, 111, 90].map((level, period) => ({ period, level }));
    const { depth, ...dates } = maxDrawdown(levels)!;
    expect(depth).toBeCloseTo(0.2, 15);
    expect(dates).toEqual({ peak: 1, trough: 3, recovery: 5 });
    expect(maxDrawdown(levels.slice(0, 5))!.recovery).toBeNull();
    expect(maxDrawdown([1, 2, 3].map((level, period) => ({ period, level })))).toBeNull();
  });
});
