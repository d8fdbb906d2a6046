import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import { LiveTransactions } from '../components/live-transactions';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { auditPage } from '../data/audit';

/** The regulator's audit events as they commit, and the log a page at a time from the first ("Next" follows its cursor). */
export function AuditView({ client }: { readonly client: St2Client }) {
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const outcome = useOutcome(() => auditPage(client, cursor), [client, cursor]);
  return (
    <section>
      <h2>Audit events</h2>
      <LiveTransactions client={client} />
      <h3>Log</h3>
      <OutcomeView outcome={outcome}>
        {({ items, nextCursor }) => (
          <>
            <table>
              <thead><tr><th>Time</th><th>Event</th><th>Securities</th><th>Identities</th><th>Transaction</th></tr></thead>
              <tbody>
                {items.map((row) => (
                  <tr key={row.seq}>
                    <td>{new Date(row.timestamp).toISOString()}</td><td>{row.type}</td>
                    <td>{row.securities.join(', ')}</td><td>{row.identities.join(', ')}</td><td><code>{row.txId.slice(0, 12)}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav class="pager">
              <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>Previous</button>
              <button type="button" disabled={!nextCursor} onClick={() => nextCursor && setCursors([...cursors, nextCursor])}>Next</button>
            </nav>
          </>
        )}
      </OutcomeView>
    </section>
  );
}
