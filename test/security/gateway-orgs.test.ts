import { ROLES } from '@st2/chaincode';
import { cast } from '../gateway/support/cast';
import { startHarness, type Harness } from '../gateway/support/harness';
import { call, equity, ok, standardWorld } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';

/** A member's gateway serves its own org, and each org only the roles the topology gives it. */
describe('gateway: orgs and their roles', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('refuses a regulator token issued for a bank\'s org (403) and shows it no audit log', async () => {
    const before = await ledgerView(h);
    const forged = { role: 'regulator', id: 'regulator', org: 'bank1' } as const;
    for (const url of ['/v1/audit/events', '/v1/audit/securities/ACME/holders', '/v1/identities/alice']) {
      const reply = await call(h, forged, 'GET', url);
      expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { org: 'Bank1MSP', role: 'regulator' } } } });
      expect(reply.body).not.toHaveProperty('items');
    }
    expect(await ledgerView(h)).toEqual(before);
  });

  it('refuses an investor token under another bank\'s org for that investor\'s holdings and identity (403)', async () => {
    const impostor = { role: 'investor', id: 'alice', org: 'bank2' } as const;
    const holdings = await call(h, impostor, 'GET', '/v1/holdings?holder=alice');
    expect(holdings).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { identity: 'alice', org: 'Bank2MSP' } } } });
    expect(holdings.body).not.toHaveProperty('holdings');
    const identity = await call(h, impostor, 'GET', '/v1/identities/alice');
    expect(identity).toMatchObject({ status: 403 });
    expect(identity.body).not.toHaveProperty('record');
    const check = await call(h, impostor, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(check.status).toBe(403);
    // Through her own bank she still reads herself.
    expect((await ok(h, cast.alice, 'GET', '/v1/holdings?holder=alice')).body.holdings).toHaveLength(1);
  });

  it('refuses a role the org does not hold: an issuer of the regulator\'s org, an issuer of the custodian (403), and nothing is created', async () => {
    const before = await ledgerView(h, ['ACME', 'EVIL']);
    for (const org of ['regulator', 'custodian']) {
      const reply = await call(h, { role: 'issuer', id: 'acme-issuer', org }, 'POST', '/v1/securities', equity('EVIL'));
      expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED', details: { role: 'issuer' } } } });
    }
    expect(await ledgerView(h, ['ACME', 'EVIL'])).toEqual(before);
  });

  describe('a gateway that serves one org', () => {
    let bank2Gateway: Harness;
    beforeAll(async () => {
      bank2Gateway = await startHarness({ auth: { servedOrgs: [{ mspId: 'Bank2MSP', roles: [...ROLES.filter((role) => role !== 'regulator')] }] } });
    });
    afterAll(() => bank2Gateway.close());

    it('refuses every token of another org with 401, writes included, and changes nothing', async () => {
      // Its own org's agent reads the (empty) ledger; no other org's token gets that far.
      const before = { height: await bank2Gateway.ledger.height(), securities: (await ok(bank2Gateway, cast.agent2, 'GET', '/v1/securities')).body };
      for (const actor of [cast.admin, cast.agent, cast.issuer, cast.alice, cast.regulator]) {
        const reply = await call(bank2Gateway, actor, 'GET', '/v1/securities');
        expect(reply).toMatchObject({ status: 401, body: { error: { code: 'ST2-UNAUTHENTICATED' } } });
      }
      const write = await call(bank2Gateway, cast.issuer, 'POST', '/v1/securities', equity('EVIL'));
      expect(write.status).toBe(401);
      expect({ height: await bank2Gateway.ledger.height(), securities: (await ok(bank2Gateway, cast.agent2, 'GET', '/v1/securities')).body }).toEqual(before);
    });

    it('serves its own org\'s members', async () => {
      const reply = await call(bank2Gateway, cast.agent2, 'GET', '/v1/securities');
      expect(reply.status).toBe(200);
    });
  });
});
