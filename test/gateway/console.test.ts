import { CONSOLE_CSP } from '../../gateway/src/console/plugin';
import { useConsoleHarness } from './support/console-build';

/** The console as a browser loads it: the page, then the files it names, under the policy the gateway sends. */
describe('the console at /console', () => {
  const world = useConsoleHarness();

  const get = (url: string) => world.h.app.inject({ method: 'GET', url });

  it('redirects /console to /console/', async () => {
    const response = await get('/console');
    expect(response.statusCode).toBeGreaterThanOrEqual(301);
    expect(response.statusCode).toBeLessThanOrEqual(308);
    expect(response.headers.location).toBe('/console/');
  });

  it('serves the page as HTML under a policy that allows its own scripts and styles only, revalidated', async () => {
    const page = await get('/console/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers['cache-control']).toBe('no-cache');
    // No inline script or style the policy would block: every script names its file.
    expect(page.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page.body).not.toMatch(/<style/);
    expect(page.body).not.toMatch(/\sstyle=/);
  });

  it('serves every script and stylesheet the page names, same-origin, with its content type, cached for good', async () => {
    const page = (await get('/console/')).body;
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    const expected = { js: /^(application|text)\/javascript/, css: /^text\/css/ };
    expect(assets.map((asset) => asset.split('.').pop()).sort()).toEqual(['css', 'js']);
    for (const asset of assets) {
      // Same origin, under the console: what script-src/style-src 'self' allow.
      expect(asset).toMatch(/^\/console\/assets\/[\w-]+\.(js|css)$/);
      const response = await get(asset);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(expected[asset.endsWith('.js') ? 'js' : 'css']);
      expect(response.headers['content-security-policy']).toBe(CONSOLE_CSP);
      expect(response.headers['cache-control']).toContain('immutable');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers a file that is not there with 404', async () => {
    expect((await get('/console/assets/nothing.js')).statusCode).toBe(404);
  });

  it('says how to build it when a gateway starts without a built console', async () => {
    const other = await world.h.secondApp({ console: { directory: `${world.built}-missing` } });
    const response = await other.inject({ method: 'GET', url: '/console/' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'ST2-NOT-FOUND', message: expect.stringContaining('npm run build') } });
  });
});
