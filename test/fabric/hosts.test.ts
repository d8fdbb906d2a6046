import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { chaincodeProcess, Layout, ordererProcess, peerNodeProcess } from '../../scripts/network/src/layout';
import { down, status, up } from '../../scripts/network/src/network';
import { findOrg, hostPart, HOSTS_ENV, loadTopology, LOOPBACK_PER_ORG } from '../../scripts/network/src/topology';
import { St2Client } from '../scenarios/client';
import { blockEndorsers } from './block-endorsers';
import { eventually } from './keyed-writes';
import { openFabricLedger } from './fabric-backend';
import { onboard, ownNetworkEnv } from './own-network';

/**
 * More than one host (issue 16): with ST2_NETWORK_HOSTS=loopback-per-org each org is a host of its own
 * (bank1 127.0.0.1, bank2 127.0.0.2, custodian 127.0.0.3, regulator 127.0.0.4). The network is brought
 * up host by host with `up --host`, as the operators of four machines would; every process must listen
 * on its host's address only, and a write must be endorsed, ordered and read across hosts.
 * Its own network (directory and ports), started from nothing and purged at the end.
 */
jest.setTimeout(15 * 60_000);

const log = (line: string): void => void process.stderr.write(`[hosts] ${line}\n`);
ownNetworkEnv('hosts', 2350);
process.env[HOSTS_ENV] = LOOPBACK_PER_ORG;
const topology = loadTopology();
const layout = new Layout(process.env.ST2_NETWORK_DIR ?? '');

/** What `ss` shows listening, by pid: the local `address:port` of each listening TCP socket. */
function listenersByPid(): Map<number, string[]> {
  const byPid = new Map<number, string[]>();
  for (const line of execFileSync('ss', ['-Hltnp'], { encoding: 'utf8' }).split('\n')) {
    const local = line.trim().split(/\s+/)[3];
    for (const [, pid] of line.matchAll(/pid=(\d+)/g)) byPid.set(Number(pid), [...(byPid.get(Number(pid)) ?? []), local ?? '']);
  }
  return byPid;
}

/** Each running process of the network with the addresses it listens on. */
async function running(): Promise<Map<string, string[]>> {
  const listeners = listenersByPid();
  const rows = (await status()).filter((r) => r.running && r.pid !== undefined);
  return new Map(rows.map((r) => [r.name, listeners.get(r.pid as number) ?? []]));
}

const hostOfAddress = (address: string): string => address.replace(/:\d+$/, '');

beforeAll(async () => {
  await down({ purge: true, log });
});

afterAll(async () => {
  await down({ purge: true, log });
});

it('brings the network up host by host, each host starting only its processes, each bound to its host\'s address only', async () => {
  expect(topology.hosts.map((h) => `${h.name}=${h.address}`)).toEqual(['bank1=127.0.0.1', 'bank2=127.0.0.2', 'custodian=127.0.0.3', 'regulator=127.0.0.4']);
  const started = Date.now();
  const expected: string[] = [];
  // First every host's orderers and peers (ordering has a Raft leader once two of the three orderer hosts are up) ...
  for (const host of topology.hosts) {
    const part = hostPart(topology, host.name);
    await up({ host: host.name, chaincode: false, log });
    expected.push(...part.orderers.map(ordererProcess), ...part.peers.map(({ peer }) => peerNodeProcess(peer)));
    const now = await running();
    expect([...now.keys()].sort()).toEqual([...expected].sort());
    for (const name of [...part.orderers.map(ordererProcess), ...part.peers.map(({ peer }) => peerNodeProcess(peer))]) {
      const addresses = now.get(name) ?? [];
      // orderer: listen, cluster, admin, operations; peer: listen, chaincode, operations.
      expect(addresses.length).toBeGreaterThanOrEqual(name.startsWith('orderer') ? 4 : 3);
      expect(new Set(addresses.map(hostOfAddress))).toEqual(new Set([host.address]));
    }
  }
  // ... then every host's chaincode part: installed and served at each host, approved for its org; the
  // host whose approval completes the majority (the custodian's, third) commits the definition.
  for (const [i, host] of topology.hosts.entries()) await up({ host: host.name, buildChaincode: i === 0, log });
  const now = await running();
  for (const org of topology.orgs) {
    const addresses = now.get(chaincodeProcess(topology.chaincode, org)) ?? [];
    expect(addresses.map(hostOfAddress)).toEqual([org.peer.host]);
  }
  log(`up host by host in ${((Date.now() - started) / 1000).toFixed(1)}s`);

  // Each TLS certificate names its host (its name and address), so the other hosts may dial either.
  const bank2 = findOrg(topology, 'bank2');
  const san = new X509Certificate(readFileSync(layout.nodeTls(bank2, bank2.peer.name).cert)).subjectAltName ?? '';
  expect(san).toContain('IP Address:127.0.0.2');
  expect(san).toContain('DNS:bank2');
});

it('writes through the gateway with endorsements and ordering across hosts, and reads the result at other hosts', async () => {
  const ledger = await openFabricLedger();
  const endorsers = await blockEndorsers('regulator', 'hosts-block-reader');
  try {
    const st2 = new St2Client(ledger);
    const run = `h${Date.now().toString(36)}`;
    const as = (org: string, role: string, who: string): Caller => ({ org, role, id: `${who}-${run}` });
    const { bank1, bank2, custodian } = { bank1: 'Bank1MSP', bank2: 'Bank2MSP', custodian: 'CustodianMSP' };
    const issuer = as(bank1, 'issuer', 'issuer');
    const alice = as(bank1, 'investor', 'alice');
    const security = `HOSTS-${run}`;
    await onboard(st2, as(bank1, 'agent', 'ops'), alice);
    await st2.submit(issuer, 'security:create', {
      securityId: security, name: 'Multi-host shares', isin: 'DE000A1B2C38', decimals: 0, agents: [],
      rules: { requiredClaims: [] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
    });
    const issued = await st2.submit(issuer, 'token:issue', { securityId: security, to: alice.id, amount: '1000' });
    // Endorsed by at least two orgs, that is by peers on two hosts (the policy is a majority of three).
    const endorsedBy = await endorsers.of(issued.txId);
    log(`token:issue ${issued.txId} endorsed by ${endorsedBy.join(', ')} in block ${issued.blockNumber}`);
    expect(endorsedBy.length).toBeGreaterThanOrEqual(2);
    // Read at bank2's host (127.0.0.2) and the custodian's (127.0.0.3), once every peer has the block.
    expect(await eventually(async () => (await status()).filter((r) => r.height !== undefined && r.name.startsWith('peer')).every((r) => (r.height as number) > issued.blockNumber), 30_000)).toBe(true);
    expect(await st2.balance(as(bank2, 'agent', 'ops'), security, alice.id)).toBe(1000n);
    expect(await st2.stats(as(custodian, 'custodian', 'desk'), security)).toEqual({ supply: '1000', holders: 1 });
  } finally {
    endorsers.close();
    await ledger.close();
  }
});
