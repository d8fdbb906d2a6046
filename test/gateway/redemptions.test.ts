import { bondWorld, callableBond } from './support/bonds';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok } from './support/world';

const DAY = 86_400_000;

/**
 * A callable bond's end over HTTP: BND (1,000.00 EUR a unit, alice 3, bob 2) matures in 60 days and may be called
 * from day 10 at 101.00% with 5 days' notice. The issuer calls it for day 20; holders trade until then; from the
 * call date nothing moves; the redemption pays 1,010.00 a unit in EURC from acme's paying account, burning the units.
 */
describe('calls and redemptions over HTTP', () => {
  let h: Harness;
  let start = 0;
  const state = async () => {
    await projectionCaughtUp(h);
    return {
      height: await h.ledger.height(),
      security: (await call(h, cast.regulator, 'GET', '/v1/securities/BND')).body,
      distribution: (await call(h, cast.regulator, 'GET', '/v1/distributions/BND:redemption')).body,
    };
  };
  const transfer = () => call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'BND', from: 'alice', to: 'bob', amount: '1' });
  const redemption = { cashSecurityId: 'EURC', payer: 'acme-pay', remainderAccount: 'acme-rest' };

  beforeAll(async () => {
    h = await startHarness();
    start = h.clock.now;
    await bondWorld(h, [callableBond('BND', { maturityDate: start + 60 * DAY, call: { firstCallDate: start + 10 * DAY, priceBps: 10_100, noticeDays: 5 } })]);
  });
  afterAll(() => h.close());

  it('refuses a call by an agent or an investor (403), one with too little notice (422 ST2-CALL-NOTICE), changing nothing', async () => {
    const before = await state();
    for (const who of [cast.agent, cast.alice]) expect(await call(h, who, 'POST', '/v1/securities/BND/calls', { callDate: start + 20 * DAY })).toMatchObject({ status: 403 });
    h.clock.now = start + 16 * DAY;
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/BND/calls', { callDate: start + 20 * DAY })).toMatchObject({ status: 422, body: { error: { code: 'ST2-CALL-NOTICE' } } });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/ACME/calls', { callDate: start + 20 * DAY })).toMatchObject({ status: 422, body: { error: { code: 'ST2-NOT-CALLABLE' } } });
    expect(await state()).toEqual(before);
    h.clock.now = start + DAY;
  });

  it('calls the bond (201): its calendar shows the call and a redemption on the call date at the call price', async () => {
    const called = await call(h, cast.issuer, 'POST', '/v1/securities/BND/calls', { callDate: start + 20 * DAY });
    expect(called).toMatchObject({ status: 201, body: { events: [{ type: 'SecurityCalled', securityId: 'BND', callDate: start + 20 * DAY, priceBps: 10_100 }] } });
    const calendar = (await ok(h, cast.alice, 'GET', `/v1/securities/BND/calendar?consistentWith=${String(called.body.txId)}`)).body;
    expect(calendar).toMatchObject({
      debt: {
        call: { terms: { firstCallDate: start + 10 * DAY, priceBps: 10_100, noticeDays: 5 }, called: { callDate: start + 20 * DAY, priceBps: 10_100 } },
        redemption: { kind: 'call', redemptionDate: start + 20 * DAY, paymentDate: start + 20 * DAY, pricePerUnit: { numerator: '101000', denominator: '1' } },
      },
    });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/BND/calls', { callDate: start + 21 * DAY })).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-CALLED' } } });
  });

  it('lets holders trade until the call date and refuses the redemption before it (422 ST2-REDEMPTION-NOT-DUE)', async () => {
    h.clock.now = start + 20 * DAY - 1;
    expect((await transfer()).status).toBe(201);
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/BND/redemption', redemption)).toMatchObject({ status: 422, body: { error: { code: 'ST2-REDEMPTION-NOT-DUE' } } });
  });

  it('from the call date refuses transfers with 422 ST2-MATURED and reads the bond as matured', async () => {
    h.clock.now = start + 20 * DAY;
    expect(await transfer()).toMatchObject({ status: 422, body: { error: { code: 'ST2-MATURED' } } });
    expect(await call(h, cast.agent, 'POST', '/v1/securities/BND/issuances', { to: 'carol', amount: '1' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-MATURED' } } });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/BND')).body).toMatchObject({ status: 'matured' });
  });

  it('declares the redemption (201), pays a batch burning the units, and closes it: the bond is redeemed', async () => {
    const declared = await call(h, cast.issuer, 'POST', '/v1/securities/BND/redemption', redemption);
    expect(declared).toMatchObject({ status: 201, body: { events: [{ type: 'DistributionDeclared', distribution: { id: 'BND:redemption', redemption: 'call', rate: { numerator: '101000', denominator: '1' } } }] } });
    const paid = (await ok(h, cast.agent, 'POST', '/v1/distributions/BND:redemption/payments', { holders: ['alice', 'bob'] })).body;
    expect((paid.events as { type: string }[]).map((e) => e.type)).toEqual(['DistributionPaid', 'Transferred', 'Redeemed', 'Transferred', 'Redeemed']);
    expect(paid.events).toContainEqual(expect.objectContaining({ type: 'Redeemed', securityId: 'BND', from: 'alice', amount: '2' }));
    const closed = (await ok(h, cast.agent, 'POST', '/v1/distributions/BND:redemption/close', {})).body;
    expect((closed.events as { type: string }[]).map((e) => e.type)).toEqual(['DistributionClosed', 'SecurityRedeemed']);
    const read = (await ok(h, cast.alice, 'GET', `/v1/securities/BND?consistentWith=${String(closed.txId)}`)).body;
    expect(read).toMatchObject({ status: 'redeemed', stats: { supply: '0', holders: 0 }, security: { redeemedAt: start + 20 * DAY } });
    expect((await ok(h, cast.alice, 'GET', '/v1/cash/EURC/balances/alice')).body).toMatchObject({ total: '202000' });
    expect((await ok(h, cast.bob, 'GET', '/v1/cash/EURC/balances/bob')).body).toMatchObject({ total: '303000' });
  });
});
