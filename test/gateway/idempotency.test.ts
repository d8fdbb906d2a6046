import type { App } from '../../gateway/src/app';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, kycRecord, ok, standardWorld } from './support/world';

describe('idempotent writes (Idempotency-Key)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const transfer = (amount: string) => ({ securityId: 'ACME', from: 'alice', to: 'bob', amount });
  const keyed = (key: string) => ({ 'idempotency-key': key });

  async function transferredEvents(txId: unknown): Promise<number> {
    const reply = await ok(h, cast.regulator, 'GET', `/v1/audit/events?type=Transferred&consistentWith=${String(txId)}`);
    return (reply.body.items as unknown[]).length;
  }

  it('returns the first response for a repeated key and applies the transfer once', async () => {
    const first = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('10'), keyed('pay-1'));
    const second = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('10'), keyed('pay-1'));
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await transferredEvents(first.body.txId)).toBe(1);
    const holdings = await ok(h, cast.alice, 'GET', '/v1/holdings?holder=alice');
    expect(holdings.body.holdings).toEqual([expect.objectContaining({ balance: '990' })]);
  });

  it('answers concurrent repeats with the one response of one transaction', async () => {
    const replies = await Promise.all(Array.from({ length: 8 }, () => ok(h, cast.alice, 'POST', '/v1/transfers', transfer('3'), keyed('pay-2'))));
    expect(new Set(replies.map((reply) => reply.body.txId)).size).toBe(1);
    expect(await transferredEvents(replies[0]?.body.txId)).toBe(2);
  });

  it('refuses the same key for a different request with 422 ST2-IDEMPOTENCY-MISMATCH', async () => {
    const reply = await call(h, cast.alice, 'POST', '/v1/transfers', transfer('11'), keyed('pay-1'));
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-IDEMPOTENCY-MISMATCH' } } });
  });

  it('scopes keys per org, as the ledger does', async () => {
    const bank1 = await ok(h, cast.agent, 'POST', '/v1/identities', { identityId: 'k1', investor: 'k1', jurisdiction: 'FR', investorType: 'retail', record: kycRecord('k1') }, keyed('onboard'));
    const bank2 = await ok(h, cast.agent2, 'POST', '/v1/identities', { identityId: 'k2', investor: 'k2', jurisdiction: 'FR', investorType: 'retail', record: kycRecord('k2') }, keyed('onboard'));
    expect(bank2.body.txId).not.toBe(bank1.body.txId);
  });

  it('does not keep a refusal: the same key may succeed once the state allows it', async () => {
    const refused = await call(h, cast.alice, 'POST', '/v1/transfers', transfer('5000'), keyed('pay-3'));
    expect(refused.status).toBe(422);
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/issuances', { to: 'alice', amount: '5000' });
    expect((await call(h, cast.alice, 'POST', '/v1/transfers', transfer('5000'), keyed('pay-3'))).status).toBe(201);
  });

  it('replays after a gateway restart (the responses are on disk)', async () => {
    const first = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('1'), keyed('pay-4'));
    await h.restartApp();
    const again = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('1'), keyed('pay-4'));
    expect(again.body).toEqual(first.body);
  });

  it('answers a repeat whose response a gateway lost with the original outcome, read back from the ledger', async () => {
    const first = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('2'), keyed('pay-5'));
    const amnesiac = await h.secondApp();
    const reply = await inject(amnesiac, h, cast.alice, '/v1/transfers', transfer('2'), keyed('pay-5'));
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toEqual(first.body);
    expect(reply.headers['idempotent-replayed']).toBe('true');
    expect(await transferredEvents(first.body.txId)).toBe(5);
  });

  it('rejects a malformed key with 400', async () => {
    const reply = await call(h, cast.alice, 'POST', '/v1/transfers', transfer('1'), keyed('not a valid key!'));
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT', details: { part: 'headers' } } } });
  });
});

function inject(app: App, h: Harness, actor: Actor, url: string, payload: Record<string, unknown>, headers: Record<string, string>) {
  return app.inject({ method: 'POST', url, payload, headers: { ...h.auth(actor), ...headers } });
}
