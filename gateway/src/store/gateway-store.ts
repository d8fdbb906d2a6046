import { ClassicLevel } from 'classic-level';

export type Database = ClassicLevel<string, string>;
export type Sublevel = ReturnType<typeof openSublevel>;

function openSublevel(db: Database, path: readonly string[]) {
  return db.sublevel<string, string>([...path], { keyEncoding: 'utf8', valueEncoding: 'utf8' });
}

/** One write of an atomic batch, into one sublevel. */
export type StoreOp =
  | { readonly type: 'put'; readonly sublevel: Sublevel; readonly key: string; readonly value: string }
  | { readonly type: 'del'; readonly sublevel: Sublevel; readonly key: string };

/**
 * The gateway's own LevelDB database (never the ledger's): read models and stored idempotent responses,
 * each in its sublevels, so one atomic batch can span several of them.
 */
export class GatewayStore {
  private constructor(readonly db: Database) {}

  static async open(directory: string): Promise<GatewayStore> {
    const db = new ClassicLevel<string, string>(directory, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    await db.open();
    return new GatewayStore(db);
  }

  sublevel(...path: string[]): Sublevel {
    return openSublevel(this.db, path);
  }

  /** All or nothing: LevelDB applies a batch atomically, which is what makes checkpoints exact. */
  write(ops: readonly StoreOp[]): Promise<void> {
    // abstract-level clones every operation before it encodes it, so ours are never mutated: no copy of our own.
    return this.db.batch(ops as StoreOp[]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Keys made of several ids. Ids never contain U+0000 (see the domain's Id), so the separator is unambiguous. */
export const SEPARATOR = '\u0000';

export function compoundKey(...parts: string[]): string {
  return parts.join(SEPARATOR);
}

/** Bounds of a range scan over every key that starts with `parts` followed by the separator. */
export function prefixRange(...parts: string[]): { gte: string; lt: string } {
  const prefix = compoundKey(...parts) + SEPARATOR;
  return { gte: prefix, lt: compoundKey(...parts) + '\u0001' };
}
