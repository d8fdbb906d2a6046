import fc from 'fast-check';
import { roundHalfEven, strikeNav, type NavInputs } from '../../../chaincode/src/domain';
import { refusedWith } from './refused-with';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const HOUR = 3_600_000;
const point = d('2026-12-07') + 16 * HOUR;

const fund: NavInputs = {
  valuationPoint: point,
  positions: [
    { securityId: 'BOND', units: 1_000_000n, decimals: 2 }, // 10,000.00 units
    { securityId: 'EQ', units: 333n, decimals: 0 },
  ],
  prices: [
    { securityId: 'BOND', price: '101.2345', observedAt: point - HOUR, maxAgeMs: 24 * HOUR },
    { securityId: 'EQ', price: '12.345', observedAt: point - 2 * HOUR, maxAgeMs: 24 * HOUR },
  ],
  cash: 50_000_00n,
  liabilities: 1_234_56n,
  currencyDecimals: 2,
  sharesOutstanding: 100_000_000n, // 100,000.000 shares
  shareDecimals: 3,
};

describe('fund NAV struck at a valuation point', () => {
  it('values positions exactly and rounds the total once, half to even', () => {
    // 10,000 × 101.2345 = 1,012,345.00; 333 × 12.345 = 4,110.885; + 50,000.00 − 1,234.56 = 1,065,221.325 → 1,065,221.32 (tie to even)
    const nav = strikeNav(fund);
    expect(nav.nav).toBe(1_065_221_32n);
    expect(nav.lines.map((l) => [l.securityId, l.value, l.stale])).toEqual([['BOND', 1_012_345_00n, false], ['EQ', 4_110_88n, false]]);
    // 1,065,221.325 / 100,000 = 10.65221325 → 10.65
    expect(nav.navPerShare).toBe(10_65n);
    expect(nav.stale).toBe(false);
  });

  it('flags a price older than its limit as stale, and the NAV with it', () => {
    const nav = strikeNav({ ...fund, prices: [fund.prices[0]!, { ...fund.prices[1]!, observedAt: point - 25 * HOUR }] });
    expect(nav.lines.map((l) => l.stale)).toEqual([false, true]);
    expect(nav.lines[1]!.ageMs).toBe(25 * HOUR);
    expect(nav.stale).toBe(true);
  });

  it.each([
    ['a position without a price', { prices: [fund.prices[0]!] }],
    ['a price observed after the valuation point', { prices: [fund.prices[0]!, { ...fund.prices[1]!, observedAt: point + 1 }] }],
    ['a price that is not a decimal', { prices: [fund.prices[0]!, { ...fund.prices[1]!, price: '12,345' }] }],
    ['no shares outstanding', { sharesOutstanding: 0n }],
  ] as const)('refuses %s with ST2-INVALID-INPUT', (_, overrides) => {
    refusedWith('ST2-INVALID-INPUT', () => strikeNav({ ...fund, ...overrides }));
  });

  it('rounds half to even, negatives included', () => {
    expect([5n, 15n, 25n, -5n, -15n, 14n, 16n, -14n].map((n) => roundHalfEven(n, 10n))).toEqual([0n, 2n, 2n, 0n, -2n, 1n, 2n, -1n]);
  });

  it('does not depend on the order of the positions, and is within half a minor unit of the exact value (property)', () => {
    const position = fc.record({ units: fc.bigInt({ min: 0n, max: 10n ** 15n }), decimals: fc.integer({ min: 0, max: 8 }), cents: fc.integer({ min: 0, max: 10_000_000 }) });
    fc.assert(fc.property(fc.array(position, { minLength: 1, maxLength: 8 }), (positions) => {
      const inputs: NavInputs = {
        ...fund,
        positions: positions.map((p, i) => ({ securityId: `S${i}`, units: p.units, decimals: p.decimals })),
        prices: positions.map((p, i) => ({ securityId: `S${i}`, price: (p.cents / 10_000).toString(), observedAt: point, maxAgeMs: 0 })),
      };
      const nav = strikeNav(inputs);
      expect(strikeNav({ ...inputs, positions: [...inputs.positions].reverse() }).nav).toBe(nav.nav);
      // Exact value × 2 × 10^(4 + 8) in integers: |2·(nav·S − exact·S)| ≤ S, with S the common scale.
      const scale = 10n ** 12n;
      const exact = positions.reduce((sum, p) => sum + (p.units * BigInt(p.cents) * 100n * scale) / (10_000n * 10n ** BigInt(p.decimals)), (fund.cash - fund.liabilities) * scale);
      const diff = 2n * (nav.nav * scale - exact);
      expect(diff <= scale && diff >= -scale).toBe(true);
    }));
  });
});
