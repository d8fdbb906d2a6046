import type { Caller } from '../../gateway/src/ledger/ledger';
import { ordererProcess } from '../../scripts/network/src/layout';
import { restartNode, status, stopNode } from '../../scripts/network/src/network';
import { fabricVersion, loadTopology, MIN_BFT_CONSENTERS, ORDERING_ENV } from '../../scripts/network/src/topology';
import { eventually } from './keyed-writes';
import { onboard, onOwnNetwork } from './own-network';

/**
 * BFT ordering as a topology option (issue 16): with ST2_NETWORK_ORDERING=bft the channel is ordered
 * by SmartBFT on Fabric 3.1.1 (peers and orderers; built into its own cache on first use), four
 * consenters (the regulator runs the fourth) tolerating one faulty node. The st2 chaincode (CCaaS,
 * fabric-shim 2.5) and the gateway's Fabric client (fabric-gateway) are unchanged: the peer's Gateway
 * service submits each transaction to every orderer and waits for a quorum of them.
 */
jest.setTimeout(20 * 60_000);

const log = (line: string): void => void process.stderr.write(`[bft] ${line}\n`);
process.env[ORDERING_ENV] = 'bft';
const network = onOwnNetwork('bft', 350, log);
const topology = loadTopology();

const run = `bft${Date.now().toString(36)}`;
const as = (org: string, role: string, who: string): Caller => ({ org, role, id: `${who}-${run}` });
const issuer = as('Bank1MSP', 'issuer', 'issuer');
const alice = as('Bank1MSP', 'investor', 'alice');
const bob = as('Bank2MSP', 'investor', 'bob');
const SECURITY = `BFT-${run}`;

/** The orderer nodes' rows: running, height from SmartBFT's committed block number, leader flag. */
const orderers = async () => (await status()).filter((r) => topology.ordering.nodes.some((n) => ordererProcess(n) === r.name));

it('orders writes with SmartBFT on four consenters, and keeps ordering with one of them down', async () => {
  expect(topology.ordering.type).toBe('bft');
  expect(topology.ordering.nodes).toHaveLength(MIN_BFT_CONSENTERS);
  expect(fabricVersion(topology)).toBe('3.1.1');
  const st2 = network.st2();
  await onboard(st2, as('Bank1MSP', 'agent', 'ops1'), alice);
  await onboard(st2, as('Bank2MSP', 'agent', 'ops2'), bob);
  await st2.submit(issuer, 'security:create', {
    securityId: SECURITY, name: 'BFT shares', isin: 'DE000A1B2C38', decimals: 0, agents: [],
    rules: { requiredClaims: [] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
  });
  const issued = await st2.submit(issuer, 'token:issue', { securityId: SECURITY, to: alice.id, amount: '1000' });
  const rows = await orderers();
  // Every consenter reports the block through SmartBFT's own metrics (consensus_BFT_*), one of them leading.
  for (const row of rows) expect(row.height).toBeGreaterThan(Number(issued.blockNumber));
  expect(rows.filter((r) => r.leader)).toHaveLength(1);

  // f = 1: a follower down, the other three still make the quorum (3 of 4).
  const follower = rows.find((r) => !r.leader);
  if (!follower) throw new Error('four consenters have followers');
  expect(await stopNode(follower.name, { graceMs: 0 })).toBe(true);
  try {
    const moved = await st2.submit(alice, 'token:transfer', { securityId: SECURITY, from: alice.id, to: bob.id, amount: '250', requestId: `t-${run}` });
    log(`transfer ${moved.txId} ordered in block ${moved.blockNumber} with ${follower.name} down`);
    expect(moved.blockNumber).toBeGreaterThan(issued.blockNumber);
  } finally {
    await restartNode(follower.name, { log });
  }
  expect(await st2.balance(as('Bank1MSP', 'agent', 'ops1'), SECURITY, alice.id)).toBe(750n);
  // bank2's peers commit the block on their own time: read there once they have it.
  expect(await eventually(async () => (await st2.balance(as('Bank2MSP', 'agent', 'ops2'), SECURITY, bob.id)) === 250n, 30_000)).toBe(true);
});
