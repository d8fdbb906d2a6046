import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

const transfer = { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' };

describe('MVCC conflicts', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('answers 409 ST2-MVCC-CONFLICT once the retries are spent, and applies nothing for those', async () => {
    h = await startHarness({ app: { retry: { retries: 0, baseDelayMs: 1 } } });
    await standardWorld(h);
    const replies = await Promise.all(Array.from({ length: 8 }, () => call(h, cast.alice, 'POST', '/v1/transfers', transfer)));
    const statuses = replies.map((reply) => reply.status);
    expect(statuses).toContain(409);
    expect(replies.find((reply) => reply.status === 409)?.body).toMatchObject({ error: { code: 'ST2-MVCC-CONFLICT' } });
    const committed = statuses.filter((status) => status === 201).length;
    const last = replies.filter((reply) => reply.status === 201).map((reply) => String(reply.body.txId)).pop();
    const holdings = await ok(h, cast.alice, 'GET', `/v1/holdings?holder=alice&consistentWith=${last}`);
    expect(holdings.body.holdings).toEqual([expect.objectContaining({ balance: String(1000 - committed) })]);
  });

  it('retries conflicts (counted in /metrics) so that concurrent transfers from one holder all succeed', async () => {
    h = await startHarness({ app: { retry: { retries: 10, baseDelayMs: 1 } } });
    await standardWorld(h);
    const replies = await Promise.all(Array.from({ length: 4 }, () => call(h, cast.alice, 'POST', '/v1/transfers', transfer)));
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201, 201]);
    const metrics = await h.app.inject({ method: 'GET', url: '/metrics' });
    const retries = /st2_ledger_mvcc_retries_total\{fn="token:transfer"\} (\d+)/.exec(metrics.body);
    expect(Number(retries?.[1])).toBeGreaterThan(0);
  });
});

describe('protection and error format', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('limits the request rate with 429 ST2-RATE-LIMITED and Retry-After', async () => {
    h = await startHarness({ app: { rateLimit: { max: 3, timeWindowMs: 60_000 } } });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await call(h, cast.admin, 'GET', '/v1/securities'));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429]);
    expect(replies[3]?.body).toMatchObject({ error: { code: 'ST2-RATE-LIMITED' } });
    expect(Number(replies[3]?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('sheds load with 503 ST2-UNAVAILABLE when under pressure', async () => {
    h = await startHarness({ app: { underPressure: { maxHeapUsedBytes: 1 } } });
    let reply = await call(h, cast.admin, 'GET', '/v1/securities');
    // under-pressure samples memory periodically: the first sample may not have been taken yet.
    for (let i = 0; i < 50 && reply.status !== 503; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await call(h, cast.admin, 'GET', '/v1/securities');
    }
    expect(reply).toMatchObject({ status: 503, body: { error: { code: 'ST2-UNAVAILABLE' } } });
    expect(reply.headers['retry-after']).toBeDefined();
  });

  it('answers malformed JSON, oversized bodies, unknown routes and bad URLs in the same format', async () => {
    h = await startHarness();
    const post = (payload: string, headers: Record<string, string> = {}) =>
      h.app.inject({ method: 'POST', url: '/v1/transfers', payload, headers: { ...h.auth(cast.alice), 'content-type': 'application/json', ...headers } });
    const badJson = await post('{"securityId":');
    expect([badJson.statusCode, badJson.json().error.code]).toEqual([400, 'ST2-INVALID-INPUT']);
    const huge = await post(JSON.stringify({ ...transfer, padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'ST2-INVALID-INPUT']);
    const xml = await post('<transfer/>', { 'content-type': 'application/xml' });
    expect([xml.statusCode, xml.json().error.code]).toEqual([415, 'ST2-INVALID-INPUT']);
    const unknown = await call(h, cast.admin, 'GET', '/v1/nothing-here');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
    const badUrl = await h.app.inject({ method: 'GET', url: '/v1/identities/%E0%A4%A', headers: h.auth(cast.admin) });
    expect([badUrl.statusCode, badUrl.json().error.code]).toEqual([400, 'ST2-INVALID-INPUT']);
  });

  it('generates a request id when the caller sends none', async () => {
    h = await startHarness();
    const generated = await h.app.inject({ method: 'GET', url: '/health' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
