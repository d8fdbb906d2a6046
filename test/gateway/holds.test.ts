import { cast, party } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, equity, issue, ok, standardWorld } from './support/world';

const DAY = 86_400_000;

describe('holds over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('HELD'));
    await issue(h, 'HELD', 'alice', '1000');
    // The custodian desk is named an agent with the hold power alone, and acts in its custodian role.
    await ok(h, cast.issuer, 'POST', '/v1/securities/HELD/agents', { agent: { ...party(cast.custodian), powers: ['hold'] } });
  });
  afterAll(() => h.close());

  const holdBody = (holdId: string, amount = '600', expiresIn = DAY) => ({
    holdId, securityId: 'HELD', holder: 'alice', beneficiary: 'bob', amount, reason: 'collateral for trade 7', expiresAt: h.clock.now + expiresIn,
  });
  const position = async (holder: string) => {
    const height = await h.ledger.height();
    return (await ok(h, cast.regulator, 'GET', `/v1/securities/HELD/holdings/${holder}?position=${height}`)).body;
  };
  /** The ledger's height and both positions as the read model shows them at that height. */
  const everything = async () => ({ height: await h.ledger.height(), alice: await position('alice'), bob: await position('bob') });

  it('places a hold (201, once per Idempotency-Key): the position shows total, free, frozen and held', async () => {
    const first = await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('h1'), { 'idempotency-key': 'hold-h1' });
    expect(first.status).toBe(201);
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'HoldPlaced', holdId: 'h1', amount: '600', by: party(cast.custodian) })]);
    const replay = await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('h1'), { 'idempotency-key': 'hold-h1' });
    expect(replay.body.txId).toBe(first.body.txId);
    expect(await position('alice')).toMatchObject({ total: '1000', balance: '1000', free: '400', frozen: '0', held: '600' });
    const read = await ok(h, cast.alice, 'GET', `/v1/holds/h1?consistentWith=${String(first.body.txId)}`);
    expect(read.body).toMatchObject({ id: 'h1', status: 'active', holder: 'alice', beneficiary: 'bob', amount: '600', lapsed: false, by: party(cast.custodian) });
  });

  it('refuses a transfer of held units with 422 ST2-HELD and its ERC-1066 status, changing nothing', async () => {
    const before = await everything();
    const reply = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'HELD', from: 'alice', to: 'bob', amount: '401' });
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-HELD', erc1066: { code: '0x54' }, details: { available: '400', held: '600' } } } });
    expect(await everything()).toEqual(before);
  });

  it('executes a hold: the units move to the beneficiary; the hold is closed for good', async () => {
    const executed = await ok(h, cast.custodian, 'POST', '/v1/holds/h1/execute', {});
    expect((executed.body.events as { type: string }[]).map((e) => e.type)).toEqual(['HoldExecuted', 'Transferred']);
    expect(await position('bob')).toMatchObject({ total: '600', free: '600', held: '0' });
    expect(await position('alice')).toMatchObject({ total: '400', free: '400', held: '0' });
    expect(await call(h, cast.custodian, 'POST', '/v1/holds/h1/release', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-HOLD-CLOSED' } } });
  });

  it('releases a hold: nothing moves and the units are free again', async () => {
    await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('h2', '100'));
    expect(await position('alice')).toMatchObject({ free: '300', held: '100' });
    const released = await ok(h, cast.custodian, 'POST', '/v1/holds/h2/release', {});
    expect(await position('alice')).toMatchObject({ total: '400', free: '400', held: '0' });
    expect((await ok(h, cast.agent, 'GET', `/v1/holds/h2?consistentWith=${String(released.body.txId)}`)).body).toMatchObject({ status: 'released', closedBy: party(cast.custodian) });
  });

  it('lets an expired hold stop counting at once, and anyone who writes close it; never before its expiry (422 ST2-HOLD-NOT-EXPIRED)', async () => {
    await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('h3', '100', DAY));
    expect(await call(h, cast.bob, 'POST', '/v1/holds/h3/expire', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-HOLD-NOT-EXPIRED' } } });
    h.clock.advance(DAY);
    expect(await position('alice')).toMatchObject({ free: '400', held: '0' });
    expect((await ok(h, cast.agent, 'GET', `/v1/holds/h3?position=${await h.ledger.height()}`)).body).toMatchObject({ status: 'active', lapsed: true });
    expect(await call(h, cast.custodian, 'POST', '/v1/holds/h3/execute', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-HOLD-EXPIRED' } } });
    const expired = await ok(h, cast.bob, 'POST', '/v1/holds/h3/expire', {});
    expect((await ok(h, cast.agent, 'GET', `/v1/holds/h3?consistentWith=${String(expired.body.txId)}`)).body).toMatchObject({ status: 'expired', lapsed: false });
  });

  it('shows a hold to staff, its holder and its beneficiary; another investor 403, an unknown hold 404', async () => {
    for (const reader of [cast.alice, cast.bob, cast.custodian, cast.regulator]) expect((await call(h, reader, 'GET', '/v1/holds/h2')).status).toBe(200);
    expect(await call(h, cast.carol, 'GET', '/v1/holds/h2')).toMatchObject({ status: 403 });
    expect(await call(h, cast.agent, 'GET', '/v1/holds/nope')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  const attempts: [string, number, string, Actor, string, () => unknown][] = [
    ['an investor placing a hold on its own holding', 403, 'ST2-UNAUTHORIZED', cast.alice, '/v1/holds', () => holdBody('x1')],
    ['an agent without the hold power', 403, 'ST2-UNAUTHORIZED', cast.agent2, '/v1/holds', () => holdBody('x1')],
    ['the custodian\'s namesake in another org', 403, 'ST2-UNAUTHORIZED', { ...cast.custodian, org: 'bank2' }, '/v1/holds', () => holdBody('x1')],
    ['the regulator', 403, 'ST2-UNAUTHORIZED', cast.regulator, '/v1/holds', () => holdBody('x1')],
    ['an investor releasing a hold on its holding', 403, 'ST2-UNAUTHORIZED', cast.alice, '/v1/holds/live/release', () => ({})],
    ['the beneficiary executing the hold', 403, 'ST2-UNAUTHORIZED', cast.bob, '/v1/holds/live/execute', () => ({})],
    ['an oversized amount', 400, 'ST2-INVALID-INPUT', cast.custodian, '/v1/holds', () => holdBody('x1', `1${'0'.repeat(38)}`)],
    ['more than the available balance', 422, 'ST2-INSUFFICIENT-BALANCE', cast.custodian, '/v1/holds', () => holdBody('x1', '301')],
    ['a body on release', 400, 'ST2-INVALID-INPUT', cast.custodian, '/v1/holds/live/release', () => ({ amount: '1' })],
  ];
  it.each(attempts)('refuses %s with %i %s and changes nothing', async (_what, status, code, actor, url, body) => {
    await call(h, cast.custodian, 'POST', '/v1/holds', holdBody('live', '100'));
    const before = { ...(await everything()), live: (await ok(h, cast.agent, 'GET', '/v1/holds/live')).body };
    const reply = await call(h, actor, 'POST', url, body());
    expect(reply).toMatchObject({ status, body: { error: { code } } });
    expect({ ...(await everything()), live: (await ok(h, cast.agent, 'GET', '/v1/holds/live')).body }).toEqual(before);
  });

  it('refuses a replayed Idempotency-Key used for another hold with 422 ST2-IDEMPOTENCY-MISMATCH', async () => {
    await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('k1', '1'), { 'idempotency-key': 'hold-k' });
    const before = await everything();
    expect(await call(h, cast.custodian, 'POST', '/v1/holds', holdBody('k2', '1'), { 'idempotency-key': 'hold-k' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-IDEMPOTENCY-MISMATCH' } } });
    expect(await everything()).toEqual(before);
  });

  it('lists holds for a custodian by the org that placed them and by status, paged; an investor lists only its own (403 otherwise)', async () => {
    const desk = party(cast.custodian);
    await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('list-1', '1'));
    const { txId } = (await ok(h, cast.custodian, 'POST', '/v1/holds', holdBody('list-2', '1'))).body;
    const all = async (query: string): Promise<{ id: string; by: { org: string }; status: string }[]> => {
      const items: { id: string; by: { org: string }; status: string }[] = [];
      for (let cursor: string | null | undefined; cursor !== null;) {
        const page = (await ok(h, cast.custodian, 'GET', `/v1/holds?${query}&limit=2&consistentWith=${String(txId)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
        items.push(...(page.items as typeof items));
        cursor = page.nextCursor as string | null;
      }
      return items;
    };
    const mine = await all(`placedBy=${desk.org}&status=active`);
    expect(mine.map((hold) => hold.id)).toEqual(expect.arrayContaining(['list-1', 'list-2']));
    expect(mine.every((hold) => hold.by.org === desk.org && hold.status === 'active')).toBe(true);
    expect(await all('placedBy=Bank2MSP')).toEqual([]);
    expect((await ok(h, cast.alice, 'GET', '/v1/holds?holder=alice&status=active')).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'list-1' })]));
    expect(await call(h, cast.alice, 'GET', '/v1/holds?holder=bob')).toMatchObject({ status: 403 });
    expect(await call(h, cast.alice, 'GET', '/v1/holds')).toMatchObject({ status: 403 });
  });
});
