import { useEffect } from 'preact/hooks';
import type { Outcome } from '../api/outcome';
import { finishOidcSignIn } from '../session/oidc';
import type { Session } from '../session/session';

/**
 * The page the provider sends the browser back to: takes the code and state out of the address bar at once (they
 * are for this exchange only, not for the history or a bookmark), then exchanges the code and reports.
 */
export function OidcCallback({ onFinished }: { readonly onFinished: (outcome: Outcome<Session>) => void }) {
  useEffect(() => {
    const callback = new URL(location.href);
    history.replaceState(null, '', '/console/');
    void finishOidcSignIn(callback, sessionStorage).then(onFinished);
  }, []);
  return <p class="loading" data-testid="sign-in-completing">Completing sign-in…</p>;
}
