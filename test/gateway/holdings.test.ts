import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, onboard, standardWorld } from './support/world';

describe('GET /v1/securities/:id/holdings/:holder', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('shows an investor its own balance, all of it free', async () => {
    const reply = await ok(h, cast.alice, 'GET', `/v1/securities/ACME/holdings/alice?position=${await h.ledger.height()}`);
    expect(reply.body).toEqual({ securityId: 'ACME', holder: 'alice', balance: '1000', total: '1000', free: '1000', frozen: '0', held: '0', wholeHoldingFrozen: false, partitions: [{ partition: 'default', amount: '1000' }] });
  });

  it('splits the balance into free and frozen after a partial freeze, and freezes it all for a whole-holding freeze', async () => {
    const partial = await ok(h, cast.agent, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME', amount: '200' });
    const afterPartial = await ok(h, cast.agent, 'GET', `/v1/securities/ACME/holdings/bob?consistentWith=${String(partial.body.txId)}`);
    expect(afterPartial.body).toMatchObject({ balance: '500', free: '300', frozen: '200', wholeHoldingFrozen: false });
    const whole = await ok(h, cast.agent, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME' });
    const afterWhole = await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/holdings/bob?consistentWith=${String(whole.body.txId)}`);
    expect(afterWhole.body).toMatchObject({ balance: '500', free: '0', frozen: '500', wholeHoldingFrozen: true });
  });

  it('answers zeros for a registered identity that holds none', async () => {
    await onboard(h, 'erin');
    const reply = await ok(h, cast.agent, 'GET', `/v1/securities/ACME/holdings/erin?position=${await h.ledger.height()}`);
    expect(reply.body).toEqual({ securityId: 'ACME', holder: 'erin', balance: '0', total: '0', free: '0', frozen: '0', held: '0', wholeHoldingFrozen: false, partitions: [] });
  });

  it('answers 404 for an unknown security or identity', async () => {
    expect(await call(h, cast.agent, 'GET', '/v1/securities/NOPE/holdings/alice')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
    expect(await call(h, cast.agent, 'GET', '/v1/securities/ACME/holdings/nobody')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('refuses an investor another holder’s position with ST2-UNAUTHORIZED, and shows nothing of it', async () => {
    const reply = await call(h, cast.bob, 'GET', '/v1/securities/ACME/holdings/alice');
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(JSON.stringify(reply.body)).not.toContain('1000');
  });

  it('refuses an investor token of another org carrying the holder’s id with ST2-UNAUTHORIZED', async () => {
    const impostor = { ...cast.alice, org: 'bank2' };
    const reply = await call(h, impostor, 'GET', '/v1/securities/ACME/holdings/alice');
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
  });
});

describe('GET /v1/holdings', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('answers an investor who names no holder with its own holdings', async () => {
    const position = await h.ledger.height();
    const own = await ok(h, cast.alice, 'GET', `/v1/holdings?position=${position}`);
    expect(own.body).toEqual((await ok(h, cast.alice, 'GET', `/v1/holdings?holder=alice&position=${position}`)).body);
    expect(own.body).toMatchObject({ holder: 'alice', holdings: [{ securityId: 'ACME', holder: 'alice', balance: '1000' }] });
  });

  it('asks any other role to name the holder, with ST2-INVALID-INPUT', async () => {
    const reply = await call(h, cast.regulator, 'GET', '/v1/holdings');
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT', details: { issues: [{ path: '/holder' }] } } } });
  });

  it('still refuses an investor another holder’s holdings with ST2-UNAUTHORIZED', async () => {
    const reply = await call(h, cast.bob, 'GET', '/v1/holdings?holder=alice');
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(JSON.stringify(reply.body)).not.toContain('1000');
  });
});
