import type { St2Client } from '../api/client';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { securityRows } from '../data/securities';
import { hrefOf } from '../route';

/** Issuer, agent, regulator: the securities, each linking to its cap table. */
export function SecuritiesView({ client }: { readonly client: St2Client }) {
  const outcome = useOutcome(() => securityRows(client), [client]);
  return (
    <section>
      <h2>Securities</h2>
      <OutcomeView outcome={outcome}>
        {({ items, truncated }) => (
          <>
            <table>
              <thead><tr><th>Id</th><th>Name</th><th>Kind</th><th>Issuer</th><th>Decimals</th><th>Status</th></tr></thead>
              <tbody>
                {items.map((security) => (
                  <tr key={security.id}>
                    <td><a href={hrefOf({ view: 'cap-table', securityId: security.id })} data-testid={`security-${security.id}`}>{security.id}</a></td>
                    <td>{security.name}</td><td>{security.kind}</td><td>{security.issuer}</td><td>{security.decimals}</td>
                    <td>{security.paused ? 'paused' : 'active'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {truncated && <p>Only the first {items.length} are shown.</p>}
          </>
        )}
      </OutcomeView>
    </section>
  );
}
