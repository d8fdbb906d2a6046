import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevKeys } from '../../gateway/src/auth/dev-keys';
import { Consortium } from '../../gateway/src/config/consortium';
import { castIdentities, demoCast } from '../../gateway/src/demo/cast';
import { startHarness, TOPOLOGY_FILE, type Harness } from './support/harness';

/** The console's development sign-in: only a --dev-identity gateway mints tokens, and only ones it would accept. */
describe('development sign-in', () => {
  let h: Harness;
  let bank1: string;

  beforeAll(async () => {
    // The harness signs with the dev key in its directory: the sign-in route gets the same key, as the server's does.
    const directory = await mkdtemp(join(tmpdir(), 'st2-dev-sign-in-'));
    const { privateKey } = await loadOrCreateDevKeys(join(directory, 'keys'));
    const identities = castIdentities(demoCast(await Consortium.load(TOPOLOGY_FILE)));
    h = await startHarness({ directory, app: { devSignIn: { privateKey, identities } } });
    bank1 = h.mspId('bank1');
  });
  afterAll(() => h.close());

  const signIn = (body: Record<string, unknown>) => h.app.inject({ method: 'POST', url: '/dev/sign-in', payload: body });

  it('lists the demo cast to sign in as', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/dev/identities' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toContainEqual({ role: 'investor', sub: 'alice', org: bank1, orgName: 'bank1' });
  });

  it('mints a token the API accepts as that identity', async () => {
    const response = await signIn({ role: 'investor', sub: 'alice', org: bank1 });
    expect(response.statusCode).toBe(200);
    const { token } = response.json() as { token: string };
    const securities = await h.app.inject({ method: 'GET', url: '/v1/securities', headers: { authorization: `Bearer ${token}` } });
    expect(securities.statusCode).toBe(200);
    // The route the investor may not call says who the token made it: alice, an investor.
    const audit = await h.app.inject({ method: 'GET', url: '/v1/audit/events', headers: { authorization: `Bearer ${token}` } });
    expect(audit.json()).toMatchObject({ error: { code: 'ST2-UNAUTHORIZED', details: { role: 'investor' } } });
  });

  it('refuses a role the org may not hold with ST2-UNAUTHORIZED', async () => {
    const response = await signIn({ role: 'regulator', sub: 'alice', org: bank1 });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'ST2-UNAUTHORIZED' } });
  });

  it('refuses an org the gateway does not serve with ST2-UNAUTHENTICATED', async () => {
    const response = await signIn({ role: 'investor', sub: 'alice', org: 'NobodyMSP' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'ST2-UNAUTHENTICATED' } });
  });

  it('refuses claims with unknown fields with ST2-INVALID-INPUT', async () => {
    const response = await signIn({ role: 'investor', sub: 'alice', org: bank1, exp: 9_999_999_999 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'ST2-INVALID-INPUT' } });
  });

  it('does not exist on a gateway not given the dev key', async () => {
    const other = await h.secondApp({ devSignIn: undefined });
    for (const [method, url] of [['GET', '/dev/identities'], ['POST', '/dev/sign-in']] as const) {
      const response = await other.inject({ method, url, ...(method === 'POST' ? { payload: { role: 'investor', sub: 'alice', org: bank1 } } : {}) });
      expect(response.statusCode).toBe(404);
    }
  });

  it('is refused at start by a gateway whose callers sign in with OpenID Connect', async () => {
    const { privateKey } = await loadOrCreateDevKeys(join(h.directory, 'keys'));
    const oidc = { tokens: { kind: 'oidc' as const, issuer: 'https://idp.bank1.example', audience: 'st2', jwksUri: 'https://idp.bank1.example/jwks' }, servedOrgs: [] };
    await expect(h.secondApp({ auth: oidc, devSignIn: { privateKey, identities: [] } })).rejects.toThrow('for development sign-in only');
  });
});
