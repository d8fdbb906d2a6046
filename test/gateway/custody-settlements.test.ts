import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, equity, issue, ok, standardWorld, YEAR } from './support/world';

const DAY = 86_400_000;
const PRICE = { amount: '10250.50', currency: 'EUR' };
const client1 = { owner: 'client-1', jurisdiction: 'DE', investorType: 'retail' } as const;

describe('settlements into a custody account over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.custodian, 'POST', '/v1/custody/accounts', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
    await ok(h, cast.kyc, 'POST', '/v1/identities/OMNI/claims', { topic: 'kyc', expiresAt: h.clock.now + YEAR, evidence: { method: 'document-check', reference: 'OMNI' } });
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('EURT'));
    await issue(h, 'EURT', 'bob', '100000');
    // client-1's cash enters the account from bob's holding (the custodian as bob's operator).
    await ok(h, cast.bob, 'POST', '/v1/securities/EURT/operators', { holder: 'bob', operator: party(cast.custodian) });
    await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', { securityId: 'EURT', accountId: 'OMNI', from: 'bob', amount: '50000', owner: client1 });
  });
  afterAll(() => h.close());

  /** alice (bank1) sells 100 ACME to the custodian's omnibus account for 10,000 EURT; the custodian and alice affirm. */
  const affirmed = async (settlementId: string) => {
    await ok(h, cast.alice, 'POST', '/v1/settlements', {
      settlementId, seller: 'alice', buyer: 'OMNI', securities: { securityId: 'ACME', amount: '100' }, cash: { securityId: 'EURT', amount: '10000' }, settleBy: h.clock.now + DAY, price: PRICE,
    });
    await ok(h, cast.custodian, 'POST', `/v1/settlements/${settlementId}/affirm`, {});
    return ok(h, cast.alice, 'POST', `/v1/settlements/${settlementId}/affirm`, {});
  };
  const state = async () => ({
    height: await h.ledger.height(),
    positions: (await ok(h, cast.regulator, 'GET', '/v1/custody/accounts/OMNI/positions')).body,
    reconciliation: (await ok(h, cast.custodian, 'GET', '/v1/custody/accounts/OMNI/reconciliation')).body,
  });

  it('settles a DvP into the omnibus account for a beneficial owner named by the custodian (once per Idempotency-Key): the public events show the account, the sub-ledger the owner, and it reconciles', async () => {
    await affirmed('c1');
    const settled = await ok(h, cast.custodian, 'POST', '/v1/settlements/c1/settle', { owner: client1 }, { 'idempotency-key': 'settle-c1' });
    expect(settled.status).toBe(200);
    expect((settled.body.events as { type: string }[]).map((e) => e.type)).toEqual(['SettlementSettled', 'CustodyDeposited', 'CustodyWithdrawn']);
    expect(JSON.stringify(settled.body)).not.toContain('client-1');
    const replay = await ok(h, cast.custodian, 'POST', '/v1/settlements/c1/settle', { owner: client1 }, { 'idempotency-key': 'settle-c1' });
    expect(replay.body.txId).toBe(settled.body.txId);
    const { positions, reconciliation } = await state();
    expect(positions).toMatchObject({ items: [{ securityId: 'ACME', owner: 'client-1', amount: '100' }, { securityId: 'EURT', owner: 'client-1', amount: '40000' }] });
    expect(reconciliation).toMatchObject({ reconciled: true, securities: expect.arrayContaining([{ securityId: 'ACME', subLedger: '100', public: '100', reconciled: true }]) });
    const account = await ok(h, cast.custodian, 'GET', `/v1/custody/accounts/OMNI?consistentWith=${String(settled.body.txId)}`);
    expect(account.body.lastCheck).toMatchObject({ reconciled: true });
  });

  it('shows the beneficial owner and the price to the custodian\'s org and the regulator; bank1 sees the price only, bank2 neither', async () => {
    for (const reader of [cast.custodian, cast.regulator]) {
      expect((await ok(h, reader, 'GET', '/v1/settlements/c1')).body).toMatchObject({ status: 'settled', buyer: 'OMNI', price: PRICE, beneficialOwner: { owner: 'client-1' } });
    }
    const bank1 = (await ok(h, cast.agent, 'GET', '/v1/settlements/c1')).body;
    expect(bank1).toMatchObject({ price: PRICE });
    expect(bank1).not.toHaveProperty('beneficialOwner');
    const bank2 = (await ok(h, cast.agent2, 'GET', '/v1/settlements/c1')).body;
    expect(JSON.stringify(bank2)).not.toMatch(/client-1|10250/);
  });

  it('refuses alice settling an account\'s instruction (her bank cannot name the owner) with 400 ST2-INVALID-INPUT, and an owner short of cash with ST2-INSUFFICIENT-BALANCE on the cash leg, changing nothing', async () => {
    await affirmed('c2');
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/settlements/c2/settle', {})).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    const poor = await call(h, cast.custodian, 'POST', '/v1/settlements/c2/settle', { owner: { owner: 'client-2', jurisdiction: 'FR', investorType: 'retail' } });
    expect(poor).toMatchObject({ status: 422, body: { error: { code: 'ST2-INSUFFICIENT-BALANCE', details: { leg: 'cash', settlementId: 'c2' } } } });
    expect(await state()).toEqual(before);
    expect((await ok(h, cast.custodian, 'POST', '/v1/settlements/c2/settle', { owner: { owner: 'client-1' } })).status).toBe(200);
  });
});
