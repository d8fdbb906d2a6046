import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, issue, ok, onboard, standardWorld, tradingWorld } from './support/world';

const DAY = 86_400_000;

describe('GET /v1/analytics/refusals and /v1/analytics/refusals/entries', () => {
  let h: Harness;
  let start: number;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h); // alice 1000, bob 500
    start = h.clock.now;
    // Three refusals: two of alice (bank1) for want of units, one of carol (bank2) to an unknown recipient.
    await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '5000' });
    h.clock.advance(1);
    await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '6000' });
    h.clock.advance(1);
    await call(h, cast.carol, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'carol', to: 'nobody', amount: '1' });
  });
  afterAll(() => h.close());

  it('gives the regulator every refusal the gateway answered, by reason code, most frequent first', async () => {
    const { body } = await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals?from=${start}`);
    expect(body).toMatchObject({ scope: 'all', total: 3, complete: true });
    expect(body.byCode).toEqual([{ code: 'ST2-INSUFFICIENT-BALANCE', count: 2 }, { code: 'ST2-NOT-FOUND', count: 1 }]);
  });

  it('lists each refusal newest first with its code, message, route and security, paged', async () => {
    const first = await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals/entries?from=${start}&limit=2`);
    const page = first.body.items as { code: string; message: string; route: string; identity: string; securityId: string }[];
    expect(page.map((r) => r.identity)).toEqual(['carol', 'alice']);
    expect(page[0]).toMatchObject({ route: 'POST /v1/transfers', securityId: 'ACME', org: 'Bank2MSP', role: 'investor' });
    expect(page[0]?.message.length).toBeGreaterThan(0);
    const next = await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals/entries?from=${start}&limit=2&cursor=${encodeURIComponent(String(first.body.nextCursor))}`);
    expect((next.body.items as { identity: string }[]).map((r) => r.identity)).toEqual(['alice']);
    expect(next.body.nextCursor).toBeNull();
  });

  it('shows an investor only its own refusals, and another org\'s staff nothing of bank1\'s callers', async () => {
    const own = await ok(h, cast.carol, 'GET', `/v1/analytics/refusals/entries?from=${start}`);
    expect((own.body.items as { identity: string }[]).map((r) => r.identity)).toEqual(['carol']);
    expect(JSON.stringify(own.body)).not.toContain('alice');
    const bank2 = await ok(h, cast.admin2, 'GET', `/v1/analytics/refusals?from=${start}`);
    expect(bank2.body).toMatchObject({ scope: 'org', total: 1 });
    const bank1 = await ok(h, cast.agent, 'GET', `/v1/analytics/refusals?from=${start}`);
    expect(bank1.body).toMatchObject({ scope: 'org', total: 2 });
  });

  it('counts only the period and the security asked for', async () => {
    expect((await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals?from=0&to=${start - 1}`)).body).toMatchObject({ total: 0, byCode: [] });
    expect((await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals?from=${start}&securityId=OTHER`)).body).toMatchObject({ total: 0 });
  });

  it('does not count a successful write, nor a replayed Idempotency-Key', async () => {
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }, { 'idempotency-key': 'once' });
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }, { 'idempotency-key': 'once' });
    expect((await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals?from=${start}`)).body).toMatchObject({ total: 3 });
  });

  it('names the security of a route\'s path: an issuance to nobody on ACME counts for ACME', async () => {
    h.clock.advance(1);
    const after = h.clock.now;
    await call(h, cast.issuer, 'POST', '/v1/securities/ACME/issuances', { to: 'nobody', amount: '1' });
    const { body } = await ok(h, cast.regulator, 'GET', `/v1/analytics/refusals/entries?from=${after}&securityId=ACME`);
    expect(body.items).toEqual([expect.objectContaining({ route: 'POST /v1/securities/:id/issuances', securityId: 'ACME', identity: 'acme-issuer', role: 'issuer' })]);
  });

  it('refuses a period that ends before it starts with ST2-INVALID-INPUT', async () => {
    expect(await call(h, cast.regulator, 'GET', '/v1/analytics/refusals?from=10&to=5')).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });
});

