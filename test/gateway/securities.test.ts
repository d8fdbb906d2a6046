import { createHash } from 'node:crypto';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { bond, call, equity, ok, onboard, trustKyc, YEAR } from './support/world';

describe('securities', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await trustKyc(h);
  });
  afterAll(() => h.close());

  it('creates an equity, a debt and a hybrid security and reads each back', async () => {
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('ACME'));
    await ok(h, cast.issuer, 'POST', '/v1/securities', bond('ACME-BOND', h.clock.now + 5 * YEAR));
    const hybrid = {
      ...bond('ACME-CONV', h.clock.now + 3 * YEAR),
      terms: {
        ...bond('x', h.clock.now + 3 * YEAR).terms, kind: 'hybrid',
        conversion: { equitySecurityId: 'ACME', ratioNumerator: 2, ratioDenominator: 1, windowStart: h.clock.now + YEAR, windowEnd: h.clock.now + 2 * YEAR },
      },
    };
    const created = await ok(h, cast.issuer, 'POST', '/v1/securities', hybrid);
    expect(created.status).toBe(201);
    const read = await ok(h, cast.alice, 'GET', `/v1/securities/ACME-CONV?consistentWith=${String(created.body.txId)}`);
    expect(read.body).toMatchObject({
      security: { id: 'ACME-CONV', issuer: { org: h.mspId('bank1'), id: cast.issuer.id }, terms: { kind: 'hybrid', conversion: { equitySecurityId: 'ACME' } } },
      stats: { supply: '0', holders: 0 },
      status: 'active',
    });
    const list = await ok(h, cast.regulator, 'GET', '/v1/securities');
    expect((list.body.items as { id: string }[]).map((s) => s.id)).toEqual(['ACME', 'ACME-BOND', 'ACME-CONV']);
  });

  it('pages the list with a cursor', async () => {
    const first = await ok(h, cast.admin, 'GET', '/v1/securities?limit=2');
    expect((first.body.items as unknown[]).length).toBe(2);
    const second = await ok(h, cast.admin, 'GET', `/v1/securities?limit=2&cursor=${String(first.body.nextCursor)}`);
    expect(second.body).toMatchObject({ items: [{ id: 'ACME-CONV' }], nextCursor: null });
  });

  it('refuses a hybrid converting into something that is not an equity with 400', async () => {
    const reply = await call(h, cast.issuer, 'POST', '/v1/securities', {
      ...bond('BAD-CONV', h.clock.now + YEAR),
      terms: { ...bond('x', h.clock.now + YEAR).terms, kind: 'hybrid', conversion: { equitySecurityId: 'ACME-BOND', ratioNumerator: 1, ratioDenominator: 1, windowStart: h.clock.now, windowEnd: h.clock.now + 1 } },
    });
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });

  it('sets rules, attaches a document, pauses and unpauses', async () => {
    const rules = await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['KP'], maxHolders: 50 } });
    expect(rules.status).toBe(200);
    const hash = createHash('sha256').update('prospectus').digest('hex');
    const doc = await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/documents', { name: 'Prospectus', hash });
    expect(doc.status).toBe(201);
    const paused = await ok(h, cast.agent, 'POST', '/v1/securities/ACME/pause');
    const read = await ok(h, cast.alice, 'GET', `/v1/securities/ACME?consistentWith=${String(paused.body.txId)}`);
    expect(read.body).toMatchObject({ status: 'paused', security: { rules: { blockedJurisdictions: ['KP'], maxHolders: 50 }, documents: [{ name: 'Prospectus', hash }] } });
    const again = await call(h, cast.agent, 'POST', '/v1/securities/ACME/pause');
    expect(again).toMatchObject({ status: 422, body: { error: { code: 'ST2-PAUSED' } } });
    const resumed = await ok(h, cast.agent, 'POST', '/v1/securities/ACME/unpause');
    expect((await ok(h, cast.alice, 'GET', `/v1/securities/ACME?consistentWith=${String(resumed.body.txId)}`)).body.status).toBe('active');
  });

  it('reports a debt security matured from its maturity date on', async () => {
    h.clock.advance(6 * YEAR);
    const read = await ok(h, cast.alice, 'GET', '/v1/securities/ACME-BOND');
    expect(read.body.status).toBe('matured');
  });

  it('refuses an agent of another security with 403 ST2-UNAUTHORIZED from the chaincode', async () => {
    const stranger = { role: 'agent', id: 'other-agent', org: 'bank2' } as const;
    const reply = await call(h, stranger, 'POST', '/v1/securities/ACME/pause');
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
  });

  it('answers 404 for an unknown security, on reads and on writes', async () => {
    expect((await call(h, cast.alice, 'GET', '/v1/securities/NOPE')).status).toBe(404);
    expect((await call(h, cast.agent, 'POST', '/v1/securities/NOPE/pause')).status).toBe(404);
    expect((await call(h, cast.agent, 'GET', '/v1/securities/NOPE/holders')).status).toBe(404);
  });

  it('onboards an investor for the holders query', async () => {
    await onboard(h, 'alice');
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/issuances', { to: 'alice', amount: '10' });
    const { txId } = (await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/issuances', { to: 'alice', amount: '5' })).body;
    const holders = await ok(h, cast.agent, 'GET', `/v1/securities/ACME/holders?consistentWith=${String(txId)}`);
    expect(holders.body).toMatchObject({ items: [{ holder: 'alice', balance: '15' }], nextCursor: null });
  });
});
