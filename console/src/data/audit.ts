import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import type { Page } from './pages';

export interface AuditRow {
  readonly seq: string;
  readonly timestamp: number;
  readonly type: string;
  readonly securities: readonly string[];
  readonly identities: readonly string[];
  readonly txId: string;
}

/** The regulator's audit log, a page at a time from the first event (cursor: the previous page's nextCursor). */
export async function auditPage(client: St2Client, cursor?: string, limit = 50): Promise<Outcome<Page<AuditRow>>> {
  const answer = outcomeOf(await client.GET('/v1/audit/events', { params: { query: { limit, ...(cursor ? { cursor } : {}) } } }));
  return mapOutcome(answer, ({ items, nextCursor }) => ({
    nextCursor,
    items: items.map(({ seq, timestamp, event, securities, identities, txId }) => ({
      seq, timestamp, securities, identities, txId,
      type: typeof event.type === 'string' ? event.type : 'unknown',
    })),
  }));
}
