import type { St2Client } from '../../console/src/api/client';
import { concentration, refusalsByCode, securityHistory, settlementStatus } from '../../console/src/data/activity';
import { capTable } from '../../console/src/data/cap-table';
import { accountDetail, custodyAccounts } from '../../console/src/data/custodian';
import { networkStatus } from '../../console/src/data/network';
import { alerts, lookThrough, powerAlert, securityTimeline } from '../../console/src/data/regulator';
import { navigationFor } from '../../console/src/navigation';
import { hrefOf, parseRoute, type Route } from '../../console/src/route';
import { startDemoGateway, valueOf, type DemoGateway } from './support/demo-gateway';

const ACCOUNT = 'CUST-OMNIBUS-1';

/** The regulator's, the custodian's and the network views, from the functions they call, over real HTTP against the demo. */
describe('the regulator, custodian and network views over the demo', () => {
  let demo: DemoGateway;
  let regulator: St2Client;
  let custodian: St2Client;
  /** Waits (bounded, by the gateway) until the read model has applied every block committed so far. */
  const caughtUp = async () => {
    const reply = await regulator.GET('/v1/audit/events', { params: { query: { position: String(await demo.h.ledger.height()), limit: 1 } } });
    expect(reply.response.status).toBe(200);
  };
  beforeAll(async () => {
    demo = await startDemoGateway('st2-console-views-');
    regulator = await demo.as(demo.cast.regulator);
    custodian = await demo.as(demo.cast.custodian);
    await caughtUp();
  });
  afterAll(() => demo.h.close());

  it('looks through the omnibus account to its beneficial owner for the regulator: owners add up to the account\'s balance', async () => {
    const { items } = valueOf(await lookThrough(regulator, 'ACME-EQ'));
    const account = items.find((row) => row.holder === ACCOUNT);
    expect(account?.custody).toMatchObject({ kind: 'omnibus' });
    const owners = valueOf(account?.custody?.owners ?? { ok: false, refusal: { code: 'none', message: 'no custody', status: 0 } });
    expect(owners.map((o) => o.owner)).toContain('client-0001');
    expect(owners.reduce((sum, o) => sum + BigInt(o.amount), 0n)).toBe(BigInt(account?.balance ?? '-1'));
    expect(items.filter((row) => !row.custody).every((row) => row.jurisdiction !== null)).toBe(true);
  });

  it('refuses the look-through to the custodian and an investor, with the reason code', async () => {
    for (const client of [custodian, await demo.as(demo.cast.alice)]) {
      expect(await lookThrough(client, 'ACME-EQ')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
    }
  });

  it('charts a security\'s supply and holders over time, ending at today\'s cap table, and its concentration', async () => {
    const history = valueOf(await securityHistory(regulator, 'ACME-EQ'));
    const today = valueOf(await concentration(regulator, 'ACME-EQ'));
    expect(history.starts).toHaveLength(31);
    expect(history.supply[history.supply.length - 1]).toBe(Number(today.supply));
    expect(history.holders[history.holders.length - 1]).toBe(today.holders);
    expect(history.volume.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(today.hhi).toBeGreaterThan(0);
    // The issuer's cap table charts the same supply over time.
    const issuer = await demo.as(demo.cast.issuer);
    expect(valueOf(await securityHistory(issuer, 'ACME-EQ')).supply).toEqual(history.supply);
    expect(valueOf(await capTable(issuer, 'ACME-EQ')).supply).toBe(today.supply);
  });

  it('raises an alert for a refusal, with its code and message, and for an agent\'s freeze; the counts by code follow', async () => {
    const alice = await demo.as(demo.cast.alice);
    const refused = await alice.POST('/v1/transfers', { body: { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '999999999' } });
    expect(refused.response.status).toBe(422);
    const frozen = await (await demo.as(demo.cast.agent2)).POST('/v1/identities/{id}/freeze', { params: { path: { id: 'carol' } }, body: { securityId: 'ACME-EQ' } });
    expect(frozen.response.status).toBeLessThan(300);
    await caughtUp();
    const { items } = valueOf(await alerts(regulator));
    const refusal = items.find((a) => a.kind === 'refusal' && a.who.startsWith('alice'));
    expect(refusal).toMatchObject({ kind: 'refusal', route: 'POST /v1/transfers', securityId: 'ACME-EQ', refusal: { code: expect.stringMatching(/^ST2-/) } });
    expect(refusal?.kind === 'refusal' && refusal.refusal.message.length).toBeGreaterThan(0);
    expect(items).toContainEqual(expect.objectContaining({ kind: 'power', power: 'freeze', subject: 'carol', securityId: 'ACME-EQ' }));
    const code = refusal?.kind === 'refusal' ? refusal.refusal.code : '';
    expect(valueOf(await refusalsByCode(regulator)).byCode).toContainEqual(expect.objectContaining({ code }));
    // Bob was refused nothing: his own count is empty, and alice's refusal is not shown to him.
    expect(valueOf(await refusalsByCode(await demo.as(demo.cast.bob)))).toMatchObject({ scope: 'self', total: 0 });
  });

  it('reads agents\' powers out of audit events: a forced transfer and a recovery are alerts, a holder\'s transfer is not', () => {
    expect(powerAlert({ type: 'Transferred', securityId: 'S', from: 'a', to: 'b', amount: '5', forced: true }, 1, 'tx')).toMatchObject({ power: 'forced transfer', subject: 'a', detail: '5 units to b' });
    expect(powerAlert({ type: 'HoldingRecovered', securityId: 'S', lost: 'a', replacement: 'a2', amount: '7' }, 1, 'tx')).toMatchObject({ power: 'recovery', subject: 'a' });
    expect(powerAlert({ type: 'Transferred', securityId: 'S', from: 'a', to: 'b', amount: '5', forced: false }, 1, 'tx')).toBeNull();
  });

  it('pages a security\'s history of events in ledger order', async () => {
    const first = valueOf(await securityTimeline(regulator, 'ACME-EQ', undefined, 5));
    expect(first.items).toHaveLength(5);
    expect(first.items[0]?.type).toBe('SecurityCreated');
    const next = valueOf(await securityTimeline(regulator, 'ACME-EQ', first.nextCursor ?? undefined, 5));
    expect((next.items[0]?.seq ?? '') > (first.items[4]?.seq ?? '')).toBe(true);
  });

  it('shows the custodian its omnibus account: owners\' positions summing to the ledger balance, its holds, its settlements by status', async () => {
    expect(valueOf(await custodyAccounts(custodian)).items).toContainEqual(expect.objectContaining({ id: ACCOUNT, kind: 'omnibus' }));
    const account = valueOf(await accountDetail(custodian, ACCOUNT));
    for (const holding of account.holdings) {
      const owned = account.positions.filter((p) => p.securityId === holding.securityId).reduce((sum, p) => sum + BigInt(p.amount), 0n);
      expect(owned).toBe(BigInt(holding.balance));
    }
    expect(account.settlements).toContainEqual(expect.objectContaining({ id: 'demo-trade-2', role: 'buyer', status: 'settled' }));
    expect(account.settlementStatus).toMatchObject({ settled: account.settlements.filter((s) => s.status === 'settled').length });
    expect(valueOf(await settlementStatus(regulator)).total).toBeGreaterThanOrEqual(2);
  });

  it('refuses the custody account to an investor of a bank, with the reason code', async () => {
    expect(await accountDetail(await demo.as(demo.cast.alice), ACCOUNT)).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
  });

  it('shows an admin the embedded ledger as its one peer, the chaincode, and the read model\'s lag; refuses an investor', async () => {
    const status = valueOf(await networkStatus(await demo.as(demo.cast.admin)));
    expect(status).toMatchObject({ backend: 'embedded', peers: [{ org: 'embedded', healthy: true, height: Number(await demo.h.ledger.height()) }] });
    expect(status.chaincode.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(status.gateway.lagBlocks).toBe((status.gateway.height ?? 0) - 1 - status.gateway.readThrough);
    expect(await networkStatus(await demo.as(demo.cast.alice))).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED' } });
  });

  it('offers each role its views and keeps them in the fragment', () => {
    expect(navigationFor('regulator').map((item) => item.route.view)).toEqual(expect.arrayContaining(['audit', 'oversight', 'network']));
    expect(navigationFor('custodian')[0]?.route).toEqual({ view: 'custody' });
    expect(navigationFor('admin').map((item) => item.route.view)).toContain('network');
    const routes: Route[] = [{ view: 'oversight' }, { view: 'oversight-security', securityId: 'ACME EQ' }, { view: 'custody' }, { view: 'custody-account', accountId: ACCOUNT }, { view: 'network' }];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});
