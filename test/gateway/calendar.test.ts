import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, governed, ok, onboard, standardWorld } from './support/world';

const DAY = 86_400_000;
const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function note(securityId: string, terms: Record<string, unknown>) {
  return {
    securityId, name: `${securityId} notes`, isin: 'FR0000000019', decimals: 0, rules: { requiredClaims: ['kyc'] }, agents: [],
    terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponFrequency: 'semiannual', maturityDate: d('2032-05-15'), ...terms },
  };
}

/**
 * The corporate-action calendar over HTTP, the harness's clock at 1 January 2030: a 5% semi-annual note rolling
 * on 15 May and 15 November from 1 January 2030 (a short first stub), ACT/ACT ICMA, modified following.
 */
describe('GET /v1/securities/:id/calendar', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities', note('NOTE', { couponRateBps: 500, dayCount: 'ACT/ACT-ICMA', businessDayConvention: 'modified-following' }));
    await ok(h, cast.issuer, 'POST', '/v1/securities', note('FRN', { couponRateBps: 0, floating: { reference: 'EURIBOR-6M', spreadBps: 75 } }));
    await onboard(h, 'acme-pay');
    await ok(h, cast.treasury, 'POST', '/v1/cash', { securityId: 'EURC', name: 'EUR deposit token', currency: 'EUR', decimals: 2, rules: { requiredClaims: ['kyc'] }, agents: [] });
  });
  afterAll(() => h.close());

  it('lists a fixed-rate note\'s coupons, each with its dates, accrual fraction and coupon per unit, then the principal at maturity', async () => {
    const { body } = await ok(h, cast.alice, 'GET', '/v1/securities/NOTE/calendar');
    const coupons = (body.debt as { coupons: unknown[] }).coupons;
    expect(body).toMatchObject({
      securityId: 'NOTE', recordDates: [],
      debt: {
        currency: 'EUR', issueDate: d('2030-01-01'), dayCount: 'ACT/ACT-ICMA', businessDayConvention: 'modified-following',
        maturity: { maturityDate: d('2032-05-15'), paymentDate: d('2032-05-17'), principalPerUnit: '100000' }, // the 15th is a Saturday
      },
    });
    // The stub: 134 days of the 181 from 15 November 2029 to 15 May 2030, over 2: 67/181; 1,000.00 × 5% × 67/181 = 18.5082... → 18.50.
    expect(coupons[0]).toEqual({
      index: 1, start: d('2030-01-01'), end: d('2030-05-15'), paymentDate: d('2030-05-15'), regular: false,
      accrualFraction: { numerator: 67, denominator: 181, value: 67 / 181 }, rate: { kind: 'fixed', rateBps: 500, couponPerUnit: '1850' },
    });
    expect(coupons.slice(1)).toEqual([
      ['2030-05-15', '2030-11-15', '2030-11-15'], ['2030-11-15', '2031-05-15', '2031-05-15'],
      ['2031-05-15', '2031-11-15', '2031-11-17'], ['2031-11-15', '2032-05-15', '2032-05-17'],
    ].map(([start, end, paid], i) => ({
      index: i + 2, start: d(start!), end: d(end!), paymentDate: d(paid!), regular: true,
      accrualFraction: { numerator: 1, denominator: 2, value: 0.5 }, rate: { kind: 'fixed', rateBps: 500, couponPerUnit: '2500' },
    })));
  });

  it('shows a floating note\'s periods with their reference and spread, the rate to be observed, under the defaults 30/360 modified following', async () => {
    const { body } = await ok(h, cast.alice, 'GET', '/v1/securities/FRN/calendar');
    expect(body).toMatchObject({ debt: { dayCount: '30/360', businessDayConvention: 'modified-following' } });
    const coupons = (body.debt as { coupons: { rate: unknown }[] }).coupons;
    expect(coupons).toHaveLength(5);
    for (const coupon of coupons as { start: number; rate: unknown }[]) {
      expect(coupon.rate).toEqual({ kind: 'floating', reference: 'EURIBOR-6M', spreadBps: 75, feedId: 'EURIBOR-6M', fixingTime: coupon.start, status: 'rate to be observed' });
    }
  });

  it('fixes a floating coupon from the feed\'s round at the period start: 3.000% + 0.75% over 134/360 is 13.95 per unit, shown fixed on the calendar', async () => {
    const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
    await governed(h, 'PUT', '/v1/oracles/feeds/EURIBOR-6M', { definition: {
      kind: 'rate', base: 'EURIBOR-6M', quote: 'PCT', decimals: 3, maxAgeMs: 2 * DAY, maxDeviationBps: 5000, band: { min: '-5000', max: '20000' }, signers: signers.map((s) => s.publicKey), f: 1,
    } });
    const round = async (roundId: number, value: bigint, observedAt: number) => {
      await projectionCaughtUp(h);
      const configDigest = String((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/EURIBOR-6M')).body.digest);
      const { feedId: _f, ...report } = signedReport(signers.slice(0, 3), { feedId: 'EURIBOR-6M', configDigest, roundId }, [value], observedAt);
      return ok(h, cast.agent, 'POST', '/v1/oracles/feeds/EURIBOR-6M/rounds', report);
    };
    const fixingTime = d('2030-01-01');
    await round(1, 3_000n, fixingTime - 3_600_000);
    h.clock.advance(60_000);
    await round(2, 3_100n, h.clock.now - 1000);
    const body = { coupon: 1, cashSecurityId: 'EURC', recordTime: h.clock.now + DAY, payer: 'acme-pay', remainderAccount: 'acme-pay' };
    await projectionCaughtUp(h);
    const height = await h.ledger.height();
    // Round 2 was observed after the fixing time: not the fixing, and nothing is declared.
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/FRN/coupons', { ...body, fixingRoundId: 2 })).toMatchObject({ status: 422, body: { error: { code: 'ST2-COUPON-FIXING' } } });
    expect(await h.ledger.height()).toBe(height);
    expect(await call(h, cast.alice, 'GET', '/v1/distributions/FRN:coupon:1')).toMatchObject({ status: 404 });
    const declared = await ok(h, cast.issuer, 'POST', '/v1/securities/FRN/coupons', { ...body, fixingRoundId: 1 });
    const fixing = { feedId: 'EURIBOR-6M', roundId: 1, fixingTime, observedAt: fixingTime - 3_600_000, value: '3000', decimals: 3, spreadBps: 75, rateBps: { numerator: '375', denominator: '1' } };
    // 30/360 from 1 January to 15 May 2030: 134 days; 100,000 × 375 bps × 134/360 = 1,395.83 → 1,395.
    const distribution = (await ok(h, cast.alice, 'GET', `/v1/distributions/FRN:coupon:1?consistentWith=${String(declared.body.txId)}`)).body;
    expect(distribution).toMatchObject({ coupon: 1, rate: { numerator: '1395', denominator: '1' }, fixing });
    const coupons = ((await ok(h, cast.alice, 'GET', '/v1/securities/FRN/calendar')).body.debt as { coupons: { rate: unknown }[] }).coupons;
    expect(coupons[0]?.rate).toEqual({ kind: 'floating', reference: 'EURIBOR-6M', spreadBps: 75, feedId: 'EURIBOR-6M', fixingTime, status: 'fixed', fixing, couponPerUnit: '1395' });
    expect(coupons[1]?.rate).toMatchObject({ status: 'rate to be observed' });
  });

  it('lists any security\'s open record dates, by record time, a distribution\'s with its payment date', async () => {
    await ok(h, cast.issuer, 'POST', '/v1/proposals', {
      proposalId: 'AGM', securityId: 'ACME', title: 'Re-elect the board', options: ['for', 'against'],
      recordTime: h.clock.now + 3 * DAY, closesAt: h.clock.now + 8 * DAY, quorumBps: 5_000, thresholdBps: 5_000,
    });
    const declared = await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/distributions', {
      distributionId: 'DIV1', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '3' },
      recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-pay',
    });
    const { body } = await ok(h, cast.alice, 'GET', `/v1/securities/ACME/calendar?consistentWith=${String(declared.body.txId)}`);
    expect(body).toEqual({
      securityId: 'ACME',
      recordDates: [
        { id: 'DIV1', action: 'distribution', recordTime: h.clock.now + DAY, paymentDate: h.clock.now + 2 * DAY },
        { id: 'AGM', action: 'proposal', recordTime: h.clock.now + 3 * DAY },
      ],
    });
  });

  it('declares a coupon as a distribution at its coupon per unit, payable on its payment date, listed among the record dates', async () => {
    const body = { coupon: 1, cashSecurityId: 'EURC', recordTime: h.clock.now + DAY, payer: 'acme-pay', remainderAccount: 'acme-pay' };
    expect(await call(h, cast.agent, 'POST', '/v1/securities/NOTE/coupons', body)).toMatchObject({ status: 403 });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/NOTE/coupons', { ...body, coupon: 6 })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    const declared = await ok(h, cast.issuer, 'POST', '/v1/securities/NOTE/coupons', body);
    const distribution = (await ok(h, cast.alice, 'GET', `/v1/distributions/NOTE:coupon:1?consistentWith=${String(declared.body.txId)}`)).body;
    expect(distribution).toMatchObject({ securityId: 'NOTE', coupon: 1, rate: { numerator: '1850', denominator: '1' }, paymentDate: d('2030-05-15') });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/NOTE/calendar')).body).toMatchObject({
      recordDates: [{ id: 'NOTE:coupon:1', action: 'distribution', recordTime: h.clock.now + DAY, paymentDate: d('2030-05-15') }],
    });
    expect(await call(h, cast.issuer, 'POST', '/v1/securities/NOTE/coupons', body)).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-EXISTS' } } });
  });

  it('answers 404 for an unknown security', async () => {
    expect(await call(h, cast.alice, 'GET', '/v1/securities/NOPE/calendar')).toMatchObject({ status: 404 });
  });
});
