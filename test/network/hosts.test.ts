import { readFileSync } from 'node:fs';
import { coreYaml, ordererYaml } from '../../scripts/network/src/config';
import { connectionProfile } from '../../scripts/network/src/connection-profile';
import { tlsSans } from '../../scripts/network/src/crypto';
import { hostsManifest } from '../../scripts/network/src/hosts';
import { Layout } from '../../scripts/network/src/layout';
import { DEFAULT_TOPOLOGY_FILE, findOrg, hostPart, LOOPBACK_PER_ORG, parseTopology, placeOnHosts, TopologyError } from '../../scripts/network/src/topology';

/**
 * More than one host (issue 16): the topology places each process on a host (a name and an address);
 * the generator binds each process to its host's address, names the host in its TLS certificate, and
 * lists each host's part. No network needed: the generators are pure.
 */
const raw = JSON.parse(readFileSync(DEFAULT_TOPOLOGY_FILE, 'utf8')) as { orgs: Record<string, unknown>[] } & Record<string, unknown>;
const single = parseTopology(raw);
const perOrg = parseTopology(placeOnHosts(raw, LOOPBACK_PER_ORG));
const layout = new Layout('/net');

describe('hosts in the topology', () => {
  it('keeps the default topology on one host, 127.0.0.1, running every process', () => {
    expect(single.hosts).toEqual([{ name: '127.0.0.1', address: '127.0.0.1' }]);
    const part = hostPart(single, '127.0.0.1');
    expect(part.orderers).toHaveLength(3);
    expect(part.peers).toHaveLength(6);
    expect(part.chaincodeOrgs).toHaveLength(4);
  });

  it('places each org on a loopback host of its own with loopback-per-org', () => {
    expect(perOrg.hosts).toEqual([
      { name: 'bank1', address: '127.0.0.1' },
      { name: 'bank2', address: '127.0.0.2' },
      { name: 'custodian', address: '127.0.0.3' },
      { name: 'regulator', address: '127.0.0.4' },
    ]);
    const bank2 = hostPart(perOrg, 'bank2');
    expect(bank2.orderers.map((n) => n.id)).toEqual(['orderer0.bank2']);
    expect(bank2.peers.map(({ peer }) => `${peer.id}@${peer.host}`)).toEqual(['peer0.bank2@127.0.0.2', 'peer1.bank2@127.0.0.2']);
    expect(bank2.chaincodeOrgs.map((o) => o.name)).toEqual(['bank2']);
    expect(hostPart(perOrg, 'regulator').orderers).toEqual([]);
    // Ports stay as they were: each host has its own address to bind them on.
    expect(findOrg(perOrg, 'bank2').peer.port).toBe(findOrg(single, 'bank2').peer.port);
  });

  it('reads declared hosts by name, and refuses an unknown placement, twin host names and twin addresses', () => {
    const withHosts = (hosts: unknown) => ({ ...raw, hosts, orgs: raw.orgs.map((o) => (o.name === 'regulator' ? { ...o, peer: { ...(o.peer as object), host: 'reg-1' } } : o)) });
    const declared = parseTopology(withHosts([{ name: 'reg-1', address: '10.0.0.4' }]));
    expect(findOrg(declared, 'regulator').peer).toMatchObject({ host: '10.0.0.4', hostName: 'reg-1' });
    expect(declared.hosts.map((h) => h.name)).toEqual(['reg-1', '127.0.0.1']);
    expect(() => placeOnHosts(raw, 'one-per-peer')).toThrow(/the only placement is loopback-per-org/);
    expect(() => parseTopology(withHosts([{ name: 'reg-1', address: '10.0.0.4' }, { name: 'reg-1', address: '10.0.0.5' }]))).toThrow(TopologyError);
    expect(() => parseTopology(withHosts([{ name: 'reg-1', address: '10.0.0.4' }, { name: 'reg-2', address: '10.0.0.4' }]))).toThrow(/duplicate host addresses/);
    expect(() => hostPart(declared, 'nowhere')).toThrow(/unknown host nowhere/);
  });
});

describe('each host\'s part, generated', () => {
  const bank2 = findOrg(perOrg, 'bank2');

  it('binds every listener of a node to its host\'s address', () => {
    const listens = (yaml: string) => [...yaml.matchAll(/(?:listenAddress|ListenAddress|chaincodeListenAddress|address|Address): (\S+)/g)].map((m) => m[1]);
    const peer = listens(coreYaml(bank2, bank2.peer, layout)).filter((a) => a !== '127.0.0.1:8125' && a !== '127.0.0.1:5984');
    expect(peer.length).toBeGreaterThanOrEqual(5);
    for (const address of peer) expect(address).toMatch(/^127\.0\.0\.2(:\d+)?$/);
    const orderer = bank2.orderer;
    if (!orderer) throw new Error('bank2 runs an orderer');
    const ord = listens(ordererYaml(perOrg, orderer, layout)).filter((a) => a !== '127.0.0.1:8125');
    expect(ord.length).toBeGreaterThanOrEqual(4);
    for (const address of ord) expect(address).toMatch(/^127\.0\.0\.2(:\d+)?$/);
  });

  it('names the host and its address in TLS certificates, and nothing more than before on one host', () => {
    expect(tlsSans('peer0.bank2', '127.0.0.2', 'bank2')).toEqual(['peer0.bank2', '127.0.0.2', 'bank2', 'localhost', '127.0.0.1']);
    expect(tlsSans('peer0.bank2', '127.0.0.1', '127.0.0.1')).toEqual(['peer0.bank2', '127.0.0.1', 'localhost']);
  });

  it('gives clients each host\'s addresses in the connection profile', () => {
    const profile = JSON.stringify(connectionProfile(perOrg, layout));
    expect(profile).toContain(`grpcs://127.0.0.2:${bank2.peer.port}`);
    expect(profile).toContain(`grpcs://127.0.0.4:${findOrg(perOrg, 'regulator').peer.port}`);
  });

  it('lists in hosts.json what each host runs, where the others reach it, and the files it needs, no CA key among them', () => {
    const manifest = hostsManifest(perOrg, layout);
    expect(manifest.map((h) => h.name)).toEqual(['bank1', 'bank2', 'custodian', 'regulator']);
    const host = manifest[1];
    expect(host?.processes).toEqual(['orderer0.bank2', 'peer0.bank2', 'peer1.bank2', 'cc-st2.bank2']);
    for (const endpoint of host?.endpoints ?? []) expect(endpoint.address).toMatch(/^127\.0\.0\.2:\d+$/);
    expect(host?.files).toEqual(expect.arrayContaining(['crypto/bank2/nodes/peer0', 'config/orderer0.bank2', 'crypto/bank2/users/admin', 'crypto/bank1/msp', 'channel/securities.block']));
    expect(host?.files.some((f) => f.includes('nodes/peer0') && f.includes('bank1'))).toBe(false);
    for (const h of manifest) expect(h.files.filter((f) => f.endsWith('key.pem') || f.endsWith('/ca'))).toEqual([]);
  });
});
