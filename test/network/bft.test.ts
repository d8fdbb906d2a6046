import { readFileSync } from 'node:fs';
import { configtxYaml } from '../../scripts/network/src/config';
import { Layout } from '../../scripts/network/src/layout';
import { DEFAULT_TOPOLOGY_FILE, fabricVersion, findOrg, parseTopology, withOrdering } from '../../scripts/network/src/topology';

/**
 * BFT ordering as a topology option (issue 16): `ordering.type: "bft"` (or ST2_NETWORK_ORDERING=bft,
 * which also gives the regulator the fourth node) generates a SmartBFT channel for Fabric 3.1.1.
 * No network needed: the generators are pure.
 */
const raw = JSON.parse(readFileSync(DEFAULT_TOPOLOGY_FILE, 'utf8')) as { orgs: Record<string, unknown>[] } & Record<string, unknown>;
const raft = parseTopology(raw);
const bft = parseTopology(withOrdering(raw, 'bft'));
const layout = new Layout('/net');

describe('the ordering option', () => {
  it('keeps Raft on Fabric 2.5.9 by default', () => {
    expect(raft.ordering.type).toBe('etcdraft');
    expect(fabricVersion(raft)).toBe('2.5.9');
    expect(parseTopology(withOrdering(raw, 'etcdraft'))).toEqual(raft);
  });

  it('with bft, gives the regulator the fourth consenter beside its peer, and runs Fabric 3.1.1', () => {
    expect(bft.ordering.type).toBe('bft');
    expect(fabricVersion(bft)).toBe('3.1.1');
    expect(bft.ordering.nodes.map((n) => n.id)).toEqual(['orderer0.bank1', 'orderer0.bank2', 'orderer0.custodian', 'orderer0.regulator']);
    const regulator = findOrg(bft, 'regulator');
    expect(regulator.orderer).toMatchObject({ host: regulator.peer.host, port: 17404, clusterPort: 17405, adminPort: 17406, operationsPort: 17407 });
  });

  it('refuses BFT with fewer than four consenters, and an unknown type', () => {
    expect(() => parseTopology({ ...raw, ordering: { type: 'bft' } })).toThrow(/BFT needs at least 4/);
    expect(() => parseTopology({ ...raw, ordering: { type: 'kafka' } })).toThrow(/must be "etcdraft" or "bft"/);
    expect(() => withOrdering(raw, 'solo')).toThrow(/expected bft or etcdraft/);
  });
});

describe('the BFT channel configuration', () => {
  const configtx = configtxYaml(bft, layout);

  it('maps each consenter by id, cluster endpoint, MSP, signing identity and TLS certificates, under the V3_0 capability', () => {
    expect(configtx).toContain('OrdererType: BFT');
    expect(configtx).not.toContain('EtcdRaft:');
    expect(configtx).toContain('V3_0: true');
    for (const [i, n] of bft.ordering.nodes.entries()) {
      expect(configtx).toContain(`        - ID: ${i + 1}\n          Host: ${n.host}\n          Port: ${n.clusterPort}\n          MSPID: ${n.mspId}\n          Identity: "/net/crypto/${n.org}/nodes/${n.name}/msp/signcerts/cert.pem"\n`);
    }
  });

  it("lets each org's orderer node write (it signs the config transactions it orders; BFT consenters verify each other's messages against Writers)", () => {
    expect(configtx).toContain(`Rule: "OR('RegulatorMSP.admin', 'RegulatorMSP.orderer')"`);
    expect(configtx).toContain(`Rule: "OR('Bank1MSP.admin', 'Bank1MSP.client', 'Bank1MSP.orderer')"`);
    const raftConfig = configtxYaml(raft, layout);
    expect(raftConfig).toContain(`Rule: "OR('Bank1MSP.admin', 'Bank1MSP.client', 'Bank1MSP.orderer')"`);
    expect(raftConfig).toContain(`Rule: "OR('RegulatorMSP.admin')"`);
    expect(raftConfig).toContain('OrdererType: etcdraft');
    const writers = (yaml: string) => yaml.match(/Writers:\n\s+Type: Signature\n\s+Rule: "[^"]*"/g) ?? [];
    expect(writers(raftConfig)).toHaveLength(4);
    expect(writers(raftConfig).filter((rule) => rule.includes('.orderer'))).toHaveLength(3);
    expect(writers(configtx).filter((rule) => rule.includes('.orderer'))).toHaveLength(4);
  });
});
