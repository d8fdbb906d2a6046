import { cast, party } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, equity, issue, ok, standardWorld } from './support/world';

const DAY = 86_400_000;

describe('conditional transfers over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('GATED', { requiredClaims: ['kyc'], approvalRequired: true }));
    await issue(h, 'GATED', 'alice', '100');
    await ok(h, cast.issuer, 'POST', '/v1/securities/GATED/agents', { agent: { ...party(cast.agent2), powers: ['approve'] } });
  });
  afterAll(() => h.close());

  const requestBody = (transferId: string, amount = '10') => ({ securityId: 'GATED', transferId, from: 'alice', to: 'bob', amount, validUntil: h.clock.now + DAY });
  /** The ledger's height and both holdings as the read model shows them at that height. */
  async function everything(): Promise<unknown> {
    const height = await h.ledger.height();
    const read = (holder: string) => ok(h, cast.regulator, 'GET', `/v1/securities/GATED/holdings/${holder}?position=${height}`).then((r) => r.body);
    return { height, alice: await read('alice'), bob: await read('bob') };
  }

  it('refuses a plain transfer with 422 ST2-APPROVAL-REQUIRED', async () => {
    const reply = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'GATED', from: 'alice', to: 'bob', amount: '1' });
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-APPROVAL-REQUIRED', erc1066: { code: '0x10' } } } });
  });

  it('requests (201, nothing moves, once per Idempotency-Key), then an approve-only agent of another org approves and executes it', async () => {
    const before = await everything();
    const first = await ok(h, cast.alice, 'POST', '/v1/transfer-requests', requestBody('t1'), { 'idempotency-key': 'req-t1' });
    expect(first.status).toBe(201);
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'TransferRequested', transferId: 't1', amount: '10' })]);
    const replay = await ok(h, cast.alice, 'POST', '/v1/transfer-requests', requestBody('t1'), { 'idempotency-key': 'req-t1' });
    expect(replay.body.txId).toBe(first.body.txId);
    expect({ ...(await everything() as object), height: 0n }).toEqual({ ...(before as object), height: 0n });

    const approved = await ok(h, cast.agent2, 'POST', '/v1/securities/GATED/transfer-requests/t1/approve', {});
    expect(approved.status).toBe(200);
    expect((approved.body.events as { type: string }[]).map((e) => e.type)).toEqual(['TransferApproved', 'Transferred']);
    const bob = await ok(h, cast.regulator, 'GET', `/v1/securities/GATED/holdings/bob?consistentWith=${String(approved.body.txId)}`);
    expect(bob.body).toMatchObject({ balance: '10' });
    expect(await call(h, cast.agent2, 'POST', '/v1/securities/GATED/transfer-requests/t1/approve', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-REQUEST-CLOSED' } } });
  });

  it('reads a request and its status: staff, its sender and its recipient may; another investor may not (403), an unknown one is 404', async () => {
    const url = '/v1/securities/GATED/transfer-requests/t1';
    const expected = { id: 't1', securityId: 'GATED', from: 'alice', to: 'bob', amount: '10', status: 'approved', decidedBy: party(cast.agent2) };
    for (const reader of [cast.alice, cast.bob, cast.agent, cast.regulator]) expect((await ok(h, reader, 'GET', url)).body).toMatchObject(expected);
    expect(await call(h, cast.carol, 'GET', url)).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(await call(h, { ...cast.alice, org: 'bank2' }, 'GET', url)).toMatchObject({ status: 403 });
    expect(await call(h, cast.agent, 'GET', '/v1/securities/GATED/transfer-requests/nope')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('rejects a request: nothing moves and it can never execute', async () => {
    await ok(h, cast.alice, 'POST', '/v1/transfer-requests', requestBody('t2'));
    const before = await everything();
    await ok(h, cast.agent, 'POST', '/v1/securities/GATED/transfer-requests/t2/reject', {});
    const after = await everything() as { alice: unknown; bob: unknown };
    expect([after.alice, after.bob]).toEqual([(before as typeof after).alice, (before as typeof after).bob]);
    expect(await call(h, cast.agent, 'POST', '/v1/securities/GATED/transfer-requests/t2/approve', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-REQUEST-CLOSED' } } });
  });

  it('refuses to execute a request past its validity window with 422 ST2-REQUEST-EXPIRED', async () => {
    await ok(h, cast.alice, 'POST', '/v1/transfer-requests', requestBody('late'));
    h.clock.advance(DAY + 1);
    const before = await everything();
    expect(await call(h, cast.agent, 'POST', '/v1/securities/GATED/transfer-requests/late/approve', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-REQUEST-EXPIRED' } } });
    expect(await everything()).toEqual(before);
  });

  const attempts: [string, number, string, Actor, string, string, () => unknown][] = [
    ['an investor approving', 403, 'ST2-UNAUTHORIZED', cast.alice, 'POST', '/v1/securities/GATED/transfer-requests/t3/approve', () => ({})],
    ['an agent of another org without the approve power', 403, 'ST2-UNAUTHORIZED', { ...cast.agent2, id: 'bank2-other' }, 'POST', '/v1/securities/GATED/transfer-requests/t3/approve', () => ({})],
    ['the approve agent\'s namesake in another org', 403, 'ST2-UNAUTHORIZED', { ...cast.agent2, org: 'bank1' }, 'POST', '/v1/securities/GATED/transfer-requests/t3/reject', () => ({})],
    ['the regulator', 403, 'ST2-UNAUTHORIZED', cast.regulator, 'POST', '/v1/securities/GATED/transfer-requests/t3/approve', () => ({})],
    ['another investor requesting from alice\'s holding', 403, 'ST2-UNAUTHORIZED', cast.bob, 'POST', '/v1/transfer-requests', () => ({ ...requestBody('t4'), from: 'alice' })],
    ['an agent requesting', 403, 'ST2-UNAUTHORIZED', cast.agent, 'POST', '/v1/transfer-requests', () => requestBody('t4')],
    ['an oversized amount', 400, 'ST2-INVALID-INPUT', cast.alice, 'POST', '/v1/transfer-requests', () => requestBody('t4', `1${'0'.repeat(38)}`)],
    ['a window past 90 days', 400, 'ST2-INVALID-INPUT', cast.alice, 'POST', '/v1/transfer-requests', () => ({ ...requestBody('t4'), validUntil: h.clock.now + 91 * DAY })],
    ['a body on approval', 400, 'ST2-INVALID-INPUT', cast.agent, 'POST', '/v1/securities/GATED/transfer-requests/t3/approve', () => ({ amount: '1000' })],
    ['an unknown request', 404, 'ST2-NOT-FOUND', cast.agent, 'POST', '/v1/securities/GATED/transfer-requests/nope/approve', () => ({})],
  ];
  it.each(attempts)('refuses %s with %i %s and changes nothing', async (_what, status, code, actor, method, url, body) => {
    await call(h, cast.alice, 'POST', '/v1/transfer-requests', requestBody('t3'));
    const before = await everything();
    const reply = await call(h, actor, method as 'POST', url, body());
    expect(reply).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  });
});

describe('listing and cancelling transfer requests over HTTP', () => {
  let h: Harness;
  let lastTx = '';
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('GATED', { requiredClaims: ['kyc'], approvalRequired: true }));
    await issue(h, 'GATED', 'alice', '100');
    await issue(h, 'GATED', 'bob', '100');
    for (const [from, id] of [['alice', 'a1'], ['alice', 'a2'], ['alice', 'a3'], ['bob', 'b1']] as const) {
      const body = { securityId: 'GATED', transferId: id, from, to: from === 'alice' ? 'bob' : 'alice', amount: '1', validUntil: h.clock.now + DAY };
      lastTx = String((await ok(h, from === 'alice' ? cast.alice : cast.bob, 'POST', '/v1/transfer-requests', body)).body.txId);
    }
  });
  afterAll(() => h.close());

  const ids = (reply: { body: Record<string, unknown> }) => (reply.body.items as { id: string }[]).map((r) => r.id);
  const request = (id: string) => ok(h, cast.regulator, 'GET', `/v1/securities/GATED/transfer-requests/${id}`).then((r) => r.body);

  it('lists a security\'s requests by transfer id, paged, and one holder\'s (in a security or in all)', async () => {
    const first = await ok(h, cast.agent, 'GET', `/v1/securities/GATED/transfer-requests?limit=3&consistentWith=${lastTx}`);
    expect(ids(first)).toEqual(['a1', 'a2', 'a3']);
    const rest = await ok(h, cast.agent, 'GET', `/v1/securities/GATED/transfer-requests?limit=3&cursor=${encodeURIComponent(String(first.body.nextCursor))}`);
    expect([ids(rest), rest.body.nextCursor]).toEqual([['b1'], null]);
    expect(ids(await ok(h, cast.regulator, 'GET', '/v1/securities/GATED/transfer-requests?holder=bob'))).toEqual(['b1']);
    const mine = await ok(h, cast.alice, 'GET', '/v1/transfer-requests?holder=alice&limit=2');
    const more = await ok(h, cast.alice, 'GET', `/v1/transfer-requests?holder=alice&limit=2&cursor=${encodeURIComponent(String(mine.body.nextCursor))}`);
    expect([...ids(mine), ...ids(more)]).toEqual(['a1', 'a2', 'a3']);
    expect(ids(await ok(h, cast.alice, 'GET', '/v1/securities/GATED/transfer-requests?holder=alice'))).toEqual(['a1', 'a2', 'a3']);
  });

  it('lets an investor list only its own requests (403 otherwise)', async () => {
    for (const url of ['/v1/securities/GATED/transfer-requests', '/v1/securities/GATED/transfer-requests?holder=bob', '/v1/transfer-requests?holder=bob']) {
      expect(await call(h, cast.alice, 'GET', url)).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    }
    expect(await call(h, { ...cast.alice, org: 'bank2' }, 'GET', '/v1/transfer-requests?holder=alice')).toMatchObject({ status: 403 });
  });

  it('lets the requesting investor cancel its request (200): cancelled, listed as such, nothing moved', async () => {
    const reply = await ok(h, cast.alice, 'POST', '/v1/securities/GATED/transfer-requests/a1/cancel', {}, { 'idempotency-key': 'cancel-a1' });
    expect(reply.body.events).toEqual([expect.objectContaining({ type: 'TransferCancelled', transferId: 'a1', by: party(cast.alice) })]);
    const listed = await ok(h, cast.agent, 'GET', `/v1/securities/GATED/transfer-requests?consistentWith=${String(reply.body.txId)}`);
    expect((listed.body.items as { id: string; status: string }[]).map((r) => [r.id, r.status])).toEqual([['a1', 'cancelled'], ['a2', 'requested'], ['a3', 'requested'], ['b1', 'requested']]);
    expect((await ok(h, cast.regulator, 'GET', '/v1/securities/GATED/holdings/bob')).body).toMatchObject({ balance: '100' });
    const replay = await ok(h, cast.alice, 'POST', '/v1/securities/GATED/transfer-requests/a1/cancel', {}, { 'idempotency-key': 'cancel-a1' });
    expect(replay.body.txId).toBe(reply.body.txId);
  });

  const attempts: [string, number, string, Actor, string][] = [
    ['the recipient cancelling', 403, 'ST2-UNAUTHORIZED', cast.bob, 'a2'],
    ['the holder\'s namesake in another org', 403, 'ST2-UNAUTHORIZED', { ...cast.alice, org: 'bank2' }, 'a2'],
    ['an agent cancelling', 403, 'ST2-UNAUTHORIZED', cast.agent, 'a2'],
    ['the regulator cancelling', 403, 'ST2-UNAUTHORIZED', cast.regulator, 'a2'],
    ['a closed request', 422, 'ST2-REQUEST-CLOSED', cast.alice, 'a1'],
    ['an unknown request', 404, 'ST2-NOT-FOUND', cast.alice, 'nope'],
  ];
  it.each(attempts)('refuses %s with %i %s and changes nothing', async (_what, status, code, actor, id) => {
    const before = [await h.ledger.height(), await request('a1'), await request('a2')];
    expect(await call(h, actor, 'POST', `/v1/securities/GATED/transfer-requests/${id}/cancel`, {})).toMatchObject({ status, body: { error: { code } } });
    expect([await h.ledger.height(), await request('a1'), await request('a2')]).toEqual(before);
  });
});
