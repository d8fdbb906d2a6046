import { consoleCsp, CONSOLE_CSP } from '../../gateway/src/console/plugin';
import { useConsoleHarness } from './support/console-build';
import type { Harness } from './support/harness';

const ISSUER = 'https://login.bank1.example/realms/st2';
const AUDIENCE = 'https://st2.bank1.example/api';

/** What the console learns of sign-in from its gateway (/console/config.json), and the page the provider returns to. */
describe('the console\'s sign-in configuration', () => {
  const world = useConsoleHarness();

  const configOf = async (app: Harness['app']) => (await app.inject({ method: 'GET', url: '/console/config.json' })).json() as { signIn: Record<string, unknown> };

  it('names the OIDC issuer, the console\'s client, its scopes, the gateway\'s audience and claim names, and lets the page call the issuer only', async () => {
    const oidc = await world.h.secondApp({
      auth: { tokens: { kind: 'oidc', issuer: ISSUER, audience: AUDIENCE }, claims: { role: 'st2_role', subject: 'st2_id', org: 'st2_org' }, servedOrgs: [{ mspId: 'Bank1MSP', roles: ['investor'] }] },
      console: { directory: world.built, oidcClient: { clientId: 'st2-console', scope: 'openid profile' } },
    });
    expect(await configOf(oidc)).toEqual({
      signIn: { method: 'oidc', issuer: ISSUER, clientId: 'st2-console', scope: 'openid profile', audience: AUDIENCE, claims: { role: 'st2_role', subject: 'st2_id', org: 'st2_org' } },
    });
    const page = await oidc.inject({ method: 'GET', url: '/console/' });
    expect(page.headers['content-security-policy']).toBe(consoleCsp(['https://login.bank1.example']));
    expect(page.headers['content-security-policy']).toContain("connect-src 'self' https://login.bank1.example;");
  });

  it('serves the console\'s page at the callback, never cached, under the same policy', async () => {
    const callback = await world.h.app.inject({ method: 'GET', url: '/console/callback?code=abc&state=xyz' });
    expect(callback.statusCode).toBe(200);
    expect(callback.headers['content-type']).toMatch(/^text\/html/);
    expect(callback.headers['cache-control']).toBe('no-store');
    expect(callback.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect(callback.body).toBe((await world.h.app.inject({ method: 'GET', url: '/console/' })).body);
  });

  it('offers development sign-in only where the gateway mints dev tokens, and says why there is none otherwise', async () => {
    expect(await configOf(world.h.app)).toEqual({ signIn: { method: 'none', reason: expect.stringContaining('no development sign-in') } });
    const dev = await world.h.secondApp({ devSignIn: { privateKey: 'unused here', identities: [] }, console: { directory: world.built } });
    expect(await configOf(dev)).toEqual({ signIn: { method: 'dev' } });
    const oidcWithoutClient = await world.h.secondApp({ auth: { tokens: { kind: 'oidc', issuer: ISSUER, audience: AUDIENCE }, servedOrgs: [] }, console: { directory: world.built } });
    expect(await configOf(oidcWithoutClient)).toEqual({ signIn: { method: 'none', reason: expect.stringContaining('--oidc-console-client-id') } });
  });
});