describe('GET /v1/analytics/securities/:id/series', () => {
  let h: Harness;
  let day0: number;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h); // day 0: alice 1000, bob 500
    day0 = Math.floor(h.clock.now / DAY) * DAY;
    h.clock.advance(DAY);
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '300' }); // day 1: 3 holders
    await ok(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'bob', to: 'carol', amount: '500' }); // day 1: bob leaves, not trading
    h.clock.advance(2 * DAY);
    await issue(h, 'ACME', 'bob', '100'); // day 3: supply 1600, bob back
    await onboard(h, 'erin');
  });
  afterAll(() => h.close());

  const series = (query: string) => `/v1/analytics/securities/ACME/series?from=${day0}&to=${day0 + 4 * DAY - 1}${query}`;

  it('gives each day\'s closing supply and holders and its holder-transfer volume (a forced transfer is not trading)', async () => {
    const { body } = await ok(h, cast.regulator, 'GET', series(''));
    expect(body).toMatchObject({ securityId: 'ACME', interval: 'day', complete: true });
    expect(body.points).toEqual([
      { start: day0, supply: '1500', holders: 2, volume: '0' },
      { start: day0 + DAY, supply: '1500', holders: 2, volume: '300' },
      { start: day0 + 2 * DAY, supply: '1500', holders: 2, volume: '0' },
      { start: day0 + 3 * DAY, supply: '1600', holders: 3, volume: '0' },
    ]);
  });

  it('cuts weeks starting on Monday', async () => {
    const { body } = await ok(h, cast.agent, 'GET', series('&interval=week'));
    const points = body.points as { start: number; supply: string }[];
    for (const point of points) expect(new Date(point.start).getUTCDay()).toBe(1);
    expect(points[points.length - 1]?.supply).toBe('1600');
  });

  it('answers an investor about a security it holds, and refuses one that holds none with ST2-UNAUTHORIZED, showing nothing', async () => {
    expect((await ok(h, cast.carol, 'GET', series(''))).body.points).toHaveLength(4);
    const reply = await call(h, { role: 'investor', id: 'erin', org: 'bank1' }, 'GET', series(''));
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(JSON.stringify(reply.body)).not.toContain('1600');
  });

  it('refuses more than 1,000 days with ST2-TOO-MANY-OBSERVATIONS, and an unknown security with 404', async () => {
    expect(await call(h, cast.regulator, 'GET', `/v1/analytics/securities/ACME/series?from=0&to=${day0}`)).toMatchObject({ status: 400, body: { error: { code: 'ST2-TOO-MANY-OBSERVATIONS' } } });
    expect(await call(h, cast.regulator, 'GET', '/v1/analytics/securities/NOPE/series')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });
});

describe('GET /v1/analytics/settlements', () => {
  const omnibus = { role: 'investor', id: 'omnibus', org: 'custodian' } as const;
  let h: Harness;
  let last: string;
  beforeAll(async () => {
    h = await startHarness();
    await tradingWorld(h);
    const propose = (id: string) => ok(h, cast.alice, 'POST', '/v1/settlements', {
      settlementId: id, seller: 'alice', buyer: 'omnibus', securities: { securityId: 'ACME', amount: '10' }, cash: { securityId: 'EURT', amount: '100' }, settleBy: h.clock.now + DAY,
    });
    await propose('s1');
    await propose('s2');
    await propose('s3');
    await ok(h, cast.alice, 'POST', '/v1/settlements/s2/affirm', {});
    await ok(h, cast.alice, 'POST', '/v1/settlements/s3/affirm', {});
    await ok(h, omnibus, 'POST', '/v1/settlements/s3/affirm', {});
    await ok(h, cast.alice, 'POST', '/v1/settlements/s3/settle', {});
    last = String((await ok(h, cast.alice, 'POST', '/v1/settlements/s1/cancel', {})).body.txId);
  });
  const at = (query = '') => `/v1/analytics/settlements?consistentWith=${last}${query}`;
  afterAll(() => h.close());

  it('counts the instructions in each status for the regulator', async () => {
    const { body } = await ok(h, cast.regulator, 'GET', at());
    expect(body).toEqual({ total: 3, byStatus: { proposed: 0, affirmed: 1, settled: 1, cancelled: 1, failed: 0 }, complete: true });
  });

  it('narrows to a security and a party', async () => {
    expect((await ok(h, cast.custodian, 'GET', at('&party=omnibus&securityId=ACME'))).body).toMatchObject({ total: 3, party: 'omnibus', securityId: 'ACME' });
    expect((await ok(h, cast.regulator, 'GET', at('&securityId=EURT'))).body).toMatchObject({ total: 0 });
  });

  it('counts an investor\'s own, and refuses it anyone else\'s or everyone\'s with ST2-UNAUTHORIZED, showing no count', async () => {
    expect((await ok(h, cast.alice, 'GET', at('&party=alice'))).body).toMatchObject({ total: 3 });
    for (const query of ['&party=omnibus', '']) {
      const reply = await call(h, cast.bob, 'GET', at(query));
      expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(reply.body).not.toHaveProperty('total');
    }
  });
});
