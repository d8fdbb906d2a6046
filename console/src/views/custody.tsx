import type { St2Client } from '../api/client';
import { OutcomeView } from '../components/outcome-view';
import { SettlementStatusChart } from '../components/settlement-status-chart';
import { useOutcome } from '../components/use-outcome';
import { accountDetail, custodyAccounts } from '../data/custodian';
import { hrefOf } from '../route';

/** The custodian's accounts, with whether each last reconciled against the ledger. */
export function CustodyView({ client }: { readonly client: St2Client }) {
  const outcome = useOutcome(() => custodyAccounts(client), [client]);
  return (
    <section data-testid="custody">
      <h2>Custody accounts</h2>
      <OutcomeView outcome={outcome}>
        {({ items, truncated }) => (
          <>
            <table>
              <thead><tr><th>Account</th><th>Kind</th><th>Jurisdiction</th><th>Reconciled</th></tr></thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <td><a data-testid="custody-account-link" href={hrefOf({ view: 'custody-account', accountId: a.id })}>{a.id}</a></td>
                    <td>{a.kind}</td><td>{a.jurisdiction}</td><td>{a.reconciled === null ? 'not yet checked' : a.reconciled ? 'yes' : 'NO'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {truncated && <p>Only the first {items.length} accounts are shown.</p>}
          </>
        )}
      </OutcomeView>
    </section>
  );
}

/** One account: its public holdings, its beneficial owners' positions, the holds on it and its settlements. */
export function CustodyAccountView({ client, accountId }: { readonly client: St2Client; readonly accountId: string }) {
  const outcome = useOutcome(() => accountDetail(client, accountId), [client, accountId]);
  return (
    <section data-testid="custody-account">
      <h2>Custody account {accountId}</h2>
      <OutcomeView outcome={outcome}>
        {(a) => (
          <>
            <h3>Holdings on the ledger</h3>
            <table data-testid="custody-account-holdings">
              <thead><tr><th>Security</th><th>Balance</th><th>Frozen</th></tr></thead>
              <tbody>{a.holdings.map((h) => <tr key={h.securityId}><td>{h.securityId}</td><td class="number">{h.balance}</td><td>{h.frozen ? 'yes' : ''}</td></tr>)}</tbody>
            </table>
            <h3>Positions by beneficial owner</h3>
            <table data-testid="custody-account-positions">
              <thead><tr><th>Security</th><th>Owner</th><th>Jurisdiction</th><th>Amount</th></tr></thead>
              <tbody>{a.positions.map((p) => <tr key={`${p.securityId}/${p.owner}`}><td>{p.securityId}</td><td>{p.owner}</td><td>{p.jurisdiction}</td><td class="number">{p.amount}</td></tr>)}</tbody>
            </table>
            <h3>Holds</h3>
            {a.holds.length === 0 ? <p>No hold on this account.</p> : (
              <table data-testid="custody-account-holds">
                <thead><tr><th>Hold</th><th>Security</th><th>Amount</th><th>Reason</th><th>For</th><th>Status</th></tr></thead>
                <tbody>{a.holds.map((h) => <tr key={h.id}><td>{h.id}</td><td>{h.securityId}</td><td class="number">{h.amount}</td><td>{h.reason}</td><td>{h.beneficiary}</td><td>{h.status}</td></tr>)}</tbody>
              </table>
            )}
            <h3>Settlements</h3>
            <SettlementStatusChart byStatus={a.settlementStatus} />
            <table data-testid="custody-account-settlements">
              <thead><tr><th>Instruction</th><th>Side</th><th>Securities</th><th>Cash</th><th>Settle by</th><th>Status</th></tr></thead>
              <tbody>
                {a.settlements.map((s) => (
                  <tr key={s.id}><td>{s.id}</td><td>{s.role}</td><td>{s.securities}</td><td>{s.cash ?? 'free of payment'}</td><td>{new Date(s.settleBy).toISOString()}</td><td>{s.status}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </OutcomeView>
    </section>
  );
}
