import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

describe('reads after a refusal (details.position)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('names the ledger position a refusal was decided at, and a read at it shows the state that refused', async () => {
    // The freeze's txId goes to the agent, never to alice: the refusal alone must lead her to the state it saw.
    await ok(h, cast.agent, 'POST', '/v1/identities/alice/freeze', { securityId: 'ACME' });
    const refused = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-FROZEN', details: { position: expect.stringMatching(/^[0-9]+$/) } } } });
    const position = (refused.body.error as { details: { position: string } }).details.position;
    expect(BigInt(position)).toBe(await h.ledger.height());
    const read = await ok(h, cast.alice, 'GET', `/v1/securities/ACME/holdings/alice?position=${position}`);
    expect(read.body).toMatchObject({ balance: '1000', free: '0', wholeHoldingFrozen: true });
    await ok(h, cast.agent, 'POST', '/v1/identities/alice/unfreeze', { securityId: 'ACME' });
  });

  it('names the position on a refusal by the ledger’s authorisation too (403 from the chaincode)', async () => {
    const refused = await call(h, cast.agent2, 'POST', '/v1/securities/ACME/pause', {});
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { position: expect.any(String) } } } });
  });

  it('accepts position on every read-model read, and refuses a position beyond the ledger with ST2-INVALID-INPUT', async () => {
    const height = await h.ledger.height();
    expect((await call(h, cast.regulator, 'GET', `/v1/securities?position=${height}`)).status).toBe(200);
    expect(await call(h, cast.regulator, 'GET', `/v1/securities/ACME?position=${height + 5n}`)).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    expect(await call(h, cast.regulator, 'GET', '/v1/securities/ACME?position=-1')).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });
});
