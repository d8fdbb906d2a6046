import * as oauth from 'oauth4webapi';
import type { ConsoleSignIn } from '../../../gateway/src/console/sign-in';
import type { Outcome, Refusal } from '../api/outcome';
import type { Role } from './roles';
import type { KeyValueStorage, Session } from './session';

/** The member's provider as the gateway names it (GET /console/config.json). */
export type OidcSettings = Extract<ConsoleSignIn, { method: 'oidc' }>;

/** Where the provider sends the browser back (the gateway serves the console's page there too). */
export const CALLBACK_PATH = '/console/callback';

/** What this tab remembers between leaving for the provider and coming back: never a token, and one use only. */
interface PendingSignIn {
  readonly settings: OidcSettings;
  readonly redirectUri: string;
  readonly state: string;
  readonly codeVerifier: string;
}

const PENDING = 'st2.console.oidc-pending';

/**
 * Starts the authorization code flow with PKCE (S256): discovers the provider, keeps a fresh code verifier and
 * state in this tab's storage, and answers the provider's authorization URL to send the browser to. The URL
 * carries the challenge, never the verifier; the access token is asked for this gateway's audience (`resource`).
 */
export async function startOidcSignIn(settings: OidcSettings, redirectUri: string, storage: KeyValueStorage): Promise<Outcome<URL>> {
  return refusing(async () => {
    const server = await discover(settings);
    if (!server.authorization_endpoint) throw new SignInRefused(`The provider ${settings.issuer} names no authorization endpoint.`);
    const pending: PendingSignIn = { settings, redirectUri, state: oauth.generateRandomState(), codeVerifier: oauth.generateRandomCodeVerifier() };
    storage.setItem(PENDING, JSON.stringify(pending));
    const url = new URL(server.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: settings.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: settings.scope,
      resource: settings.audience,
      state: pending.state,
      code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    }).toString();
    return url;
  });
}

/**
 * Finishes the flow at the callback: the answer must carry the state this tab sent (else it is someone else's and
 * is not used), the provider's error is shown as it gave it, and the code is exchanged with the verifier. The
 * pending sign-in is forgotten whatever the outcome: a callback is used once.
 */
export async function finishOidcSignIn(callback: URL, storage: KeyValueStorage): Promise<Outcome<Session>> {
  const saved = storage.getItem(PENDING);
  storage.removeItem(PENDING);
  return refusing(async () => {
    if (!saved) throw new SignInRefused('This tab started no sign-in, so this answer from the provider is not used. Sign in again.');
    const { settings, redirectUri, state, codeVerifier } = JSON.parse(saved) as PendingSignIn;
    // Checked first, so that neither a code nor an error that another sign-in's state carries is acted upon.
    if (callback.searchParams.get('state') !== state) {
      throw new SignInRefused('This answer from the provider does not belong to the sign-in this tab started (its state differs), so it is not used. Sign in again.');
    }
    const server = await discover(settings);
    const client: oauth.Client = { client_id: settings.clientId };
    const parameters = oauth.validateAuthResponse(server, client, callback, state);
    const response = await oauth.authorizationCodeGrantRequest(server, client, oauth.None(), parameters, redirectUri, codeVerifier, {
      additionalParameters: { resource: settings.audience },
      ...insecureOnLoopback(settings),
    });
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, response);
    return sessionOf(tokens, settings, server, redirectUri);
  });
}

async function discover(settings: OidcSettings): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(settings.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecureOnLoopback(settings) }));
}

/** Plain http to the provider only on this machine (a developer's or a test's provider); a bank's is https. */
function insecureOnLoopback(settings: OidcSettings): { [oauth.allowInsecureRequests]?: true } {
  const { protocol, hostname } = new URL(settings.issuer);
  return protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname) ? { [oauth.allowInsecureRequests]: true } : {};
}

/**
 * The session the access token opens. Its st2 claims are read (not verified: the gateway verifies the token on
 * every call) only to show the role's views; signing out also ends the provider's session where it offers that.
 */
function sessionOf(tokens: oauth.TokenEndpointResponse, settings: OidcSettings, server: oauth.AuthorizationServer, redirectUri: string): Session {
  const claims = payloadOf(tokens.access_token);
  const [role, sub, org] = [claims[settings.claims.role], claims[settings.claims.subject], claims[settings.claims.org]];
  if (typeof role !== 'string' || typeof sub !== 'string' || typeof org !== 'string') {
    throw new SignInRefused(`The provider's access token names no st2 role, identity and org (claims ${settings.claims.role}, ${settings.claims.subject}, ${settings.claims.org}): ask the bank's identity team to map them.`);
  }
  const endSession = server.end_session_endpoint ? new URL(server.end_session_endpoint) : null;
  if (endSession) {
    endSession.search = new URLSearchParams({ client_id: settings.clientId, post_logout_redirect_uri: new URL('.', redirectUri).href, ...(tokens.id_token ? { id_token_hint: tokens.id_token } : {}) }).toString();
  }
  // The role is the gateway's to check (it refuses a role it does not know): here it only picks the views.
  return {
    method: 'oidc', token: tokens.access_token, role: role as Role, sub, org,
    ...(tokens.expires_in === undefined ? {} : { expiresAt: Date.now() + tokens.expires_in * 1000 }),
    ...(endSession ? { endSessionUrl: endSession.href } : {}),
  };
}

function payloadOf(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1];
  if (!part) throw new SignInRefused('The provider\'s access token is not a JWT, which this gateway needs.');
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (char) => char.charCodeAt(0)))) as Record<string, unknown>;
}

/** A sign-in that cannot go on, with the message a person reads. */
class SignInRefused extends Error {}

/** The flow's failures as refusals to show: the provider's own error and description, a state mismatch, no provider. */
async function refusing<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, refusal: refusalOf(error) };
  }
}

function refusalOf(error: unknown): Refusal {
  const refused = (message: string): Refusal => ({ code: 'ST2-UNAUTHENTICATED', message, status: 401 });
  if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
    return refused(`The bank's sign-in refused: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}.`);
  }
  if (error instanceof SignInRefused || error instanceof oauth.OperationProcessingError) return refused(error.message);
  return { code: 'ST2-UNAVAILABLE', message: `The bank's sign-in cannot be reached: ${error instanceof Error ? error.message : String(error)}.`, status: 503 };
}
