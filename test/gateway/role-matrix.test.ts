import { ROLES, type Role } from '@st2/chaincode';
import { ROUTES, type Route } from '../../gateway/src/routes/table';
import { startHarness, type Harness } from './support/harness';
import { call } from './support/world';

/** A concrete URL for a route template: every parameter gets a well-formed value. */
function urlOf(route: Route): string {
  return route.url.replace(':txId', 'a'.repeat(64)).replace(':topic', 'kyc').replace(':holder', 'someone').replace(':partition', 'locked').replace(':name', 'prospectus').replace(':id', 'someone');
}

const actorFor = (role: Role) => ({ role, id: `matrix-${role}`, org: role === 'regulator' ? 'regulator' : 'bank1' });

const denied = ROUTES.flatMap((route) => ROLES.filter((role) => !route.roles.includes(role)).map((role) => [role, route.method, route.url, route] as const));
const allowed = ROUTES.filter((route) => !route.operation.stream).flatMap((route) => route.roles.map((role) => [role, route.method, route.url, route] as const));

describe('route x role matrix (generated from the route table)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('covers every route and every role', () => {
    expect(denied.length + allowed.length + ROUTES.filter((r) => r.operation.stream).reduce((n, r) => n + r.roles.length, 0)).toBe(ROUTES.length * ROLES.length);
  });

  it.each(denied)('refuses %s on %s %s with 403 before reading the body', async (role, method, _url, route) => {
    const reply = await call(h, actorFor(role), method, urlOf(route), method === 'GET' || method === 'DELETE' ? undefined : {});
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { role, allowed: [...route.roles] } } } });
  });

  it.each(allowed)('lets %s through the gateway\'s gate on %s %s', async (role, method, _url, route) => {
    const reply = await call(h, actorFor(role), method, urlOf(route), method === 'GET' || method === 'DELETE' ? undefined : {});
    expect(reply.status).not.toBe(401);
    expect(reply.body).not.toMatchObject({ error: { details: { allowed: expect.anything() } } });
  });

  it.each(ROUTES.map((route) => [route.method, route.url, route] as const))('asks for a token on %s %s (401)', async (method, _url, route) => {
    const reply = await call(h, null, method, urlOf(route));
    expect(reply).toMatchObject({ status: 401, body: { error: { code: 'ST2-UNAUTHENTICATED' } } });
    expect(reply.headers['www-authenticate']).toBe('Bearer');
  });

  it('never lets the regulator write', () => {
    const writes = ROUTES.filter((route) => route.operation.effect === 'write');
    expect(writes.length).toBeGreaterThan(10);
    for (const route of writes) expect(route.roles).not.toContain('regulator');
  });

  it.each([
    ['for an org the gateway does not serve', { role: 'admin', sub: 'x', org: 'EvilMSP' }, 3600],
    ['with a role st2 does not know', { role: 'root', sub: 'x', org: 'Bank1MSP' }, 3600],
    ['without a subject', { role: 'admin', org: 'Bank1MSP' }, 3600],
    ['that has expired', { role: 'admin', sub: 'x', org: 'Bank1MSP' }, -60],
  ] as const)('refuses a token %s (401)', async (_what, claims, ttl) => {
    const reply = await h.app.inject({ method: 'GET', url: '/v1/securities', headers: h.bearer(claims, ttl) });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ error: { code: 'ST2-UNAUTHENTICATED' } });
  });

  it('refuses a token signed by another key (401)', async () => {
    const [header, payload] = h.bearer({ role: 'admin', sub: 'x', org: 'Bank1MSP' }).authorization.slice('Bearer '.length).split('.');
    const forged = `${header}.${payload}.${Buffer.alloc(64, 1).toString('base64url')}`;
    const reply = await h.app.inject({ method: 'GET', url: '/v1/securities', headers: { authorization: `Bearer ${forged}` } });
    expect(reply.statusCode).toBe(401);
  });
});
