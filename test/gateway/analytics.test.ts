import { BOND_PRICE_MODEL, inputsHash } from '../../gateway/src/analytics';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, onboard, standardWorld } from './support/world';

describe('GET /v1/analytics/securities/:id/holders', () => {
  let h: Harness;
  let lastTx: string;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h); // alice 1000, bob 500
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '300' });
    await ok(h, cast.agent, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME' });
    lastTx = String((await ok(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'bob', to: 'carol', amount: '50' })).body.txId);
    await onboard(h, 'erin');
  });
  afterAll(() => h.close());

  const path = (query = '') => `/v1/analytics/securities/ACME/holders?consistentWith=${lastTx}${query}`;

  it('gives the regulator HHI, the top-ten share and turnover, forced transfers not counted as trading', async () => {
    // alice 700, bob 450, carol 350 of 1,500: HHI = 10,000 × (700² + 450² + 350²) / 1,500² = 3,622.22; turnover 300 / 1,500.
    const reply = await ok(h, cast.regulator, 'GET', path());
    expect(reply.body).toMatchObject({ securityId: 'ACME', holders: 3, supply: '1500', topTenShare: 1, turnover: { volume: '300', ratio: 0.2 }, complete: true });
    expect(reply.body.hhi).toBeCloseTo(3_622.222222222, 6);
  });

  it('counts only the transfers in the period asked for', async () => {
    const reply = await ok(h, cast.agent, 'GET', path('&from=0&to=1'));
    expect(reply.body).toMatchObject({ turnover: { from: 0, to: 1, volume: '0', ratio: 0 } });
  });

  it('answers an investor about a security it holds, naming no holder', async () => {
    const reply = await ok(h, cast.carol, 'GET', path());
    expect(reply.body).toMatchObject({ holders: 3, supply: '1500' });
    expect(JSON.stringify(reply.body)).not.toMatch(/alice|bob/);
  });

  it('refuses an investor that holds none of the security with ST2-UNAUTHORIZED, and shows nothing of it', async () => {
    const reply = await call(h, { role: 'investor', id: 'erin', org: 'bank1' }, 'GET', path());
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(JSON.stringify(reply.body)).not.toContain('1500');
  });

  it('refuses an investor token of another org carrying a holder\'s id with ST2-UNAUTHORIZED', async () => {
    expect(await call(h, { ...cast.alice, org: 'bank2' }, 'GET', path())).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
  });

  it('answers 404 for an unknown security', async () => {
    expect(await call(h, cast.regulator, 'GET', '/v1/analytics/securities/NOPE/holders')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });
});

describe('GET /v1/analytics/securities/:id/price', () => {
  const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    const note = (securityId: string, terms: Record<string, unknown>) => ({
      securityId, name: `${securityId} notes`, isin: 'FR0000000019', decimals: 0, rules: { requiredClaims: ['kyc'] }, agents: [],
      terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponFrequency: 'semiannual', maturityDate: d('2032-05-15'), issueDate: d('2030-01-01'), ...terms },
    });
    await ok(h, cast.issuer, 'POST', '/v1/securities', note('NOTE', { couponRateBps: 500, dayCount: 'ACT/ACT-ICMA' }));
    await ok(h, cast.issuer, 'POST', '/v1/securities', note('FRN', { couponRateBps: 0, floating: { reference: 'EURIBOR-6M', spreadBps: 75 } }));
  });
  afterAll(() => h.close());

  const price = (query: string) => `/v1/analytics/securities/NOTE/price?settlement=${d('2030-03-01') + 3_600_000}&position=1&${query}`;

  it('prices the note from its ledger terms: accrued 5 × 59 / (2 × 181) per 100 in its short first stub, 8.15 on a 1,000.00 unit', async () => {
    const { body } = await ok(h, cast.alice, 'GET', price('yieldBps=450'));
    expect(body).toMatchObject({ securityId: 'NOTE', settlement: d('2030-03-01'), compounding: 'periodic-simple-last', yieldBps: 450, accruedPerUnit: '815' });
    expect(body.accruedInterest).toBeCloseTo(295 / 362, 12);
    expect((body.dirtyPrice as number) - (body.cleanPrice as number)).toBeCloseTo(295 / 362, 12);
    // Above par: a 5% coupon discounted at 4.5%.
    expect(body.cleanPrice).toBeGreaterThan(100);
  });

  it('names its model and hashes its inputs: the same inputs the same hash, recomputable from the security\'s terms', async () => {
    const [first, again, other] = await Promise.all(['yieldBps=450', 'yieldBps=450', 'yieldBps=451'].map((q) => ok(h, cast.agent, 'GET', price(q))));
    expect(first!.body.model).toBe(BOND_PRICE_MODEL);
    expect(again!.body.inputsHash).toBe(first!.body.inputsHash);
    expect(other!.body.inputsHash).not.toBe(first!.body.inputsHash);
    const { security } = (await ok(h, cast.agent, 'GET', '/v1/securities/NOTE')).body as { security: { terms: unknown; createdAt: number } };
    const inputs = { model: BOND_PRICE_MODEL, securityId: 'NOTE', terms: security.terms, createdAt: security.createdAt, settlement: d('2030-03-01'), compounding: 'periodic-simple-last', yieldBps: 450 };
    expect(first!.body.inputsHash).toBe(inputsHash(inputs));
  });

  it('solves the yield back from the clean price it gave', async () => {
    const { body } = await ok(h, cast.regulator, 'GET', price('yieldBps=450&compounding=periodic'));
    const back = await ok(h, cast.regulator, 'GET', price(`cleanPrice=${String(body.cleanPrice)}&compounding=periodic`));
    expect(back.body.yieldBps).toBeCloseTo(450, 6);
  });

  it.each([
    ['both a yield and a price', 'NOTE', 'yieldBps=450&cleanPrice=99'],
    ['neither a yield nor a price', 'NOTE', ''],
    ['an equity', 'ACME', 'yieldBps=450'],
    ['a floating-rate note', 'FRN', 'yieldBps=450'],
  ])('refuses %s with ST2-INVALID-INPUT (400)', async (_, securityId, query) => {
    const reply = await call(h, cast.agent, 'GET', `/v1/analytics/securities/${securityId}/price?settlement=${d('2030-03-01')}&${query}`);
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });

  it('refuses a settlement after maturity with ST2-INVALID-INPUT, and a price no yield explains with ST2-NO-SOLUTION (422)', async () => {
    expect(await call(h, cast.agent, 'GET', `/v1/analytics/securities/NOTE/price?settlement=${d('2033-01-01')}&yieldBps=450`)).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    expect(await call(h, cast.agent, 'GET', price('cleanPrice=100000'))).toMatchObject({ status: 422, body: { error: { code: 'ST2-NO-SOLUTION', message: expect.not.stringMatching(/^ST2-/) } } });
  });
});
