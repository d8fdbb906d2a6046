import { LedgerError, type SubmitResult } from '../../../gateway/src/ledger/ledger';
import type { EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { gate } from './fixtures/gate';
import { alice, bob, call, LedgerDirectories, text } from './fixtures/ledger-fixture';

/**
 * Each conflict here is certain, not a race: the contending transactions wait at a gate after their
 * reads (see fixtures/gate.ts), so all of them have simulated against the same state before any commits.
 */
describe('embedded ledger MVCC validation', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;
  let run = 0;
  /** A gate of this test's own. */
  const fresh = () => `mvcc-${++run}`;

  beforeEach(async () => {
    ledger = await directories.ledger({ maxBlockSize: 8 });
  });
  afterEach(() => directories.cleanUp());

  it('commits exactly one of concurrent read-then-decrements that read the same value; the others fail with mvcc-conflict and write nothing', async () => {
    const start = 1000;
    await ledger.submit(alice, call('put', 'counter', String(start)));
    const name = fresh();
    const submitted = Array.from({ length: 50 }, (_, i) => ledger.submit(i % 2 ? alice : bob, call('decrement', 'counter', name)));
    await gate(name).arrivals(50);
    gate(name).open();
    const outcomes = await Promise.allSettled(submitted);

    const winners = outcomes.filter((o): o is PromiseFulfilledResult<SubmitResult> => o.status === 'fulfilled').map((o) => o.value);
    const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as unknown);
    expect(winners.map((winner) => text(winner.result))).toEqual([String(start - 1)]);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      expect(loser).toBeInstanceOf(LedgerError);
      expect(loser).toMatchObject({ kind: 'mvcc-conflict', code: 'ST2-MVCC-CONFLICT', details: { validationCode: 'MVCC_READ_CONFLICT' } });
    }
    expect(text(await ledger.evaluate(alice, call('get', 'counter')))).toBe(String(start - 1));
  });

  it('records an invalidated transaction in its block, as Fabric does, with its validation code', async () => {
    await ledger.submit(alice, call('put', 'counter', '10'));
    const name = fresh();
    const pair = [ledger.submit(alice, call('decrement', 'counter', name)), ledger.submit(alice, call('decrement', 'counter', name))];
    await gate(name).arrivals(2);
    gate(name).open();
    const losers = (await Promise.allSettled(pair)).filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as LedgerError);
    expect(losers).toHaveLength(1);
    const status = await ledger.transactionStatus(losers[0]?.txId ?? '');
    expect(status).toMatchObject({ validationCode: 'MVCC_READ_CONFLICT' });
    expect(status?.blockNumber).toBeLessThan(await ledger.height());
  });

  it('detects a phantom: a key inserted into a range after the range was read invalidates the reader', async () => {
    await ledger.submit(alice, call('putComposite', 'member', '["a"]', '1'));
    // The count reads the range and waits; the insert commits meanwhile; then the count is ordered.
    const name = fresh();
    const count = ledger.submit(alice, call('countInto', 'member', 'total', name));
    await gate(name).arrivals(1);
    await ledger.submit(bob, call('putComposite', 'member', '["b"]', '1'));
    gate(name).open();

    await expect(count).rejects.toMatchObject({ kind: 'mvcc-conflict', code: 'ST2-MVCC-CONFLICT', details: { validationCode: 'PHANTOM_READ_CONFLICT' } });
    expect(text(await ledger.evaluate(alice, call('get', 'total')))).toBe('');
    // Simulated again on the new state, the count sees both members and commits.
    const again = fresh();
    gate(again).open();
    expect(text((await ledger.submit(alice, call('countInto', 'member', 'total', again))).result)).toBe('2');
  });
});
