import { createHash } from 'node:crypto';
import { LedgerError } from '../../../gateway/src/ledger/ledger';
import { implicitCollectionName, type EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { openStorage } from '../../../gateway/src/ledger/embedded/storage';
import { alice, bob, call, LedgerDirectories, regulator, text } from './fixtures/ledger-fixture';

describe('embedded ledger private data', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;

  beforeEach(async () => {
    ledger = await directories.ledger();
  });
  afterEach(() => directories.cleanUp());

  const putPrivate = (caller: typeof alice, collection: string, key: string, value: string) =>
    ledger.submit(caller, { ...call('putPrivate', collection, key), transient: { value: Buffer.from(value) } });

  it('lets a non-member org write to a collection (audit: regulator only) and a member read it', async () => {
    await putPrivate(alice, 'audit', 'trade-1', 'price 101.5');
    expect(text(await ledger.evaluate(regulator, call('getPrivate', 'audit', 'trade-1')))).toBe('price 101.5');
  });

  it("refuses a read by an org that is not a member, with Fabric's access message", async () => {
    await putPrivate(alice, 'audit', 'trade-1', 'price 101.5');
    const read = ledger.evaluate(alice, call('getPrivate', 'audit', 'trade-1'));
    await expect(read).rejects.toBeInstanceOf(LedgerError);
    await expect(read).rejects.toThrow('tx creator does not have read access permission on privatedata in chaincodeName:fixturecc collectionName: audit');
  });

  it("gives every org an implicit collection only it can read, which any org can write", async () => {
    const bank2Collection = implicitCollectionName('Bank2MSP');
    expect(bank2Collection).toBe('_implicit_org_Bank2MSP');
    await putPrivate(alice, bank2Collection, 'kyc-bob', 'passport 123');
    expect(text(await ledger.evaluate(bob, call('getPrivate', bank2Collection, 'kyc-bob')))).toBe('passport 123');
    await expect(ledger.evaluate(alice, call('getPrivate', bank2Collection, 'kyc-bob'))).rejects.toThrow('does not have read access');
    await expect(ledger.evaluate(regulator, call('getPrivate', bank2Collection, 'kyc-bob'))).rejects.toThrow('does not have read access');
  });

  it('shows every org the hash of a private value, never the value', async () => {
    await putPrivate(alice, 'audit', 'trade-1', 'price 101.5');
    const expected = createHash('sha256').update('price 101.5').digest('hex');
    expect(text(await ledger.evaluate(bob, call('getPrivateHash', 'audit', 'trade-1')))).toBe(expected);
    expect(text(await ledger.evaluate(bob, call('getPrivateHash', 'audit', 'no-such-key')))).toBe('');
  });

  it('keeps private data out of public state and out of the block log, which holds only its hash', async () => {
    const secret = 'price 101.5';
    const directory = await directories.create();
    const own = await directories.ledger({ directory });
    await own.submit(alice, { ...call('putPrivate', 'audit', 'trade-1'), transient: { value: Buffer.from(secret) } });
    expect(text(await own.evaluate(regulator, call('get', 'trade-1')))).toBe('');
    await own.close();

    const storage = await openStorage(directory);
    try {
      const blocks = (await storage.blocks.values().all()).map((bytes) => bytes.toString('utf8')).join('\n');
      expect(blocks).not.toContain(secret);
      expect(blocks).not.toContain(Buffer.from(secret).toString('base64'));
      const privateValues = (await storage.privateData.values().all()).map((bytes) => bytes.toString('utf8')).join('\n');
      expect(privateValues).toContain(secret);
    } finally {
      await storage.db.close();
    }
  });

  it('refuses a collection that is neither configured nor implicit', async () => {
    await expect(putPrivate(alice, 'nonexistent', 'k', 'v')).rejects.toThrow('collection nonexistent is not defined');
  });
});
