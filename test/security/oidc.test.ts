import { sign } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateDevKeys } from '../../gateway/src/auth/dev-keys';
import { startHarness, type Harness } from '../gateway/support/harness';
import { equity } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';
import { startProvider, type RunningProvider } from './support/oidc-provider';

const AUDIENCE = 'https://st2.bank1.example/api';

/** A JWT access token from the provider's token endpoint (client_credentials, resource indicator). */
async function accessToken(issuer: string, client: string, resource = AUDIENCE): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client}:${client}-secret`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope: 'st2' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`no token for ${client}: ${JSON.stringify(body)}`);
  return body.access_token;
}

describe('production sign-in: tokens from a real OpenID Connect provider, verified against its JWKS', () => {
  let provider: RunningProvider;
  let h: Harness;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    provider = await startProvider({ audience: AUDIENCE });
    h = await startHarness({
      auth: {
        tokens: { kind: 'oidc', issuer: provider.issuer, audience: AUDIENCE },
        claims: { role: 'st2_role', subject: 'st2_id', org: 'st2_org' },
        servedOrgs: [{ mspId: 'Bank1MSP', roles: ['admin', 'issuer', 'agent', 'claim-issuer', 'custodian', 'investor'] }],
      },
    });
  }, 30_000);
  afterAll(async () => {
    await h?.close();
    provider?.stop();
  });

  it('accepts the provider\'s token, its claims mapped to the st2 principal, for reads and writes', async () => {
    const token = await accessToken(provider.issuer, 'bank1-issuer');
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({ iss: provider.issuer, aud: AUDIENCE, st2_role: 'issuer', exp: expect.any(Number) });
    expect((await h.app.inject({ method: 'GET', url: '/v1/securities', headers: as(token) })).statusCode).toBe(200);
    const created = await h.app.inject({ method: 'POST', url: '/v1/securities', headers: as(token), payload: equity('OIDC') });
    expect(created.statusCode).toBe(201);
    const { txId, events } = created.json() as { txId: string; events: { type: string }[] };
    expect(events.map((event) => event.type)).toEqual(['SecurityCreated']);
    const read = await h.app.inject({ method: 'GET', url: `/v1/securities/OIDC?consistentWith=${txId}`, headers: as(token) });
    // The issuer is the token's st2 identity (st2_id), as the ledger recorded it.
    expect(JSON.stringify(read.json())).toContain('"acme-issuer"');
  });

  it('refuses a token minted for another audience, one longer-lived than an hour, another org\'s, and a dev-key token (401), changing nothing', async () => {
    const before = await h.ledger.height();
    const refused = [
      await accessToken(provider.issuer, 'bank1-issuer', 'https://st2.bank2.example/api'),
      await accessToken(provider.issuer, 'bank1-long-lived'),
      await accessToken(provider.issuer, 'bank2-agent'),
      // Signed by the dev key a development gateway would accept, with the same claims: not this provider's.
      h.bearer({ st2_role: 'issuer', st2_id: 'acme-issuer', st2_org: 'Bank1MSP', iss: provider.issuer, aud: AUDIENCE }).authorization.slice('Bearer '.length),
    ];
    for (const token of refused) {
      const reply = await h.app.inject({ method: 'POST', url: '/v1/securities', headers: as(token), payload: equity('EVIL') });
      expect(reply.statusCode).toBe(401);
      expect(reply.json()).toMatchObject({ error: { code: 'ST2-UNAUTHENTICATED' } });
    }
    expect(await h.ledger.height()).toBe(before);
    expect((await h.app.inject({ method: 'GET', url: '/v1/securities/EVIL', headers: as(await accessToken(provider.issuer, 'bank1-agent')) })).statusCode).toBe(404);
  });
});

describe('development sign-in: dev-key tokens are bounded too', () => {
  let h: Harness;
  let privateKey: string;
  beforeAll(async () => {
    h = await startHarness();
    privateKey = (await loadOrCreateDevKeys(join(h.directory, 'keys'))).privateKey;
  });
  afterAll(() => h.close());

  /** A token signed by the dev key with exactly these claims (no exp added). */
  const signed = (claims: Record<string, unknown>) => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}`;
    return `${unsigned}.${sign('sha256', Buffer.from(unsigned), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  };
  const claims = { role: 'issuer', sub: 'acme-issuer', org: 'Bank1MSP' };

  it.each([
    ['without exp', () => signed({ ...claims, iat: Math.floor(Date.now() / 1000) })],
    ['valid for 100 years', () => h.bearer(claims, 100 * 365 * 86_400).authorization.slice('Bearer '.length)],
    ['valid for 100 years without iat', () => signed({ ...claims, exp: Math.floor(Date.now() / 1000) + 100 * 365 * 86_400 })],
    ['with alg none', () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url')}.`],
  ])('refuses a token %s with 401 and creates nothing', async (_what, token) => {
    const before = await ledgerView(h, []);
    const reply = await h.app.inject({ method: 'POST', url: '/v1/securities', headers: { authorization: `Bearer ${token()}` }, payload: equity('EVIL') });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ error: { code: 'ST2-UNAUTHENTICATED' } });
    expect(await ledgerView(h, [])).toEqual(before);
  });
});
