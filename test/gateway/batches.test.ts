import { MAX_BATCH_ITEMS } from '@st2/chaincode';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

const MAX = (10n ** 38n - 1n).toString();

describe('POST /v1/batches', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const batch = (items: Record<string, unknown>[]) => ({ securityId: 'ACME', items });
  /** The ledger's height and every holding the read model shows, after the ledger's last write. */
  async function everything(): Promise<unknown> {
    const height = await h.ledger.height();
    const holdings = await Promise.all(['alice', 'bob', 'carol'].map(async (holder) =>
      (await ok(h, cast.regulator, 'GET', `/v1/holdings?holder=${holder}&position=${height}`)).body.holdings));
    const security = (await ok(h, cast.regulator, 'GET', `/v1/securities/ACME?position=${height}`)).body;
    return { height, holdings, security };
  }

  it('applies an agent\'s issuances, forced transfer, freeze and unfreeze in one transaction (201), once per Idempotency-Key', async () => {
    const body = batch([
      { kind: 'Issue', to: 'carol', amount: '40' },
      { kind: 'ForcedTransfer', from: 'bob', to: 'carol', amount: '10' },
      { kind: 'Freeze', holder: 'carol', amount: '5' },
      { kind: 'Unfreeze', holder: 'carol', amount: '5' },
    ]);
    const first = await ok(h, cast.agent, 'POST', '/v1/batches', body, { 'idempotency-key': 'batch-1' });
    expect(first.status).toBe(201);
    expect((first.body.events as { type: string }[]).map((e) => e.type)).toEqual(['Issued', 'Transferred', 'HoldingFrozen', 'HoldingUnfrozen']);
    const replay = await ok(h, cast.agent, 'POST', '/v1/batches', body, { 'idempotency-key': 'batch-1' });
    expect(replay.body.txId).toBe(first.body.txId);
    const carol = await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/holdings/carol?consistentWith=${String(first.body.txId)}`);
    expect(carol.body).toMatchObject({ balance: '50', frozen: '0' });
  });

  it('lets an investor batch transfers from its own holding', async () => {
    const reply = await ok(h, cast.alice, 'POST', '/v1/batches', batch([
      { kind: 'Transfer', from: 'alice', to: 'bob', amount: '1' },
      { kind: 'Transfer', from: 'alice', to: 'carol', amount: '2' },
    ]));
    expect((reply.body.events as { type: string; forced: boolean }[]).map((e) => [e.type, e.forced])).toEqual([['Transferred', false], ['Transferred', false]]);
  });

  it('refuses the whole batch with the failing item\'s code (422), its index and kind in the details, and changes nothing', async () => {
    const before = await everything();
    const reply = await call(h, cast.agent, 'POST', '/v1/batches', batch([
      { kind: 'Issue', to: 'alice', amount: '1' },
      { kind: 'ForcedTransfer', from: 'bob', to: 'carol', amount: '100000' },
    ]));
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-INSUFFICIENT-BALANCE', details: { item: 1, kind: 'ForcedTransfer' }, erc1066: { code: '0x54' } } } });
    expect(await everything()).toEqual(before);
  });

  const attempts: [string, number, string, Actor, Record<string, unknown>[]][] = [
    ['an investor sending from another\'s holding', 403, 'ST2-UNAUTHORIZED', cast.bob, [{ kind: 'Transfer', from: 'bob', to: 'carol', amount: '1' }, { kind: 'Transfer', from: 'alice', to: 'bob', amount: '1' }]],
    ['an investor slipping an issuance in', 403, 'ST2-UNAUTHORIZED', cast.alice, [{ kind: 'Issue', to: 'alice', amount: '1000' }]],
    ['the issuer\'s namesake of another org', 403, 'ST2-UNAUTHORIZED', { ...cast.issuer, org: 'bank2' }, [{ kind: 'Issue', to: 'alice', amount: '1' }]],
    ['an agent of another org', 403, 'ST2-UNAUTHORIZED', cast.agent2, [{ kind: 'Freeze', holder: 'alice' }]],
    ['the regulator', 403, 'ST2-UNAUTHORIZED', cast.regulator, [{ kind: 'Freeze', holder: 'alice' }]],
    ['two issuances that together pass the maximum amount', 422, 'ST2-AMOUNT-LIMIT', cast.agent, [{ kind: 'Issue', to: 'alice', amount: MAX }, { kind: 'Issue', to: 'bob', amount: MAX }]],
    ['an amount past the maximum', 400, 'ST2-INVALID-INPUT', cast.agent, [{ kind: 'Issue', to: 'alice', amount: `${MAX}0` }]],
    [`${MAX_BATCH_ITEMS + 1} items`, 400, 'ST2-INVALID-INPUT', cast.agent, Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => ({ kind: 'Issue', to: 'alice', amount: '1' }))],
    ['an item of a kind batches do not carry', 400, 'ST2-INVALID-INPUT', cast.agent, [{ kind: 'Pause' }]],
    ['an item naming another security', 400, 'ST2-INVALID-INPUT', cast.agent, [{ kind: 'Issue', securityId: 'OTHER', to: 'alice', amount: '1' }]],
    ['an investor slipping a redemption in', 403, 'ST2-UNAUTHORIZED', cast.alice, [{ kind: 'Transfer', from: 'alice', to: 'bob', amount: '1' }, { kind: 'Redeem', from: 'bob', amount: '1' }]],
    ['an agent of another org recovering', 403, 'ST2-UNAUTHORIZED', cast.agent2, [{ kind: 'Recover', lost: 'alice', replacement: 'bob' }]],
    ['a redemption past the balance after an issuance', 422, 'ST2-INSUFFICIENT-BALANCE', cast.agent, [{ kind: 'Issue', to: 'carol', amount: '1' }, { kind: 'Redeem', from: 'carol', amount: '100000' }]],
    ['a recovery to another investor\'s identity', 422, 'ST2-RECOVERY-MISMATCH', cast.agent, [{ kind: 'Redeem', from: 'alice', amount: '1' }, { kind: 'Recover', lost: 'alice', replacement: 'bob' }]],
  ];
  it.each(attempts)('refuses %s with %i %s and changes nothing', async (_what, status, code, actor, items) => {
    const before = await everything();
    const reply = await call(h, actor, 'POST', '/v1/batches', batch(items));
    expect(reply).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  });
});
