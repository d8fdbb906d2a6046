import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, omnibusFor, standardWorld } from './support/world';

describe('custody over HTTP (/v1/custody)', () => {
  let h: Harness;
  const client1 = { owner: 'client-1', jurisdiction: 'DE', investorType: 'retail' };
  const client2 = { owner: 'client-2', jurisdiction: 'FR', investorType: 'professional' };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await omnibusFor(h, cast.alice);
  });
  afterAll(() => h.close());

  it('takes alice\'s units into custody for a beneficial owner (201, once per Idempotency-Key), then moves part to another owner privately', async () => {
    const body = { securityId: 'ACME', accountId: 'OMNI', from: 'alice', amount: '400', owner: client1 };
    const first = await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', body, { 'idempotency-key': 'dep-1' });
    expect(first.status).toBe(201);
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'CustodyDeposited', from: 'alice', operator: party(cast.custodian), owners: [{ jurisdiction: 'DE', delta: 1 }] })]);
    expect(JSON.stringify(first.body)).not.toContain('client-1');
    const replay = await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', body, { 'idempotency-key': 'dep-1' });
    expect(replay.body.txId).toBe(first.body.txId);
    const moved = await ok(h, cast.custodian, 'POST', '/v1/custody/moves', { securityId: 'ACME', accountId: 'OMNI', from: { owner: 'client-1' }, to: client2, amount: '150' });
    expect(JSON.stringify(moved.body)).not.toMatch(/client-|150/);
    const account = await ok(h, cast.custodian, 'GET', `/v1/custody/accounts/OMNI?consistentWith=${String(moved.body.txId)}`);
    expect(account.body).toMatchObject({ account: { id: 'OMNI', custody: { kind: 'omnibus' } }, holdings: [{ securityId: 'ACME', balance: '400' }] });
    // The custodian's read model re-read the account after the block that moved it, and checked it reconciles.
    expect(account.body.lastCheck).toMatchObject({ reconciled: true, securities: [{ securityId: 'ACME', subLedger: '400', public: '400', reconciled: true }], checkedAfter: expect.any(String) });
  });

  it('pages the positions per beneficial owner and reconciles, for the custodian and the regulator', async () => {
    for (const reader of [cast.custodian, cast.regulator]) {
      const page1 = await ok(h, reader, 'GET', '/v1/custody/accounts/OMNI/positions?limit=1');
      expect(page1.body).toMatchObject({ items: [{ owner: 'client-1', amount: '250', jurisdiction: 'DE' }], nextCursor: expect.any(String) });
      const page2 = await ok(h, reader, 'GET', `/v1/custody/accounts/OMNI/positions?limit=1&cursor=${encodeURIComponent(String(page1.body.nextCursor))}`);
      expect(page2.body).toMatchObject({ items: [{ owner: 'client-2', amount: '150' }], nextCursor: null });
      expect((await ok(h, reader, 'GET', '/v1/custody/accounts/OMNI/reconciliation')).body).toEqual({
        accountId: 'OMNI', reconciled: true, securities: [{ securityId: 'ACME', subLedger: '400', public: '400', reconciled: true }],
      });
    }
  });

  it('lists the caller org\'s accounts with their last check; a custodian of another org lists none of them', async () => {
    await ok(h, cast.custodian, 'POST', '/v1/custody/accounts', { accountId: 'SEG', accountType: 'segregated', jurisdiction: 'LU', owner: 'client-9' });
    const list = await ok(h, cast.custodian, 'GET', `/v1/custody/accounts?limit=1&position=${await h.ledger.height()}`);
    expect(list.body).toMatchObject({ items: [{ account: { id: 'OMNI' }, lastCheck: { reconciled: true } }], nextCursor: 'OMNI' });
    const next = await ok(h, cast.custodian, 'GET', '/v1/custody/accounts?limit=1&cursor=OMNI');
    expect(next.body).toMatchObject({ items: [{ account: { id: 'SEG', custody: { kind: 'segregated' } } }], nextCursor: null });
    expect(JSON.stringify(next.body)).not.toContain('client-9');
    expect((await ok(h, { ...cast.custodian, org: 'bank1' }, 'GET', '/v1/custody/accounts')).body).toEqual({ items: [], nextCursor: null });
  });

  it('shows nothing to other orgs: bank staff reading the account, positions or reconciliation get 403, an investor is stopped at the gate', async () => {
    const before = (await ok(h, cast.regulator, 'GET', '/v1/custody/accounts/OMNI/positions')).body;
    expect(await call(h, cast.agent2, 'GET', '/v1/custody/accounts/OMNI')).toMatchObject({ status: 403 });
    for (const reader of [{ ...cast.custodian, org: 'bank2' }, { ...cast.custodian, org: 'bank1' }]) {
      expect(await call(h, reader, 'GET', '/v1/custody/accounts/OMNI/positions')).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(await call(h, reader, 'GET', '/v1/custody/accounts/OMNI/reconciliation')).toMatchObject({ status: 403 });
    }
    expect(await call(h, cast.alice, 'GET', '/v1/custody/accounts/OMNI/positions')).toMatchObject({ status: 403 });
    expect((await ok(h, cast.regulator, 'GET', '/v1/custody/accounts/OMNI/positions')).body).toEqual(before);
  });

  it('withdraws an owner\'s units to a verified holder; a withdrawal past the owner\'s position is 422 ST2-INSUFFICIENT-BALANCE and changes nothing', async () => {
    const before = (await ok(h, cast.regulator, 'GET', '/v1/custody/accounts/OMNI/positions')).body;
    const short = await call(h, cast.custodian, 'POST', '/v1/custody/withdrawals', { securityId: 'ACME', accountId: 'OMNI', to: 'bob', amount: '151', owner: { owner: 'client-2' } });
    expect(short).toMatchObject({ status: 422, body: { error: { code: 'ST2-INSUFFICIENT-BALANCE' } } });
    expect((await ok(h, cast.regulator, 'GET', '/v1/custody/accounts/OMNI/positions')).body).toEqual(before);
    const done = await ok(h, cast.custodian, 'POST', '/v1/custody/withdrawals', { securityId: 'ACME', accountId: 'OMNI', to: 'bob', amount: '150', owner: { owner: 'client-2' } });
    const bob = await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/holdings/bob?consistentWith=${String(done.body.txId)}`);
    expect(bob.body).toMatchObject({ balance: '650' });
  });
});
