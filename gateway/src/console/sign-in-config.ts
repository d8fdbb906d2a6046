import type { AuthOptions } from '../auth/plugin';
import { DEFAULT_CLAIM_NAMES } from '../auth/principal';
import type { ConsoleSignIn } from './sign-in';

/** The member's OpenID Connect client registered for the console (a public client: no secret, PKCE). */
export interface ConsoleOidcClient {
  readonly clientId: string;
  /** Scopes the console asks for; default 'openid'. */
  readonly scope?: string;
}

export const DEFAULT_CONSOLE_SCOPE = 'openid';

/**
 * The console's sign-in for a gateway with this sign-in: development sign-in where it offers one (`devSignIn`,
 * under --dev-identity), the member's provider where it accepts that provider's tokens and names the console's client.
 */
export function consoleSignIn(auth: AuthOptions, devSignIn: boolean, oidcClient: ConsoleOidcClient | undefined): ConsoleSignIn {
  const { tokens } = auth;
  if (tokens.kind === 'dev') {
    return devSignIn ? { method: 'dev' } : { method: 'none', reason: 'This gateway accepts development tokens but offers no development sign-in.' };
  }
  if (!oidcClient) return { method: 'none', reason: 'No OpenID Connect client is configured for the console (--oidc-console-client-id).' };
  return {
    method: 'oidc',
    issuer: tokens.issuer,
    clientId: oidcClient.clientId,
    scope: oidcClient.scope ?? DEFAULT_CONSOLE_SCOPE,
    audience: tokens.audience,
    claims: auth.claims ?? DEFAULT_CLAIM_NAMES,
  };
}

/** Origins the console's page may call besides its own: the provider's, for discovery and the code exchange. */
export function connectSources(signIn: ConsoleSignIn): readonly string[] {
  return signIn.method === 'oidc' ? [new URL(signIn.issuer).origin] : [];
}
