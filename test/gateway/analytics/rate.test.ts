import { annualise, deannualise, perPeriod, perYear, sharpeRatio, type Rate } from '../../../gateway/src/analytics';

describe('rates carry their basis in their type', () => {
  it('annualises a monthly 1% to 12.68% a year, and back', () => {
    expect(annualise(perPeriod(0.01), 12)).toBeCloseTo(0.126825030131969, 13);
    expect(deannualise(annualise(perPeriod(0.01), 12), 12)).toBeCloseTo(0.01, 15);
  });

  it('does not compile a per-period rate where a rate a year is asked for, nor the reverse', () => {
    const monthly: Rate<'period'> = perPeriod(0.002);
    const yearly: Rate<'annual'> = perYear(0.02);
    const returns = Array.from({ length: 24 }, (_, i) => perPeriod(((i * 7) % 5) / 100 - 0.01));
    // @ts-expect-error: a monthly risk-free rate is not a rate a year (the classic mix-up).
    expect(() => sharpeRatio(returns, monthly, 12)).not.toThrow();
    // @ts-expect-error: annualising a rate that is already a year's.
    annualise(yearly, 12);
    // @ts-expect-error: a bare number has no basis.
    deannualise(0.02, 12);
    expect(sharpeRatio(returns, yearly, 12)).toBeCloseTo(sharpeRatio(returns, deannualise(yearly, 1) as unknown as Rate<'annual'>, 12), 15);
  });
});
