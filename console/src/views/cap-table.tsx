import type { St2Client } from '../api/client';
import { LineChart } from '../components/line-chart';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { securityHistory } from '../data/activity';
import { capTable } from '../data/cap-table';
import { hrefOf } from '../route';

/** A security's holders with their part of the supply, the concentration figures, and its supply over time. */
export function CapTableView({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const outcome = useOutcome(() => capTable(client, securityId), [client, securityId]);
  const history = useOutcome(() => securityHistory(client, securityId), [client, securityId]);
  return (
    <section>
      <h2>Cap table of {securityId}</h2>
      <p><a href={hrefOf({ view: 'performance', securityId })}>Performance</a> (from its price or NAV feed)</p>
      <OutcomeView outcome={outcome}>
        {(table) => (
            <>
              <dl class="figures">
                <dt>Supply</dt><dd data-testid="cap-table-supply">{table.supply}</dd>
                <dt>Holders</dt><dd data-testid="cap-table-holders">{table.holderCount}</dd>
                <dt>HHI</dt><dd>{table.hhi ?? '—'}</dd>
                <dt>Top ten</dt><dd>{table.topTenShare === null ? '—' : percent(table.topTenShare)}</dd>
              </dl>
              <OutcomeView outcome={history}>
                {(h) => <LineChart title="Supply over the last 30 days (end of day)" times={h.starts} values={h.supply} label="supply" />}
              </OutcomeView>
              <table>
                <thead><tr><th>Holder</th><th>Balance</th><th>Share</th></tr></thead>
                <tbody>
                  {table.holders.map((row) => <tr key={row.holder} data-testid={`cap-table-holder-${row.holder}`}><td>{row.holder}</td><td class="number" data-testid="cap-table-balance">{row.balance}</td><td class="number">{percent(row.share)}</td></tr>)}
                </tbody>
              </table>
              {table.truncated && <p>Only the first {table.holders.length} holders are shown.</p>}
            </>
        )}
      </OutcomeView>
    </section>
  );
}

function percent(share: number): string {
  return `${(share * 100).toFixed(2)} %`;
}
