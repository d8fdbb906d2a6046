import type { Refusal } from '../api/outcome';
import { OutcomeView } from '../components/outcome-view';
import { RefusalNotice } from '../components/refusal';
import { useOutcome } from '../components/use-outcome';
import type { Session } from '../session/session';
import { signInConfig } from '../session/sign-in-config';
import { DevSignIn } from './dev-sign-in';
import { OidcSignIn } from './oidc-sign-in';

/**
 * Sign-in as this gateway offers it (GET /console/config.json): its development identities under --dev-identity,
 * the member's OpenID Connect provider in production. `refusal`: why the last sign-in failed (a callback's).
 */
export function SignInView({ baseUrl, onSignedIn, refusal }: { readonly baseUrl: string; readonly onSignedIn: (session: Session) => void; readonly refusal?: Refusal | null }) {
  const config = useOutcome(() => signInConfig(baseUrl), [baseUrl]);
  return (
    <>
      {refusal && <RefusalNotice refusal={refusal} />}
      <OutcomeView outcome={config}>
        {(signIn) => {
          switch (signIn.method) {
            case 'dev': return <DevSignIn baseUrl={baseUrl} onSignedIn={onSignedIn} />;
            case 'oidc': return <OidcSignIn settings={signIn} />;
            case 'none': return <p data-testid="sign-in-unavailable">{signIn.reason}</p>;
          }
        }}
      </OutcomeView>
    </>
  );
}
