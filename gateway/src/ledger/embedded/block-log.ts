import { FieldHash } from './digest';
import type { Batch, Store } from './storage';

/** Fabric's names for the outcomes the embedded ledger can produce. */
export type ValidationCode = 'VALID' | 'MVCC_READ_CONFLICT' | 'PHANTOM_READ_CONFLICT';

export interface TransactionRecord {
  readonly txId: string;
  /** MSP id of the submitting identity. */
  readonly creator: string;
  /** Client timestamp of the proposal, ms since the epoch. */
  readonly timestamp: number;
  readonly validationCode: ValidationCode;
  /** Digest of the read/write set (private values only as hashes). */
  readonly rwsetDigest: string;
  /** The chaincode event, payload in base64; absent when the transaction set none. */
  readonly event?: { readonly name: string; readonly payload: string };
}

export interface Block {
  readonly number: number;
  readonly previousHash: string;
  /** Hash over every transaction record of the block, in order. */
  readonly dataHash: string;
  /** Hash over number, previous hash and data hash: what the next block chains to. */
  readonly hash: string;
  readonly transactions: readonly TransactionRecord[];
}

export interface TransactionLocation {
  readonly block: number;
  readonly index: number;
  readonly validationCode: ValidationCode;
}

export class BlockVerificationError extends Error {
  override readonly name = 'BlockVerificationError';

  constructor(
    readonly blockNumber: number,
    problem: string,
  ) {
    super(`ledger block ${blockNumber} failed verification: ${problem}. The block log was altered outside the ledger; refusing to open.`);
  }
}

const GENESIS_PREVIOUS_HASH = '0'.repeat(64);
const RECENT_BLOCKS = 64;

/**
 * The hash-chained block log and its txId index. Blocks are appended through the same batch as the
 * state they change, and the whole chain is re-verified when the ledger opens.
 */
export class BlockLog {
  private nextNumber = 0;
  private lastHash = GENESIS_PREVIOUS_HASH;
  /** Live event listeners read the blocks just committed: keep those parsed. */
  private readonly recent = new Map<number, Block>();

  constructor(
    private readonly blocks: Store,
    private readonly transactions: Store,
  ) {}

  get height(): number {
    return this.nextNumber;
  }

  /**
   * Re-reads every block, recomputes its data hash and hash and checks the chain; throws a
   * BlockVerificationError naming the first block that does not verify. Sets the height.
   */
  async verify(): Promise<void> {
    let expected = 0;
    let previousHash = GENESIS_PREVIOUS_HASH;
    for await (const [key, bytes] of this.blocks.iterator()) {
      if (key !== blockKey(expected)) throw new BlockVerificationError(expected, `block is missing (next stored key is ${key})`);
      const block = parseBlock(expected, bytes);
      checkBlock(block, expected, previousHash);
      previousHash = block.hash;
      expected++;
    }
    this.nextNumber = expected;
    this.lastHash = previousHash;
  }

  /** Builds the next block and stages it and its txId index in `batch`; call `advance` once the batch is written. */
  stage(batch: Batch, transactions: readonly TransactionRecord[]): Block {
    const number = this.nextNumber;
    const block = sealBlock(number, this.lastHash, transactions);
    batch.put(blockKey(number), Buffer.from(JSON.stringify(block), 'utf8'), { sublevel: this.blocks });
    transactions.forEach((tx, index) => {
      const location: TransactionLocation = { block: number, index, validationCode: tx.validationCode };
      batch.put(tx.txId, Buffer.from(JSON.stringify(location), 'utf8'), { sublevel: this.transactions });
    });
    return block;
  }

  advance(block: Block): void {
    this.nextNumber = block.number + 1;
    this.lastHash = block.hash;
    this.recent.set(block.number, block);
    this.recent.delete(block.number - RECENT_BLOCKS);
  }

  async get(number: number): Promise<Block> {
    const recent = this.recent.get(number);
    if (recent) return recent;
    const bytes = await this.blocks.get(blockKey(number));
    if (!bytes) throw new RangeError(`block ${number} does not exist (height ${this.nextNumber})`);
    return parseBlock(number, bytes);
  }

  async findTransaction(txId: string): Promise<TransactionLocation | undefined> {
    const bytes = await this.transactions.get(txId);
    return bytes ? (JSON.parse(bytes.toString('utf8')) as TransactionLocation) : undefined;
  }
}

/** A block with its data hash and hash computed: the only way blocks are made. */
export function sealBlock(number: number, previousHash: string, transactions: readonly TransactionRecord[]): Block {
  const dataHash = computeDataHash(transactions);
  return { number, previousHash, dataHash, hash: computeHash(number, previousHash, dataHash), transactions };
}

/** Zero-padded so that LevelDB's key order is block order. */
function blockKey(number: number): string {
  return number.toString().padStart(16, '0');
}

function computeDataHash(transactions: readonly TransactionRecord[]): string {
  const hash = new FieldHash();
  for (const tx of transactions) {
    hash.field(tx.txId).field(tx.creator).field(String(tx.timestamp)).field(tx.validationCode).field(tx.rwsetDigest);
    if (tx.event) hash.field('event').field(tx.event.name).field(tx.event.payload);
    else hash.field('no-event');
  }
  return hash.hex();
}

function computeHash(number: number, previousHash: string, dataHash: string): string {
  return new FieldHash().field(String(number)).field(previousHash).field(dataHash).hex();
}

function checkBlock(block: Block, number: number, previousHash: string): void {
  if (block.number !== number) throw new BlockVerificationError(number, `it says it is block ${block.number}`);
  if (block.previousHash !== previousHash) throw new BlockVerificationError(number, 'its previous hash does not match the hash of the block before it');
  if (computeDataHash(block.transactions) !== block.dataHash) throw new BlockVerificationError(number, 'its transactions do not match its data hash');
  if (computeHash(block.number, block.previousHash, block.dataHash) !== block.hash) throw new BlockVerificationError(number, 'its header does not match its hash');
}

function parseBlock(number: number, bytes: Buffer): Block {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BlockVerificationError(number, 'its bytes are not a readable block');
  }
  if (!isBlock(value)) throw new BlockVerificationError(number, 'its bytes do not have the shape of a block');
  return value;
}

function isBlock(value: unknown): value is Block {
  if (!isRecord(value)) return false;
  const { number, previousHash, dataHash, hash, transactions } = value;
  return (
    typeof number === 'number' &&
    typeof previousHash === 'string' &&
    typeof dataHash === 'string' &&
    typeof hash === 'string' &&
    Array.isArray(transactions) &&
    transactions.every(isTransactionRecord)
  );
}

function isTransactionRecord(value: unknown): value is TransactionRecord {
  if (!isRecord(value)) return false;
  const { txId, creator, timestamp, validationCode, rwsetDigest, event } = value;
  return (
    typeof txId === 'string' &&
    typeof creator === 'string' &&
    typeof timestamp === 'number' &&
    (validationCode === 'VALID' || validationCode === 'MVCC_READ_CONFLICT' || validationCode === 'PHANTOM_READ_CONFLICT') &&
    typeof rwsetDigest === 'string' &&
    (event === undefined || (isRecord(event) && typeof event.name === 'string' && typeof event.payload === 'string'))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
