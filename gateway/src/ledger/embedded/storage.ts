import { ClassicLevel } from 'classic-level';

/**
 * The one LevelDB database under the ledger directory and its sublevels. Everything a block
 * changes lives here, so a block commits as one atomic batch.
 */
export type Database = ClassicLevel<string, Buffer>;
export type Store = ReturnType<typeof openStore>;

export interface Storage {
  readonly db: Database;
  /** Public world state: key → versioned value. */
  readonly state: Store;
  /** Private data: `collection \0 key` → versioned value. On Fabric only member peers hold this. */
  readonly privateData: Store;
  /** Private data hashes: `collection \0 sha256(key)` → versioned sha256(value). On Fabric every peer holds this. */
  readonly privateHashes: Store;
  /** Hash-chained blocks, keyed by zero-padded number so that key order is block order. */
  readonly blocks: Store;
  /** txId → where the transaction is and whether it was valid. */
  readonly transactions: Store;
  /** Org CAs and issued identity certificates. */
  readonly identities: Store;
}

export async function openStorage(directory: string): Promise<Storage> {
  const db: Database = new ClassicLevel<string, Buffer>(directory, { keyEncoding: 'utf8', valueEncoding: 'buffer' });
  await db.open();
  return {
    db,
    state: openStore(db, 'state'),
    privateData: openStore(db, 'private'),
    privateHashes: openStore(db, 'private-hash'),
    blocks: openStore(db, 'blocks'),
    transactions: openStore(db, 'transactions'),
    identities: openStore(db, 'identities'),
  };
}

function openStore(db: Database, name: string) {
  return db.sublevel<string, Buffer>(name, { keyEncoding: 'utf8', valueEncoding: 'buffer' });
}

/** A chained batch on the root database; `put(..., { sublevel })` lets one batch span every store. */
export type Batch = ReturnType<Database['batch']>;
