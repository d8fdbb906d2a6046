/**
 * How the console signs people in, as `GET /console/config.json` tells it (sign-in-config.ts derives it from the
 * gateway's own sign-in, so the console has no copy of that to drift). This file imports nothing: the console's
 * build takes the type from here.
 *
 * `oidc`: authorization code with PKCE at the member's provider, for an access token minted for this gateway's
 * audience; `claims` names where that token carries the st2 role, identity and org (the console shows the views of
 * that role; the gateway checks every call).
 */
export type ConsoleSignIn =
  | { readonly method: 'dev' }
  | { readonly method: 'oidc'; readonly issuer: string; readonly clientId: string; readonly scope: string; readonly audience: string; readonly claims: ConsoleClaimNames }
  | { readonly method: 'none'; readonly reason: string };

/** The token claims holding the st2 role, identity and org (the gateway's --claim-role, --claim-sub, --claim-org). */
export interface ConsoleClaimNames {
  readonly role: string;
  readonly subject: string;
  readonly org: string;
}
