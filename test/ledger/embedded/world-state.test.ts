import { LedgerError } from '../../../gateway/src/ledger/ledger';
import type { EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { alice, call, LedgerDirectories, text } from './fixtures/ledger-fixture';

describe('embedded ledger world state', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;

  beforeEach(async () => {
    ledger = await directories.ledger();
  });
  afterEach(() => directories.cleanUp());

  const get = async (key: string) => text(await ledger.evaluate(alice, call('get', key)));

  it('commits a put and reads it back; an absent key reads as empty, as on Fabric', async () => {
    await ledger.submit(alice, call('put', 'greeting', 'hello'));
    expect(await get('greeting')).toBe('hello');
    expect(await get('never-written')).toBe('');
  });

  it('hands the chaincode a copy of a value: changing it does not change the state', async () => {
    await ledger.submit(alice, call('put', 'k', 'original'));
    expect(await get('k')).toBe('original');
    await ledger.evaluate(alice, call('scribble', 'k'));
    expect(await get('k')).toBe('original');
  });

  it('deletes a key', async () => {
    await ledger.submit(alice, call('put', 'k', 'v'));
    await ledger.submit(alice, call('remove', 'k'));
    expect(await get('k')).toBe('');
  });

  it('does not let a transaction read its own writes: the read returns the committed value', async () => {
    const first = await ledger.submit(alice, call('putThenGet', 'k', 'new'));
    expect(text(first.result)).toBe('');
    const second = await ledger.submit(alice, call('putThenGet', 'k', 'newer'));
    expect(text(second.result)).toBe('new');
    expect(await get('k')).toBe('newer');
  });

  it('discards the writes of an evaluation and orders nothing', async () => {
    const height = await ledger.height();
    await ledger.evaluate(alice, call('put', 'k', 'v'));
    expect(await get('k')).toBe('');
    expect(await ledger.height()).toBe(height);
  });

  it("builds composite keys with fabric-shim's encoding and finds them by partial key, in key order", async () => {
    await ledger.submit(alice, call('putComposite', 'holding', '["ACME","zoe"]', '3'));
    await ledger.submit(alice, call('putComposite', 'holding', '["ACME","bob"]', '1'));
    await ledger.submit(alice, call('putComposite', 'holding', '["BOND","bob"]', '2'));
    await ledger.submit(alice, call('putComposite', 'security', '["ACME"]', 'x'));

    const acme = JSON.parse(text(await ledger.evaluate(alice, call('listComposite', 'holding', '["ACME"]')))) as unknown;
    expect(acme).toEqual([
      { objectType: 'holding', attributes: ['ACME', 'bob'], value: '1' },
      { objectType: 'holding', attributes: ['ACME', 'zoe'], value: '3' },
    ]);
    const holdings = JSON.parse(text(await ledger.evaluate(alice, call('listComposite', 'holding', '[]')))) as { value: string }[];
    expect(holdings.map((holding) => holding.value)).toEqual(['1', '3', '2']);
    // The key really is fabric-shim's \u0000type\u0000attr\u0000... (a simple-key range never sees it).
    expect(await get('\u0000holding\u0000ACME\u0000bob\u0000')).toBe('1');
  });

  it('returns a range [start, end) in key order, with composite keys outside any simple-key range', async () => {
    for (const key of ['c', 'a', 'b', 'd']) await ledger.submit(alice, call('put', key, key.toUpperCase()));
    await ledger.submit(alice, call('putComposite', 'hidden', '["x"]', 'H'));

    expect(JSON.parse(text(await ledger.evaluate(alice, call('listRange', 'a', 'c'))))).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    expect(JSON.parse(text(await ledger.evaluate(alice, call('listRange', '', ''))))).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
      ['d', 'D'],
    ]);
  });

  it('pages a range with a bookmark naming the first key of the next page', async () => {
    for (const key of ['a', 'b', 'c']) await ledger.submit(alice, call('put', key, key));
    const first = JSON.parse(text(await ledger.evaluate(alice, call('page', '', '', '2', '')))) as unknown;
    expect(first).toEqual({ keys: ['a', 'b'], metadata: { fetchedRecordsCount: 2, bookmark: 'c' } });
    const last = JSON.parse(text(await ledger.evaluate(alice, call('page', '', '', '2', 'c')))) as unknown;
    expect(last).toEqual({ keys: ['c'], metadata: { fetchedRecordsCount: 1, bookmark: '' } });
  });

  it("refuses a write after a paginated query, with Fabric's message (paginated queries are not validated)", async () => {
    const refused = ledger.submit(alice, call('pagedThenWrite', 'k'));
    await expect(refused).rejects.toBeInstanceOf(LedgerError);
    await expect(refused).rejects.toThrow('Transaction has already performed a paginated query. Writes are not allowed');
  });

  it('says clearly when the chaincode calls a stub feature the embedded ledger does not have', async () => {
    await expect(ledger.evaluate(alice, call('history', 'k'))).rejects.toThrow('getHistoryForKey is not supported by the embedded ledger');
  });
});
