import { LedgerError, type SubmitResult } from '../../../gateway/src/ledger/ledger';
import type { EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { alice, bob, call, LedgerDirectories, text } from './fixtures/ledger-fixture';

describe('embedded ledger MVCC validation', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;

  beforeEach(async () => {
    ledger = await directories.ledger({ maxBlockSize: 8 });
  });
  afterEach(() => directories.cleanUp());

  it('commits exactly the concurrent read-then-decrements whose reads are still current; the others fail with mvcc-conflict', async () => {
    const start = 1000;
    await ledger.submit(alice, call('put', 'counter', String(start)));

    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => ledger.submit(i % 2 ? alice : bob, call('decrement', 'counter'))));

    const winners = outcomes.filter((o): o is PromiseFulfilledResult<SubmitResult> => o.status === 'fulfilled').map((o) => o.value);
    const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as unknown);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    expect(winners.length + losers.length).toBe(50);
    for (const loser of losers) {
      expect(loser).toBeInstanceOf(LedgerError);
      expect(loser).toMatchObject({ kind: 'mvcc-conflict', code: 'ST2-MVCC-CONFLICT', details: { validationCode: 'MVCC_READ_CONFLICT' } });
    }
    // Each winner read what the previous winner wrote: the values they wrote are start-1, start-2, ... with no repeat.
    const written = winners.map((winner) => Number(text(winner.result))).sort((a, b) => b - a);
    expect(written).toEqual(Array.from({ length: winners.length }, (_, i) => start - 1 - i));
    expect(text(await ledger.evaluate(alice, call('get', 'counter')))).toBe(String(start - winners.length));
  });

  it('records an invalidated transaction in its block, as Fabric does, with its validation code', async () => {
    await ledger.submit(alice, call('put', 'counter', '10'));
    const [first, second] = await Promise.allSettled([ledger.submit(alice, call('decrement', 'counter')), ledger.submit(alice, call('decrement', 'counter'))]);
    const loser = [first, second].find((o): o is PromiseRejectedResult => o?.status === 'rejected')?.reason as LedgerError | undefined;
    expect(loser?.txId).toBeDefined();
    const status = await ledger.transactionStatus(loser?.txId ?? '');
    expect(status).toMatchObject({ validationCode: 'MVCC_READ_CONFLICT' });
    expect(status?.blockNumber).toBeLessThan(await ledger.height());
  });

  it('detects a phantom: a key inserted into a range after the range was read invalidates the reader', async () => {
    await ledger.submit(alice, call('putComposite', 'member', '["a"]', '1'));
    await ledger.evaluate(bob, call('get', 'warm-up')); // bob's certificate is issued before the race

    // Both simulate against the same committed state. The insert reads nothing and is ordered first;
    // the count has to wait for LevelDB to scan the range, so it is ordered after the insert.
    const insert = ledger.submit(bob, call('putComposite', 'member', '["b"]', '1'));
    const count = ledger.submit(alice, call('countInto', 'member', 'total'));

    await expect(insert).resolves.toBeDefined();
    await expect(count).rejects.toMatchObject({ kind: 'mvcc-conflict', code: 'ST2-MVCC-CONFLICT', details: { validationCode: 'PHANTOM_READ_CONFLICT' } });
    expect(text(await ledger.evaluate(alice, call('get', 'total')))).toBe('');
    // Simulated again on the new state, the count sees both members and commits.
    expect(text((await ledger.submit(alice, call('countInto', 'member', 'total'))).result)).toBe('2');
  });
});
