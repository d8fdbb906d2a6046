import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, standardWorld, YEAR } from './support/world';

const DAY = 86_400_000;

/**
 * Hybrid conversion over HTTP, on the standard world (alice 1,000 ACME): ACME-CB converts into ACME at 5 shares
 * for 2 bonds from tomorrow for ten days; alice holds 100 bonds.
 */
describe('POST /v1/securities/:id/conversions', () => {
  let h: Harness;
  let windowStart = 0;
  const convert = (who: typeof cast[keyof typeof cast], amount: string, headers: Record<string, string> = {}) =>
    call(h, who, 'POST', '/v1/securities/ACME-CB/conversions', { holder: 'alice', amount }, headers);
  const balances = async () => {
    await projectionCaughtUp(h);
    const of = async (security: string) => (await ok(h, cast.regulator, 'GET', `/v1/securities/${security}/holdings/alice`)).body.total;
    return { bonds: await of('ACME-CB'), shares: await of('ACME'), height: await h.ledger.height() };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    windowStart = h.clock.now + DAY;
    await ok(h, cast.issuer, 'POST', '/v1/securities', {
      securityId: 'ACME-CB', name: 'ACME 2% convertible', isin: 'FR0000000027', decimals: 0, rules: { requiredClaims: ['kyc'] }, agents: [party(cast.agent)],
      terms: {
        kind: 'hybrid', faceValue: '10000', currency: 'EUR', couponRateBps: 200, couponFrequency: 'annual', maturityDate: h.clock.now + 3 * YEAR,
        conversion: { equitySecurityId: 'ACME', ratioNumerator: 5, ratioDenominator: 2, windowStart, windowEnd: windowStart + 10 * DAY },
      },
    });
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME-CB/issuances', { to: 'alice', amount: '100' });
  });
  afterAll(() => h.close());

  it('shows the window on the security\'s calendar, and refuses a conversion before it with 422 ST2-CONVERSION-CLOSED, changing nothing', async () => {
    const { body } = await ok(h, cast.alice, 'GET', '/v1/securities/ACME-CB/calendar');
    expect(body.conversion).toEqual({
      equitySecurityId: 'ACME', ratio: { numerator: 5, denominator: 2 }, step: '2', windowStart, windowEnd: windowStart + 10 * DAY, status: 'upcoming',
    });
    const before = await balances();
    const refused = await convert(cast.alice, '10');
    expect([refused.status, (refused.body.error as { code: string }).code]).toEqual([422, 'ST2-CONVERSION-CLOSED']);
    expect(await balances()).toEqual(before);
  });

  it('converts in the window (200): the bonds burned and the shares minted in one transaction, replayed once for the same Idempotency-Key', async () => {
    h.clock.advance(DAY);
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME-CB/calendar')).body.conversion).toMatchObject({ status: 'open' });
    const first = await convert(cast.alice, '10', { 'idempotency-key': 'convert-1' });
    expect(first.status).toBe(200);
    expect((first.body.events as { type: string }[]).map((e) => e.type)).toEqual(['Converted', 'Redeemed', 'Issued']);
    expect(first.body.events).toContainEqual(expect.objectContaining({ type: 'Converted', holder: 'alice', amount: '10', equitySecurityId: 'ACME', equityAmount: '25' }));
    const again = await convert(cast.alice, '10', { 'idempotency-key': 'convert-1' });
    expect([again.status, again.headers['idempotent-replayed'], again.body.txId]).toEqual([200, 'true', first.body.txId]);
    expect(await balances()).toMatchObject({ bonds: '90', shares: '1025' });
    const audit = await ok(h, cast.regulator, 'GET', '/v1/audit/events?type=Converted&identity=alice');
    expect((audit.body.items as { txId: string; securities: string[] }[]).map(({ txId, securities }) => ({ txId, securities }))).toEqual([
      { txId: first.body.txId, securities: ['ACME-CB', 'ACME'] },
    ]);
  });

  it.each([
    ['an amount leaving a fraction of a share', cast.alice, '3', 422, 'ST2-CONVERSION-FRACTION'],
    ['more than alice holds', cast.alice, '92', 422, 'ST2-INSUFFICIENT-BALANCE'],
    ['another investor, for alice', cast.bob, '2', 403, 'ST2-UNAUTHORIZED'],
  ])('refuses %s with %s %s, changing nothing', async (_what, who, amount, status, code) => {
    const before = await balances();
    const refused = await convert(who, amount);
    expect([refused.status, (refused.body.error as { code: string }).code]).toEqual([status, code]);
    expect(await balances()).toEqual(before);
  });

  it('answers 403 to an agent at the gateway, and 400 to a body with an unknown field', async () => {
    expect((await convert(cast.agent, '2')).status).toBe(403);
    expect((await call(h, cast.alice, 'POST', '/v1/securities/ACME-CB/conversions', { holder: 'alice', amount: '2', ratio: 9 })).status).toBe(400);
  });
});
