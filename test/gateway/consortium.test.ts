import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, governed, ok, standardWorld } from './support/world';

/** Consortium governance over HTTP: bank1 and bank2 administer the consortium, and a change needs both. */
describe('consortium changes over HTTP', () => {
  let h: Harness;
  const rogue = { org: party(cast.kyc).org, id: 'kyc-three' };
  const subject = `issuer:${rogue.org}:${rogue.id}`;
  const custodianAdmin = { role: 'admin', id: 'custodian-admin', org: 'custodian' } as const;
  const issuers = async () => (await ok(h, cast.regulator, 'GET', '/v1/claim-issuers')).body.issuers;
  /** The ledger and what the read model says about issuers and changes. */
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), issuers: await issuers(), changes: (await ok(h, cast.regulator, 'GET', '/v1/consortium/changes')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('keeps a change proposed by one administrator org pending, and executes it on the second\'s approval by subject', async () => {
    const proposed = await ok(h, cast.admin, 'POST', '/v1/claim-issuers', { issuer: rogue, topics: ['kyc'] });
    expect(proposed.body.events).toEqual([expect.objectContaining({ type: 'ConsortiumChangeApproved', subject, executed: false, approvals: ['Bank1MSP'], required: 2 })]);
    const pending = await ok(h, cast.regulator, 'GET', `/v1/consortium/changes/${subject}?consistentWith=${String(proposed.body.txId)}`);
    expect(pending.body).toMatchObject({ subject, executed: false, approvals: ['Bank1MSP'], change: { kind: 'TrustClaimIssuer', issuer: rogue } });
    expect(await issuers()).not.toContainEqual(expect.objectContaining(rogue));

    const executed = await ok(h, cast.admin2, 'POST', `/v1/consortium/changes/${subject}/approve`, {});
    expect((executed.body.events as { type: string }[]).map((e) => e.type)).toEqual(['ConsortiumChangeApproved', 'ClaimIssuerTrusted']);
    await ok(h, cast.regulator, 'GET', `/v1/claim-issuers?consistentWith=${String(executed.body.txId)}`);
    expect(await issuers()).toContainEqual({ ...rogue, topics: ['kyc'] });
  });

  it('refuses a second approval by the same org (409 ST2-ALREADY-APPROVED) and a rival change of the same subject (409 ST2-CHANGE-CONFLICT), changing nothing', async () => {
    await ok(h, cast.admin, 'PUT', `/v1/claim-issuers/${rogue.org}/${rogue.id}`, { topics: ['aml'] });
    const before = await state();
    expect(await call(h, cast.admin, 'POST', `/v1/consortium/changes/${subject}/approve`, {})).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-APPROVED' } } });
    expect(await call(h, cast.admin2, 'DELETE', `/v1/claim-issuers/${rogue.org}/${rogue.id}`)).toMatchObject({ status: 409, body: { error: { code: 'ST2-CHANGE-CONFLICT' } } });
    expect(await state()).toEqual(before);
  });

  it.each([
    ['an admin of an org that does not administer the consortium (403 from the ledger)', custodianAdmin],
    ['an agent (403 at the gateway)', cast.agent],
    ['the regulator (403 at the gateway)', cast.regulator],
  ])('refuses approvals and changes by %s, and nothing changes', async (_who, actor) => {
    const before = await state();
    expect(await call(h, actor, 'POST', `/v1/consortium/changes/${subject}/approve`, {})).toMatchObject({ status: 403 });
    expect(await call(h, actor, 'PUT', '/v1/consortium/admins', { admins: ['CustodianMSP'], approvals: 1 })).toMatchObject({ status: 403 });
    expect(await call(h, actor, 'PUT', '/v1/consortium/orgs/Bank3MSP', { roles: ['admin'] })).toMatchObject({ status: 403 });
    expect(await state()).toEqual(before);
  });

  it('answers 404 for approving a subject with nothing pending and 400 for a malformed subject or threshold', async () => {
    expect(await call(h, cast.admin, 'POST', '/v1/consortium/changes/org:NobodyMSP/approve', {})).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
    expect(await call(h, cast.admin, 'POST', '/v1/consortium/changes/everything/approve', {})).toMatchObject({ status: 400 });
    expect(await call(h, cast.admin, 'PUT', '/v1/consortium/admins', { admins: ['Bank1MSP'], approvals: 2 })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });

  it('admits an org only once both administrator orgs approved it, and serves the policy the ledger then holds', async () => {
    expect((await ok(h, cast.regulator, 'GET', '/v1/consortium/policy')).body).toEqual({ policy: null });
    const { txId } = (await governed(h, 'PUT', '/v1/consortium/orgs/Bank3MSP', { roles: ['agent', 'investor'] })).body;
    const { policy } = (await ok(h, cast.regulator, 'GET', `/v1/consortium/policy?consistentWith=${String(txId)}`)).body as { policy: { orgs: Record<string, unknown>; approvals: number } };
    expect(policy.orgs['Bank3MSP']).toEqual({ roles: ['agent', 'investor'], consortiumAdmin: false });
    expect(policy.orgs['Bank1MSP']).toMatchObject({ consortiumAdmin: true });
    expect(policy.approvals).toBe(2);
  });
});
