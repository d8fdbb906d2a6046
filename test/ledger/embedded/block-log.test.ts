import { BlockVerificationError, openEmbeddedLedger, type BlockHeader, type EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { sealBlock, type Block } from '../../../gateway/src/ledger/embedded/block-log';
import { openStorage } from '../../../gateway/src/ledger/embedded/storage';
import { FixtureContract } from './fixtures/fixture-contract';
import { alice, bob, call, LedgerDirectories, text, topology } from './fixtures/ledger-fixture';

describe('embedded ledger block log', () => {
  const directories = new LedgerDirectories();
  afterEach(() => directories.cleanUp());

  async function headers(ledger: EmbeddedLedger): Promise<BlockHeader[]> {
    const height = await ledger.height();
    const all: BlockHeader[] = [];
    for (let number = 0n; number < height; number++) all.push(await ledger.blockHeader(number));
    return all;
  }

  /** Three blocks (one transaction each, submitted one after another), then closed. */
  async function ledgerWithThreeBlocks(): Promise<{ directory: string; txIds: string[] }> {
    const directory = await directories.create();
    const ledger = await directories.ledger({ directory });
    const txIds: string[] = [];
    for (const [key, value] of [['a', '1'], ['b', '2'], ['a', '3']] as const) txIds.push((await ledger.submit(alice, call('put', key, value))).txId);
    await ledger.close();
    return { directory, txIds };
  }

  it('chains every block to the hash of the one before it', async () => {
    const { directory } = await ledgerWithThreeBlocks();
    const chain = await headers(await directories.ledger({ directory }));
    expect(chain).toHaveLength(3);
    expect(chain[0]?.previousHash).toBe('0'.repeat(64));
    expect(chain[1]?.previousHash).toBe(chain[0]?.hash);
    expect(chain[2]?.previousHash).toBe(chain[1]?.hash);
    expect(new Set(chain.map((header) => header.hash)).size).toBe(3);
  });

  it('reopens the same directory with the same state, height, block hashes and transaction index', async () => {
    const directory = await directories.create();
    const before = await directories.ledger({ directory });
    const submitted = [await before.submit(alice, call('put', 'a', '1')), await before.submit(bob, call('put', 'b', '2')), await before.submit(alice, call('put', 'a', '3'))];
    const heightBefore = await before.height();
    const chainBefore = await headers(before);
    const identityBefore = text(await before.evaluate(alice, call('whoAmI')));
    await before.close();

    const after = await directories.ledger({ directory });
    expect(await after.height()).toBe(heightBefore);
    expect(await headers(after)).toEqual(chainBefore);
    expect(text(await after.evaluate(alice, call('get', 'a')))).toBe('3');
    expect(text(await after.evaluate(alice, call('get', 'b')))).toBe('2');
    for (const { txId, blockNumber } of submitted) expect(await after.transactionStatus(txId)).toEqual({ blockNumber, txIndex: 0, validationCode: 'VALID' });
    // The org CAs were kept too: the same caller gets the same certificate.
    expect(text(await after.evaluate(alice, call('whoAmI')))).toBe(identityBefore);

    const next = await after.submit(alice, call('put', 'c', '4'));
    expect(next.blockNumber).toBe(heightBefore);
    expect((await after.blockHeader(next.blockNumber)).previousHash).toBe(chainBefore.at(-1)?.hash);
  });

  it('refuses to open when a stored block was edited, naming the block', async () => {
    const { directory } = await ledgerWithThreeBlocks();
    await editStoredBlock(directory, 1, (json) => json.replace('"creator":"Bank1MSP"', '"creator":"Bank2MSP"'));

    const opening = openEmbeddedLedger({ directory, contracts: [FixtureContract], topology });
    await expect(opening).rejects.toBeInstanceOf(BlockVerificationError);
    await expect(opening).rejects.toMatchObject({ blockNumber: 1 });
    await expect(opening).rejects.toThrow('ledger block 1 failed verification: its transactions do not match its data hash');
  });

  it('refuses to open when a block was rewritten with consistent hashes of its own: the next block no longer chains to it', async () => {
    const { directory } = await ledgerWithThreeBlocks();
    await editStoredBlock(directory, 1, (json) => {
      const block = JSON.parse(json) as Block;
      const forged = block.transactions.map((tx) => ({ ...tx, creator: 'Bank2MSP' }));
      return JSON.stringify(sealBlock(block.number, block.previousHash, forged));
    });
    await expect(openEmbeddedLedger({ directory, contracts: [FixtureContract], topology })).rejects.toThrow(
      'ledger block 2 failed verification: its previous hash does not match the hash of the block before it',
    );
  });

  it('refuses to open when a block is no longer readable, or missing', async () => {
    const garbled = await ledgerWithThreeBlocks();
    await editStoredBlock(garbled.directory, 2, (json) => json.slice(0, json.length / 2));
    await expect(openEmbeddedLedger({ directory: garbled.directory, contracts: [FixtureContract], topology })).rejects.toThrow('ledger block 2 failed verification: its bytes are not a readable block');

    const gap = await ledgerWithThreeBlocks();
    await editStoredBlock(gap.directory, 1, () => undefined);
    await expect(openEmbeddedLedger({ directory: gap.directory, contracts: [FixtureContract], topology })).rejects.toThrow('ledger block 1 failed verification: block is missing');
  });
});

/** Rewrites (or, returning undefined, deletes) the stored bytes of the block at `position` in the log. */
async function editStoredBlock(directory: string, position: number, edit: (json: string) => string | undefined): Promise<void> {
  const storage = await openStorage(directory);
  try {
    const entries = await storage.blocks.iterator().all();
    const entry = entries[position];
    if (!entry) throw new Error(`no block at position ${position}`);
    const [key, bytes] = entry;
    const edited = edit(bytes.toString('utf8'));
    if (edited === undefined) await storage.blocks.del(key);
    else await storage.blocks.put(key, Buffer.from(edited, 'utf8'));
  } finally {
    await storage.db.close();
  }
}
