import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, governed, ok, standardWorld, YEAR } from './support/world';

/** A second KYC provider, in bank1: trusted for kyc beside kyc-provider (bank2). */
const kyc2 = { role: 'claim-issuer', id: 'kyc-two', org: 'bank1' } as const;

describe('trusted claim issuers and verification', () => {
  let h: Harness;
  const issuersUrl = (who: { org: string; id: string }) => `/v1/claim-issuers/${party(who).org}/${who.id}`;
  const listed = async () => (await ok(h, cast.regulator, 'GET', '/v1/claim-issuers')).body.issuers;
  const verification = async (id: string, securityId = 'ACME', consistentWith = '') =>
    (await ok(h, cast.regulator, 'GET', `/v1/identities/${id}/verification?securityId=${securityId}${consistentWith && `&consistentWith=${consistentWith}`}`)).body;
  /** The ledger and what the read model says about issuers and alice's verification. */
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), issuers: await listed(), alice: await verification('alice') };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await governed(h, 'POST', '/v1/claim-issuers', { issuer: party(kyc2), topics: ['kyc'] });
    await ok(h, kyc2, 'POST', '/v1/identities/alice/claims', { topic: 'kyc', expiresAt: h.clock.now + 2 * YEAR, evidence: { method: 'video-call', reference: 'k2-alice' } });
  });
  afterAll(() => h.close());

  it('lists the trusted issuers with their topics', async () => {
    expect(await listed()).toEqual(expect.arrayContaining([
      { ...party(cast.kyc), topics: ['kyc', 'aml', 'accredited'] },
      { ...party(kyc2), topics: ['kyc'] },
    ]));
  });

  it('keeps both issuers\' kyc claims and verifies with the longest-lasting one that counts', async () => {
    const { identity } = (await ok(h, cast.admin, 'GET', '/v1/identities/alice')).body as { identity: { claims: Record<string, { issuer: unknown }[]> } };
    expect(identity.claims.kyc?.map((c) => c.issuer)).toEqual([party(cast.kyc), party(kyc2)]);
    expect(await verification('alice')).toMatchObject({ verified: true, topics: [{ topic: 'kyc', verified: true, claim: { issuer: party(kyc2) } }] });
  });

  it('says per topic why an identity is not verified, with the transfer rules\' codes', async () => {
    const { txId } = (await ok(h, cast.issuer, 'POST', '/v1/securities', {
      securityId: 'ACCR', name: 'ACCR shares', isin: 'FR0000000027', decimals: 0, agents: [],
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' }, rules: { requiredClaims: ['kyc', 'aml'], accreditedOnly: true },
    })).body;
    expect(await verification('alice', 'ACCR', String(txId))).toMatchObject({
      verified: false,
      topics: [
        { topic: 'kyc', verified: true },
        { topic: 'aml', verified: false, code: 'ST2-KYC-MISSING' },
        { topic: 'accredited', verified: false, code: 'ST2-KYC-MISSING' },
      ],
    });
    expect(await verification('bob', 'ACCR')).toMatchObject({ verified: true });
  });

  it('lets an investor see its own verification only', async () => {
    expect((await call(h, cast.alice, 'GET', '/v1/identities/alice/verification?securityId=ACME')).status).toBe(200);
    expect(await call(h, cast.alice, 'GET', '/v1/identities/bob/verification?securityId=ACME')).toMatchObject({ status: 403 });
  });

  it('answers 404 for an unknown security and 400 without one', async () => {
    expect(await call(h, cast.admin, 'GET', '/v1/identities/alice/verification?securityId=NOPE')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
    expect(await call(h, cast.admin, 'GET', '/v1/identities/alice/verification')).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });

  it.each([
    ['an admin of an org that is not a consortium administrator (403 ST2-UNAUTHORIZED from the ledger)', { role: 'admin', id: 'custodian-admin', org: 'custodian' } as const],
    ['a claim issuer (403 at the gateway)', cast.kyc],
    ['an agent (403 at the gateway)', cast.agent],
  ])('refuses issuer changes by %s, and nothing changes', async (_who, actor) => {
    const before = await state();
    expect(await call(h, actor, 'DELETE', issuersUrl(cast.kyc))).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(await call(h, actor, 'PUT', issuersUrl(cast.kyc), { topics: ['aml'] })).toMatchObject({ status: 403 });
    expect(await call(h, actor, 'POST', '/v1/claim-issuers', { issuer: { org: party(cast.kyc).org, id: 'rogue' }, topics: ['kyc'] })).toMatchObject({ status: 403 });
    expect(await state()).toEqual(before);
  });

  it('refuses adding an issuer twice with 409 ST2-ALREADY-EXISTS and changing an unknown one with 404, changing nothing', async () => {
    const before = await state();
    expect(await call(h, cast.admin, 'POST', '/v1/claim-issuers', { issuer: party(kyc2), topics: ['aml'] })).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-EXISTS' } } });
    expect(await call(h, cast.admin, 'PUT', issuersUrl({ org: 'bank1', id: 'nobody' }), { topics: ['kyc'] })).toMatchObject({ status: 404 });
    expect(await state()).toEqual(before);
  });

  it('narrows and removes issuers: their claims stop counting at once', async () => {
    const narrowed = (await governed(h, 'PUT', issuersUrl(kyc2), { topics: ['aml'] })).body;
    expect(await verification('alice', 'ACME', String(narrowed.txId))).toMatchObject({ verified: true, topics: [{ claim: { issuer: party(cast.kyc) } }] });
    const { txId } = (await governed(h, 'DELETE', issuersUrl(cast.kyc))).body;
    expect((await ok(h, cast.regulator, 'GET', `/v1/claim-issuers?consistentWith=${String(txId)}`)).body.issuers).toEqual([{ ...party(kyc2), topics: ['aml'] }]);
    expect(await verification('alice')).toMatchObject({ verified: false, topics: [{ topic: 'kyc', verified: false, code: 'ST2-UNTRUSTED-ISSUER' }] });
    const refused = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-UNTRUSTED-ISSUER' } } });
  });
});
