import type { St2Client } from '../api/client';
import { BarChart } from '../components/bar-chart';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { capTable } from '../data/cap-table';
import { hrefOf } from '../route';

/** The chart shows the largest holders; the table lists them all. */
const CHARTED_HOLDERS = 20;

/** A security's holders with their part of the supply, and the concentration figures. */
export function CapTableView({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const outcome = useOutcome(() => capTable(client, securityId), [client, securityId]);
  return (
    <section>
      <h2>Cap table of {securityId}</h2>
      <p><a href={hrefOf({ view: 'performance', securityId })}>Performance</a> (from its price or NAV feed)</p>
      <OutcomeView outcome={outcome}>
        {(table) => {
          const charted = table.holders.slice(0, CHARTED_HOLDERS);
          return (
            <>
              <dl class="figures">
                <dt>Supply</dt><dd data-testid="cap-table-supply">{table.supply}</dd>
                <dt>Holders</dt><dd data-testid="cap-table-holders">{table.holderCount}</dd>
                <dt>HHI</dt><dd>{table.hhi ?? '—'}</dd>
                <dt>Top ten</dt><dd>{table.topTenShare === null ? '—' : percent(table.topTenShare)}</dd>
              </dl>
              {charted.length > 0 && <BarChart title="Share of the supply by holder" labels={charted.map((row) => row.holder)} values={charted.map((row) => row.share * 100)} unit="% of supply" />}
              <table>
                <thead><tr><th>Holder</th><th>Balance</th><th>Share</th></tr></thead>
                <tbody>
                  {table.holders.map((row) => <tr key={row.holder} data-testid={`cap-table-holder-${row.holder}`}><td>{row.holder}</td><td class="number" data-testid="cap-table-balance">{row.balance}</td><td class="number">{percent(row.share)}</td></tr>)}
                </tbody>
              </table>
              {table.truncated && <p>Only the first {table.holders.length} holders are shown.</p>}
            </>
          );
        }}
      </OutcomeView>
    </section>
  );
}

function percent(share: number): string {
  return `${(share * 100).toFixed(2)} %`;
}
