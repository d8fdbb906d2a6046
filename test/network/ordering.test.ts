import { readFileSync } from 'node:fs';
import { configtxYaml, ordererYaml } from '../../scripts/network/src/config';
import { connectionProfile } from '../../scripts/network/src/connection-profile';
import { Layout } from '../../scripts/network/src/layout';
import { BATCH_TIMEOUT_ENV, DEFAULT_TOPOLOGY_FILE, loadTopology, MAX_MESSAGE_COUNT_ENV, MIN_CONSENTERS, parseTopology, TopologyError } from '../../scripts/network/src/topology';

/**
 * Ordering run by the consortium (issue 16): the topology names one orderer node per member org that
 * runs one, and every generated Fabric file follows from it. No network needed: the generators are pure.
 */
const raw = JSON.parse(readFileSync(DEFAULT_TOPOLOGY_FILE, 'utf8')) as { orgs: Record<string, unknown>[] } & Record<string, unknown>;
const topology = loadTopology(DEFAULT_TOPOLOGY_FILE, 0);
const layout = new Layout('/net');

describe('ordering in the topology', () => {
  it('has at least three Raft consenters, each run by a member org under its own MSP', () => {
    expect(topology.ordering.nodes.length).toBeGreaterThanOrEqual(MIN_CONSENTERS);
    for (const node of topology.ordering.nodes) {
      const org = topology.orgs.find((o) => o.name === node.org);
      expect(org?.orderer).toBe(node);
      expect(node).toMatchObject({ id: `${node.name}.${node.org}`, mspId: org?.mspId });
    }
  });

  it('shifts orderer ports with the port offset', () => {
    const shifted = loadTopology(DEFAULT_TOPOLOGY_FILE, 1000);
    expect(shifted.ordering.nodes.map((n) => n.port)).toEqual(topology.ordering.nodes.map((n) => n.port + 1000));
  });

  it('refuses fewer than three orderer nodes, the old single orderer org, and an orderer named like the peer', () => {
    const withoutOrderers = (keep: number) => ({ ...raw, orgs: raw.orgs.map((o, i) => (i < keep ? o : { ...o, orderer: undefined })) });
    expect(() => parseTopology(withoutOrderers(2))).toThrow(TopologyError);
    expect(() => parseTopology(withoutOrderers(2))).toThrow(/2 org\(s\) run an orderer node .*at least 3/);
    expect(() => parseTopology({ ...raw, orderer: { name: 'orderer', mspId: 'OrdererMSP' } })).toThrow(/topology.orderer .* is gone/);
    const first = raw.orgs[0] as { orderer: Record<string, unknown> };
    const clash = { ...raw, orgs: [{ ...raw.orgs[0], orderer: { ...first.orderer, name: 'peer0' } }, ...raw.orgs.slice(1)] };
    expect(() => parseTopology(clash)).toThrow('topology.orgs[0].orderer.name peer0 is also a peer\'s name in the org');
  });
});

describe('batch settings from the environment, to measure one value against another', () => {
  const withEnv = <T>(env: Record<string, string>, read: () => T): T => {
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    try {
      return read();
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  };

  it('takes the batch timeout and block size from the environment over topology.json, into the channel configuration', () => {
    const tuned = withEnv({ [BATCH_TIMEOUT_ENV]: '1s', [MAX_MESSAGE_COUNT_ENV]: '500' }, () => loadTopology(DEFAULT_TOPOLOGY_FILE, 0));
    expect(tuned.ordering).toMatchObject({ batchTimeout: '1s', maxMessageCount: 500 });
    expect(configtxYaml(tuned, layout)).toContain('      BatchTimeout: 1s\n      BatchSize:\n        MaxMessageCount: 500\n');
  });

  it('keeps topology.json\'s batch settings when the variables are empty, and refuses a block size that is not an integer', () => {
    const untouched = withEnv({ [BATCH_TIMEOUT_ENV]: '', [MAX_MESSAGE_COUNT_ENV]: '' }, () => loadTopology(DEFAULT_TOPOLOGY_FILE, 0));
    const { batchTimeout, maxMessageCount } = raw.ordering as { batchTimeout: string; maxMessageCount: number };
    expect(untouched.ordering).toMatchObject({ batchTimeout, maxMessageCount });
    expect(() => withEnv({ [MAX_MESSAGE_COUNT_ENV]: 'many' }, () => loadTopology(DEFAULT_TOPOLOGY_FILE, 0))).toThrow(/topology.ordering.maxMessageCount/);
  });
});

describe('generated ordering configuration', () => {
  const configtx = configtxYaml(topology, layout);

  it('lists every node as a consenter with its TLS certificate, and each ordering org with its own endpoint', () => {
    for (const node of topology.ordering.nodes) {
      expect(configtx).toContain(`          - Host: ${node.host}\n            Port: ${node.clusterPort}\n            ClientTLSCert: "/net/crypto/${node.org}/nodes/${node.name}/tls/cert.pem"`);
      expect(configtx).toContain(`    OrdererEndpoints:\n      - ${node.host}:${node.port}\n`);
    }
    expect(configtx.match(/OrdererEndpoints:/g)).toHaveLength(topology.ordering.nodes.length);
  });

  it('makes the ordering orgs the orderer group, whose orderer identities sign blocks and read the channel', () => {
    const ordering = topology.ordering.nodes.map((n) => n.mspId);
    expect(configtx).toContain(`      Organizations:\n${ordering.map((m) => `        - *${m}\n`).join('')}      Policies:`);
    expect(configtx).toContain(`Rule: "OR(${ordering.map((m) => `'${m}.orderer'`).join(', ')})"`);
    for (const mspId of ordering) expect(configtx).toContain(`Rule: "OR('${mspId}.admin', '${mspId}.peer', '${mspId}.client', '${mspId}.orderer')"`);
    expect(configtx).toContain(`Rule: "OR('RegulatorMSP.admin', 'RegulatorMSP.peer', 'RegulatorMSP.client')"`);
  });

  it('writes each node an orderer.yaml with its own MSP, ports and admin trust', () => {
    for (const node of topology.ordering.nodes) {
      const yaml = ordererYaml(topology, node, layout);
      expect(yaml).toContain(`  LocalMSPID: ${node.mspId}\n`);
      expect(yaml).toContain(`  ListenPort: ${node.port}\n`);
      expect(yaml).toContain(`    ListenPort: ${node.clusterPort}\n`);
      expect(yaml).toContain(`  ListenAddress: ${node.host}:${node.adminPort}\n`);
      expect(yaml).toContain(`      - "/net/crypto/${node.org}/nodes/${node.name}/tls/ca.pem"`);
    }
  });

  it('puts every orderer node in the connection profile', () => {
    const profile = connectionProfile(topology, layout) as { orderers: Record<string, unknown>; channels: Record<string, { orderers: string[] }> };
    const ids = topology.ordering.nodes.map((n) => n.id);
    expect(Object.keys(profile.orderers)).toEqual(ids);
    expect(profile.channels[topology.channel]?.orderers).toEqual(ids);
  });
});
