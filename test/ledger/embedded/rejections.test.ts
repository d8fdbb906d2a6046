import { LedgerError } from '../../../gateway/src/ledger/ledger';
import type { EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { alice, call, LedgerDirectories } from './fixtures/ledger-fixture';

describe('embedded ledger refusals', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;

  beforeEach(async () => {
    ledger = await directories.ledger();
  });
  afterEach(() => directories.cleanUp());

  it("turns a chaincode rejection into LedgerError 'rejected' with its reason code, message and details, and orders nothing", async () => {
    const height = await ledger.height();
    const refused = ledger.submit(alice, call('refuse', 'ST2-FROZEN', 'Holding of bob is frozen.', '{"holder":"bob"}'));
    await expect(refused).rejects.toBeInstanceOf(LedgerError);
    await expect(refused).rejects.toMatchObject({ kind: 'rejected', code: 'ST2-FROZEN', message: 'Holding of bob is frozen.', details: { holder: 'bob' }, txId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await ledger.height()).toBe(height);
  });

  it('refuses an evaluation the same way', async () => {
    await expect(ledger.evaluate(alice, call('refuse', 'ST2-LOCKUP', 'Locked.', '{}'))).rejects.toMatchObject({ kind: 'rejected', code: 'ST2-LOCKUP', message: 'Locked.' });
  });

  it("reports a failure without an st2 reason code as ST2-INVALID-INPUT, kind 'unavailable', keeping the chaincode's message", async () => {
    await expect(ledger.submit(alice, call('noSuchMethod'))).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'ST2-INVALID-INPUT',
      message: expect.stringContaining('function that does not exist: fixture:noSuchMethod'),
    });
    await expect(ledger.submit(alice, call('put', 'only-one-argument'))).rejects.toMatchObject({ kind: 'unavailable', code: 'ST2-INVALID-INPUT', message: expect.stringContaining('Expected 2 parameters') });
  });

  it('refuses to open with a block size that could never cut a block', async () => {
    await expect(directories.ledger({ maxBlockSize: 0 })).rejects.toThrow('maxBlockSize must be a positive integer, got 0');
  });

  it('refuses work once closed', async () => {
    await ledger.close();
    await expect(ledger.submit(alice, call('put', 'k', 'v'))).rejects.toMatchObject({ kind: 'unavailable', code: 'ST2-UNAVAILABLE' });
  });
});
