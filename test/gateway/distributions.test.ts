import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, payingWorld } from './support/world';

const DAY = 86_400_000;

/**
 * Cash distributions over HTTP, on the standard world (alice 1,000 ACME, bob 500): 1/3 EURC per share, paid from
 * acme's paying account (bank1) in batches; the close pays what rounding left (1,500 / 3 = 500; 333 + 166 paid) to acme-rest.
 */
describe('cash distributions over HTTP', () => {
  let h: Harness;
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), distribution: (await call(h, cast.regulator, 'GET', '/v1/distributions/DIV1')).body };
  };
  const pay = (who: typeof cast[keyof typeof cast], holders: string[]) => call(h, who, 'POST', '/v1/distributions/DIV1/payments', { holders });

  beforeAll(async () => {
    h = await startHarness();
    await payingWorld(h);
  });
  afterAll(() => h.close());

  it('declares a distribution (201) by the issuer, opening a snapshot, listed on the security with provisional entitlements', async () => {
    const declared = await call(h, cast.issuer, 'POST', '/v1/securities/ACME/distributions', {
      distributionId: 'DIV1', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '3' },
      recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-rest',
    });
    expect(declared).toMatchObject({ status: 201, body: { events: [expect.objectContaining({ type: 'DistributionDeclared' })] } });
    const txId = String(declared.body.txId);
    const list = (await ok(h, cast.alice, 'GET', `/v1/securities/ACME/distributions?consistentWith=${txId}`)).body;
    expect(list).toMatchObject({ items: [{ id: 'DIV1', status: 'declared', paidHolders: 0, paidAmount: '0' }], nextCursor: null });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME')).body).toMatchObject({ security: { snapshots: [{ id: 'DIV1' }] } });
    expect((await ok(h, cast.alice, 'GET', '/v1/distributions/DIV1/entitlements/alice')).body).toEqual({ distributionId: 'DIV1', holder: 'alice', units: '1000', amount: '333', paid: false });
  });

  it('refuses a declaration by an agent at the gateway (403) and a non-cash payment security (422 ST2-NOT-CASH)', async () => {
    const body = { distributionId: 'DIV2', cashSecurityId: 'ACME', rate: { numerator: '1', denominator: '1' }, recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-rest' };
    expect(await call(h, cast.agent, 'POST', '/v1/securities/ACME/distributions', body)).toMatchObject({ status: 403 });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/ACME/distributions', body)).toMatchObject({ status: 422, body: { error: { code: 'ST2-NOT-CASH' } } });
  });

  it('refuses a rate past the maximum amount, a zero denominator and a batch of more than 100 holders (400), changing nothing', async () => {
    const before = await state();
    const body = { distributionId: 'DIV3', cashSecurityId: 'EURC', recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-rest' };
    for (const rate of [{ numerator: `1${'0'.repeat(38)}`, denominator: '1' }, { numerator: '1', denominator: '0' }]) {
      expect(await call(h, cast.issuer, 'POST', '/v1/securities/ACME/distributions', { ...body, rate })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    }
    const holders = Array.from({ length: 101 }, (_, i) => `holder-${i}`);
    expect(await pay(cast.agent, holders)).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    expect(await state()).toEqual(before);
  });

  it('refuses payments before the payment date (422 ST2-DISTRIBUTION-NOT-DUE), changing nothing', async () => {
    const before = await state();
    expect(await pay(cast.agent, ['alice'])).toMatchObject({ status: 422, body: { error: { code: 'ST2-DISTRIBUTION-NOT-DUE' } } });
    expect(await state()).toEqual(before);
  });

  it('pays a batch in cash from the payer, for the balance at the record time (not after a later transfer)', async () => {
    h.clock.now += DAY + 1;
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '900' });
    h.clock.now += DAY;
    const paid = (await ok(h, cast.agent, 'POST', '/v1/distributions/DIV1/payments', { holders: ['alice'] })).body;
    expect(paid.events).toEqual([
      expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'alice', units: '1000', amount: '333' }] }),
      expect.objectContaining({ type: 'Transferred', securityId: 'EURC', from: 'acme-pay', to: 'alice', amount: '333', forced: false }),
    ]);
    const entitlement = (await ok(h, cast.alice, 'GET', `/v1/distributions/DIV1/entitlements/alice?consistentWith=${String(paid.txId)}`)).body;
    expect(entitlement).toMatchObject({ units: '1000', amount: '333', paid: true });
    expect((await ok(h, cast.alice, 'GET', '/v1/cash/EURC/balances/alice')).body).toMatchObject({ total: '333' });
  });

  it('lists every holder at the record time with its entitlement, paid or not: the list a paying agent pays from', async () => {
    const list = (await ok(h, cast.agent, 'GET', '/v1/distributions/DIV1/entitlements?limit=1')).body;
    expect(list).toMatchObject({ items: [{ holder: 'alice', units: '1000', amount: '333', paid: true }], nextCursor: 'alice' });
    const next = (await ok(h, cast.agent, 'GET', '/v1/distributions/DIV1/entitlements?limit=1&cursor=alice')).body;
    // bob's 900 bought after the record time earn nothing.
    expect(next).toEqual({ items: [{ distributionId: 'DIV1', holder: 'bob', units: '500', amount: '166', paid: false }], nextCursor: null });
    expect(await call(h, cast.alice, 'GET', '/v1/distributions/DIV1/entitlements')).toMatchObject({ status: 403 });
  });

  it.each([
    ['a batch naming a holder paid already (409)', cast.agent, ['bob', 'alice'], 409, 'ST2-ALREADY-PAID'],
    ['a batch naming a holder without units at the record time (422)', cast.agent, ['carol'], 422, 'ST2-NO-ENTITLEMENT'],
    ['a batch by another org\'s agent, whose org is not the payer\'s (403 from the ledger)', cast.agent2, ['bob'], 403, 'ST2-UNAUTHORIZED'],
    ['a batch by an investor (403 at the gateway)', cast.bob, ['bob'], 403, 'ST2-UNAUTHORIZED'],
  ])('refuses %s, changing nothing', async (_case, who, holders, status, code) => {
    const before = await state();
    expect(await pay(who, holders)).toMatchObject({ status, body: { error: { code } } });
    expect(await state()).toEqual(before);
  });

  it('refuses another investor\'s entitlement and the payment list to investors (403)', async () => {
    expect(await call(h, cast.bob, 'GET', '/v1/distributions/DIV1/entitlements/alice')).toMatchObject({ status: 403 });
    expect(await call(h, cast.bob, 'GET', '/v1/distributions/DIV1/payments')).toMatchObject({ status: 403 });
  });

  it('closes once every unit is paid for, paying the remainder: paid + remainder == the declared total', async () => {
    expect(await call(h, cast.agent, 'POST', '/v1/distributions/DIV1/close', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-DISTRIBUTION-INCOMPLETE' } } });
    await ok(h, cast.agent, 'POST', '/v1/distributions/DIV1/payments', { holders: ['bob'] });
    const closed = (await ok(h, cast.issuer, 'POST', '/v1/distributions/DIV1/close', {})).body;
    expect(closed.events).toEqual([
      expect.objectContaining({ type: 'DistributionClosed', eligibleUnits: '1500', declaredTotal: '500', remainder: '1', remainderAccount: 'acme-rest' }),
      expect.objectContaining({ type: 'Transferred', securityId: 'EURC', from: 'acme-pay', to: 'acme-rest', amount: '1' }),
    ]);
    const txId = String(closed.txId);
    expect((await ok(h, cast.regulator, 'GET', `/v1/distributions/DIV1?consistentWith=${txId}`)).body).toMatchObject({ status: 'closed', paidHolders: 2, paidAmount: '499', declaredTotal: '500', remainder: '1' });
    expect((await ok(h, cast.agent, 'GET', '/v1/distributions/DIV1/payments')).body).toMatchObject({
      items: [{ holder: 'alice', amount: '333' }, { holder: 'bob', units: '500', amount: '166' }], nextCursor: null,
    });
    expect((await ok(h, cast.regulator, 'GET', '/v1/cash/EURC/balances/acme-pay')).body).toMatchObject({ total: '99500' });
    expect((await ok(h, cast.regulator, 'GET', '/v1/securities/ACME')).body).not.toHaveProperty('security.snapshots');
    expect(await call(h, cast.agent, 'POST', '/v1/distributions/DIV1/close', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-DISTRIBUTION-CLOSED' } } });
  });
});
