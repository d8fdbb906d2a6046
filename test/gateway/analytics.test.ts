import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, onboard, standardWorld } from './support/world';

describe('GET /v1/analytics/securities/:id/holders', () => {
  let h: Harness;
  let lastTx: string;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h); // alice 1000, bob 500
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '300' });
    await ok(h, cast.agent, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME' });
    lastTx = String((await ok(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'bob', to: 'carol', amount: '50' })).body.txId);
    await onboard(h, 'erin');
  });
  afterAll(() => h.close());

  const path = (query = '') => `/v1/analytics/securities/ACME/holders?consistentWith=${lastTx}${query}`;

  it('gives the regulator HHI, the top-ten share and turnover, forced transfers not counted as trading', async () => {
    // alice 700, bob 450, carol 350 of 1,500: HHI = 10,000 × (700² + 450² + 350²) / 1,500² = 3,622.22; turnover 300 / 1,500.
    const reply = await ok(h, cast.regulator, 'GET', path());
    expect(reply.body).toMatchObject({ securityId: 'ACME', holders: 3, supply: '1500', topTenShare: 1, turnover: { volume: '300', ratio: 0.2 }, complete: true });
    expect(reply.body.hhi).toBeCloseTo(3_622.222222222, 6);
  });

  it('counts only the transfers in the period asked for', async () => {
    const reply = await ok(h, cast.agent, 'GET', path('&from=0&to=1'));
    expect(reply.body).toMatchObject({ turnover: { from: 0, to: 1, volume: '0', ratio: 0 } });
  });

  it('answers an investor about a security it holds, naming no holder', async () => {
    const reply = await ok(h, cast.carol, 'GET', path());
    expect(reply.body).toMatchObject({ holders: 3, supply: '1500' });
    expect(JSON.stringify(reply.body)).not.toMatch(/alice|bob/);
  });

  it('refuses an investor that holds none of the security with ST2-UNAUTHORIZED, and shows nothing of it', async () => {
    const reply = await call(h, { role: 'investor', id: 'erin', org: 'bank1' }, 'GET', path());
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(JSON.stringify(reply.body)).not.toContain('1500');
  });

  it('refuses an investor token of another org carrying a holder\'s id with ST2-UNAUTHORIZED', async () => {
    expect(await call(h, { ...cast.alice, org: 'bank2' }, 'GET', path())).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
  });

  it('answers 404 for an unknown security', async () => {
    expect(await call(h, cast.regulator, 'GET', '/v1/analytics/securities/NOPE/holders')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });
});
