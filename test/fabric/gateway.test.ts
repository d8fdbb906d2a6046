import type { Role } from '@st2/chaincode';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../../gateway/src/app';
import { loadOrCreateDevKeys } from '../../gateway/src/auth/dev-keys';
import { signDevToken } from '../../gateway/src/auth/dev-tokens';
import { Consortium } from '../../gateway/src/config/consortium';
import { dataLayout, DEFAULT_TOPOLOGY } from '../../gateway/src/config/layout';
import { openServedLedger } from '../../gateway/src/config/served-ledger';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { upForTests } from '../support/network-owner';
import { scenarioCast } from '../scenarios/cast';
import { mspIds, topology } from '../scenarios/embedded-backend';

jest.setTimeout(10 * 60_000);

/**
 * The gateway as `npm run start:fabric` serves it: the REST API over real Fabric peers, its read models
 * folded from the peers' block events. Real HTTP semantics through Fastify's inject.
 */
describe('the gateway on real Fabric peers', () => {
  const msp = mspIds();
  const { id, investor, admin1, admin2, ops1, kyc, issuer, audit } = scenarioCast(msp, 'g');
  const alice = investor(msp.bank1, 'alice');
  const bob = investor(msp.bank1, 'bob');
  const SEC = id('GW-EQ');
  let app: App;
  let ledger: Ledger;
  let directory: string;
  let token: (who: { org: string; role: string; id: string }) => string;

  const call = async (who: { org: string; role: string; id: string }, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app.inject({ method, url, headers: { authorization: `Bearer ${token(who)}` }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };
  const ok = async (who: { org: string; role: string; id: string }, method: 'GET' | 'POST', url: string, payload?: object) => {
    const reply = await call(who, method, url, payload);
    if (reply.status >= 300) throw new Error(`${method} ${url}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };

  beforeAll(async () => {
    await upForTests({ log: (line) => void process.stderr.write(`${line}\n`) });
    directory = await mkdtemp(join(tmpdir(), 'st2-fabric-gateway-'));
    const layout = dataLayout(directory);
    const served = await openServedLedger({ fabricProfile: new Layout(defaultNetworkDir()).connectionProfile, layout, topology });
    ledger = served.ledger;
    const keys = await loadOrCreateDevKeys(layout.devKeys);
    token = (who) => signDevToken(keys.privateKey, { role: who.role as Role, sub: who.id, org: who.org }, 3600);
    app = await buildApp({ ledger, storeDirectory: layout.gateway, auth: { tokens: { kind: 'dev', publicKey: keys.publicKey }, servedOrgs: (await Consortium.load(DEFAULT_TOPOLOGY)).orgs }, rateLimit: false,
      // Jest runs the Fabric suites side by side with the peers and orderers on two cores: event-loop delay there says
      // nothing about this gateway, and load shedding has its own test.
      underPressure: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ledger?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('onboards investors, creates a security with rules and issues to a verified investor over HTTP', async () => {
    await ok(admin1, 'POST', '/v1/claim-issuers', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
    await ok(admin2, 'POST', '/v1/claim-issuers', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
    for (const who of [alice, bob]) {
      await ok(ops1, 'POST', '/v1/identities', { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', record: { name: who.id } });
    }
    await ok(kyc, 'POST', `/v1/identities/${alice.id}/claims`, { topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidence: { method: 'document-check', reference: `kyc-${alice.id}` } });
    await ok(issuer, 'POST', '/v1/securities', {
      securityId: SEC, name: 'Gateway equity', isin: 'DE000A1B2C38', decimals: 0, agents: [], rules: { requiredClaims: ['kyc'] },
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
    });
    const issued = await ok(issuer, 'POST', `/v1/securities/${SEC}/issuances`, { to: alice.id, amount: '100' });
    // The read model answers once it has folded the block that committed the issuance.
    const security = await ok(issuer, 'GET', `/v1/securities/${SEC}?consistentWith=${String(issued['txId'])}`);
    expect(security).toMatchObject({ stats: { supply: '100', holders: 1 } });
    const holdings = await ok(alice, 'GET', `/v1/holdings?holder=${alice.id}&consistentWith=${String(issued['txId'])}`);
    expect(JSON.stringify(holdings)).toContain('"100"');
  });

  it('refuses a transfer to an investor without KYC with its reason code, and changes nothing', async () => {
    const refused = await call(alice, 'POST', '/v1/transfers', { securityId: SEC, from: alice.id, to: bob.id, amount: '10' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-KYC-MISSING' } } });
    expect(await ok(issuer, 'GET', `/v1/securities/${SEC}`)).toMatchObject({ stats: { supply: '100', holders: 1 } });
  });

  it('counts the refused transfer by its reason code though no block holds it, and charts the security from the peers’ blocks', async () => {
    expect(await ok(audit, 'GET', `/v1/analytics/refusals?securityId=${SEC}`)).toMatchObject({ scope: 'all', total: 1, byCode: [{ code: 'ST2-KYC-MISSING', count: 1 }] });
    const series = await ok(audit, 'GET', `/v1/analytics/securities/${SEC}/series`);
    const points = series['points'] as { supply: string; holders: number }[];
    expect(points[points.length - 1]).toMatchObject({ supply: '100', holders: 1 });
  });

  it('shows the regulator the audit trail from the peers’ blocks, and lets it write nothing', async () => {
    const events = await ok(audit, 'GET', `/v1/audit/events?securityId=${SEC}&limit=100`);
    const types = (events['items'] as { event: { type: string } }[]).map((row) => row.event.type);
    expect(types).toEqual(expect.arrayContaining(['SecurityCreated', 'Issued']));
    expect((await call(audit, 'POST', `/v1/securities/${SEC}/issuances`, { to: alice.id, amount: '1' })).status).toBe(403);
  });
});
