import { request as httpRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { equity, ok, standardWorld } from '../gateway/support/world';

const MAX_STREAMS = 2;
const WRITE_TIMEOUT_MS = 300;

/**
 * An event stream read over a real socket with node:http, frame by frame. The gateway listens on a Unix socket:
 * its buffers are a few hundred kilobytes (a TCP loopback's are megabytes), so a subscriber that stops reading
 * stalls the gateway's writes after a few hundred events.
 */
class Subscriber {
  readonly ids: string[] = [];
  private buffer = '';
  private constructor(readonly response: IncomingMessage, readonly body: string) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.parse(chunk));
  }

  static open(socketPath: string, path: string, headers: Record<string, string>): Promise<Subscriber> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ socketPath, path, headers: { accept: 'text/event-stream', ...headers } }, (response) => {
        if (response.statusCode === 200) return resolve(new Subscriber(response, ''));
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(new Subscriber(response, body)));
      });
      req.on('error', reject).end();
    });
  }

  get status(): number | undefined {
    return this.response.statusCode;
  }

  /** Resolves once `count` events arrived; fails after `timeoutMs`. */
  async received(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.ids.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.ids.length} of ${count} events within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves when the gateway ends the connection; fails after `timeoutMs`. */
  closedByServer(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the stream was still open after ${timeoutMs} ms`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (this.response.destroyed || this.response.complete) return done();
      this.response.once('close', done);
    });
  }

  close(): void {
    this.response.destroy();
  }

  private parse(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const id = /^id: ?(.+)$/m.exec(this.buffer.slice(0, end))?.[1];
      if (id) this.ids.push(id);
      this.buffer = this.buffer.slice(end + 2);
    }
  }
}

/** Rules as large as the schema allows (500 jurisdictions): each RulesSet event is a few kilobytes on the stream. */
const codes = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
const bigRules = { requiredClaims: ['kyc'], allowedJurisdictions: codes.slice(0, 250), blockedJurisdictions: codes.slice(250, 500) };

describe('event streams: a cap per principal, a write timeout, resumption', () => {
  let h: Harness;
  let socketPath: string;
  const open = (actor: Actor, path: string, extra: Record<string, string> = {}) => Subscriber.open(socketPath, path, { ...h.auth(actor), ...extra });

  const logged: string[] = [];
  const logger = { level: 'info', stream: { write: (line: string) => void logged.push((JSON.parse(line) as { msg: string }).msg) } };

  beforeAll(async () => {
    h = await startHarness({ app: { logger, streams: { maxPerPrincipal: MAX_STREAMS, writeTimeoutMs: WRITE_TIMEOUT_MS } } });
    await standardWorld(h);
    socketPath = join(h.directory, 'gateway.sock');
    await h.app.listen({ path: socketPath });
  });
  afterAll(() => h.close());

  it(`refuses a principal's stream beyond ${MAX_STREAMS} with 429 ST2-RATE-LIMITED; other principals still get theirs; a closed one frees its slot`, async () => {
    const held = [await open(cast.admin, '/v1/events/stream'), await open(cast.admin, '/v1/events/stream')];
    expect(held.map((s) => s.status)).toEqual([200, 200]);
    const refused = await open(cast.admin, '/v1/events/stream?fromBlock=0');
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'ST2-RATE-LIMITED' } });
    expect(refused.response.headers['retry-after']).toBe('1');
    const other = await open(cast.custodian, '/v1/events/stream');
    expect(other.status).toBe(200);
    held[0]?.close();
    other.close();
    const deadline = Date.now() + 10_000;
    let again = await open(cast.admin, '/v1/events/stream');
    while (again.status === 429 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await open(cast.admin, '/v1/events/stream');
    }
    expect(again.status).toBe(200);
    again.close();
    held[1]?.close();
  });

  it('drops a subscriber that stops reading, frees its slot, and lets it resume after its Last-Event-ID with nothing missed', async () => {
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('NOISE'));
    const stalled = await open(cast.agent, '/v1/events/stream?fromBlock=0');
    await stalled.received(5);
    stalled.response.pause();
    for (let i = 0; i < 150; i++) await ok(h, cast.issuer, 'PUT', '/v1/securities/NOISE/rules', { rules: bigRules });
    // A paused client does not read its socket, so it cannot see the close until it reads again: wait for the
    // gateway to say it dropped the stream, then read on. A stream still open would go on delivering instead.
    await until(() => logged.some((msg) => msg.startsWith('event stream dropped')), 30_000);
    stalled.response.resume();
    await stalled.closedByServer(10_000);
    expect(stalled.ids.length).toBeLessThan(await transactionsOnLedger());
    const lastSeen = stalled.ids[stalled.ids.length - 1] ?? '';

    // Its slots are free again: the agent may hold the maximum.
    const fresh = await Promise.all(Array.from({ length: MAX_STREAMS }, () => open(cast.agent, '/v1/events/stream?fromBlock=0')));
    expect(fresh.map((s) => s.status)).toEqual(Array(MAX_STREAMS).fill(200));
    const everything = fresh[0];
    fresh[1]?.close();
    if (!everything) throw new Error('no stream');
    const resumed = await open(cast.agent, '/v1/events/stream', { 'last-event-id': lastSeen });
    const all = await waitForAll(everything);
    expect(all).toContain(lastSeen);
    const after = all.slice(all.indexOf(lastSeen) + 1);
    // What the stall kept from it, and what it must now get: exactly the rest, none repeated, none missed.
    expect(after.length).toBeGreaterThan(0);
    await resumed.received(after.length);
    expect(resumed.ids.slice(0, after.length)).toEqual(after);
    everything.close();
    resumed.close();
  });

  async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Every event the ledger holds now, as one complete stream from block 0 received them. */
  async function waitForAll(subscriber: Subscriber): Promise<string[]> {
    const total = await transactionsOnLedger();
    await subscriber.received(total, 30_000);
    return subscriber.ids.slice(0, total);
  }

  async function transactionsOnLedger(): Promise<number> {
    const seen = new Set<string>();
    let cursor: unknown = null;
    do {
      const page = await ok(h, cast.regulator, 'GET', `/v1/audit/events?limit=1000${cursor ? `&cursor=${String(cursor)}` : ''}`);
      for (const item of page.body.items as { txId: string }[]) seen.add(item.txId);
      cursor = page.body.nextCursor;
    } while (cursor);
    return seen.size;
  }
});
