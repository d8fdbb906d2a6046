import { MAX_BODY_BYTES, MAX_BODY_DEPTH } from '../../gateway/src/limits/bodies';
import { ROUTES, type Route } from '../../gateway/src/routes/table';
import { cast } from '../gateway/support/cast';
import type { Actor } from '../gateway/support/harness';
import { startHarness, type Harness } from '../gateway/support/harness';
import { standardWorld } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';

/** One actor per role, each allowed somewhere, so every route is reached past its role gate. */
const BY_ROLE: Record<string, Actor> = {
  admin: cast.admin, issuer: cast.issuer, agent: cast.agent, 'claim-issuer': cast.kyc, custodian: cast.custodian, regulator: cast.regulator, investor: cast.alice, 'cash-issuer': cast.treasury,
};

/** Each route with real ids in its path, so a request could act if its body were accepted. */
function urlOf(route: Route): string {
  return route.url.replace(':txId', 'a'.repeat(64)).replace(':topic', 'kyc').replace(':org', 'Bank1MSP').replace(':agentId', 'bank1-agent').replace(':operatorId', 'broker').replace(':holder', 'alice').replace(':partition', 'reg-s').replace(':name', 'Prospectus').replace(':transferId', 't1').replace(':subject', 'admins').replace(':voter', 'alice').replace(':roundId', '1').replace(':id', route.url.startsWith('/v1/identities') ? 'alice' : route.url.startsWith('/v1/orgs') ? 'Bank1MSP' : 'ACME');
}

/** `[[[...]]]` or `{"a":{"a":...}}` nested `depth` levels, as raw JSON (JSON.stringify of it would itself overflow). */
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const withBody = ROUTES.filter((route) => route.method !== 'GET' && !route.operation.stream);

describe('request bodies: declared, bounded in depth and size, never a 5xx', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const send = (route: Route, payload: string) => h.app.inject({
    method: route.method, url: urlOf(route), payload,
    headers: { ...h.auth(BY_ROLE[route.roles[0] ?? 'admin'] ?? cast.admin), 'content-type': 'application/json', 'idempotency-key': 'attack-1' },
  });

  it('has a body schema on every write route (an empty object where there is nothing to send)', () => {
    const writes = ROUTES.filter((route) => route.operation.effect === 'write');
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.filter((route) => !route.operation.schema.body).map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it.each(withBody.map((route) => [route.method, route.url, route] as const))('refuses JSON nested 40,000 to 100,000 deep (under the size limit) on %s %s with 400, changing nothing', async (_method, _url, route) => {
    const before = await ledgerView(h);
    for (const payload of [nestedArrays(100_000), nestedObjects(40_000), `{"securityId":"ACME","x":${nestedArrays(MAX_BODY_DEPTH)}}`]) {
      const reply = await send(route, payload);
      expect(reply.statusCode).toBe(400);
      expect(reply.json()).toMatchObject({ error: { code: 'ST2-INVALID-INPUT' } });
    }
    expect(await ledgerView(h)).toEqual(before);
  });

  it.each(withBody.map((route) => [route.method, route.url, route] as const))('refuses a body over the size limit on %s %s with 413, changing nothing', async (_method, _url, route) => {
    const before = await ledgerView(h);
    const reply = await send(route, JSON.stringify({ securityId: 'ACME', padding: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(reply.statusCode).toBe(413);
    expect(reply.json()).toMatchObject({ error: { code: 'ST2-INVALID-INPUT' } });
    expect(await ledgerView(h)).toEqual(before);
  });

  it.each(withBody.filter((route) => route.operation.schema.body && Object.keys((route.operation.schema.body as { properties?: object }).properties ?? {}).length === 0)
    .map((route) => [route.method, route.url, route] as const))('accepts only an empty object on %s %s: any field is a 400', async (_method, _url, route) => {
    const before = await ledgerView(h);
    const reply = await send(route, JSON.stringify({ securityId: 'ACME', paused: false }));
    expect(reply.statusCode).toBe(400);
    expect(await ledgerView(h)).toEqual(before);
  });

  it.each(withBody.map((route) => [route.method, route.url, route] as const))('refuses a JSON null, string, number or array body on %s %s with 400 (only an absent body counts as empty), changing nothing', async (_method, _url, route) => {
    const before = await ledgerView(h);
    for (const payload of ['null', '"ACME"', '1', '[]']) {
      const reply = await send(route, payload);
      expect([payload, reply.statusCode]).toEqual([payload, 400]);
      expect(reply.json()).toMatchObject({ error: { code: 'ST2-INVALID-INPUT', details: { part: 'body' } } });
    }
    expect(await ledgerView(h)).toEqual(before);
  });

  it.each(ROUTES.filter((route) => route.method === 'GET' && !route.operation.stream).map((route) => [route.method, route.url, route] as const))('ignores a 100,000-deep body on %s %s (below 500), changing nothing', async (_method, _url, route) => {
    const before = await ledgerView(h);
    const reply = await send(route, nestedArrays(100_000));
    expect(reply.statusCode).toBeLessThan(500);
    expect(await ledgerView(h)).toEqual(before);
  });

  it('accepts nesting up to the bound where a schema allows it (a body exactly MAX_BODY_DEPTH deep is judged by its schema, not refused)', async () => {
    const route = ROUTES.find((r) => r.url === '/v1/transfers/check');
    if (!route) throw new Error('no check route');
    const reply = await send(route, `{"securityId":"ACME","from":"alice","to":"bob","amount":"1","x":${nestedArrays(MAX_BODY_DEPTH - 1)}}`);
    // Refused by the schema (unknown field), not by the depth bound.
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({ error: { details: { part: 'body' } } });
  });
});
