import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, issue, ok, tradingWorld } from './support/world';

const DAY = 86_400_000;
/** The custodian's client account, onboarded by the custodian org, acting as an investor there. */
const omnibus = { role: 'investor', id: 'omnibus', org: 'custodian' } as const satisfies Actor;
const PRICE = { amount: '10250.50', currency: 'EUR' };

describe('settlements over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await tradingWorld(h);
  });
  afterAll(() => h.close());

  /** alice (bank1) sells `units` ACME to the custodian's omnibus account for `cash` EURT. */
  const proposal = (settlementId: string, units = '100', cash: string | null = '10000') => ({
    settlementId, seller: 'alice', buyer: 'omnibus', securities: { securityId: 'ACME', amount: units },
    ...(cash ? { cash: { securityId: 'EURT', amount: cash } } : {}), settleBy: h.clock.now + DAY, price: PRICE,
  });
  const position = async (securityId: string, holder: string) => {
    const height = await h.ledger.height();
    return (await ok(h, cast.regulator, 'GET', `/v1/securities/${securityId}/holdings/${holder}?position=${height}`)).body;
  };
  const everything = async () => ({
    height: await h.ledger.height(),
    alice: [await position('ACME', 'alice'), await position('EURT', 'alice')],
    omnibus: [await position('ACME', 'omnibus'), await position('EURT', 'omnibus')],
  });
  const affirmBoth = async (id: string) => {
    await ok(h, cast.alice, 'POST', `/v1/settlements/${id}/affirm`, {});
    return ok(h, omnibus, 'POST', `/v1/settlements/${id}/affirm`, {});
  };

  it('proposes (201, once per Idempotency-Key), holds each leg as its side affirms, and settles both legs in one transaction', async () => {
    const first = await ok(h, cast.alice, 'POST', '/v1/settlements', proposal('dvp1'), { 'idempotency-key': 'dvp1' });
    expect(first.status).toBe(201);
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'SettlementProposed', settlementId: 'dvp1', priceHash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(JSON.stringify(first.body)).not.toContain('10250.50');
    expect((await ok(h, cast.alice, 'POST', '/v1/settlements', proposal('dvp1'), { 'idempotency-key': 'dvp1' })).body.txId).toBe(first.body.txId);

    await affirmBoth('dvp1');
    expect(await position('ACME', 'alice')).toMatchObject({ total: '1000', free: '900', held: '100' });
    expect(await position('EURT', 'omnibus')).toMatchObject({ total: '1000000', free: '990000', held: '10000' });

    const settled = await ok(h, omnibus, 'POST', '/v1/settlements/dvp1/settle', {});
    expect((settled.body.events as { type: string }[]).map((e) => e.type)).toEqual(['SettlementSettled', 'Transferred', 'Transferred']);
    expect(await position('ACME', 'omnibus')).toMatchObject({ total: '100', free: '100' });
    expect(await position('EURT', 'alice')).toMatchObject({ total: '10000' });
    expect(await position('ACME', 'alice')).toMatchObject({ total: '900', free: '900', held: '0' });
  });

  it('keeps the price private: the parties\' orgs and the regulator read it, bank2 sees only the instruction; an unrelated investor sees nothing', async () => {
    const url = '/v1/settlements/dvp1';
    for (const reader of [cast.alice, omnibus, cast.agent, cast.custodian, cast.regulator]) {
      expect((await ok(h, reader, 'GET', url)).body).toMatchObject({ id: 'dvp1', status: 'settled', price: PRICE });
    }
    const bank2 = (await ok(h, cast.agent2, 'GET', url)).body;
    expect(bank2).toMatchObject({ id: 'dvp1', status: 'settled' });
    expect(bank2).not.toHaveProperty('price');
    expect(await call(h, cast.carol, 'GET', url)).toMatchObject({ status: 403 });
  });

  it('lists a party\'s instructions, paged; an investor only its own', async () => {
    const proposed = await ok(h, cast.alice, 'POST', '/v1/settlements', proposal('dvp2'));
    const first = await ok(h, cast.agent, 'GET', `/v1/settlements?party=alice&limit=1&consistentWith=${String(proposed.body.txId)}`);
    expect(first.body).toMatchObject({ items: [expect.objectContaining({ id: 'dvp1' })], nextCursor: 'dvp1' });
    const second = await ok(h, cast.alice, 'GET', '/v1/settlements?party=alice&limit=1&cursor=dvp1');
    expect(second.body).toMatchObject({ items: [expect.objectContaining({ id: 'dvp2', status: 'proposed' })] });
    expect(await call(h, cast.bob, 'GET', '/v1/settlements?party=alice')).toMatchObject({ status: 403 });
  });

  it('refuses a settlement whose cash leg breaks a rule with that rule\'s code and the leg named, moving neither leg', async () => {
    await ok(h, cast.alice, 'POST', '/v1/settlements', proposal('dvp3'));
    await affirmBoth('dvp3');
    await ok(h, cast.issuer, 'PUT', '/v1/securities/EURT/rules', { rules: { requiredClaims: ['kyc'], blockedParties: ['alice'] } });
    const before = await everything();
    const reply = await call(h, cast.alice, 'POST', '/v1/settlements/dvp3/settle', {});
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-PARTY-BLOCKED', details: { leg: 'cash', settlementId: 'dvp3' } } } });
    expect(await everything()).toEqual(before);
    await ok(h, cast.issuer, 'PUT', '/v1/securities/EURT/rules', { rules: { requiredClaims: ['kyc'] } });
    // Cancelled: its holds are released, nothing moved.
    await ok(h, omnibus, 'POST', '/v1/settlements/dvp3/cancel', {});
    expect(await position('ACME', 'alice')).toMatchObject({ held: '0' });
  });

  it('settles instructions between the same two parties by netting, moving only the net amounts', async () => {
    await issue(h, 'ACME', 'omnibus', '40');
    await ok(h, cast.alice, 'POST', '/v1/settlements', proposal('n1', '100', '10000'));
    await ok(h, omnibus, 'POST', '/v1/settlements', { ...proposal('n2', '40', null), seller: 'omnibus', buyer: 'alice', price: undefined });
    await affirmBoth('n1');
    await affirmBoth('n2');
    const [aliceAcme, omnibusAcme] = [await position('ACME', 'alice'), await position('ACME', 'omnibus')];
    const netted = await ok(h, cast.alice, 'POST', '/v1/settlements/netting', { settlementIds: ['n1', 'n2'] });
    expect(netted.body.events).toEqual([
      expect.objectContaining({ type: 'SettlementSettled', settlementId: 'n1' }), expect.objectContaining({ type: 'SettlementSettled', settlementId: 'n2' }),
      expect.objectContaining({ type: 'Transferred', securityId: 'ACME', from: 'alice', to: 'omnibus', amount: '60' }),
      expect.objectContaining({ type: 'Transferred', securityId: 'EURT', from: 'omnibus', to: 'alice', amount: '10000' }),
    ]);
    expect(BigInt((await position('ACME', 'alice')).total as string)).toBe(BigInt(aliceAcme.total as string) - 60n);
    expect(BigInt((await position('ACME', 'omnibus')).total as string)).toBe(BigInt(omnibusAcme.total as string) + 60n);
  });

  const attempts: [string, number, string, Actor, string, () => unknown][] = [
    ['bank2 client affirming someone else\'s instruction', 403, 'ST2-UNAUTHORIZED', cast.carol, '/v1/settlements/live/affirm', () => ({})],
    ['a party\'s namesake in another org settling', 403, 'ST2-UNAUTHORIZED', { ...cast.alice, org: 'bank2' }, '/v1/settlements/live/settle', () => ({})],
    ['an agent cancelling', 403, 'ST2-UNAUTHORIZED', cast.agent, '/v1/settlements/live/cancel', () => ({})],
    ['the regulator failing it', 403, 'ST2-UNAUTHORIZED', cast.regulator, '/v1/settlements/live/expire', () => ({})],
    ['settling before both sides affirmed', 422, 'ST2-SETTLEMENT-NOT-AFFIRMED', cast.alice, '/v1/settlements/live/settle', () => ({})],
    ['failing it before its date', 422, 'ST2-SETTLEMENT-NOT-DUE', cast.bob, '/v1/settlements/live/expire', () => ({})],
    ['an oversized amount', 400, 'ST2-INVALID-INPUT', cast.alice, '/v1/settlements', () => proposal('big', `1${'0'.repeat(38)}`)],
    ['proposing for someone else', 403, 'ST2-UNAUTHORIZED', cast.bob, '/v1/settlements', () => proposal('x1')],
    ['netting instructions between other parties', 422, 'ST2-NETTING-MISMATCH', cast.alice, '/v1/settlements/netting', () => ({ settlementIds: ['live', 'other'] })],
  ];
  it.each(attempts)('refuses %s with %i %s and changes nothing', async (_what, status, code, actor, url, body) => {
    await call(h, cast.alice, 'POST', '/v1/settlements', proposal('live'));
    await call(h, cast.alice, 'POST', '/v1/settlements', { ...proposal('other'), buyer: 'bob', cash: undefined });
    await call(h, cast.alice, 'POST', '/v1/settlements/live/affirm', {});
    const read = async () => ({ ...(await everything()), live: (await ok(h, cast.agent, 'GET', `/v1/settlements/live?position=${await h.ledger.height()}`)).body });
    const before = await read();
    expect(await call(h, actor, 'POST', url, body())).toMatchObject({ status, body: { error: { code } } });
    expect(await read()).toEqual(before);
  });

  it('refuses a replayed Idempotency-Key used for another instruction with 422 ST2-IDEMPOTENCY-MISMATCH', async () => {
    await ok(h, cast.alice, 'POST', '/v1/settlements', proposal('k1'), { 'idempotency-key': 'stl-k' });
    const before = await everything();
    expect(await call(h, cast.alice, 'POST', '/v1/settlements', proposal('k2'), { 'idempotency-key': 'stl-k' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-IDEMPOTENCY-MISMATCH' } } });
    expect(await everything()).toEqual(before);
  });
});
