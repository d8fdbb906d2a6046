import { cast, party } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, equity, ok, standardWorld } from './support/world';

const DAY = 86_400_000;

/**
 * Partitions over HTTP: issue, transfer and redeem by partition, the position by partition, a change of
 * partition by an agent with the partition power, and the attacker's side of it (nothing changes).
 */
describe('partitions over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('PART', { requiredClaims: ['kyc'], partitionRules: { locked: { lockupUntil: h.clock.now + 30 * DAY } } }));
    await ok(h, cast.issuer, 'POST', '/v1/securities/PART/issuances', { to: 'alice', amount: '100' });
    await ok(h, cast.issuer, 'POST', '/v1/securities/PART/issuances', { to: 'alice', amount: '400', partition: 'locked' });
    await ok(h, cast.issuer, 'POST', '/v1/securities/PART/agents', { agent: { ...party(cast.agent2), powers: ['partition'] } });
  });
  afterAll(() => h.close());

  const position = async (holder: string, reader: Actor = cast.regulator) =>
    (await ok(h, reader, 'GET', `/v1/securities/PART/holdings/${holder}?position=${await h.ledger.height()}`)).body;

  it('shows the balance by partition, the default first, free and frozen on the whole holding', async () => {
    expect(await position('alice', cast.alice)).toEqual({
      securityId: 'PART', holder: 'alice', balance: '500', total: '500', free: '500', frozen: '0', held: '0', wholeHoldingFrozen: false,
      partitions: [{ partition: 'default', amount: '100' }, { partition: 'locked', amount: '400' }],
    });
  });

  it('transfers by partition: a locked partition refuses before its date (422 ST2-LOCKUP), the default moves', async () => {
    const locked = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'PART', from: 'alice', to: 'bob', amount: '1', partition: 'locked' });
    expect(locked).toMatchObject({ status: 422, body: { error: { code: 'ST2-LOCKUP', details: { partition: 'locked' } } } });
    const sent = await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'PART', from: 'alice', to: 'bob', amount: '10', partition: 'default' });
    expect(sent.body.events).toEqual([expect.not.objectContaining({ partition: expect.anything() })]);
  });

  it('lets an agent with the partition power release locked units (200), the balance unchanged', async () => {
    const changed = await ok(h, cast.agent2, 'POST', '/v1/securities/PART/holdings/alice/partitions', { from: 'locked', to: 'default', amount: '150' }, { 'idempotency-key': 'release-1' });
    expect(changed.status).toBe(200);
    expect(changed.body.events).toEqual([{ type: 'PartitionChanged', v: 1, at: expect.any(Number), securityId: 'PART', holder: 'alice', from: 'locked', to: 'default', amount: '150', by: party(cast.agent2) }]);
    expect(await position('alice')).toMatchObject({ balance: '490', partitions: [{ partition: 'default', amount: '240' }, { partition: 'locked', amount: '250' }] });
    const replay = await ok(h, cast.agent2, 'POST', '/v1/securities/PART/holdings/alice/partitions', { from: 'locked', to: 'default', amount: '150' }, { 'idempotency-key': 'release-1' });
    expect(replay.body.txId).toBe(changed.body.txId);
  });

  it('redeems by partition', async () => {
    await ok(h, cast.agent, 'POST', '/v1/securities/PART/redemptions', { from: 'alice', amount: '50', partition: 'locked' });
    expect(await position('alice')).toMatchObject({ balance: '440', partitions: [{ partition: 'default', amount: '240' }, { partition: 'locked', amount: '200' }] });
  });

  const change = (amount = '1', extra: Record<string, unknown> = {}) => ({ from: 'locked', to: 'default', amount, ...extra });
  const attempts: [string, number, string, Actor, string, () => unknown][] = [
    ['the holder re-labelling its own units', 403, 'ST2-UNAUTHORIZED', cast.alice, 'alice', () => change()],
    ['an agent without the partition power', 403, 'ST2-UNAUTHORIZED', { ...cast.agent2, id: 'bank2-other' }, 'alice', () => change()],
    ['the partition agent\'s namesake in another org', 403, 'ST2-UNAUTHORIZED', { ...cast.agent2, org: 'bank1' }, 'alice', () => change()],
    ['the regulator', 403, 'ST2-UNAUTHORIZED', cast.regulator, 'alice', () => change()],
    ['more than the partition holds', 422, 'ST2-INSUFFICIENT-BALANCE', cast.agent2, 'alice', () => change('201')],
    ['an oversized amount', 400, 'ST2-INVALID-INPUT', cast.agent2, 'alice', () => change(`1${'0'.repeat(38)}`)],
    ['a partition name that is not one', 400, 'ST2-INVALID-INPUT', cast.agent2, 'alice', () => change('1', { to: 'Not A Partition' })],
    ['a holder in the body', 400, 'ST2-INVALID-INPUT', cast.agent2, 'alice', () => change('1', { holder: 'bob' })],
    ['another holder\'s empty partition', 422, 'ST2-INSUFFICIENT-BALANCE', cast.agent2, 'bob', () => change()],
  ];
  it.each(attempts)('refuses %s with %i %s and changes nothing', async (_what, status, code, actor, holder, body) => {
    const before = [await h.ledger.height(), await position('alice'), await position('bob')];
    expect(await call(h, actor, 'POST', `/v1/securities/PART/holdings/${holder}/partitions`, body())).toMatchObject({ status, body: { error: { code } } });
    expect([await h.ledger.height(), await position('alice'), await position('bob')]).toEqual(before);
  });

  it('refuses a holder moving units out of another holder\'s partition (403 ST2-UNAUTHORIZED), changing nothing', async () => {
    const before = [await h.ledger.height(), await position('alice'), await position('bob')];
    expect(await call(h, cast.bob, 'POST', '/v1/transfers', { securityId: 'PART', from: 'alice', to: 'bob', amount: '1', partition: 'default' })).toMatchObject({ status: 403 });
    expect([await h.ledger.height(), await position('alice'), await position('bob')]).toEqual(before);
  });
});
