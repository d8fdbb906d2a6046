import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

const EURC = { securityId: 'EURC', name: 'EUR deposit token', currency: 'EUR', decimals: 2, rules: { requiredClaims: ['kyc'], maxBalance: '1000000' }, agents: [party(cast.agent)] };

describe('cash over HTTP (/v1/cash)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('creates a cash instrument (201): a security of kind cash, no ISIN, the cash issuer its issuer', async () => {
    const created = await ok(h, cast.treasury, 'POST', '/v1/cash', EURC, { 'idempotency-key': 'eurc' });
    expect(created.status).toBe(201);
    const read = await ok(h, cast.alice, 'GET', `/v1/cash/EURC?consistentWith=${String(created.body.txId)}`);
    expect(read.body).toMatchObject({ security: { id: 'EURC', terms: { kind: 'cash', currency: 'EUR' }, issuer: party(cast.treasury) }, stats: { supply: '0' } });
    expect((read.body.security as object)).not.toHaveProperty('isin');
  });

  it('issues, pays and redeems through the cash routes; balances read as positions', async () => {
    await ok(h, cast.treasury, 'POST', '/v1/cash/EURC/issuances', { to: 'alice', amount: '50000' });
    const paid = await ok(h, cast.alice, 'POST', '/v1/cash/EURC/transfers', { from: 'alice', to: 'bob', amount: '12345' });
    await ok(h, cast.treasury, 'POST', '/v1/cash/EURC/redemptions', { from: 'bob', amount: '345' });
    const alice = await ok(h, cast.alice, 'GET', `/v1/cash/EURC/balances/alice?consistentWith=${String(paid.body.txId)}`);
    expect(alice.body).toMatchObject({ balance: '37655', free: '37655' });
    const holders = await ok(h, cast.agent, 'GET', `/v1/cash/EURC/balances?position=${await h.ledger.height()}`);
    expect(holders.body.items).toEqual([{ holder: 'alice', balance: '37655' }, { holder: 'bob', balance: '12000' }]);
  });

  it('refuses a rule that makes no sense for money with 422 ST2-RULE-NOT-APPLICABLE', async () => {
    const reply = await call(h, cast.treasury, 'POST', '/v1/cash', { ...EURC, securityId: 'USDC', currency: 'USD', rules: { requiredClaims: [], lockupUntil: 1 } });
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-RULE-NOT-APPLICABLE', details: { rules: ['lockupUntil'] }, erc1066: null } } });
  });

  it('refuses cash issued by an agent holding every power of the cash (403 from the chaincode) and by an issuer role at the gate (403)', async () => {
    const byAgent = await call(h, cast.agent, 'POST', '/v1/securities/EURC/issuances', { to: 'alice', amount: '1' });
    expect(byAgent).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { allowed: ['cash-issuer'] } } } });
    expect(await call(h, cast.issuer, 'POST', '/v1/cash/EURC/issuances', { to: 'alice', amount: '1' })).toMatchObject({ status: 403 });
  });

  it('refuses a malformed currency (400) and a payment to an identity without KYC (422 ST2-KYC-MISSING)', async () => {
    expect(await call(h, cast.treasury, 'POST', '/v1/cash', { ...EURC, securityId: 'XXX', currency: 'euro' })).toMatchObject({ status: 400 });
    await ok(h, cast.agent, 'POST', '/v1/identities', { identityId: 'dave', investor: 'dave', jurisdiction: 'FR', investorType: 'retail', record: { name: 'dave' } });
    expect(await call(h, cast.alice, 'POST', '/v1/cash/EURC/transfers', { from: 'alice', to: 'dave', amount: '1' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-KYC-MISSING' } } });
  });
});
