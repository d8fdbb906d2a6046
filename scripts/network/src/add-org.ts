import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DeployContext } from './chaincode';
import { applicationOrgs, type ChannelConfig, fetchChannelConfig, pick, submitConfigUpdate } from './channel-config';
import { orgConfigtxYaml } from './config';
import { retry, run } from './exec';
import { ordererArgs, peerCli } from './fabric';
import { isRecord, writeIfChanged } from './files';
import { findOrg, type PeerOrg, type Topology, TopologyError } from './topology';

/**
 * Admitting a member org to the running channel (`npm run network:add-org -- --name ORG`). The org is
 * described in network/topology.json like the others (its peers' hosts and ports), and this admits it:
 * its org group (MSP, Readers/Writers/Admins/Endorsement policies, anchor peers: configtxgen -printOrg of
 * the same configtx.yaml section the genesis block was made from) is added to the channel's Application
 * group by a config update that a majority of the member orgs' admins sign (the Application group's
 * Admins policy is MAJORITY Admins). network.ts addOrg then starts its peers, joins them with block 0
 * fetched through the ordering service, and installs and approves the committed chaincode definition.
 */

/**
 * What add-org can admit: an org that runs peers only, outside the endorsement policy. A new endorser
 * would change the channel's Endorsement and LifecycleEndorsement rules and the chaincode definition
 * (a new sequence), a new orderer node the consenter set: other config updates, not made here. Its st2
 * roles are the consortium's decision (governance SetOrgRoles), not the topology's.
 */
export function checkAdmissible(topology: Topology, name: string): PeerOrg {
  const org = findOrg(topology, name);
  const why = org.endorser ? 'is an endorser (admitting one changes the channel\'s endorsement policies and the chaincode definition)'
    : org.orderer ? 'runs an orderer node (adding a consenter is another config update)'
    : org.roles.length > 0 ? `lists st2 roles (${org.roles.join(', ')}): the consortium grants those by governance (SetOrgRoles), list it with "roles": []`
    : undefined;
  if (why) throw new TopologyError(`network:add-org admits an org that runs peers only, outside the endorsement policy: ${org.name} ${why}`);
  return org;
}

/** The orgs of the topology that the channel already has (the ones that sign, and whose chaincode servers run). */
export function channelMembers(topology: Topology, config: ChannelConfig): PeerOrg[] {
  const members = new Set(applicationOrgs(config));
  return topology.orgs.filter((o) => members.has(o.mspId));
}

/** How many member admins the Application group's Admins policy (MAJORITY Admins) needs. */
export function admissionQuorum(config: ChannelConfig): number {
  return Math.floor(applicationOrgs(config).length / 2) + 1;
}

/**
 * The config update adding `org` to the Application group, signed by `signers` (default: the first
 * member orgs that make a majority), skipped when the channel already has it; waits until the
 * ordering service serves the new config.
 */
export async function admitToChannel(ctx: DeployContext, org: PeerOrg, signers?: readonly string[]): Promise<void> {
  const { topology, log } = ctx;
  const fetcher = topology.orgs.find((o) => o !== org && o.endorser);
  if (!fetcher) throw new Error('the topology has no member org to fetch the channel config');
  const current = await fetchChannelConfig(ctx, fetcher);
  if (applicationOrgs(current).includes(org.mspId)) {
    log(`channel ${topology.channel}: ${org.mspId} is already a member (config sequence ${current.sequence})`);
    return;
  }
  const quorum = admissionQuorum(current);
  const chosen = signers === undefined ? channelMembers(topology, current).slice(0, quorum) : signers.map((name) => findOrg(topology, name));
  log(`channel ${topology.channel}: config sequence ${current.sequence}, ${applicationOrgs(current).length} member orgs; adding ${org.mspId} needs ${quorum} admins' signatures (MAJORITY Admins)`);
  const updated = structuredClone(current.config);
  const members = pick(updated, ['channel_group', 'groups', 'Application', 'groups']);
  if (!isRecord(members)) throw new Error(`channel ${topology.channel} has no Application group`);
  members[org.mspId] = await orgGroup(ctx, org);
  await submitConfigUpdate(ctx, current, updated, chosen);
  await retry(`${org.mspId} in the config of ${topology.channel}`, 60_000, async () => {
    const now = await fetchChannelConfig(ctx, fetcher);
    if (!applicationOrgs(now).includes(org.mspId)) throw new Error(`config sequence ${now.sequence} does not list it yet`);
    log(`channel ${topology.channel}: ${org.mspId} admitted (config sequence ${now.sequence})`);
  });
}

/** The org's channel config group, as configtxgen makes it from the org's configtx.yaml section. */
async function orgGroup(ctx: DeployContext, org: PeerOrg): Promise<unknown> {
  const dir = join(ctx.layout.config, 'add-org', org.name);
  writeIfChanged(join(dir, 'configtx.yaml'), orgConfigtxYaml(org, ctx.layout));
  const { stdout } = await run(ctx.bins.configtxgen, ['-configPath', dir, '-printOrg', org.mspId], { env: { ...process.env, FABRIC_LOGGING_SPEC: 'warning' } });
  return JSON.parse(stdout) as unknown;
}

/**
 * Block 0 of the channel, fetched through the ordering service by the new org's admin (which only a
 * member may read), to join its peers with.
 */
export async function fetchGenesisBlock(ctx: DeployContext, org: PeerOrg): Promise<string> {
  const file = join(ctx.layout.root, 'channel', org.name, `${ctx.topology.channel}.block`);
  mkdirSync(dirname(file), { recursive: true });
  ctx.log(`${org.name}: fetching block 0 of ${ctx.topology.channel} through the ordering service (as ${org.mspId} admin)`);
  await retry(`block 0 for ${org.mspId}`, 30_000, () => peerCli(ctx.bins, ctx.layout, org, ['channel', 'fetch', '0', file, '-c', ctx.topology.channel, ...ordererArgs(ctx.topology, ctx.layout, org)], 60_000));
  return file;
}
