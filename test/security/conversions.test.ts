import { cast, party } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { call, ok, standardWorld, YEAR } from '../gateway/support/world';

const DAY = 86_400_000;

/**
 * Hybrid conversion from the attacker's side, over HTTP on the embedded ledger: converting another holder's
 * units, under another org's certificate carrying the holder's id, in a role that holds no units, with an
 * Idempotency-Key replayed for another body, an oversized amount. Each refusal is shown to change nothing:
 * the ledger cut no block, and the read model (both holdings, both securities' supply) reads back the same.
 */
describe('hybrid conversion, from the attacker\'s side', () => {
  let h: Harness;
  const convert = (actor: Actor, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    call(h, actor, 'POST', '/v1/securities/ACME-CB/conversions', body, headers);

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities', {
      securityId: 'ACME-CB', name: 'ACME 2% convertible', isin: 'FR0000000027', decimals: 0, rules: { requiredClaims: ['kyc'] }, agents: [party(cast.agent)],
      terms: {
        kind: 'hybrid', faceValue: '10000', currency: 'EUR', couponRateBps: 200, couponFrequency: 'annual', maturityDate: h.clock.now + 3 * YEAR,
        conversion: { equitySecurityId: 'ACME', ratioNumerator: 1, ratioDenominator: 1, windowStart: h.clock.now, windowEnd: h.clock.now + 10 * DAY },
      },
    });
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME-CB/issuances', { to: 'alice', amount: '100' });
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME-CB/issuances', { to: 'carol', amount: '100' });
  });
  afterAll(() => h.close());

  /** The ledger's height, and what the read model shows at it. */
  async function everything(): Promise<unknown> {
    const height = await h.ledger.height();
    const read = (url: string) => ok(h, cast.regulator, 'GET', `${url}?position=${height}`).then((r) => r.body);
    return {
      height,
      holdings: await Promise.all(['ACME-CB', 'ACME'].flatMap((security) => ['alice', 'carol'].map((holder) => read(`/v1/securities/${security}/holdings/${holder}`)))),
      securities: await Promise.all(['ACME-CB', 'ACME'].map((security) => read(`/v1/securities/${security}`))),
    };
  }

  async function expectRefusedUnchanged(attempt: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, code: string): Promise<void> {
    const before = await everything();
    expect(await attempt()).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  }

  it('refuses an investor converting another\'s units, of its own org or another, with 403 ST2-UNAUTHORIZED', async () => {
    await expectRefusedUnchanged(() => convert(cast.bob, { holder: 'alice', amount: '1' }), 403, 'ST2-UNAUTHORIZED');
    await expectRefusedUnchanged(() => convert(cast.alice, { holder: 'carol', amount: '1' }), 403, 'ST2-UNAUTHORIZED');
  });

  it('refuses a certificate of another org carrying the holder\'s id with 403 ST2-UNAUTHORIZED', async () => {
    await expectRefusedUnchanged(() => convert({ ...cast.alice, org: 'bank2' }, { holder: 'alice', amount: '1' }), 403, 'ST2-UNAUTHORIZED');
  });

  it.each([
    ['the issuer', cast.issuer], ['an agent', cast.agent], ['a custodian', cast.custodian], ['the regulator', cast.regulator], ['an administrator', cast.admin],
  ])('refuses %s at the gateway with 403, changing nothing', async (_who, actor) => {
    await expectRefusedUnchanged(() => convert(actor, { holder: 'alice', amount: '1' }), 403, 'ST2-UNAUTHORIZED');
  });

  it('refuses an oversized or malformed amount with 400 ST2-INVALID-INPUT, changing nothing', async () => {
    await expectRefusedUnchanged(() => convert(cast.alice, { holder: 'alice', amount: '9'.repeat(39) }), 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(() => convert(cast.alice, { holder: 'alice', amount: '0' }), 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(() => convert(cast.alice, { holder: 'alice', amount: '-5' }), 400, 'ST2-INVALID-INPUT');
  });

  it('applies a replayed Idempotency-Key once, and refuses it for another body with 422 ST2-IDEMPOTENCY-MISMATCH, changing nothing', async () => {
    const key = { 'idempotency-key': 'alice-converts-once' };
    const first = await convert(cast.alice, { holder: 'alice', amount: '10' }, key);
    expect(first.status).toBe(200);
    const after = await everything();
    expect(await convert(cast.alice, { holder: 'alice', amount: '10' }, key)).toMatchObject({ status: 200, body: { txId: first.body.txId } });
    expect(await everything()).toEqual(after);
    await expectRefusedUnchanged(() => convert(cast.alice, { holder: 'alice', amount: '90' }, key), 422, 'ST2-IDEMPOTENCY-MISMATCH');
  });

  it('refuses converting more than the holder has with 422 ST2-INSUFFICIENT-BALANCE, changing nothing', async () => {
    await expectRefusedUnchanged(() => convert(cast.alice, { holder: 'alice', amount: '91' }), 422, 'ST2-INSUFFICIENT-BALANCE');
  });
});
