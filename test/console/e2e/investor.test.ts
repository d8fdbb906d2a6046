import type { Request } from 'playwright-core';
import { useConsoleWorld, type ConsolePage } from './support';

/**
 * The investor's main task in a real browser: sign in at the bank's OpenID Connect provider (authorization code
 * with PKCE), see its holdings, pre-check a transfer, send it, see the result. The gateway accepts that
 * provider's tokens only.
 */
describe('the investor in the console, signed in at the bank\'s OpenID Connect provider', () => {
  const world = useConsoleWorld('oidc');

  const provider = () => {
    const running = world().provider;
    if (!running) throw new Error('the oidc world has a provider');
    return running;
  };
  const user = (id: string) => {
    const found = world().users.get(id);
    if (!found) throw new Error(`the provider has no user ${id}`);
    return found;
  };
  /** The requests the page makes to the provider's given endpoint (its path at the issuer). */
  const requestsTo = (page: ConsolePage, path: string): Request[] => {
    const seen: Request[] = [];
    page.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === provider().issuer && url.pathname === path) seen.push(request);
    });
    return seen;
  };

  it('signs in with PKCE, sees its holdings, pre-checks a transfer, sends it and sees its holdings follow', async () => {
    const page = await world().newConsole();
    const authorizations = requestsTo(page, '/auth');
    await page.signInAtBank(user('alice'), provider());

    // The authorization request carried an S256 challenge and a state, never the verifier; the code came back to the
    // callback and left the address bar; the token lives in this tab's sessionStorage only.
    const authorize = new URL(authorizations[0]?.url() ?? 'about:blank');
    expect(Object.fromEntries(['response_type', 'client_id', 'code_challenge_method', 'redirect_uri'].map((name) => [name, authorize.searchParams.get(name)])))
      .toEqual({ response_type: 'code', client_id: 'st2-console', code_challenge_method: 'S256', redirect_uri: `${world().base}/console/callback` });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorize.searchParams.has('code_verifier')).toBe(false);
    expect(page.page.url()).toBe(`${world().base}/console/`);
    const session = await page.session();
    expect(session).toMatchObject({ method: 'oidc', role: 'investor', sub: 'alice', org: world().cast.alice.org.mspId, expiresAt: expect.any(Number) });
    expect(await page.localStorageSize()).toBe(0);
    expect(await page.signedInAs()).toContain('alice · investor');

    const before = BigInt(await page.holdingBalance('ACME-EQ'));
    expect(before).toBeGreaterThan(5n);
    await page.screenshot('investor-holdings');

    await page.go('#/transfer/ACME-EQ');
    const check = await page.preCheck({ securityId: 'ACME-EQ', to: 'bob', amount: '5' });
    expect(check.allowed).toBe(true);
    expect(check.rules.length).toBeGreaterThan(0);
    expect(check.rules.every((rule) => rule.includes('passes'))).toBe(true);
    await page.screenshot('investor-pre-check');

    const sent = await page.send();
    const txId = /transaction (\w+)/.exec(sent)?.[1] ?? '';
    expect(sent).toContain('Sent: 5 of ACME-EQ to bob');
    await page.screenshot('investor-sent');

    // The console's token is a bearer token the gateway accepts as it is; wait for its read model to hold the transfer.
    const read = await world().h.app.inject({ method: 'GET', url: `/v1/holdings?consistentWith=${txId}`, headers: { authorization: `Bearer ${session?.token ?? ''}` } });
    expect(read.statusCode).toBe(200);
    await page.go('#/holdings');
    expect(BigInt(await page.holdingBalance('ACME-EQ'))).toBe(before - 5n);
  });

  it('refuses an answer whose state is not the one this tab sent, with ST2-UNAUTHENTICATED, and exchanges no code', async () => {
    const page = await world().newConsole();
    const exchanges = requestsTo(page, '/token');
    await page.open();
    await page.page.getByTestId('sign-in-oidc').click();
    await page.page.waitForURL((url) => url.origin === provider().issuer);
    // A code and state planted by someone else (a link in a mail): this tab's sign-in sent another state.
    await page.page.goto(`${world().base}/console/callback?code=planted&state=forged&iss=${encodeURIComponent(provider().issuer)}`);
    expect(await page.refusal()).toMatch(/^ST2-UNAUTHENTICATED .*state differs/);
    expect(page.page.url()).toBe(`${world().base}/console/`);
    expect(exchanges).toHaveLength(0);
    expect(await page.session()).toBeNull();
    await page.screenshot('sign-in-wrong-state');
  });

  it('shows the provider\'s refusal when the person cancels at the bank, and signs nobody in', async () => {
    const page = await world().newConsole();
    await page.open();
    await page.page.getByTestId('sign-in-oidc').click();
    await page.page.getByRole('button', { name: 'Cancel' }).click();
    await page.page.getByTestId('sign-in-oidc').waitFor();
    expect(await page.refusal()).toBe('ST2-UNAUTHENTICATED The bank\'s sign-in refused: access_denied (The user cancelled the sign-in.).');
    expect(await page.session()).toBeNull();
  });

  it('signs out: the token leaves the tab and the bank\'s session ends, so signing in asks for the password again', async () => {
    const page = await world().newConsole();
    await page.signInAtBank(user('bob'), provider());
    expect(await page.signedInAs()).toContain('bob · investor');
    await page.signOut();
    await page.page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.page.getByTestId('sign-in-oidc').waitFor();
    expect(await page.session()).toBeNull();
    await page.page.getByTestId('sign-in-oidc').click();
    await page.page.getByLabel('Password').waitFor();
    expect(new URL(page.page.url()).origin).toBe(provider().issuer);
  });

  it('signs out when the access token expires, saying so, rather than show the gateway\'s refusals', async () => {
    const page = await world().newConsole();
    // The page's clock is Playwright's, which runs as the real one until told to jump.
    await page.page.clock.install();
    await page.signInAtBank(user('bob'), provider());
    const expiresAt = (await page.session())?.expiresAt ?? 0;
    expect(expiresAt).toBeGreaterThan(Date.now());
    await page.page.clock.fastForward(expiresAt - Date.now() + 1_000);
    await page.page.getByTestId('sign-in-oidc').waitFor();
    expect(await page.refusal()).toBe('ST2-UNAUTHENTICATED Your sign-in has expired: sign in again.');
    expect(await page.session()).toBeNull();
  });
});
