import { intervalCount, intervalStart, securitySeries } from '../../../gateway/src/analytics';

const DAY = 86_400_000;
const monday = Date.UTC(2030, 0, 7);

describe('securitySeries', () => {
  it('carries each interval\'s closing state forward and starts from nothing before the first observation', () => {
    const observations = [
      { timestamp: monday + DAY + 10, supply: 100n, holders: 1 },
      { timestamp: monday + DAY + 20, supply: 150n, holders: 2 },
      { timestamp: monday + 3 * DAY, supply: 120n, holders: 2 },
    ];
    expect(securitySeries(observations, [], monday, monday + 4 * DAY - 1, 'day').map((b) => [b.supply, b.holders])).toEqual([[0n, 0], [150n, 2], [150n, 2], [120n, 2]]);
  });

  it('follows ledger order when two observations are timed out of order', () => {
    const observations = [
      { timestamp: monday + 20, supply: 1n, holders: 1 },
      { timestamp: monday + 10, supply: 2n, holders: 1 },
    ];
    expect(securitySeries(observations, [], monday, monday + DAY - 1, 'day')[0]?.supply).toBe(2n);
  });

  it('sums the movements of each interval that fall in the period, and no others', () => {
    const movements = [
      { timestamp: monday + 5, amount: 10n },
      { timestamp: monday + DAY, amount: 7n },
      { timestamp: monday + DAY + 1, amount: 3n },
      { timestamp: monday + 2 * DAY, amount: 99n },
    ];
    expect(securitySeries([], movements, monday + 1, monday + 2 * DAY - 1, 'day').map((b) => b.volume)).toEqual([10n, 10n]);
  });

  it('cuts weeks from Monday and counts partial intervals at both ends', () => {
    expect(intervalStart(monday + 3 * DAY + 5, 'week')).toBe(monday);
    expect(intervalStart(monday - 1, 'week')).toBe(monday - 7 * DAY);
    expect(intervalCount(monday - 1, monday + 1, 'week')).toBe(2);
    expect(intervalCount(monday, monday + 3 * DAY, 'day')).toBe(4);
    expect(intervalCount(5, 4, 'day')).toBe(0);
  });
});
