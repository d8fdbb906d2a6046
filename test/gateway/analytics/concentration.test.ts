import fc from 'fast-check';
import { holderConcentration, turnoverRatio } from '../../../gateway/src/analytics';

describe('holder concentration', () => {
  it('is 10,000 for a single holder and 10,000 / N for N equal holders, the top ten holding everything up to ten', () => {
    expect(holderConcentration([5n])).toEqual({ holders: 1, supply: 5n, hhi: 10_000, topTenShare: 1 });
    expect(holderConcentration(Array(4).fill(25n))).toMatchObject({ holders: 4, hhi: 2_500, topTenShare: 1 });
    expect(holderConcentration(Array(20).fill(1n))).toMatchObject({ holders: 20, hhi: 500, topTenShare: 0.5 });
  });

  it('counts the ten largest, whatever the order, and ignores zero balances', () => {
    const balances = [1n, 0n, 100n, ...Array(12).fill(10n)];
    // Largest ten: 100 + 9 × 10 = 190 of 221.
    expect(holderConcentration(balances)!.topTenShare).toBeCloseTo(190 / 221, 12);
    expect(holderConcentration(balances)!.holders).toBe(14);
  });

  it('is null for a security nobody holds', () => {
    expect(holderConcentration([0n])).toBeNull();
  });

  it('stays between 10,000 / N and 10,000 with balances past 2^53 (property)', () => {
    fc.assert(fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 30n }), { minLength: 1, maxLength: 50 }), (balances) => {
      const { hhi, holders } = holderConcentration(balances)!;
      expect(hhi).toBeGreaterThanOrEqual(10_000 / holders - 1e-9);
      expect(hhi).toBeLessThanOrEqual(10_000);
    }));
  });

  it('turnover is the volume over the supply, null with no supply', () => {
    expect(turnoverRatio(300n, 1_500n)).toBe(0.2);
    expect(turnoverRatio(1n, 0n)).toBeNull();
  });
});
