import { alice, call, LedgerDirectories, text } from './fixtures/ledger-fixture';

describe('embedded ledger transaction time', () => {
  const directories = new LedgerDirectories();
  afterEach(() => directories.cleanUp());

  it("comes from the ledger's clock, so a test can move time; the stub shows it as Fabric does", async () => {
    let now = Date.UTC(2031, 5, 15, 12, 0, 0, 250);
    const ledger = await directories.ledger({ clock: () => now });

    expect(JSON.parse(text(await ledger.evaluate(alice, call('txTime'))))).toEqual({
      seconds: String(Math.floor(now / 1000)),
      nanos: 250000000,
      secondsIsUnsignedLong: true,
      date: '2031-06-15T12:00:00.250Z',
    });
    now += 90 * 24 * 3600 * 1000;
    expect(JSON.parse(text(await ledger.evaluate(alice, call('txTime')))) as { date: string }).toMatchObject({ date: '2031-09-13T12:00:00.250Z' });
  });

  it('stamps committed transactions with the clock at proposal time', async () => {
    const now = Date.UTC(2031, 0, 1);
    const ledger = await directories.ledger({ clock: () => now });
    await ledger.submit(alice, call('emit', '[]'));
    for await (const event of ledger.events(0n)) {
      expect(event.timestamp).toBe(now);
      break;
    }
  });
});
