import {
  dividendDiscountValue, gordonGrowthValue, multiStageValue, trailingDividend, type DividendPayment,
} from '../../../chaincode/src/domain';
import { refusedWith } from './refused-with';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('dividend discount models', () => {
  // Gordon growth, P = D0 (1 + g) / (r − g): D0 = 2.00, g = 5%, r = 10% gives 2.10 / 0.05 = 42.00
  // (the constant-growth example of Brealey, Myers & Allen, Principles of Corporate Finance, ch. 4, in form).
  it('values a constant-growth dividend at D1 / (r − g)', () => {
    expect(gordonGrowthValue(200, 0.1, 0.05)).toBeCloseTo(4_200, 9);
  });

  it('refuses a required return not above the growth with ST2-INVALID-INPUT (no finite value)', () => {
    refusedWith('ST2-INVALID-INPUT', () => gordonGrowthValue(200, 0.05, 0.05));
    refusedWith('ST2-INVALID-INPUT', () => gordonGrowthValue(200, 0.04, 0.05));
  });

  it('values three stages: 3 years at 20%, 2 at 10%, then 4% forever at 9%: 3461.8486 per 100 of dividend (python fractions reference)', () => {
    const value = multiStageValue(100, { requiredReturn: 0.09, stages: [{ years: 3, growth: 0.2 }, { years: 2, growth: 0.1 }], terminalGrowth: 0.04 });
    expect(value).toBeCloseTo(3461.8486422474716, 8);
  });

  it('is Gordon growth when there are no stages', () => {
    expect(multiStageValue(200, { requiredReturn: 0.1, stages: [], terminalGrowth: 0.05 })).toBeCloseTo(gordonGrowthValue(200, 0.1, 0.05), 12);
  });

  const history: DividendPayment[] = [
    { paidAt: d('2025-03-31'), amount: 45n }, { paidAt: d('2025-09-30'), amount: 50n },
    { paidAt: d('2026-03-31'), amount: 52n }, { paidAt: d('2026-09-30'), amount: 55n },
  ];

  it('takes D0 from the ledger\'s history: the dividends of the twelve months up to the valuation date, none after it', () => {
    expect(trailingDividend(history, d('2026-10-01'))).toBe(107n);
    expect(trailingDividend(history, d('2026-09-29'))).toBe(102n);
    expect(dividendDiscountValue(history, d('2026-10-01'), { requiredReturn: 0.1, stages: [], terminalGrowth: 0.05 })).toBeCloseTo((107 * 1.05) / 0.05, 9);
  });
});
