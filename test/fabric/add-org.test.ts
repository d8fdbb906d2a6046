import { readFileSync } from 'node:fs';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { applicationOrgs, fetchChannelConfig } from '../../scripts/network/src/channel-config';
import { run as runCommand } from '../../scripts/network/src/exec';
import { ensureFabric, peerAdminEnv, peerCli } from '../../scripts/network/src/fabric';
import { issueUserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { addOrg, status } from '../../scripts/network/src/network';
import { DEFAULT_TOPOLOGY_FILE, envPortOffset, findOrg, parseTopology, type Topology } from '../../scripts/network/src/topology';
import { onboard, onOwnNetwork } from './own-network';

/**
 * Admitting an org to the running channel (issue 16, `npm run network:add-org`), on a network of its
 * own (ports shifted 2,750 past the shared network's; the admitted orgs' ports sit in blocks 17500 and
 * 17600 above that). The network starts as network/topology.json describes it; the orgs admitted are
 * topology.json's plus entries like the ones an operator appends to it.
 */
jest.setTimeout(20 * 60_000);

const log = (line: string): void => void process.stderr.write(`[add-org] ${line}\n`);
const network = onOwnNetwork('add-org', 2750, log);

/** An org that runs one peer, outside the endorsement policy, with no st2 roles until governance grants them. */
const peerOnlyOrg = (name: string, mspId: string, base: number): object => ({
  name, mspId, kind: 'bank', endorser: false, roles: [], consortiumAdmin: false,
  peer: { name: 'peer0', host: '127.0.0.1', port: base + 1, chaincodePort: base + 2, operationsPort: base + 3, chaincodeServerPort: base + 10 },
});
const raw = JSON.parse(readFileSync(DEFAULT_TOPOLOGY_FILE, 'utf8')) as { orgs: object[] };
const topology: Topology = parseTopology({ ...raw, orgs: [...raw.orgs, peerOnlyOrg('bank3', 'Bank3MSP', 17500), peerOnlyOrg('bank4', 'Bank4MSP', 17600)] }, envPortOffset());
const bank1 = findOrg(topology, 'bank1');
const bank3 = findOrg(topology, 'bank3');

const run = `addorg${Date.now().toString(36)}`;
const as = (org: string, role: string, who: string): Caller => ({ org, role, id: `${who}-${run}` });
const ops1 = as('Bank1MSP', 'agent', 'ops1');

let carolId = '';
const context = async () => ({ topology, layout: new Layout(defaultNetworkDir()), bins: await ensureFabric(), log });
const channelConfig = async () => fetchChannelConfig(await context(), bank1);

it('refuses a config update adding an org signed by one member admin only, leaving the channel config as it was', async () => {
  network.ledger();
  const before = await channelConfig();
  await expect(addOrg({ topology, name: 'bank4', signers: ['bank1'], log })).rejects.toThrow(/policy for \[Group\] {2}\/Channel\/Application not satisfied/);
  const after = await channelConfig();
  expect(after.sequence).toBe(before.sequence);
  expect(applicationOrgs(after)).toEqual(applicationOrgs(before));
  expect(applicationOrgs(after)).not.toContain('Bank4MSP');
});

it('admits bank3 by a majority of admins: its peer reaches the channel height and answers st2 reads from its own ledger', async () => {
  const st2 = network.st2();
  const carol = as('Bank1MSP', 'investor', 'carol');
  await onboard(st2, ops1, carol);

  await addOrg({ topology, name: 'bank3', log });
  const config = await channelConfig();
  expect(applicationOrgs(config)).toContain('Bank3MSP');

  const rows = await status({ topology });
  const height = (name: string): number | undefined => rows.find((r) => r.name === name)?.height;
  expect(height(bank3.peer.id)).toBeGreaterThan(0);
  expect(height(bank3.peer.id)).toBe(height(bank1.peer.id));

  carolId = carol.id;
  // bank3's admin asks its own peer, which runs the st2 chaincode on its own server: the same record bank1 reads.
  const { stdout } = await peerCli((await context()).bins, new Layout(defaultNetworkDir()), bank3, ['chaincode', 'query', '-C', topology.channel, '-n', topology.chaincode, '-c', JSON.stringify({ Args: ['identity:get', carol.id] })]);
  expect(JSON.parse(stdout)).toEqual(JSON.parse(await st2.evaluate(ops1, 'identity:get', carol.id)));
});

it("refuses every st2 role of an admitted org's certificates until the consortium grants it (SetOrgRoles), with ST2-UNAUTHORIZED", async () => {
  const { bins, layout } = await context();
  const investor = await issueUserIdentity({ org: 'bank3', role: 'investor', id: `dora-${run}`, topology });
  const query = runCommand(bins.peer, ['chaincode', 'query', '-C', topology.channel, '-n', topology.chaincode, '-c', JSON.stringify({ Args: ['identity:getRecord', carolId] })], {
    env: { ...peerAdminEnv(layout, bank3), CORE_PEER_MSPCONFIGPATH: investor.msp },
  });
  await expect(query).rejects.toThrow(/ST2-UNAUTHORIZED[\s\S]*Bank3MSP may not grant the role 'investor'/);
});
