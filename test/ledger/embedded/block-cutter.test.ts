import { BlockCutter, type BlockCutting } from '../../../gateway/src/ledger/embedded/block-cutter';
import type { Block } from '../../../gateway/src/ledger/embedded/block-log';
import type { Endorsement } from '../../../gateway/src/ledger/embedded/endorser';
import type { EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { alice, call, LedgerDirectories, text } from './fixtures/ledger-fixture';

/** A transaction the cutter only queues and hands on: it never looks inside an endorsement. */
const tx = (txId: string) => ({ txId }) as Endorsement;

/**
 * The cutter with a commit that records each block's transactions. A held commit (`hold`) lets a test
 * queue transactions while a block is committing. Time is jest's fake clock: nothing here waits.
 */
function recordingCutter(cutting: BlockCutting) {
  const blocks: string[][] = [];
  let held: Promise<void> | undefined;
  let release = () => {};
  const cutter = new BlockCutter(cutting, async (endorsements) => {
    blocks.push(endorsements.map((e) => e.txId));
    const number = blocks.length - 1;
    if (held) await held;
    if (endorsements.some((e) => e.txId.startsWith('fail'))) throw new Error('disk full');
    return { number, previousHash: '', dataHash: '', hash: '', transactions: [] } satisfies Block;
  });
  const hold = () => {
    held = new Promise((resolve) => (release = () => { held = undefined; resolve(); }));
  };
  /** Where each ordered transaction landed: [block, index], once committed. */
  const placed = new Map<string, [number, number]>();
  const order = (txId: string) => cutter.order(tx(txId)).then(({ block, index }) => void placed.set(txId, [block.number, index]));
  return { cutter, blocks, placed, order, hold, release: () => release() };
}

describe('block cutter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('cuts a block at once when maxBlockSize transactions wait, without waiting for the batch timeout', async () => {
    const { blocks, placed, order } = recordingCutter({ maxBlockSize: 3, batchTimeoutMs: 60_000 });
    void order('x');
    await jest.advanceTimersByTimeAsync(0);
    ['a', 'b', 'c'].forEach((id) => void order(id));
    await jest.advanceTimersByTimeAsync(0);
    expect(blocks).toEqual([['x'], ['a', 'b', 'c']]);
    expect([...placed]).toEqual([['x', [0, 0]], ['a', [1, 0]], ['b', [1, 1]], ['c', [1, 2]]]);
  });

  it('commits a lone transaction on an idle ledger on the next turn: the timeout has long passed', async () => {
    const { blocks, order } = recordingCutter({ maxBlockSize: 500, batchTimeoutMs: 60_000 });
    void order('a');
    expect(blocks).toEqual([]);
    await jest.advanceTimersByTimeAsync(0);
    expect(blocks).toEqual([['a']]);
  });

  it('holds what arrives soon after a commit until the timeout has passed since that commit, so later arrivals share its block', async () => {
    const { blocks, order } = recordingCutter({ maxBlockSize: 500, batchTimeoutMs: 10 });
    void order('x');
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync(4);
    void order('a');
    await jest.advanceTimersByTimeAsync(3);
    void order('b');
    await jest.advanceTimersByTimeAsync(2);
    expect(blocks).toEqual([['x']]);
    await jest.advanceTimersByTimeAsync(1);
    expect(blocks).toEqual([['x'], ['a', 'b']]);
  });

  it('keeps the order of arrival within and across blocks', async () => {
    const { blocks, placed, order } = recordingCutter({ maxBlockSize: 2, batchTimeoutMs: 10 });
    ['a', 'b', 'c', 'd', 'e'].forEach((id) => void order(id));
    await jest.advanceTimersByTimeAsync(0);
    expect(blocks).toEqual([['a', 'b'], ['c', 'd']]);
    await jest.advanceTimersByTimeAsync(10);
    expect(blocks).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(placed.get('e')).toEqual([2, 0]);
  });

  it('runs the next block\'s timeout from the end of the commit before it, so what arrives during and after that commit shares a block', async () => {
    const { blocks, order, hold, release } = recordingCutter({ maxBlockSize: 500, batchTimeoutMs: 10 });
    hold();
    void order('a');
    await jest.advanceTimersByTimeAsync(0);
    void order('b');
    await jest.advanceTimersByTimeAsync(15);
    release();
    await jest.advanceTimersByTimeAsync(0);
    void order('c');
    await jest.advanceTimersByTimeAsync(9);
    expect(blocks).toEqual([['a']]);
    await jest.advanceTimersByTimeAsync(1);
    expect(blocks).toEqual([['a'], ['b', 'c']]);
  });

  it('with a batch timeout of 0, cuts on the next turn: what was ordered in one turn shares a block', async () => {
    const { blocks, order } = recordingCutter({ maxBlockSize: 500, batchTimeoutMs: 0 });
    ['a', 'b'].forEach((id) => void order(id));
    expect(blocks).toEqual([]);
    await jest.advanceTimersByTimeAsync(0);
    expect(blocks).toEqual([['a', 'b']]);
  });

  it('rejects every transaction of a block whose commit failed, and commits the next block', async () => {
    const { cutter, blocks, order } = recordingCutter({ maxBlockSize: 2, batchTimeoutMs: 10 });
    const failed = Promise.allSettled([cutter.order(tx('fail-1')), cutter.order(tx('b'))]);
    const next = order('c');
    await jest.advanceTimersByTimeAsync(10);
    await expect(failed).resolves.toEqual([
      { status: 'rejected', reason: new Error('disk full') },
      { status: 'rejected', reason: new Error('disk full') },
    ]);
    await next;
    expect(blocks).toEqual([['fail-1', 'b'], ['c']]);
  });

  it('cuts what waits at once when asked to become idle (the ledger closing)', async () => {
    const { cutter, blocks, order } = recordingCutter({ maxBlockSize: 500, batchTimeoutMs: 60_000 });
    void order('x');
    await jest.advanceTimersByTimeAsync(0);
    void order('a');
    await cutter.idle();
    expect(blocks).toEqual([['x'], ['a']]);
  });
});

describe('embedded ledger block cutting', () => {
  const directories = new LedgerDirectories();
  afterEach(() => directories.cleanUp());

  it('commits a full block at once even with a batch timeout far longer than the test may run', async () => {
    const ledger: EmbeddedLedger = await directories.ledger({ maxBlockSize: 4, batchTimeoutMs: 3_600_000 });
    // Committed on the next turn (the ledger was idle); from here on, a block is cut when full or in an hour.
    await ledger.submit(alice, call('put', 'first', 'x'));
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((key) => ledger.submit(alice, call('put', key, key))));
    expect(new Set(results.map((r) => r.blockNumber)).size).toBe(1);
    expect(text(await ledger.evaluate(alice, call('get', 'd')))).toBe('d');
  });

  it('refuses a negative batch timeout when opened', async () => {
    await expect(directories.ledger({ batchTimeoutMs: -1 })).rejects.toThrow('batchTimeoutMs must be a number of milliseconds >= 0, got -1');
  });
});
