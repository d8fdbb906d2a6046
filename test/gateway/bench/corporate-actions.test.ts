import { benchCorporateActionsEmbedded } from '../../../gateway/src/bench/corporate-actions';

describe('bench:corporate-actions', () => {
  it('runs at a tiny size: a dividend to 202 holders in 3 batches (the last one partial), balanced, and transfers beside it', async () => {
    const lines: string[] = [];
    const result = await benchCorporateActionsEmbedded((line) => lines.push(line), 202);
    expect(result).toMatchObject({ batches: 3, transactions: 5, balanced: true });
    expect(lines.some((line) => line.endsWith('sum paid == declared total'))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^plain transfers \(embedded ledger\): 202 valid, 0 refused or invalid/));
  }, 120_000);
});
