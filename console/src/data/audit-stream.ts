import type { St2Client } from '../api/client';
import { refusalOf, type Outcome } from '../api/outcome';
import { readFrames } from '../api/sse';

/** A transaction as it commits, from the audit stream. */
export interface LiveTransaction {
  /** `<block>.<txIndex>`: where a reconnect resumes. */
  readonly id: string;
  readonly txId: string;
  readonly timestamp: number;
  /** Its events' types, in order. */
  readonly types: readonly string[];
}

interface TransactionData {
  readonly txId: string;
  readonly timestamp: number;
  readonly events: readonly { readonly type?: unknown }[];
}

/**
 * Follows the regulator's audit stream from now on, calling `onTransaction` as each transaction commits, until
 * `signal` aborts (then it answers ok) or the gateway refuses. Read with fetch through the typed client, not
 * EventSource, which cannot send the bearer token.
 */
export async function followAudit(client: St2Client, onTransaction: (transaction: LiveTransaction) => void, signal: AbortSignal): Promise<Outcome<void>> {
  try {
    const { data, error, response } = await client.GET('/v1/audit/stream', { params: { query: {} }, parseAs: 'stream', signal });
    if (!data) return { ok: false, refusal: refusalOf(error, response.status) };
    await readFrames(data, (frame) => {
      if (frame.event !== 'transaction' || frame.id === undefined) return;
      const { txId, timestamp, events } = JSON.parse(frame.data) as TransactionData;
      onTransaction({ id: frame.id, txId, timestamp, types: events.map((event) => (typeof event.type === 'string' ? event.type : 'unknown')) });
    });
    return { ok: true, value: undefined };
  } catch (error) {
    if (signal.aborted) return { ok: true, value: undefined };
    throw error;
  }
}
