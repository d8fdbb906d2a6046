import { FabricLedger, loadFabricProfile } from '../../gateway/src/ledger/fabric';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { issueUserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { mspIds } from '../scenarios/embedded-backend';
import { upForTests } from '../support/network-owner';

/** What GET /v1/network reports on real Fabric peers: every peer's height and health, the chaincode definition. */
describe('the Fabric ledger\'s report for a member\'s operators', () => {
  const ledgers: FabricLedger[] = [];
  const openAs = async (reader: Caller) => {
    const profile = await loadFabricProfile(new Layout(defaultNetworkDir()).connectionProfile);
    const ledger = new FabricLedger({ profile, identities: async ({ org, role, id }) => issueUserIdentity({ org, role, id }), reader });
    ledgers.push(ledger);
    return { ledger, profile };
  };
  beforeAll(async () => {
    await upForTests({ log: (line) => void process.stderr.write(`${line}\n`) });
  });
  afterAll(async () => {
    for (const ledger of ledgers) await ledger.close();
  });

  it('reports every peer of the profile with its height and its /healthz, and the committed chaincode definition', async () => {
    const { ledger, profile } = await openAs({ org: mspIds().bank1, role: 'admin', id: 'report-reader' });
    const height = Number(await ledger.height());
    const report = await ledger.report();
    expect(report).toMatchObject({ backend: 'fabric', channel: profile.channel, chaincode: { name: profile.chaincode } });
    expect(report.chaincode.version).not.toBeNull();
    expect(report.chaincode.sequence).toBeGreaterThanOrEqual(1);
    const named = [...profile.peers.values()].flat().map((peer) => `${peer.mspId}/${peer.hostAlias}`);
    expect(report.peers.map((peer) => `${peer.org}/${peer.name}`)).toEqual(named);
    for (const peer of report.peers) {
      expect(peer).toMatchObject({ healthy: true });
      expect(peer.problem).toBeUndefined();
      expect(peer.height).toBeGreaterThanOrEqual(height);
    }
  });

  it('tells the regulator, which has no writers among its clients, why the chaincode definition is not shown', async () => {
    const { ledger } = await openAs({ org: mspIds().regulator, role: 'regulator', id: 'report-reader' });
    const report = await ledger.report();
    expect(report.chaincode).toMatchObject({ version: null, sequence: null, problem: expect.any(String) });
    expect(report.peers.every((peer) => peer.height !== null)).toBe(true);
  });
});
