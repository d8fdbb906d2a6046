import helmet from 'helmet';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { SseClient } from './support/sse';
import { standardWorld } from './support/world';

/** Calls `probe` until `done` holds (the read model catches up within milliseconds, not at once). */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 2_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The same API over a real listening socket, with fetch: streams, health, metrics and docs. */
describe('gateway over a real port', () => {
  let h: Harness;
  let base: string;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  });
  afterEach(() => clients.splice(0).forEach((client) => client.close()));
  afterAll(() => h.close());

  const headers = (actor: Actor) => ({ ...h.auth(actor), 'content-type': 'application/json' });
  async function post(actor: Actor, path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(base + path, { method: 'POST', headers: headers(actor), body: JSON.stringify(body) });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
  const transfer = (amount: string) => post(cast.alice, '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount });
  async function stream(actor: Actor, path: string, extra: Record<string, string> = {}): Promise<SseClient> {
    const client = await SseClient.open(base + path, { ...h.auth(actor), ...extra });
    clients.push(client);
    return client;
  }

  it('streams every transaction from a block, with ids <block>.<txIndex>', async () => {
    const client = await stream(cast.admin, '/v1/events/stream?fromBlock=0');
    const events = await client.take(15);
    expect(events[0]).toMatchObject({ event: 'transaction', id: expect.stringMatching(/^\d+\.\d+$/), data: { events: [{ type: 'ConsortiumChangeApproved', executed: false }] } });
    expect(events[1]).toMatchObject({ data: { events: [{ type: 'ConsortiumChangeApproved', executed: true }, { type: 'ClaimIssuerTrusted' }] } });
    expect(events[14]).toMatchObject({ data: { events: [{ type: 'Issued', to: 'bob' }] } });
  });

  it('resumes after Last-Event-ID: the next transactions, none repeated, none missed', async () => {
    const first = await stream(cast.admin, '/v1/events/stream?fromBlock=0');
    const seen = await first.take(15);
    first.close();
    const last = seen[seen.length - 1]?.id ?? '';
    const written = [await transfer('1'), await transfer('2'), await transfer('3')];
    const resumed = await stream(cast.admin, '/v1/events/stream', { 'last-event-id': last });
    const next = await resumed.take(3);
    expect(next.map((event) => (event.data as { txId: string }).txId)).toEqual(written.map((w) => w.txId));
    const mid = next[0]?.id ?? '';
    const again = await stream(cast.admin, '/v1/events/stream', { 'last-event-id': mid });
    expect((await again.take(2)).map((event) => event.id)).toEqual(next.slice(1).map((event) => event.id));
  });

  it('delivers live transactions to a stream opened before them', async () => {
    // The stream's starting block is fixed before its headers arrive, so nothing written after this is missed.
    const client = await stream(cast.custodian, '/v1/events/stream');
    const { txId } = await transfer('4');
    const [event] = await client.take(1);
    expect(event?.data).toMatchObject({ txId, events: [{ type: 'Transferred', amount: '4' }] });
  });

  it('filters the regulator\'s audit stream', async () => {
    const client = await stream(cast.regulator, '/v1/audit/stream?fromBlock=0&type=Issued');
    const events = await client.take(2);
    expect(events.map((event) => (event.data as { events: { to: string }[] }).events.map((e) => e.to))).toEqual([['alice'], ['bob']]);
    const { txId } = await post(cast.issuer, '/v1/securities/ACME/issuances', { to: 'carol', amount: '9' });
    expect((await client.take(1))[0]?.data).toMatchObject({ txId });
  });

  it('goes on from the audit list: a row\'s seq as Last-Event-ID or ?cursor= resumes right after that event', async () => {
    const list = await fetch(`${base}/v1/audit/events?limit=3&position=${await h.ledger.height()}`, { headers: h.auth(cast.regulator) });
    const rows = ((await list.json()) as { items: { seq: string; event: { type: string } }[] }).items;
    // The second transaction holds two events: the change executed, and the issuer it trusts.
    expect(rows.map((row) => [row.seq, row.event.type])).toEqual([
      ['00000000000000000000.000000.0000', 'ConsortiumChangeApproved'],
      ['00000000000000000001.000000.0000', 'ConsortiumChangeApproved'],
      ['00000000000000000001.000000.0001', 'ClaimIssuerTrusted'],
    ]);
    const mid = await stream(cast.regulator, `/v1/audit/stream?cursor=${rows[1]?.seq ?? ''}`);
    const [rest, next] = await mid.take(2);
    expect(rest).toMatchObject({ id: '1.0', data: { events: [{ type: 'ClaimIssuerTrusted' }] } });
    expect(next).toMatchObject({ data: { events: [{ type: 'IdentityRegistered' }] } });
    const resumed = await stream(cast.regulator, '/v1/audit/stream', { 'last-event-id': rows[2]?.seq ?? '' });
    expect((await resumed.take(1))[0]).toEqual(next);
  });

  it('lists the audit log from a block, as the stream starts from one', async () => {
    const list = async (query: string) => {
      const response = await fetch(`${base}/v1/audit/events?${query}`, { headers: h.auth(cast.regulator) });
      return ((await response.json()) as { items: { blockNumber: number }[] }).items;
    };
    const all = await list(`position=${await h.ledger.height()}`);
    expect(await list('fromBlock=2')).toEqual(all.filter((row) => row.blockNumber >= 2));
    expect(all.some((row) => row.blockNumber < 2)).toBe(true);
  });

  it('refuses a malformed Last-Event-ID with 400 and an investor with 403', async () => {
    const bad = await fetch(`${base}/v1/events/stream`, { headers: { ...h.auth(cast.admin), 'last-event-id': 'yesterday' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'ST2-INVALID-INPUT' } });
    const investor = await fetch(`${base}/v1/events/stream`, { headers: h.auth(cast.alice) });
    expect(investor.status).toBe(403);
  });

  it('serves /health, /ready, /metrics, /openapi.json and /docs', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await eventually(() => fetch(`${base}/ready`), (response) => response.status === 200);
    expect(await ready.json()).toMatchObject({ status: 'ready', ledger: { reachable: true }, projection: { lagBlocks: 0 } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    for (const name of ['st2_http_request_duration_seconds_bucket', 'st2_ledger_submit_duration_seconds_bucket', 'st2_ledger_mvcc_retries_total', 'st2_projection_lag_blocks']) {
      expect(metrics).toContain(name);
    }
    const openapi = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/v1/transfers', '/v1/securities/{id}/holders', '/v1/audit/stream']));
    expect((await fetch(`${base}/docs/`)).status).toBe(200);
  });

  it('sends helmet\'s security headers, as helmet itself sets them, on a write, a refusal, a 404, a stream and /health', async () => {
    const reference = new ServerResponse(new IncomingMessage(new Socket()));
    helmet({ contentSecurityPolicy: false })(reference.req, reference, () => undefined);
    const expected = Object.entries(reference.getHeaders()).map(([name, value]): [string, string] => [name, String(value)]);
    expect(expected.map(([name]) => name)).toEqual(expect.arrayContaining(['strict-transport-security', 'x-content-type-options', 'x-frame-options']));
    const refused = { securityId: 'ACME', from: 'alice', to: 'bob', amount: '999999999999' };
    const responses = [
      await fetch(`${base}/v1/transfers`, { method: 'POST', headers: headers(cast.alice), body: JSON.stringify({ securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }) }),
      await fetch(`${base}/v1/transfers`, { method: 'POST', headers: headers(cast.alice), body: JSON.stringify(refused) }),
      await fetch(`${base}/v1/nothing-here`),
      await fetch(`${base}/health`),
    ];
    expect(responses.map((response) => response.status)).toEqual([201, 422, 404, 200]);
    const streamed = await fetch(`${base}/v1/events/stream?fromBlock=0`, { headers: h.auth(cast.admin) });
    await streamed.body?.cancel();
    for (const response of [...responses, streamed]) {
      expect(expected.map(([name]) => [name, response.headers.get(name)])).toEqual(expected);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('echoes the caller\'s request id', async () => {
    const response = await fetch(`${base}/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });
});
