import { useEffect, useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import type { Refusal } from '../api/outcome';
import { followAudit, type LiveTransaction } from '../data/audit-stream';
import { RefusalNotice } from './refusal';

/** Most recent first, at most this many kept on screen. */
const KEPT = 100;

/** Transactions as they commit, while the view is open (the stream is closed when it goes). */
export function LiveTransactions({ client }: { readonly client: St2Client }) {
  const [transactions, setTransactions] = useState<readonly LiveTransaction[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const arrived = (transaction: LiveTransaction) => setTransactions((shown) => [transaction, ...shown].slice(0, KEPT));
    followAudit(client, arrived, stop.signal).then(
      (outcome) => !outcome.ok && setRefusal(outcome.refusal),
      (error: unknown) => setRefusal({ code: 'ST2-UNAVAILABLE', message: error instanceof Error ? error.message : String(error), status: 0 }),
    );
    return () => stop.abort();
  }, [client]);
  return (
    <div class="live" data-testid="live-transactions">
      <h3>Live</h3>
      {refusal && <RefusalNotice refusal={refusal} />}
      {transactions.length === 0 ? <p>Waiting for the next transaction…</p> : (
        <ul>
          {transactions.map((transaction) => (
            <li key={transaction.id} data-testid="live-transaction" data-tx-id={transaction.txId}>{new Date(transaction.timestamp).toISOString()} <code>{transaction.txId.slice(0, 12)}</code> {transaction.types.join(', ')}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
