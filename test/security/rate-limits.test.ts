import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { standardWorld } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';

const MAX = 3;

/** The limiter counts principals (org and subject), not addresses: every test client here shares one address. */
describe('rate limits per principal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it(`stops a principal after ${MAX} requests a window with 429 ST2-RATE-LIMITED, writes included, while others from the same address go on`, async () => {
    const limited = await h.secondApp({ rateLimit: { max: MAX, timeWindowMs: 60_000 } });
    const as = (actor: Actor, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
      limited.inject({ method, url, headers: h.auth(actor), ...(payload ? { payload } : {}) });
    for (let i = 0; i < MAX; i++) expect((await as(cast.alice, '/v1/securities')).statusCode).toBe(200);
    const before = await ledgerView(h);
    const refused = await as(cast.alice, '/v1/transfers', 'POST', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'ST2-RATE-LIMITED' } });
    expect(refused.headers['retry-after']).toBeDefined();
    expect(await ledgerView(h)).toEqual(before);
    // Same address, another principal: its own budget.
    expect((await as(cast.bob, '/v1/securities')).statusCode).toBe(200);
    expect((await as(cast.alice, '/v1/securities')).statusCode).toBe(429);
  });
});
