import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, onboard, standardWorld } from './support/world';

const DAY = 86_400_000;

/**
 * A 1:3 reverse split over HTTP, on the standard world (alice 1,000 ACME, bob 500): alice gets 333 and a third of
 * a new unit, paid at 2 EURC cents per old unit (1 old unit: 2 cents); bob 166 and two thirds (2 old units: 4 cents).
 */
describe('corporate actions over HTTP', () => {
  let h: Harness;
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), action: (await call(h, cast.regulator, 'GET', '/v1/corporate-actions/RS1')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await onboard(h, 'acme-pay');
    await ok(h, cast.treasury, 'POST', '/v1/cash', { securityId: 'EURC', name: 'EUR deposit token', currency: 'EUR', decimals: 2, rules: { requiredClaims: ['kyc'] }, agents: [] });
    await ok(h, cast.treasury, 'POST', '/v1/cash/EURC/issuances', { to: 'acme-pay', amount: '100000' });
  });
  afterAll(() => h.close());

  it('declares a reverse split (201) by the issuer, listed on the security with each holder\'s provisional entitlement', async () => {
    const declared = await call(h, cast.issuer, 'POST', '/v1/securities/ACME/corporate-actions', {
      actionId: 'RS1', type: 'reverse-split', ratio: { numerator: '1', denominator: '3' }, effectiveTime: h.clock.now + DAY,
      cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: '2', denominator: '1' } },
    });
    expect(declared).toMatchObject({ status: 201, body: { events: [expect.objectContaining({ type: 'CorporateActionDeclared' })] } });
    const txId = String(declared.body.txId);
    expect((await ok(h, cast.alice, 'GET', `/v1/securities/ACME/corporate-actions?consistentWith=${txId}`)).body)
      .toMatchObject({ items: [{ id: 'RS1', type: 'reverse-split', status: 'declared', appliedHolders: 0 }], nextCursor: null });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME')).body).toMatchObject({ security: { corporateAction: { id: 'RS1' } } });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME/calendar')).body).toMatchObject({ corporateAction: { id: 'RS1', type: 'reverse-split', effectiveTime: h.clock.now + DAY } });
    expect((await ok(h, cast.agent, 'GET', '/v1/corporate-actions/RS1/entitlements')).body).toEqual({
      items: [
        { actionId: 'RS1', holder: 'alice', applied: false, units: '1000', newUnits: '333', cash: '2' },
        { actionId: 'RS1', holder: 'bob', applied: false, units: '500', newUnits: '166', cash: '4' },
      ],
      nextCursor: null,
    });
    expect(await call(h, cast.alice, 'GET', '/v1/corporate-actions/RS1/entitlements')).toMatchObject({ status: 403 });
  });

  it('refuses a declaration by an agent at the gateway (403), a second one while under way (422) and a wrong type (400), changing nothing', async () => {
    const before = await state();
    const body = { actionId: 'S2', type: 'split', ratio: { numerator: '2', denominator: '1' }, effectiveTime: h.clock.now + DAY };
    expect(await call(h, cast.agent, 'POST', '/v1/securities/ACME/corporate-actions', body)).toMatchObject({ status: 403 });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/ACME/corporate-actions', body)).toMatchObject({ status: 422, body: { error: { code: 'ST2-CORPORATE-ACTION-PENDING' } } });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/ACME/corporate-actions', { ...body, type: 'merger' })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    expect(await state()).toEqual(before);
  });

  it('refuses a batch before the effective time (422 ST2-CORPORATE-ACTION-NOT-DUE), changing nothing', async () => {
    const before = await state();
    expect(await call(h, cast.agent, 'POST', '/v1/corporate-actions/RS1/batches', { holders: ['alice'] }))
      .toMatchObject({ status: 422, body: { error: { code: 'ST2-CORPORATE-ACTION-NOT-DUE' } } });
    expect(await state()).toEqual(before);
  });

  it('applies a batch from the effective time, paying the fraction in cash; transfers wait for the last holder (422 ST2-CORPORATE-ACTION-PENDING)', async () => {
    h.clock.now += DAY;
    const applied = (await ok(h, cast.agent, 'POST', '/v1/corporate-actions/RS1/batches', { holders: ['alice'] })).body;
    expect(applied.events).toEqual([
      expect.objectContaining({ type: 'CorporateActionApplied', adjustments: [{ holder: 'alice', units: '1000', newUnits: '333', cash: '2' }] }),
      expect.objectContaining({ type: 'Transferred', securityId: 'EURC', from: 'acme-pay', to: 'alice', amount: '2' }),
    ]);
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }))
      .toMatchObject({ status: 422, body: { error: { code: 'ST2-CORPORATE-ACTION-PENDING' } } });
    expect(await call(h, cast.agent, 'POST', '/v1/corporate-actions/RS1/batches', { holders: ['alice'] })).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-ADJUSTED', details: { holder: 'alice', index: 0 } } } });
    expect(await state()).toEqual(before);
  });

  it('completes with the last holder: the supply is the sum of the new holdings and units move again', async () => {
    const done = (await ok(h, cast.agent, 'POST', '/v1/corporate-actions/RS1/batches', { holders: ['bob'] })).body;
    expect((done.events as { type: string }[]).map((e) => e.type)).toEqual(['CorporateActionApplied', 'Transferred', 'CorporateActionCompleted']);
    const txId = String(done.txId);
    expect((await ok(h, cast.alice, 'GET', `/v1/corporate-actions/RS1?consistentWith=${txId}`)).body)
      .toMatchObject({ status: 'completed', appliedHolders: 2, oldUnits: '1500', newUnits: '499', cashPaid: '6' });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME')).body).toMatchObject({ stats: { supply: '499', holders: 2 } });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME/calendar')).body).not.toHaveProperty('corporateAction');
    expect((await ok(h, cast.alice, 'GET', '/v1/cash/EURC/balances/alice')).body).toMatchObject({ total: '2' });
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
  });
});
