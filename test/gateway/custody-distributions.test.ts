import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, omnibusFor, payingWorld } from './support/world';

const DAY = 86_400_000;

/**
 * A dividend reaching a custody account over HTTP, on the standard world (alice 1,000 ACME, bob 500): bob's 500
 * go into the omnibus account for two beneficial owners; 1/5 EURC per share; the custodian claims the account's
 * payment with `POST /v1/distributions/:id/custody-payments`, its gateway naming the owners privately.
 */
describe('custody distributions over HTTP', () => {
  let h: Harness;
  const claim = (who: Parameters<typeof call>[1], headers: Record<string, string> = {}) => call(h, who, 'POST', '/v1/distributions/DIV1/custody-payments', { accountId: 'OMNI' }, headers);
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), distribution: (await call(h, cast.regulator, 'GET', '/v1/distributions/DIV1')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await payingWorld(h);
    await omnibusFor(h, cast.bob);
    await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', { securityId: 'ACME', accountId: 'OMNI', from: 'bob', amount: '300', owner: { owner: 'client-1', jurisdiction: 'DE', investorType: 'retail' } });
    await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', { securityId: 'ACME', accountId: 'OMNI', from: 'bob', amount: '200', owner: { owner: 'client-2', jurisdiction: 'FR', investorType: 'retail' } });
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/distributions', {
      distributionId: 'DIV1', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '5' }, recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-rest',
    });
    h.clock.now += 2 * DAY;
  });
  afterAll(() => h.close());

  it('refuses the issuer\'s agent at the gateway (403) and a desk of another org (403), changing nothing', async () => {
    const before = await state();
    expect(await claim(cast.agent)).toMatchObject({ status: 403 });
    expect(await claim({ ...cast.custodian, org: cast.alice.org })).toMatchObject({ status: 403 });
    expect(await state()).toEqual(before);
  });

  it('pays the owners into their cash positions (200, once per Idempotency-Key), naming no owner; the account reconciles in both securities; a second claim is 409 ST2-ALREADY-PAID', async () => {
    const first = await claim(cast.custodian, { 'idempotency-key': 'cd-1' });
    expect(first).toMatchObject({ status: 200, body: { events: [expect.objectContaining({ type: 'DistributionPaid' }), expect.objectContaining({ type: 'CustodyDeposited', securityId: 'EURC', amount: '100' })] } });
    expect(JSON.stringify(first.body)).not.toContain('client-');
    expect((await claim(cast.custodian, { 'idempotency-key': 'cd-1' })).body.txId).toBe(first.body.txId);
    const before = await state();
    expect(await claim(cast.custodian)).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-PAID' } } });
    expect(await state()).toEqual(before);
    const positions = (await ok(h, cast.custodian, 'GET', '/v1/custody/accounts/OMNI/positions')).body.items as { securityId: string; owner: string; amount: string }[];
    expect(positions.filter((p) => p.securityId === 'EURC').map((p) => [p.owner, p.amount])).toEqual([['client-1', '60'], ['client-2', '40']]);
    expect((await ok(h, cast.custodian, 'GET', '/v1/custody/accounts/OMNI/reconciliation')).body).toMatchObject({ reconciled: true });
  });
});

/**
 * An omnibus account of 101 beneficial owners over HTTP (more than one transaction names): each claim pays the
 * next 100 unpaid owners; the first leaves 1 record-time unit `outstanding`, shown by its event and by the
 * account's entitlement, the second pays the last owner and the account is paid.
 */
describe('custody distributions over HTTP, in batches', () => {
  let h: Harness;
  const claim = () => call(h, cast.custodian, 'POST', '/v1/distributions/DIV1/custody-payments', { accountId: 'OMNI' });
  const entitlement = async () => {
    await projectionCaughtUp(h);
    return (await ok(h, cast.regulator, 'GET', '/v1/distributions/DIV1/entitlements/OMNI')).body as Record<string, unknown>;
  };

  beforeAll(async () => {
    h = await startHarness();
    await payingWorld(h);
    await omnibusFor(h, cast.bob);
    // Owner i holds i mod 5 + 1 shares: 301 in all; the first 100 hold 300.
    for (let i = 0; i < 101; i += 1) {
      const owner = { owner: `client-${i.toString().padStart(3, '0')}`, jurisdiction: 'DE', investorType: 'retail' };
      await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', { securityId: 'ACME', accountId: 'OMNI', from: 'bob', amount: ((i % 5) + 1).toString(), owner });
    }
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/distributions', {
      distributionId: 'DIV1', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '5' }, recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-rest',
    });
    h.clock.now += 2 * DAY;
  });
  afterAll(() => h.close());

  it('pays 100 owners, then the last; the entitlement shows what is outstanding until then; a third claim is 409 ST2-ALREADY-PAID', async () => {
    // floor(units / 5) is 1 for the 20 owners holding 5 of the first 100, 0 for the others.
    expect(await claim()).toMatchObject({ status: 200, body: { events: [expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: '300', amount: '20', outstanding: '1' }] }), expect.anything()] } });
    expect(await entitlement()).toMatchObject({ holder: 'OMNI', units: '300', amount: '20', paid: false, outstanding: '1' });
    expect(await claim()).toMatchObject({ status: 200, body: { events: [expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: '1', amount: '0' }] })] } });
    const paid = await entitlement();
    expect(paid).toMatchObject({ holder: 'OMNI', units: '301', amount: '20', paid: true });
    expect(paid).not.toHaveProperty('outstanding');
    expect(await claim()).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-PAID' } } });
    expect((await ok(h, cast.custodian, 'GET', '/v1/custody/accounts/OMNI/reconciliation')).body).toMatchObject({ reconciled: true });
  });
});
