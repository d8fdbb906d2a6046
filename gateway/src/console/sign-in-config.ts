import { DEFAULT_CLAIM_NAMES, type ClaimNames } from '../auth/principal';
import type { TokenSource } from '../auth/token-verifier';
import type { ConsoleSignIn } from './sign-in';

/** The member's OpenID Connect client registered for the console (a public client: no secret, PKCE). */
export interface ConsoleOidcClient {
  readonly clientId: string;
  /** Scopes the console asks for; default 'openid'. */
  readonly scope?: string;
}

export const DEFAULT_CONSOLE_SCOPE = 'openid';

/** The console's sign-in for a gateway that accepts these tokens (and, under --dev-identity, offers dev sign-in). */
export function consoleSignIn(tokens: TokenSource, options: { readonly devSignIn: boolean; readonly oidcClient?: ConsoleOidcClient; readonly claims?: ClaimNames }): ConsoleSignIn {
  if (tokens.kind === 'dev') {
    return options.devSignIn ? { method: 'dev' } : { method: 'none', reason: 'This gateway accepts development tokens but offers no development sign-in.' };
  }
  if (!options.oidcClient) return { method: 'none', reason: 'No OpenID Connect client is configured for the console (--oidc-console-client-id).' };
  return {
    method: 'oidc',
    issuer: tokens.issuer,
    clientId: options.oidcClient.clientId,
    scope: options.oidcClient.scope ?? DEFAULT_CONSOLE_SCOPE,
    audience: tokens.audience,
    claims: options.claims ?? DEFAULT_CLAIM_NAMES,
  };
}

/** Origins the console's page may call besides its own: the provider's, for discovery and the code exchange. */
export function connectSources(signIn: ConsoleSignIn): readonly string[] {
  return signIn.method === 'oidc' ? [new URL(signIn.issuer).origin] : [];
}
