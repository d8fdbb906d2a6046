import { createHash } from 'node:crypto';
import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, kycRecord, ok, onboard, trustKyc, YEAR } from './support/world';

describe('identities', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await trustKyc(h);
  });
  afterAll(() => h.close());

  it('registers an identity with its private record and returns the committed event', async () => {
    const record = kycRecord('alice');
    const reply = await ok(h, cast.agent, 'POST', '/v1/identities', { identityId: 'alice', investor: 'alice', jurisdiction: 'FR', investorType: 'retail', record });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ txId: expect.stringMatching(/^[0-9a-f]{64}$/), blockNumber: expect.any(Number) });
    const [event] = reply.body.events as Record<string, unknown>[];
    expect(event).toMatchObject({ type: 'IdentityRegistered', identityId: 'alice', org: h.mspId('bank1') });
    expect(event?.recordHash).toBe(createHash('sha256').update(JSON.stringify(record)).digest('hex'));
    expect(JSON.stringify(reply.body)).not.toContain('passport');
  });

  it('shows the private record to the onboarding org and the regulator only', async () => {
    await onboard(h, 'bob', { jurisdiction: 'DE' });
    const { txId } = (await ok(h, cast.kyc, 'POST', '/v1/identities/bob/claims', { topic: 'aml', expiresAt: h.clock.now + YEAR, evidence: { method: 'screening', reference: 'aml-bob' } })).body;
    const own = await ok(h, cast.admin, 'GET', `/v1/identities/bob?consistentWith=${String(txId)}`);
    expect(own.body.record).toEqual(kycRecord('bob'));
    expect(own.body.identity).toMatchObject({ id: 'bob', jurisdiction: 'DE', claims: { kyc: [{ revoked: false }], aml: [{ issuer: party(cast.kyc) }] } });
    const regulator = await ok(h, cast.regulator, 'GET', '/v1/identities/bob');
    expect(regulator.body.record).toEqual(kycRecord('bob'));
    const otherBank = await ok(h, cast.admin2, 'GET', '/v1/identities/bob');
    expect(otherBank.body.record).toBeUndefined();
    expect(otherBank.body.identity).toMatchObject({ id: 'bob' });
  });

  it('lets an investor read itself but not another investor', async () => {
    await onboard(h, 'carol', { by: cast.agent2, jurisdiction: 'US' });
    await onboard(h, 'dave', { jurisdiction: 'FR' });
    const self = await call(h, { role: 'investor', id: 'dave', org: 'bank1' }, 'GET', '/v1/identities/dave');
    expect(self.status).toBe(200);
    expect(self.body.record).toEqual(kycRecord('dave'));
    const other = await call(h, { role: 'investor', id: 'dave', org: 'bank1' }, 'GET', '/v1/identities/carol');
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ error: { code: 'ST2-UNAUTHORIZED' } });
  });

  it('answers 404 ST2-NOT-FOUND for an unknown identity', async () => {
    const reply = await call(h, cast.admin, 'GET', '/v1/identities/nobody');
    expect(reply).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('refuses a duplicate identity with 409 ST2-ALREADY-EXISTS', async () => {
    const reply = await call(h, cast.agent, 'POST', '/v1/identities', { identityId: 'alice', investor: 'alice', jurisdiction: 'FR', investorType: 'retail', record: kycRecord('alice') });
    expect(reply).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-EXISTS' } } });
  });

  it('refuses a claim from an issuer not trusted for the topic with 422 ST2-UNTRUSTED-ISSUER', async () => {
    const rogue = { role: 'claim-issuer', id: 'rogue-kyc', org: 'bank2' } as const;
    const reply = await call(h, rogue, 'POST', '/v1/identities/alice/claims', { topic: 'kyc', expiresAt: h.clock.now + YEAR, evidence: { method: 'x', reference: 'y' } });
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-UNTRUSTED-ISSUER' } } });
  });

  it('revokes a claim (by its issuer) and shows it revoked', async () => {
    const { txId } = (await ok(h, cast.kyc, 'DELETE', '/v1/identities/bob/claims/aml')).body;
    const reply = await ok(h, cast.admin, 'GET', `/v1/identities/bob?consistentWith=${String(txId)}`);
    expect(reply.body.identity).toMatchObject({ claims: { aml: [{ revoked: true }], kyc: [{ revoked: false }] } });
    const again = await call(h, cast.kyc, 'DELETE', '/v1/identities/bob/claims/aml');
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('rejects an unknown field with 400 ST2-INVALID-INPUT naming it', async () => {
    const reply = await call(h, cast.agent, 'POST', '/v1/identities', { identityId: 'eve', investor: 'eve', jurisdiction: 'FR', investorType: 'retail', record: kycRecord('eve'), recordHash: 'a'.repeat(64) });
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });
});
