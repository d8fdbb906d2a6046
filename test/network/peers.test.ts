import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionsConfig, configtxYaml, coreYaml } from '../../scripts/network/src/config';
import { connectionProfile } from '../../scripts/network/src/connection-profile';
import { Layout, peerProcesses } from '../../scripts/network/src/layout';
import { DEFAULT_TOPOLOGY_FILE, findOrg, loadTopology, parseTopology, TopologyError } from '../../scripts/network/src/topology';

/**
 * Two peers per bank (issue 16): the topology lists each org's peers, and every generated file gives
 * each peer its own ports, keys and config, with gossip inside the org and every peer an anchor peer.
 * No network needed: the generators are pure.
 */
const raw = JSON.parse(readFileSync(DEFAULT_TOPOLOGY_FILE, 'utf8')) as { orgs: Record<string, unknown>[] } & Record<string, unknown>;
const topology = loadTopology(DEFAULT_TOPOLOGY_FILE, 0);
const layout = new Layout('/net');
const bank1 = findOrg(topology, 'bank1');
const regulator = findOrg(topology, 'regulator');

describe('peers in the topology', () => {
  it('gives each bank two peers sharing the org\'s chaincode servers, and the others one', () => {
    for (const org of topology.orgs) expect(org.peers.map((p) => p.id)).toEqual(org.kind === 'bank' ? [`peer0.${org.name}`, `peer1.${org.name}`] : [`peer0.${org.name}`]);
    expect(bank1.peer).toBe(bank1.peers[0]);
    expect(new Set(bank1.peers.map((p) => p.chaincodeServerPort)).size).toBe(1);
    expect(new Set(bank1.peers.map((p) => p.port)).size).toBe(2);
    expect(peerProcesses(topology.orgs)).toHaveLength(6);
  });

  it('reads a single "peer" as before, and refuses both forms at once, an empty list, twin names and twin ports', () => {
    const single = findOrg(parseTopology({ ...raw, orgs: raw.orgs.map((o) => (o.name === 'bank1' ? { ...o, peers: undefined, peer: (o.peers as unknown[])[0] } : o)) }), 'bank1');
    expect(single.peers.map((p) => p.id)).toEqual(['peer0.bank1']);
    const withPeers = (peers: unknown, extra: Record<string, unknown> = {}) => ({ ...raw, orgs: raw.orgs.map((o) => (o.name === 'bank1' ? { ...o, peers, ...extra } : o)) });
    const [first, second] = raw.orgs[0]?.peers as Record<string, unknown>[];
    expect(() => parseTopology(withPeers([first], { peer: first }))).toThrow(/names both "peer" and "peers"/);
    expect(() => parseTopology(withPeers([]))).toThrow(/must list at least one peer/);
    expect(() => parseTopology(withPeers([first, { ...second, name: 'peer0' }]))).toThrow(TopologyError);
    const clash = JSON.stringify(withPeers([first, { ...second, operationsPort: first?.operationsPort }]));
    const file = join(tmpdir(), `st2-peers-clash-${process.pid}.json`);
    writeFileSync(file, clash);
    expect(() => loadTopology(file, 0)).toThrow(/port clash in topology: 127.0.0.1:17103 is both peer0.bank1 operations and peer1.bank1 operations/);
  });
});

describe('generated peer configuration', () => {
  it('bootstraps each bank peer\'s gossip from its sibling, every peer a static org leader; a lone peer bootstraps from itself', () => {
    const [peer0, peer1] = bank1.peers;
    if (!peer0 || !peer1) throw new Error('bank1 has two peers');
    const core0 = coreYaml(bank1, peer0, layout);
    const core1 = coreYaml(bank1, peer1, layout);
    expect(core0).toContain(`    bootstrap: ${peer1.host}:${peer1.port}\n`);
    expect(core1).toContain(`    bootstrap: ${peer0.host}:${peer0.port}\n`);
    expect(core1).toContain(`  id: peer1.bank1\n`);
    expect(core1).toContain(`  fileSystemPath: "/net/data/peer1.bank1"\n`);
    for (const core of [core0, core1]) expect(core).toMatch(/useLeaderElection: false\n\s+orgLeader: true/);
    expect(core0).toMatch(/implicitCollectionDisseminationPolicy:\n\s+requiredPeerCount: 0\n\s+maxPeerCount: 1\n/);
    const lone = regulator.peer;
    expect(coreYaml(regulator, lone, layout)).toContain(`    bootstrap: ${lone.host}:${lone.port}\n`);
  });

  it('purges transient data a peer never commits within 100 blocks on every peer, not Fabric\'s default 1000', () => {
    for (const org of topology.orgs) for (const peer of org.peers) expect(coreYaml(org, peer, layout)).toContain('      transientstoreMaxBlockRetention: 100\n');
  });

  it('makes every peer of an org its anchor peer', () => {
    const configtx = configtxYaml(topology, layout);
    const anchors = bank1.peers.map((p) => `      - Host: ${p.host}\n        Port: ${p.port}\n`).join('');
    expect(configtx).toContain(`    AnchorPeers:\n${anchors}`);
  });

  it('sends an explicit collection\'s data to every member peer, requiring none', () => {
    const audit = collectionsConfig(topology).find((c) => c.name === 'audit');
    const memberPeers = topology.collections.find((c) => c.name === 'audit')?.members.reduce((n, m) => n + findOrg(topology, m).peers.length, 0);
    expect(audit).toMatchObject({ requiredPeerCount: 0, maxPeerCount: memberPeers, memberOnlyRead: true });
  });

  it('lists every peer in the connection profile, under its org, in topology order', () => {
    const profile = connectionProfile(topology, layout) as { organizations: Record<string, { peers: string[] }>; peers: Record<string, { url: string }> };
    expect(profile.organizations.bank1?.peers).toEqual(['peer0.bank1', 'peer1.bank1']);
    expect(profile.peers['peer1.bank1']?.url).toBe(`grpcs://${bank1.peers[1]?.host}:${bank1.peers[1]?.port}`);
    expect(Object.keys(profile.peers)).toHaveLength(6);
  });
});
