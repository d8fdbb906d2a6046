import { useState } from 'preact/hooks';
import type { Refusal } from '../api/outcome';
import { RefusalNotice } from '../components/refusal';
import { CALLBACK_PATH, startOidcSignIn, type OidcSettings } from '../session/oidc';

/** Production sign-in: off to the member's OpenID Connect provider, back at the callback with a code. */
export function OidcSignIn({ settings }: { readonly settings: OidcSettings }) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [leaving, setLeaving] = useState(false);
  const signIn = async () => {
    setLeaving(true);
    const outcome = await startOidcSignIn(settings, `${location.origin}${CALLBACK_PATH}`, sessionStorage);
    if (outcome.ok) location.assign(outcome.value);
    else {
      setRefusal(outcome.refusal);
      setLeaving(false);
    }
  };
  return (
    <section>
      <h2>Sign in</h2>
      <p>Sign in at your bank ({new URL(settings.issuer).host}).</p>
      {refusal && <RefusalNotice refusal={refusal} />}
      <button type="button" data-testid="sign-in-oidc" disabled={leaving} onClick={() => void signIn()}>Sign in with your bank</button>
    </section>
  );
}
