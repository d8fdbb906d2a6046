import { cast, party } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, standardWorld } from './support/world';

/** bank2's agent, made an agent of ACME with the freeze power only. */
describe('agents and their powers', () => {
  let h: Harness;
  const agentsUrl = '/v1/securities/ACME/agents';
  const agentUrl = (who: { org: string; id: string }) => `${agentsUrl}/${party(who).org}/${who.id}`;
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), security: (await ok(h, cast.regulator, 'GET', '/v1/securities/ACME')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('lets the issuer add an agent with some powers, which it may use and no others', async () => {
    const { txId } = (await ok(h, cast.issuer, 'POST', agentsUrl, { agent: { ...party(cast.agent2), powers: ['freeze'] } })).body;
    const { security } = (await ok(h, cast.regulator, 'GET', `/v1/securities/ACME?consistentWith=${String(txId)}`)).body as { security: { agents: unknown[] } };
    expect(security.agents).toContainEqual({ ...party(cast.agent2), powers: ['freeze'] });
    expect((await call(h, cast.agent2, 'POST', '/v1/identities/alice/freeze', { securityId: 'ACME', amount: '1' })).status).toBe(200);
    const before = await state();
    expect(await call(h, cast.agent2, 'POST', '/v1/securities/ACME/issuances', { to: 'bob', amount: '1' })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { power: 'issue' } } } });
    expect(await call(h, cast.agent2, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' })).toMatchObject({ status: 403 });
    expect(await state()).toEqual(before);
  });

  it('refuses rules and agent changes by an agent (403 at the gateway) and by the issuer\'s namesake in another org (403 from the ledger), changing nothing', async () => {
    const namesake = { ...cast.issuer, org: 'bank2' } as const;
    const before = await state();
    for (const actor of [cast.agent, namesake]) {
      expect(await call(h, actor, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: [] } })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(await call(h, actor, 'POST', agentsUrl, { agent: { ...party(cast.custodian), powers: ['issue'] } })).toMatchObject({ status: 403 });
      expect(await call(h, actor, 'DELETE', agentUrl(cast.agent2))).toMatchObject({ status: 403 });
    }
    expect(await state()).toEqual(before);
  });

  it('ends a removed agent\'s powers at once, and its attempts change nothing', async () => {
    await ok(h, cast.issuer, 'DELETE', agentUrl(cast.agent2));
    const before = await state();
    expect(await call(h, cast.agent2, 'POST', '/v1/identities/alice/freeze', { securityId: 'ACME', amount: '1' })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(await state()).toEqual(before);
    expect(await call(h, cast.issuer, 'DELETE', agentUrl(cast.agent2))).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });
});
