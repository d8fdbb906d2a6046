import { CYCLE, replayHolders, replayInterval, replayStep } from '../../../gateway/src/bench/replay-mix';

describe('bench:replay mix', () => {
  it('is mostly transfers, with a freeze and an unfreeze in every cycle', () => {
    const counts = CYCLE.reduce<Record<string, number>>((acc, step) => ({ ...acc, [step]: (acc[step] ?? 0) + 1 }), {});
    expect(counts).toEqual({ transfer: 9, 'transfer-back': 9, freeze: 1, unfreeze: 1 });
  });

  it('leaves every balance and freeze as it found it, so cycles repeat forever', () => {
    let balance = 0;
    let frozen = 0;
    for (let step = 0; step < 3 * CYCLE.length; step++) {
      const kind = replayStep(step);
      if (kind === 'transfer') balance--;
      if (kind === 'transfer-back') balance++;
      if (kind === 'freeze') frozen++;
      if (kind === 'unfreeze') frozen--;
      expect(balance).toBeGreaterThanOrEqual(-1);
      expect(frozen).toBeGreaterThanOrEqual(0);
    }
    expect({ balance, frozen }).toEqual({ balance: 0, frozen: 0 });
  });

  it('sizes the world at one holder per 100 transactions, an even count between 200 and 10,000', () => {
    expect([replayHolders(1_000), replayHolders(100_000), replayHolders(1_000_000), replayHolders(50_000_000)]).toEqual([200, 1_000, 10_000, 10_000]);
    expect(replayHolders(123_456) % 2).toBe(0);
  });

  it('reports per 100,000 transactions, or per tenth of a shorter run', () => {
    expect([replayInterval(1_000_000), replayInterval(20_000), replayInterval(5)]).toEqual([100_000, 2_000, 1]);
  });
});
