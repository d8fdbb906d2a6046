import type { St2Client } from '../api/client';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { ownHoldings } from '../data/holdings';
import { hrefOf } from '../route';

/** The investor's own holdings, each with a link to transfer from it. */
export function HoldingsView({ client }: { readonly client: St2Client }) {
  const outcome = useOutcome(() => ownHoldings(client), [client]);
  return (
    <section>
      <h2>My holdings</h2>
      <OutcomeView outcome={outcome}>
        {(rows) => rows.length === 0 ? <p>You hold nothing yet.</p> : (
          <table>
            <thead><tr><th>Security</th><th>Balance</th><th>Frozen</th><th /></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.securityId} data-testid={`holding-${row.securityId}`}>
                  <td>{row.securityId}</td><td class="number" data-testid="holding-balance">{row.balance}</td>
                  <td>{row.frozen ? 'all' : row.frozenAmount === '0' ? '' : row.frozenAmount}</td>
                  <td><a href={hrefOf({ view: 'transfer', securityId: row.securityId })} data-testid="holding-transfer">Transfer…</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </OutcomeView>
    </section>
  );
}
