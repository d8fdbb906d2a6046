import fc from 'fast-check';
import {
  bond, cashFlows, creditAdjustedPrice, curveFromZeroRates, curvePrice, hazardFromSpread, spreadPrice, type TimedFlows,
} from '../../../chaincode/src/domain';
import { refusedWith } from './refused-with';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const curve = curveFromZeroRates([{ time: 0.5, zeroRate: 0.05 }, { time: 1, zeroRate: 0.058 }, { time: 1.5, zeroRate: 0.064 }, { time: 2, zeroRate: 0.068 }]);
const fiveYear = bond({ issueDate: d('2026-01-15'), maturityDate: d('2031-01-15'), frequency: 'semiannual', dayCount: 'ACT/ACT-ICMA', coupon: { percent: 6 } });
/** The bond's flows at a settlement, in years: a coupon period is 1/frequency of a year. */
const flows: TimedFlows = cashFlows(fiveYear, d('2026-03-02')).map((cf) => ({ time: cf.periods / fiveYear.periodsPerYear, amount: cf.amount }));

describe('credit-adjusted price from a constant hazard rate and a recovery', () => {
  it('is the risk-free price at a zero hazard rate', () => {
    expect(creditAdjustedPrice(curve, flows, 0, 0.4)).toBeCloseTo(curvePrice(curve, flows), 12);
  });

  it('fits the hazard that reprices the bond at its spread, near the credit triangle s / (1 − R)', () => {
    const hazard = hazardFromSpread(curve, flows, 0.012, 0.4);
    expect(creditAdjustedPrice(curve, flows, hazard, 0.4)).toBeCloseTo(spreadPrice(curve, flows, 0.012), 10);
    expect(hazard).toBeGreaterThan(0.012);
    expect(Math.abs(hazard - 0.012 / 0.6) / (0.012 / 0.6)).toBeLessThan(0.1);
  });

  it('fits a zero hazard to a zero spread', () => {
    expect(hazardFromSpread(curve, flows, 0, 0.4)).toBeCloseTo(0, 12);
  });

  it.each([
    ['a recovery of 100% or more', () => creditAdjustedPrice(curve, flows, 0.02, 1)],
    ['a negative hazard', () => creditAdjustedPrice(curve, flows, -0.01, 0.4)],
    ['a negative spread', () => hazardFromSpread(curve, flows, -0.01, 0.4)],
  ])('refuses %s with ST2-INVALID-INPUT', (_, run) => {
    refusedWith('ST2-INVALID-INPUT', run);
  });

  it('refuses a spread no hazard explains (the recovery alone is worth more) with ST2-NO-SOLUTION', () => {
    refusedWith('ST2-NO-SOLUTION', () => hazardFromSpread(curve, flows, 5, 0.9));
  });

  it('converges to the risk-free price as the hazard goes to 0: |P(λ) − P(0)| ≤ λ·T·(ΣCF + 100R) (property)', () => {
    const riskFree = curvePrice(curve, flows);
    const horizon = flows.at(-1)!.time;
    const total = flows.reduce((sum, cf) => sum + cf.amount, 0);
    fc.assert(fc.property(fc.double({ min: 1e-12, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (hazard, recovery) => {
      const price = creditAdjustedPrice(curve, flows, hazard, recovery);
      expect(price).toBeLessThanOrEqual(riskFree + 1e-9);
      expect(riskFree - price).toBeLessThanOrEqual(hazard * horizon * (total + 100 * recovery) + 1e-9);
      expect(Math.abs(creditAdjustedPrice(curve, flows, hazard / 1e6, recovery) - riskFree)).toBeLessThan(Math.abs(price - riskFree) + 1e-12);
    }));
  });
});
