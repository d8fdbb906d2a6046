import type { Outcome } from '../api/outcome';
import { refusalOf } from '../api/outcome';
import type { Role } from './roles';
import type { Session } from './session';

/** An identity the dev gateway offers (its start banner's cast). */
export interface DevIdentity {
  readonly role: Role;
  readonly sub: string;
  /** MSP id. */
  readonly org: string;
  readonly orgName: string;
}

/**
 * Development sign-in against a gateway started with --dev-identity (gateway/src/dev/sign-in-route.ts). These two
 * calls are the only ones outside the typed client: they are no part of the member API (/openapi.json), and a
 * production console signs in at the member's OIDC provider instead.
 */
export async function devIdentities(baseUrl: string, fetcher: typeof fetch = fetch): Promise<Outcome<readonly DevIdentity[]>> {
  const response = await fetcher(`${baseUrl}/dev/identities`);
  const body: unknown = await response.json();
  return response.ok ? { ok: true, value: (body as { items: DevIdentity[] }).items } : { ok: false, refusal: refusalOf(body, response.status) };
}

export async function devSignIn(baseUrl: string, identity: Pick<DevIdentity, 'role' | 'sub' | 'org'>, fetcher: typeof fetch = fetch): Promise<Outcome<Session>> {
  const response = await fetcher(`${baseUrl}/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: identity.role, sub: identity.sub, org: identity.org }),
  });
  const body: unknown = await response.json();
  if (!response.ok) return { ok: false, refusal: refusalOf(body, response.status) };
  const { token, expiresInSeconds } = body as { token: string; expiresInSeconds: number };
  return { ok: true, value: { method: 'dev', token, role: identity.role, sub: identity.sub, org: identity.org, expiresAt: Date.now() + expiresInSeconds * 1000 } };
}
