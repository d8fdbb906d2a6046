import type { LedgerEvent } from '../../../gateway/src/ledger/ledger';
import type { EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { gate } from './fixtures/gate';
import { alice, call, LedgerDirectories } from './fixtures/ledger-fixture';

/** The first `count` events of an iterable; leaving the loop ends the iteration. */
async function take(events: AsyncIterable<LedgerEvent>, count: number): Promise<LedgerEvent[]> {
  const taken: LedgerEvent[] = [];
  if (count === 0) return taken;
  for await (const event of events) {
    taken.push(event);
    if (taken.length === count) break;
  }
  return taken;
}

describe('embedded ledger events', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;
  let now: number;

  beforeEach(async () => {
    now = Date.UTC(2030, 0, 1);
    ledger = await directories.ledger({ clock: () => now });
  });
  afterEach(() => directories.cleanUp());

  /** One transaction per block, one domain event per transaction, timestamps one second apart. */
  async function emitInOwnBlocks(markers: readonly string[]): Promise<void> {
    for (const marker of markers) {
      now += 1000;
      await ledger.submit(alice, call('emit', JSON.stringify([{ type: 'Marked', marker }])));
    }
  }

  it('replays every st2 event from block 0, in ledger order, with its block, position, txId and timestamp', async () => {
    await emitInOwnBlocks(['a', 'b', 'c']);
    const events = await take(ledger.events(0n), 3);
    expect(events.map((event) => event.payload)).toEqual(['a', 'b', 'c'].map((marker) => ({ v: 1, events: [{ type: 'Marked', marker }] })));
    expect(events.map((event) => [event.blockNumber, event.txIndex])).toEqual([
      [0n, 0],
      [1n, 0],
      [2n, 0],
    ]);
    expect(events.map((event) => event.timestamp)).toEqual([1000, 2000, 3000].map((ms) => Date.UTC(2030, 0, 1) + ms));
    expect(new Set(events.map((event) => event.txId)).size).toBe(3);
  });

  it('starts from a middle block', async () => {
    await emitInOwnBlocks(['a', 'b', 'c', 'd']);
    const events = await take(ledger.events(2n), 2);
    expect(events.map((event) => event.payload.events[0])).toEqual([
      { type: 'Marked', marker: 'c' },
      { type: 'Marked', marker: 'd' },
    ]);
  });

  it('keeps only the last event a transaction set, as Fabric keeps one per transaction', async () => {
    const submitted = await ledger.submit(alice, call('emit', JSON.stringify([{ type: 'Real' }])));
    expect(submitted.payload).toEqual({ v: 1, events: [{ type: 'Real' }] });
    const [event] = await take(ledger.events(0n), 1);
    expect(event?.payload).toEqual({ v: 1, events: [{ type: 'Real' }] });
    expect(event?.txId).toBe(submitted.txId);
  });

  it('delivers live events as their blocks commit, after the stored ones', async () => {
    await emitInOwnBlocks(['stored']);
    const received = take(ledger.events(0n), 3);
    await emitInOwnBlocks(['live-1', 'live-2']);
    expect((await received).map((event) => event.payload.events[0]?.marker)).toEqual(['stored', 'live-1', 'live-2']);
  });

  it('never delivers the event of a transaction invalidated at commit', async () => {
    await ledger.submit(alice, call('put', 'counter', '5'));
    // All three read the counter before any commits (they wait at a gate), so exactly one is valid.
    const submitted = ['first', 'second', 'third'].map((marker) => ledger.submit(alice, call('decrementAndEmit', 'counter', marker, 'events-invalidated')));
    await gate('events-invalidated').arrivals(3);
    gate('events-invalidated').open();
    const outcomes = await Promise.allSettled(submitted);
    const committed = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.txId] : []));
    const invalidated = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as { txId: string }).txId] : []));
    expect([committed.length, invalidated.length]).toEqual([1, 2]);
    await emitInOwnBlocks(['after']);

    const events = await take(ledger.events(0n), committed.length + 1);
    expect(events.slice(0, -1).map((event) => event.txId)).toEqual(committed);
    expect(events.at(-1)?.payload.events[0]).toEqual({ type: 'Marked', marker: 'after' });
    for (const txId of invalidated) expect(await ledger.transactionStatus(txId)).toMatchObject({ validationCode: 'MVCC_READ_CONFLICT' });
  });

  it('reports every block it has read, also a block without any st2 event', async () => {
    await ledger.submit(alice, call('put', 'quiet', '1'));
    await emitInOwnBlocks(['a']);
    const blocksRead: bigint[] = [];
    const events = await take(ledger.events(0n, { onBlock: (number) => blocksRead.push(number) }), 1);
    expect(events[0]?.blockNumber).toBe(1n);
    expect(blocksRead).toEqual([0n]);
  });

  it('ends when its signal aborts, and when the ledger closes', async () => {
    const controller = new AbortController();
    const aborted = take(ledger.events(0n, { signal: controller.signal }), 10);
    const closed = take(ledger.events(0n), 10);
    await emitInOwnBlocks(['only']);
    controller.abort();
    expect(await aborted).toHaveLength(1);
    await ledger.close();
    expect(await closed).toHaveLength(1);
  });
});
