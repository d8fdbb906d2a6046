import { prefixRange, type Sublevel } from '../store/gateway-store';
import { Type, type Static } from '@sinclair/typebox';
import { AuditEventSchema, TransactionHeaderSchema, type AuditEvent, type TransactionHeader } from './audit-entries';
import type { Page, PageRequest } from './paging';
import type { ProjectionStore } from './projection-store';

export interface AuditFilter {
  readonly type?: string | undefined;
  readonly securityId?: string | undefined;
  readonly identity?: string | undefined;
}

export const AuditTransactionSchema = Type.Composite([TransactionHeaderSchema, Type.Object({ events: Type.Array(AuditEventSchema) })]);
export type AuditTransaction = Static<typeof AuditTransactionSchema>;

/** A filtered page never reads more than this many index entries: a sparse match returns fewer rows and a cursor. */
const MAX_SCAN = 10_000;

/** The regulator's view of the log: every event in ledger order, filtered through the most selective index. */
export class AuditLog {
  constructor(private readonly store: ProjectionStore) {}

  async transaction(txId: string): Promise<AuditTransaction | undefined> {
    const stored = await this.store.transactions.get(txId);
    if (stored === undefined) return undefined;
    const header = JSON.parse(stored) as TransactionHeader;
    const rows = await this.store.events.values({ gt: `${header.position}.`, lt: `${header.position}/` }).all();
    return { ...header, events: rows.map((row) => JSON.parse(row) as AuditEvent) };
  }

  has(txId: string): Promise<boolean> {
    return this.store.transactions.has(txId);
  }

  async events(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEvent>> {
    const { sublevel, value } = this.indexFor(filter);
    const range = value === undefined ? { gte: '', lt: '\u{10FFFF}' } : prefixRange(value);
    const items: AuditEvent[] = [];
    let cursor = page.cursor;
    let scanned = 0;
    while (items.length < page.limit && scanned < MAX_SCAN) {
      const chunk = await this.seqs(sublevel, range, cursor, page.limit - items.length);
      if (chunk.length === 0) return { items, nextCursor: null };
      const rows = await this.store.events.getMany(chunk);
      for (const row of rows) {
        const event = row === undefined ? undefined : (JSON.parse(row) as AuditEvent);
        if (event && matches(filter, { ...event, type: event.event.type })) items.push(event);
      }
      scanned += chunk.length;
      cursor = chunk[chunk.length - 1];
    }
    return { items, nextCursor: cursor ?? null };
  }

  /** The narrowest index the filter allows: one identity's or security's events are far fewer than one type's. */
  private indexFor(filter: AuditFilter): { sublevel: Sublevel; value?: string } {
    if (filter.identity !== undefined) return { sublevel: this.store.byIdentity, value: filter.identity };
    if (filter.securityId !== undefined) return { sublevel: this.store.bySecurity, value: filter.securityId };
    if (filter.type !== undefined) return { sublevel: this.store.byType, value: filter.type };
    return { sublevel: this.store.events };
  }

  /** Up to `limit` event seqs after `cursor` in one index (or the log itself, whose keys are the seqs). */
  private async seqs(sublevel: Sublevel, range: { gte: string; lt: string }, cursor: string | undefined, limit: number): Promise<string[]> {
    const after = cursor === undefined ? { gte: range.gte } : { gt: range.gte + cursor };
    const keys = await sublevel.keys({ ...after, lt: range.lt, limit }).all();
    return keys.map((key) => key.slice(range.gte.length));
  }
}

/** What a filter looks at in an event. */
export interface FilterSubject {
  readonly type: unknown;
  readonly identities: readonly string[];
  readonly securities: readonly string[];
}

export function matches(filter: AuditFilter, subject: FilterSubject): boolean {
  return (
    (filter.type === undefined || subject.type === filter.type) &&
    (filter.securityId === undefined || subject.securities.includes(filter.securityId)) &&
    (filter.identity === undefined || subject.identities.includes(filter.identity))
  );
}
