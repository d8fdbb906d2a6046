import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, omnibusFor, payingWorld } from './support/world';

const DAY = 86_400_000;

/**
 * A 1 for 4 consolidation reaching a custody account over HTTP: alice 1,000 ACME, bob 495; the omnibus account 5
 * for client-1 and 3 for client-2, deposited from bob's; fractions paid at 3 EURC cents per old share.
 */
describe('custody corporate actions over HTTP', () => {
  let h: Harness;
  const apply = (who: Parameters<typeof call>[1], headers: Record<string, string> = {}) => call(h, who, 'POST', '/v1/corporate-actions/CA1/custody-batches', { accountId: 'OMNI' }, headers);

  beforeAll(async () => {
    h = await startHarness();
    await payingWorld(h);
    await omnibusFor(h, cast.bob);
    for (const [owner, amount, jurisdiction] of [['client-1', '5', 'DE'], ['client-2', '3', 'FR']] as const) {
      await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', { securityId: 'ACME', accountId: 'OMNI', from: 'bob', amount, owner: { owner, jurisdiction, investorType: 'retail' } });
    }
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/corporate-actions', {
      actionId: 'CA1', type: 'reverse-split', ratio: { numerator: '1', denominator: '4' }, effectiveTime: h.clock.now + DAY,
      cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: '3', denominator: '1' } },
    });
    h.clock.now += DAY;
  });
  afterAll(() => h.close());

  it('rescales each owner and pays its fraction into its cash position (200), naming no owner; the agent is refused at the gateway (403); the account reconciles in both securities', async () => {
    expect(await apply(cast.agent)).toMatchObject({ status: 403 });
    const applied = await apply(cast.custodian, { 'idempotency-key': 'ca-1' });
    expect(applied).toMatchObject({ status: 200, body: { events: [
      expect.objectContaining({ type: 'CorporateActionApplied', adjustments: [{ holder: 'OMNI', units: '8', newUnits: '1', cash: '12' }] }),
      expect.objectContaining({ type: 'CustodyMoved' }), expect.objectContaining({ type: 'CustodyDeposited', securityId: 'EURC', amount: '12' }),
    ] } });
    expect(JSON.stringify(applied.body)).not.toContain('client-');
    expect(await apply(cast.custodian)).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-ADJUSTED' } } });
    const positions = (await ok(h, cast.custodian, 'GET', '/v1/custody/accounts/OMNI/positions')).body.items as { securityId: string; owner: string; amount: string }[];
    expect(positions.map((p) => [p.securityId, p.owner, p.amount])).toEqual([['ACME', 'client-1', '1'], ['EURC', 'client-1', '3'], ['EURC', 'client-2', '9']]);
    expect((await ok(h, cast.custodian, 'GET', '/v1/custody/accounts/OMNI/reconciliation')).body).toMatchObject({ reconciled: true });
  });
});
