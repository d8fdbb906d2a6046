import { useState } from 'preact/hooks';
import { RefusalNotice } from '../components/refusal';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import type { Refusal } from '../api/outcome';
import { devIdentities, devSignIn, type DevIdentity } from '../session/dev-sign-in';
import type { Session } from '../session/session';

/** Development sign-in: pick one of the dev gateway's identities. */
export function DevSignIn({ baseUrl, onSignedIn }: { readonly baseUrl: string; readonly onSignedIn: (session: Session) => void }) {
  const identities = useOutcome(() => devIdentities(baseUrl), [baseUrl]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const signIn = async (identity: DevIdentity) => {
    const outcome = await devSignIn(baseUrl, identity);
    if (outcome.ok) onSignedIn(outcome.value);
    else setRefusal(outcome.refusal);
  };
  return (
    <section>
      <h2>Sign in (development)</h2>
      <p>This gateway runs with <code>--dev-identity</code>: choose whom to act as.</p>
      {refusal && <RefusalNotice refusal={refusal} />}
      <OutcomeView outcome={identities}>
        {(items) => (
          <table>
            <thead><tr><th>Role</th><th>Identity</th><th>Org</th><th /></tr></thead>
            <tbody>
              {items.map((identity) => (
                <tr key={`${identity.org}/${identity.sub}/${identity.role}`}>
                  <td>{identity.role}</td><td>{identity.sub}</td><td>{identity.orgName} ({identity.org})</td>
                  <td><button type="button" data-testid={`dev-sign-in-${identity.sub}`} onClick={() => void signIn(identity)}>Sign in</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </OutcomeView>
    </section>
  );
}
