import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, standardWorld } from './support/world';

const DAY = 86_400_000;

/**
 * Four eyes over HTTP, on the standard world (alice 1,000 ACME, bob 500): ACME's forced transfers, redemptions and
 * recoveries of more than 100 need a second party with the power; bank1's agent proposes, bank2's agent approves.
 */
describe('four-eyes agent approvals over HTTP', () => {
  let h: Harness;
  const positions = async () => {
    await projectionCaughtUp(h);
    const of = async (holder: string) => (await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/holdings/${holder}`)).body.total;
    return { alice: await of('alice'), bob: await of('bob'), height: await h.ledger.height() };
  };
  const propose = (approvalId: string, action: Record<string, unknown>) =>
    call(h, cast.agent, 'POST', '/v1/securities/ACME/agent-approvals', { approvalId, action, expiresAt: h.clock.now + DAY });

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/agents', { agent: { ...party(cast.agent2), powers: ['force', 'redeem', 'recover'] } });
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], fourEyes: { threshold: '100', powers: ['force', 'redeem', 'recover'] } } });
  });
  afterAll(() => h.close());

  it('refuses one agent\'s forced transfer above the threshold with 422 ST2-FOUR-EYES-REQUIRED, changing nothing', async () => {
    const before = await positions();
    const refused = await call(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '101' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-FOUR-EYES-REQUIRED', details: { threshold: '100', power: 'force' } } } });
    expect(await positions()).toEqual(before);
  });

  it('proposes it (201, nothing moved), refuses the proposer\'s own approval (403 ST2-SELF-APPROVAL), executes on a second agent\'s approval (200)', async () => {
    const before = await positions();
    const proposed = await propose('FT-1', { kind: 'ForcedTransfer', from: 'alice', to: 'bob', amount: '300' });
    expect(proposed.status).toBe(201);
    const pending = await ok(h, cast.agent2, 'GET', `/v1/agent-approvals/FT-1?consistentWith=${String(proposed.body.txId)}`);
    expect(pending.body).toMatchObject({ id: 'FT-1', securityId: 'ACME', status: 'pending', proposedBy: party(cast.agent), action: { kind: 'ForcedTransfer', amount: '300' } });
    expect((await positions())).toMatchObject({ alice: before.alice, bob: before.bob });
    const self = await positions();
    expect(await call(h, cast.agent, 'POST', '/v1/agent-approvals/FT-1/approve', {})).toMatchObject({ status: 403, body: { error: { code: 'ST2-SELF-APPROVAL' } } });
    expect(await positions()).toEqual(self);
    const approved = await call(h, cast.agent2, 'POST', '/v1/agent-approvals/FT-1/approve', {}, { 'idempotency-key': 'approve-ft-1' });
    expect(approved.status).toBe(200);
    expect((approved.body.events as { type: string }[]).map((e) => e.type)).toEqual(['AgentActionApproved', 'Transferred']);
    expect(await positions()).toMatchObject({ alice: '700', bob: '800' });
    expect((await ok(h, cast.regulator, 'GET', '/v1/agent-approvals/FT-1')).body).toMatchObject({ status: 'executed', decidedBy: party(cast.agent2) });
    expect(await call(h, cast.issuer, 'POST', '/v1/agent-approvals/FT-1/approve', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-REQUEST-CLOSED' } } });
  });

  it('lets its proposer alone cancel a pending one (200), nothing moved; refuses an approval after expiry with 422 ST2-REQUEST-EXPIRED', async () => {
    await ok(h, cast.agent, 'POST', '/v1/securities/ACME/agent-approvals', { approvalId: 'RD-1', action: { kind: 'Redeem', from: 'bob', amount: '200' }, expiresAt: h.clock.now + DAY });
    await ok(h, cast.agent, 'POST', '/v1/securities/ACME/agent-approvals', { approvalId: 'RD-2', action: { kind: 'Redeem', from: 'bob', amount: '200' }, expiresAt: h.clock.now + DAY });
    const before = await positions();
    expect(await call(h, cast.agent2, 'POST', '/v1/agent-approvals/RD-1/cancel', {})).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect((await call(h, cast.agent, 'POST', '/v1/agent-approvals/RD-1/cancel', {})).status).toBe(200);
    h.clock.advance(DAY);
    expect(await call(h, cast.agent2, 'POST', '/v1/agent-approvals/RD-2/approve', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-REQUEST-EXPIRED' } } });
    expect(await positions()).toMatchObject({ alice: before.alice, bob: before.bob });
    expect((await ok(h, cast.regulator, 'GET', '/v1/agent-approvals/RD-1')).body).toMatchObject({ status: 'cancelled', decidedBy: party(cast.agent) });
  });

  it('lists the security\'s proposed operations by id with their status (staff), and refuses the list to an investor with 403', async () => {
    await projectionCaughtUp(h);
    const listed = await ok(h, cast.agent2, 'GET', '/v1/securities/ACME/agent-approvals');
    expect((listed.body.items as { id: string; status: string }[]).map(({ id, status }) => [id, status])).toEqual([['FT-1', 'executed'], ['RD-1', 'cancelled'], ['RD-2', 'pending']]);
    expect(listed.body.nextCursor).toBeNull();
    const paged = await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/agent-approvals?limit=2');
    expect((paged.body.items as unknown[]).length).toBe(2);
    expect((await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/agent-approvals?cursor=${String(paged.body.nextCursor)}`)).body.items).toEqual([expect.objectContaining({ id: 'RD-2' })]);
    expect(await call(h, cast.alice, 'GET', '/v1/securities/ACME/agent-approvals')).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
  });

  it('answers 404 for an unknown approval and 403 to an investor reading one', async () => {
    expect((await call(h, cast.agent, 'GET', '/v1/agent-approvals/NOPE')).status).toBe(404);
    expect((await call(h, cast.alice, 'GET', '/v1/agent-approvals/FT-1')).status).toBe(403);
  });
});
