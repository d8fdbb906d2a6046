import { cast, party } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { call, ok, standardWorld } from '../gateway/support/world';

/**
 * Operators from the attacker's side, over HTTP on the embedded ledger: an operator acting after its
 * revocation, beyond its limit, for another holder, or under another org's certificate. Each refusal is
 * shown to change nothing: the ledger cut no block, and the read model (holdings, operator records) reads
 * back the same at that height.
 */
describe('operators, from the attacker\'s side', () => {
  let h: Harness;
  const desk = party(cast.custodian);
  const move = (actor: Actor, amount: string, from = 'alice') => call(h, actor, 'POST', '/v1/transfers/operator', { securityId: 'ACME', from, to: 'bob', amount });

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.alice, 'POST', '/v1/securities/ACME/operators', { holder: 'alice', operator: desk, limit: '300' });
    await ok(h, cast.bob, 'POST', '/v1/securities/ACME/operators', { holder: 'bob', operator: desk });
  });
  afterAll(() => h.close());

  /** The ledger's height, and what the read model shows at it. */
  async function everything(): Promise<unknown> {
    const height = await h.ledger.height();
    const read = (url: string) => ok(h, cast.regulator, 'GET', `${url}${url.includes('?') ? '&' : '?'}position=${height}`).then((r) => r.body);
    return { height, alice: await read('/v1/securities/ACME/holdings/alice'), bob: await read('/v1/securities/ACME/holdings/bob'), operators: await read('/v1/securities/ACME/operators?holder=alice') };
  }

  async function expectRefusedUnchanged(attempt: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, code: string): Promise<void> {
    const before = await everything();
    expect(await attempt()).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  }

  it('refuses a move beyond the limit with 422 ST2-OPERATOR-LIMIT, changing nothing; within it, the move is recorded with the operator', async () => {
    const moved = await ok(h, cast.custodian, 'POST', '/v1/transfers/operator', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '250' });
    expect(moved.body.events).toEqual([expect.objectContaining({ type: 'Transferred', from: 'alice', operator: desk, forced: false })]);
    await expectRefusedUnchanged(() => move(cast.custodian, '51'), 422, 'ST2-OPERATOR-LIMIT');
  });

  it('refuses the operator\'s id under another org\'s certificate, and an investor moving another\'s units as "operator", with 403 ST2-NOT-OPERATOR', async () => {
    await expectRefusedUnchanged(() => move({ ...cast.custodian, org: 'bank2', role: 'agent' }, '1'), 403, 'ST2-NOT-OPERATOR');
    await expectRefusedUnchanged(() => move(cast.carol, '1'), 403, 'ST2-NOT-OPERATOR');
  });

  it('refuses an operator after revocation with 403 ST2-NOT-OPERATOR, changing nothing, while its authorisation by another holder still works', async () => {
    await ok(h, cast.alice, 'DELETE', `/v1/securities/ACME/operators/alice/${desk.org}/${desk.id}`, {});
    await expectRefusedUnchanged(() => move(cast.custodian, '1'), 403, 'ST2-NOT-OPERATOR');
    expect((await ok(h, cast.custodian, 'POST', '/v1/transfers/operator', { securityId: 'ACME', from: 'bob', to: 'alice', amount: '1' })).status).toBe(201);
  });

  it('refuses an authorisation or revocation by anyone but the holder (403), and an oversized amount (400), changing nothing', async () => {
    await expectRefusedUnchanged(() => call(h, cast.bob, 'POST', '/v1/securities/ACME/operators', { holder: 'alice', operator: party(cast.bob) }), 403, 'ST2-UNAUTHORIZED');
    await expectRefusedUnchanged(() => call(h, cast.bob, 'DELETE', `/v1/securities/ACME/operators/alice/${desk.org}/${desk.id}`, {}), 403, 'ST2-UNAUTHORIZED');
    await expectRefusedUnchanged(() => move(cast.custodian, '1'.repeat(39), 'bob'), 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(() => call(h, cast.alice, 'POST', '/v1/securities/ACME/operators', { holder: 'alice', operator: desk, limit: '9'.repeat(39) }), 400, 'ST2-INVALID-INPUT');
  });

  it('refuses an operator authorised for one partition moving another with 403 ST2-NOT-OPERATOR, changing nothing', async () => {
    await ok(h, cast.agent, 'POST', '/v1/securities/ACME/issuances', { to: 'carol', amount: '40', partition: 'reg-s' });
    await ok(h, cast.carol, 'POST', '/v1/securities/ACME/operators', { holder: 'carol', operator: desk, partition: 'reg-s' });
    const carolMoves = (amount: string, partition?: string) => call(h, cast.custodian, 'POST', '/v1/transfers/operator', { securityId: 'ACME', from: 'carol', to: 'bob', amount, ...(partition ? { partition } : {}) });
    await expectRefusedUnchanged(() => carolMoves('1'), 403, 'ST2-NOT-OPERATOR');
    expect(await carolMoves('10', 'reg-s')).toMatchObject({ status: 201, body: { events: [expect.objectContaining({ partition: 'reg-s', operator: desk })] } });
  });

  it('lists a holder\'s live operators for the holder and staff; another investor may not read them (403)', async () => {
    expect((await ok(h, cast.bob, 'GET', '/v1/securities/ACME/operators?holder=bob')).body).toMatchObject({ holder: 'bob', operators: [{ operator: desk, limit: null, moved: '1' }] });
    expect((await ok(h, cast.agent, 'GET', '/v1/securities/ACME/operators?holder=alice')).body).toEqual({ holder: 'alice', operators: [] });
    expect(await call(h, cast.alice, 'GET', '/v1/securities/ACME/operators?holder=bob')).toMatchObject({ status: 403 });
  });
});
