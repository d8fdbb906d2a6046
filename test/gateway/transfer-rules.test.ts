import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, standardWorld } from './support/world';

const DAY = 86_400_000;
/** One window since the epoch that contains every run's time: no window boundary to race. */
const CENTURY = 100 * 365 * DAY;
const LIMITS = { requiredClaims: ['kyc'], transferLimits: [{ windowMs: CENTURY, maxAmount: '100' }, { windowMs: 30 * DAY, maxCount: 2 }] };

let h: Harness;
const state = async () => {
  await projectionCaughtUp(h);
  return {
    height: await h.ledger.height(),
    security: (await ok(h, cast.regulator, 'GET', '/v1/securities/ACME')).body,
    holdings: await Promise.all(['alice', 'bob', 'carol'].map(async (holder) => (await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/holdings/${holder}`)).body)),
  };
};

/** Rules only the issuer sets, refused to anyone else and when malformed, each refusal changing nothing. */
function refusesToAllButTheIssuer(rules: Record<string, unknown>, malformed: [string, Record<string, unknown>][]): void {
  it('lets only the issuer set them: an agent, an investor and the issuer\'s namesake in another org are refused, changing nothing', async () => {
    const before = await state();
    for (const actor of [cast.agent, { ...cast.issuer, org: 'bank2' } as const]) {
      expect(await call(h, actor, 'PUT', '/v1/securities/ACME/rules', { rules })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    }
    expect((await call(h, cast.alice, 'PUT', '/v1/securities/ACME/rules', { rules })).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it.each(malformed)('refuses %s with 400 ST2-INVALID-INPUT, changing nothing', async (_, bad) => {
    const before = await state();
    expect(await call(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], ...bad } })).toMatchObject({
      status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } },
    });
    expect(await state()).toEqual(before);
  });
}

/** ACME limited to 100 units per century and 2 transfers per 30 days per sender; alice holds 1,000 and bob 500. */
describe('transfer limits per window over HTTP', () => {
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: LIMITS });
  });
  afterAll(() => h.close());

  it('refuses a transfer past a window limit with 422 ST2-WINDOW-LIMIT naming the window, changing nothing', async () => {
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '70' });
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '31' })).toMatchObject({
      status: 422, body: { error: { code: 'ST2-WINDOW-LIMIT', details: { windowMs: CENTURY, maxAmount: '100', sent: '70', count: 1 } } },
    });
    expect(await state()).toEqual(before);
  });

  it('shows the verdict in the dry run trace', async () => {
    const { body } = await ok(h, cast.alice, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '31' });
    expect(body).toMatchObject({ allowed: false, code: 'ST2-WINDOW-LIMIT' });
    expect((body as { trace: { rule: string }[] }).trace).toContainEqual(expect.objectContaining({ rule: 'transfer-windows', ok: false }));
  });

  refusesToAllButTheIssuer({ requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxAmount: '1000000' }] }, [
    ['an amount of 39 digits', { transferLimits: [{ windowMs: DAY, maxAmount: '1'.padEnd(39, '0') }] }],
    ['a limit with neither amount nor count', { transferLimits: [{ windowMs: DAY }] }],
    ['an unknown field', { transferLimits: [{ windowMs: DAY, maxCount: 1, sliding: true }] }],
    ['a fractional window', { transferLimits: [{ windowMs: 1.5, maxCount: 1 }] }],
    ['nine limits', { transferLimits: Array.from({ length: 9 }, (_, i) => ({ windowMs: (i + 1) * DAY, maxCount: 1 })) }],
  ]);
});

/** ACME charging 1% to carol (bank2, verified); alice holds 1,000 and bob 500. */
describe('transfer fee over HTTP', () => {
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], transferFee: { bps: 100, collector: 'carol' } } });
  });
  afterAll(() => h.close());

  it('answers a transfer with both movements: the transfer and its fee', async () => {
    const { body } = await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '250' });
    expect(JSON.stringify(body)).toContain('TransferFeeCharged');
    const after = await state();
    expect(after.holdings).toEqual([expect.objectContaining({ balance: '750' }), expect.objectContaining({ balance: '748' }), expect.objectContaining({ balance: '2' })]);
  });

  it('refuses every fee-bearing transfer while the collector is no identity, with 422 ST2-FEE-COLLECTOR-INVALID, changing nothing', async () => {
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], transferFee: { bps: 100, collector: 'nobody' } } });
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '250' })).toMatchObject({
      status: 422, body: { error: { code: 'ST2-FEE-COLLECTOR-INVALID', details: { collector: 'nobody', fee: '2', cause: 'ST2-NOT-FOUND' } } },
    });
    expect(await state()).toEqual(before);
  });

  refusesToAllButTheIssuer({ requiredClaims: ['kyc'], transferFee: { bps: 1, collector: 'carol' } }, [
    ['more than 10,000 bps', { transferFee: { bps: 10_001, collector: 'carol' } }],
    ['0 bps', { transferFee: { bps: 0, collector: 'carol' } }],
    ['a collector that is not an id', { transferFee: { bps: 1, collector: '../carol' } }],
    ['an unknown field', { transferFee: { bps: 1, collector: 'carol', from: 'sender' } }],
  ]);
});

/** bob is ACME's venue; alice holds 1,000. */
describe('designated counterparties over HTTP', () => {
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], venueLimits: { venues: ['bob'], limits: [{ windowMs: CENTURY, maxAmount: '100' }] } } });
  });
  afterAll(() => h.close());

  it('refuses an investor past its limit with the venue with 422 ST2-VENUE-LIMIT, changing nothing', async () => {
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100' });
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' })).toMatchObject({
      status: 422, body: { error: { code: 'ST2-VENUE-LIMIT', details: { venue: 'bob', investor: 'alice', moved: '100', count: 1 } } },
    });
    expect(await state()).toEqual(before);
  });

  refusesToAllButTheIssuer({ requiredClaims: ['kyc'], venueLimits: { venues: ['carol'], limits: [{ windowMs: DAY, maxCount: 1 }] } }, [
    ['an amount of 39 digits', { venueLimits: { venues: ['bob'], limits: [{ windowMs: DAY, maxAmount: '1'.padEnd(39, '0') }] } }],
    ['a venue that is not an id', { venueLimits: { venues: ['../bob'], limits: [{ windowMs: DAY, maxCount: 1 }] } }],
    ['no limit', { venueLimits: { venues: ['bob'], limits: [] } }],
  ]);
});
