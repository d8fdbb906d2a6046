import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { ok } from './support/world';

describe('GET /v1/ledger/time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('answers the ledger\'s clock, not the system\'s, to every role, and follows it when it moves', async () => {
    // The test ledger's clock starts years from the system's, as a development clock may be.
    expect(Math.abs(h.clock.now - Date.now())).toBeGreaterThan(86_400_000);
    for (const actor of [cast.alice, cast.issuer, cast.regulator]) expect((await ok(h, actor, 'GET', '/v1/ledger/time')).body).toEqual({ now: h.clock.now });
    h.clock.advance(3_600_000);
    expect((await ok(h, cast.alice, 'GET', '/v1/ledger/time')).body).toEqual({ now: h.clock.now });
  });

  it('refuses an unsigned caller with 401', async () => {
    const reply = await h.app.inject({ method: 'GET', url: '/v1/ledger/time' });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).not.toHaveProperty('now');
  });
});
