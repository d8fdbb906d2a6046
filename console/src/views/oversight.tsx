import type { St2Client } from '../api/client';
import { BarChart } from '../components/bar-chart';
import { OutcomeView } from '../components/outcome-view';
import { RefusalNotice } from '../components/refusal';
import { SettlementStatusChart } from '../components/settlement-status-chart';
import { useOutcome } from '../components/use-outcome';
import { refusalsByCode, settlementStatus } from '../data/activity';
import { alerts, type Alert } from '../data/regulator';
import { securityRows } from '../data/securities';
import { hrefOf } from '../route';

/** The regulator's watch: refusals by reason code, alerts on refusals and agents' powers, and a way into each security. */
export function OversightView({ client }: { readonly client: St2Client }) {
  const counts = useOutcome(() => refusalsByCode(client), [client]);
  const raised = useOutcome(() => alerts(client), [client]);
  const securities = useOutcome(() => securityRows(client), [client]);
  const settlements = useOutcome(() => settlementStatus(client), [client]);
  return (
    <section data-testid="oversight">
      <h2>Oversight</h2>
      <h3>Refusals by reason code (last 30 days)</h3>
      <OutcomeView outcome={counts}>
        {({ total, byCode, complete }) => (
          <>
            <p data-testid="oversight-refusal-total">{total} refusals answered by this gateway{complete ? '' : ' (more than could be read)'}.</p>
            {byCode.length > 0 && <BarChart title="Refusals by reason code" labels={byCode.map((c) => c.code)} values={byCode.map((c) => c.count)} unit="refusals" />}
          </>
        )}
      </OutcomeView>
      <h3>Alerts</h3>
      <OutcomeView outcome={raised}>
        {({ items, truncated }) => (
          <>
            {items.length === 0 ? <p>No refusal and no agent power used.</p> : (
              <table data-testid="oversight-alerts">
                <thead><tr><th>Time</th><th>What</th><th>Security</th><th>Detail</th></tr></thead>
                <tbody>{items.map((alert) => <AlertRow key={alertKey(alert)} alert={alert} />)}</tbody>
              </table>
            )}
            {truncated && <p>Agent powers are read from the first events of each kind only: there were more.</p>}
          </>
        )}
      </OutcomeView>
      <h3>Settlements</h3>
      <OutcomeView outcome={settlements}>
        {({ total, byStatus }) => (
          <>
            <p>{total} settlement instructions in all.</p>
            <SettlementStatusChart byStatus={byStatus} />
          </>
        )}
      </OutcomeView>
      <h3>Securities</h3>
      <OutcomeView outcome={securities}>
        {({ items }) => (
          <ul>
            {items.map((s) => <li key={s.id}><a data-testid="oversight-security-link" href={hrefOf({ view: 'oversight-security', securityId: s.id })}>{s.id}</a> {s.name}</li>)}
          </ul>
        )}
      </OutcomeView>
    </section>
  );
}

function alertKey(alert: Alert): string {
  return alert.kind === 'refusal' ? `r${alert.at}${alert.who}${alert.refusal.code}` : `p${alert.txId}${alert.subject}${alert.power}`;
}

function AlertRow({ alert }: { readonly alert: Alert }) {
  const time = new Date(alert.at).toISOString();
  if (alert.kind === 'refusal') {
    return (
      <tr class="alert refusal">
        <td>{time}</td><td>Refused: {alert.route} by {alert.who}</td><td>{alert.securityId ?? '—'}</td>
        <td><RefusalNotice refusal={alert.refusal} /></td>
      </tr>
    );
  }
  return (
    <tr class="alert power">
      <td>{time}</td><td>Agent power: {alert.power} of {alert.subject}</td><td>{alert.securityId}</td><td>{alert.detail} <code>{alert.txId.slice(0, 12)}</code></td>
    </tr>
  );
}
