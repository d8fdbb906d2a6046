import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dataLayout } from '../../gateway/src/config/layout';
import { openServedLedger } from '../../gateway/src/config/served-ledger';
import type { AdjustableClock } from '../../gateway/src/dev/dev-clock';
import { DevClock } from '../../gateway/src/dev/dev-clock';
import { loadTopology } from '../../gateway/src/ledger/embedded';
import { cast } from './support/cast';
import { startHarness, TOPOLOGY_FILE, type Harness } from './support/harness';
import { call, equity, issue, ok, standardWorld } from './support/world';

const DAY = 86_400_000;
const SERVER = join(__dirname, '../../gateway/dist/server.js');

describe('the development clock (--clock dev)', () => {
  describe('on a gateway started without it', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.close());

    it('has no clock route: 404 for every role, and nothing in the OpenAPI document', async () => {
      expect(await call(h, cast.admin, 'POST', '/v1/dev/clock', { advanceMs: DAY })).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
      expect((await call(h, cast.admin, 'GET', '/v1/dev/clock')).status).toBe(404);
      const openapi = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(openapi.paths).filter((path) => path.startsWith('/v1/dev'))).toEqual([]);
    });
  });

  describe('on a development gateway over the embedded ledger', () => {
    let h: Harness;
    // The route moves the same clock the embedded ledger stamps transactions with.
    const clock: AdjustableClock = {
      now: () => h.clock.now,
      advance: async (ms) => {
        h.clock.advance(ms);
        return h.clock.now;
      },
    };
    beforeAll(async () => {
      h = await startHarness({ app: { devClock: clock } });
      await standardWorld(h);
    });
    afterAll(() => h.close());

    it('steps over a lock-up: refused with ST2-LOCKUP before, accepted after moving the clock past it', async () => {
      await ok(h, cast.issuer, 'POST', '/v1/securities', equity('LOCK', { requiredClaims: ['kyc'], lockupUntil: h.clock.now + 30 * DAY }));
      await issue(h, 'LOCK', 'alice', '100');
      const transfer = () => call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'LOCK', from: 'alice', to: 'bob', amount: '10' });
      expect(await transfer()).toMatchObject({ status: 422, body: { error: { code: 'ST2-LOCKUP' } } });
      const before = (await ok(h, cast.alice, 'GET', '/v1/dev/clock')).body.now as number;
      const moved = await ok(h, cast.admin, 'POST', '/v1/dev/clock', { advanceMs: 31 * DAY });
      expect(moved.body).toEqual({ now: before + 31 * DAY });
      expect((await transfer()).status).toBe(201);
    });

    it('never goes back and refuses the regulator (read-only) with ST2-UNAUTHORIZED', async () => {
      const now = h.clock.now;
      expect(await call(h, cast.admin, 'POST', '/v1/dev/clock', { advanceMs: -DAY })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
      expect(await call(h, cast.admin, 'POST', '/v1/dev/clock', { advanceMs: 0 })).toMatchObject({ status: 400 });
      expect(await call(h, cast.regulator, 'POST', '/v1/dev/clock', { advanceMs: DAY })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(await call(h, null, 'POST', '/v1/dev/clock', { advanceMs: DAY })).toMatchObject({ status: 401 });
      expect(h.clock.now).toBe(now);
    });

    it('is refused with production sign-in (OIDC): the app does not start', async () => {
      const oidc = { tokens: { kind: 'oidc' as const, issuer: 'https://idp.example', audience: 'st2' }, servedOrgs: [] };
      await expect(h.secondApp({ devClock: clock, auth: oidc })).rejects.toThrow(/development sign-in/);
    });
  });

  it('is refused on Fabric, where the transaction timestamp is the only clock', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'st2-clock-'));
    try {
      const options = { fabricProfile: join(directory, 'connection-profile.json'), layout: dataLayout(directory), topology: await loadTopology(TOPOLOGY_FILE) };
      await expect(openServedLedger({ ...options, clock: Date.now })).rejects.toThrow(/no development clock/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it.each([
    ['with --fabric', ['--dev-identity', '--fabric', 'connection-profile.json']],
    ['with production sign-in', ['--oidc-issuer', 'https://idp.example', '--oidc-audience', 'st2', '--served-orgs', 'bank1']],
  ])('stops the server at start %s', async (_how, args) => {
    const failure = await promisify(execFile)(process.execPath, [SERVER, '--clock', 'dev', ...args], { env: { ...process.env, ST2_DATA: '/nonexistent/st2' } }).then(() => null, (error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('--clock dev is for development on the embedded ledger') });
  });

  it('keeps its offset across a restart, so time never goes back', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'st2-clock-'));
    try {
      const file = join(directory, 'dev-clock.json');
      const first = await DevClock.open(file);
      await first.advance(10 * DAY);
      const reopened = await DevClock.open(file);
      // Read the system clock first: the dev clock read after it must be at least ten days ahead of it.
      const floor = Date.now() + 10 * DAY;
      expect(reopened.now()).toBeGreaterThanOrEqual(floor);
      expect((await DevClock.open(join(directory, 'none.json'))).now()).toBeLessThan(Date.now() + DAY);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
