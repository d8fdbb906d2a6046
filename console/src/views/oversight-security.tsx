import type { St2Client } from '../api/client';
import { BarChart } from '../components/bar-chart';
import { LineChart } from '../components/line-chart';
import { OutcomeView } from '../components/outcome-view';
import { Pager, useCursors } from '../components/pager';
import { RefusalNotice } from '../components/refusal';
import { useOutcome } from '../components/use-outcome';
import { concentration, securityHistory } from '../data/activity';
import { lookThrough, securityTimeline, type LookThroughRow } from '../data/regulator';

/** One security as the regulator examines it: its history in charts, its concentration, its holders looked through, its events. */
export function OversightSecurityView({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const history = useOutcome(() => securityHistory(client, securityId), [client, securityId]);
  const concentrated = useOutcome(() => concentration(client, securityId), [client, securityId]);
  const holders = useOutcome(() => lookThrough(client, securityId), [client, securityId]);
  const { cursor, back, forward } = useCursors();
  const timeline = useOutcome(() => securityTimeline(client, securityId, cursor), [client, securityId, cursor]);
  return (
    <section data-testid="oversight-security">
      <h2>{securityId}: oversight</h2>
      <OutcomeView outcome={history}>
        {(h) => (
          <div class="charts">
            <LineChart title="Supply (units in issue, end of day)" times={h.starts} values={h.supply} label="supply" />
            <LineChart title="Holders (end of day)" times={h.starts} values={h.holders} label="holders" />
            <LineChart title="Transfer volume (units a day, holder transfers)" times={h.starts} values={h.volume} label="volume" />
            {!h.complete && <p>The history was longer than could be read: the figures stop short.</p>}
          </div>
        )}
      </OutcomeView>
      <h3>Concentration</h3>
      <OutcomeView outcome={concentrated}>
        {(c) => (
          <>
            <dl class="figures">
              <dt>HHI</dt><dd data-testid="oversight-security-hhi">{c.hhi === null ? '—' : c.hhi.toFixed(0)}</dd>
              <dt>Top ten</dt><dd>{c.topTenShare === null ? '—' : `${(c.topTenShare * 100).toFixed(2)} %`}</dd>
              <dt>Holders</dt><dd>{c.holders}</dd>
            </dl>
            {c.topTenShare !== null && <BarChart title="Share of the supply" labels={['Ten largest holders', 'All others']} values={[c.topTenShare * 100, (1 - c.topTenShare) * 100]} unit="% of supply" />}
          </>
        )}
      </OutcomeView>
      <h3>Holders, looked through</h3>
      <OutcomeView outcome={holders}>
        {({ items, truncated }) => (
          <>
            <table data-testid="oversight-security-holders">
              <thead><tr><th>Holder</th><th>Balance</th><th>Jurisdiction</th><th>Beneficial owners</th></tr></thead>
              <tbody>{items.map((row) => <HolderRow key={row.holder} row={row} />)}</tbody>
            </table>
            {truncated && <p>Only the first {items.length} holders are shown.</p>}
          </>
        )}
      </OutcomeView>
      <h3>History of events</h3>
      <OutcomeView outcome={timeline}>
        {({ items, nextCursor }) => (
          <>
            <table data-testid="oversight-security-events">
              <thead><tr><th>Time</th><th>Event</th><th>Identities</th><th>Transaction</th></tr></thead>
              <tbody>
                {items.map((row) => <tr key={row.seq}><td>{new Date(row.at).toISOString()}</td><td>{row.type}</td><td>{row.identities.join(', ')}</td><td><code>{row.txId.slice(0, 12)}</code></td></tr>)}
              </tbody>
            </table>
            <Pager testId="oversight-security-events" back={back} next={nextCursor} forward={forward} />
          </>
        )}
      </OutcomeView>
    </section>
  );
}

function HolderRow({ row }: { readonly row: LookThroughRow }) {
  return (
    <tr>
      <td>{row.holder}{row.frozen ? ' (frozen)' : ''}</td>
      <td class="number">{row.balance}</td>
      <td>{row.jurisdiction ?? '—'}</td>
      <td>{row.custody ? <Owners custody={row.custody} /> : '—'}</td>
    </tr>
  );
}

function Owners({ custody }: { readonly custody: NonNullable<LookThroughRow['custody']> }) {
  if (!custody.owners.ok) return <RefusalNotice refusal={custody.owners.refusal} />;
  return (
    <>
      <span>{custody.kind} account of {custody.custodian}:</span>
      <ul>{custody.owners.value.map((o) => <li key={o.owner}>{o.owner} ({o.jurisdiction}): {o.amount}</li>)}</ul>
    </>
  );
}
