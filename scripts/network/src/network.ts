import { CONSORTIUM_POLICY_ENV, consortiumPolicyOf } from '@st2/chaincode/dist/domain/consortium';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type ChaincodeSpec, deployChaincode, type DeployedChaincode, restartChaincodeServer } from './chaincode';
import { writeConnectionProfile } from './connection-profile';
import { generateConfig } from './config';
import { generateCrypto, generateOrgCrypto } from './crypto';
import { CommandError, retry, run, sleep } from './exec';
import { ensureFabric, type FabricBins, osnadmin, peerCli } from './fabric';
import { chaincodeProcess, defaultNetworkDir, Layout, ordererProcess, peerNodeProcess, peerProcesses, REPO_ROOT } from './layout';
import { allPidRecords, httpsGet, isAlive, type PidRecord, type ProcessSpec, type Readiness, readinessProblem, readPidRecord, startProcess, stopProcess, waitReady } from './processes';
import { writeHostsManifest } from './hosts';
import { fabricVersion, findHost, hostPart, type HostPart, loadTopology, type OrdererNode, ordererOrg, type PeerNode, type PeerOrg, type Topology } from './topology';
import { type UpgradeOptions, type UpgradePlan, upgradeChaincode } from './upgrade';
import { admitToChannel, checkAdmissible, fetchGenesisBlock } from './add-org';
import { logLevel, peerLoggingSpec } from './log-level';

export interface NetworkOptions {
  /** Network directory; default env ST2_NETWORK_DIR or `.st2/network` in the repository. */
  readonly dir?: string;
  readonly topology?: Topology;
  /** Progress lines; default: stdout with elapsed time. */
  readonly log?: (line: string) => void;
}

export interface UpOptions extends NetworkOptions {
  /** Deploy the st2 chaincode (default true); false brings up only orderers, peers and channel. */
  readonly chaincode?: boolean;
  /** Build the st2 chaincode (`tsc -b chaincode`) before deploying it (default true). */
  readonly buildChaincode?: boolean;
  /**
   * Start only this host's part (topology hosts): its orderers and peers, joined to the channel, and its
   * orgs' chaincode servers, installed and approved; the definition is committed by the host whose approval
   * completes the majority. Default: every process of the network.
   */
  readonly host?: string;
}

export interface Network {
  readonly topology: Topology;
  readonly layout: Layout;
  readonly bins: FabricBins;
  readonly log: (line: string) => void;
}

/**
 * The st2 chaincode: the `chaincode` workspace, whose dist/index.js exports `contracts`. Slot 0. Every
 * org's server gets the same consortium policy, generated from the topology (roles per org, consortium
 * administrators): the chaincode cannot read topology.json itself, and divergent policies would make
 * the endorsers' results differ.
 */
export function st2Chaincode(topology: Topology): ChaincodeSpec {
  const modulePath = join(REPO_ROOT, 'chaincode');
  const circuits = join(REPO_ROOT, 'circuits');
  return {
    name: topology.chaincode, modulePath, slot: 0,
    // The proof verifier and its verification keys come from the circuits workspace.
    codePaths: [join(circuits, 'dist'), join(circuits, 'artifacts')],
    env: { [CONSORTIUM_POLICY_ENV]: JSON.stringify(consortiumPolicyOf(topology.orgs)) },
  };
}

/** Fabric's default log format without colour codes, so logs read cleanly in files and error messages. */
const LOG_FORMAT = '%{time:2006-01-02 15:04:05.000 MST} [%{module}] %{shortfunc} -> %{level:.4s} %{id:03x} %{message}';

function progress(): (line: string) => void {
  const start = Date.now();
  return (line) => process.stdout.write(`[network +${((Date.now() - start) / 1000).toFixed(1)}s] ${line}\n`);
}

function context(options: NetworkOptions): { topology: Topology; layout: Layout; log: (line: string) => void } {
  return { topology: options.topology ?? loadTopology(), layout: new Layout(options.dir ?? defaultNetworkDir()), log: options.log ?? progress() };
}

/**
 * Brings the network up, idempotently: builds Fabric if missing, generates crypto and config, starts
 * whatever is not running, waits for each process's /healthz, creates and joins the channel if not
 * yet done, deploys the st2 chaincode, waits for gossip, writes the connection profile.
 */
export async function up(options: UpOptions = {}): Promise<Network> {
  const { topology, layout, log } = context(options);
  return withLock(layout, log, async () => {
    const started = Date.now();
    log(`network directory ${layout.root}`);
    const bins = await ensureFabric(fabricVersion(topology));
    const net: Network = { topology, layout, bins, log };
    const part = options.host === undefined ? undefined : hostPart(topology, options.host);
    if (part) log(`host ${part.host.name} (${part.host.address}): ${[...part.orderers.map((n) => n.id), ...part.peers.map((p) => p.peer.id)].join(', ') || 'no orderer or peer'}`);

    if (!existsSync(join(layout.crypto, '.complete')) && existsSync(layout.data)) {
      throw new Error(`${layout.data} holds ledgers but the crypto material is gone; they no longer match. Run network:down --purge, then network:up.`);
    }
    if (await generateCrypto(topology, layout, part)) log('generated crypto material (org CAs, MSPs, TLS)');
    generateConfig(topology, layout);
    writeConnectionProfile(topology, layout);
    writeHostsManifest(topology, layout);

    const block = layout.channelBlock(topology.channel);
    if (!existsSync(block)) {
      log(`creating the genesis block of channel ${topology.channel}`);
      await run(bins.configtxgen, ['-configPath', layout.config, '-profile', 'St2Channel', '-channelID', topology.channel, '-outputBlock', block], { env: { ...process.env, FABRIC_LOGGING_SPEC: 'warning' } });
    }

    await startNodes(net, part);
    await joinChannel(net, block, part);

    if (options.chaincode !== false) {
      if (options.buildChaincode !== false) await buildChaincode(log);
      await deployChaincode(net, st2Chaincode(topology), part?.chaincodeOrgs);
    }

    await waitForGossip(net);
    log(`network up in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    log(summary(net));
    return net;
  });
}

async function buildChaincode(log: (line: string) => void): Promise<void> {
  log('building the st2 chaincode (tsc -b chaincode)');
  await run(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'chaincode'], { cwd: REPO_ROOT, timeoutMs: 300_000 });
}

/**
 * Upgrades the st2 chaincode on the running network to the code built from this checkout, through the
 * Fabric lifecycle (see upgrade.ts): approvals, commit of the next sequence, each org's server replaced in turn.
 */
export async function upgrade(options: NetworkOptions & UpgradeOptions & { readonly buildChaincode?: boolean } = {}): Promise<UpgradePlan> {
  const { topology, layout, log } = context(options);
  return withLock(layout, log, async () => {
    const bins = await ensureFabric(fabricVersion(topology));
    if (options.buildChaincode !== false) await buildChaincode(log);
    return upgradeChaincode({ topology, layout, bins, log }, st2Chaincode(topology), options);
  });
}

export interface AddOrgOptions extends NetworkOptions {
  /** The org to admit: its entry in the topology (name or MSP id). */
  readonly name: string;
  /** Orgs whose admins sign the config update (default: the first member orgs that make a majority). */
  readonly signers?: readonly string[];
}

/**
 * Admits an org of the topology to the running channel (`npm run network:add-org`; see add-org.ts),
 * each step skipped when done: its crypto material and node config, the config update signed by a
 * majority of the member admins, its peers started and joined with block 0 fetched from the ordering
 * service, caught up with the channel, the st2 chaincode installed, served and approved for it at the
 * committed sequence, gossip with every peer.
 */
export async function addOrg(options: AddOrgOptions): Promise<Network> {
  const { topology, layout, log } = context(options);
  const org = checkAdmissible(topology, options.name);
  return withLock(layout, log, async () => {
    const started = Date.now();
    const net: Network = { topology, layout, bins: await ensureFabric(fabricVersion(topology)), log };
    if (await generateOrgCrypto(org, layout)) log(`${org.name}: generated crypto material (CAs, MSP, peers, admin, chaincode server TLS)`);
    generateConfig(topology, layout);
    writeConnectionProfile(topology, layout);
    writeHostsManifest(topology, layout);
    await admitToChannel(net, org, options.signers);

    const part: HostPart = { host: findHost(topology, org.peer.hostName), orderers: [], peers: org.peers.map((peer) => ({ org, peer })), chaincodeOrgs: [org] };
    await startNodes(net, part);
    await joinChannel(net, await fetchGenesisBlock(net, org), part);
    await waitCaughtUp(net, org);
    // The members' servers run the consortium policy of the orgs they were started with: the new org's
    // server gets the same one (endorsers deciding under different policies disagree).
    const members = topology.orgs.filter((o) => o !== org);
    await deployChaincode(net, st2Chaincode({ ...topology, orgs: members }), [org]);
    await waitForGossip(net);
    log(`${org.name}: admitted to ${topology.channel} in ${((Date.now() - started) / 1000).toFixed(1)}s; st2 roles for ${org.mspId} come from the consortium (SetOrgRoles)`);
    return net;
  });
}

/** Waits until each of the org's peers is at the channel height a member's peer reports. */
async function waitCaughtUp(net: Network, org: PeerOrg): Promise<void> {
  const { topology, layout, log } = net;
  const member = topology.orgs.find((o) => o !== org && isRunning(layout, peerNodeProcess(o.peer)));
  if (!member) throw new Error(`no running peer of a member org to compare ${org.name}'s height with`);
  const target = (await peerMetric(layout, member, member.peer, `ledger_blockchain_height{channel="${topology.channel}"}`)) ?? 0;
  log(`${org.name}: waiting for its peers to reach height ${target} (${member.peer.id}'s)`);
  await Promise.all(
    org.peers.map((peer) =>
      retry(`${peer.id} at height ${target}`, 120_000, async () => {
        const height = (await peerMetric(layout, org, peer, `ledger_blockchain_height{channel="${topology.channel}"}`)) ?? 0;
        if (height < target) throw new Error(`at height ${height}`);
      }),
    ),
  );
}

/** Deploys one more chaincode (e.g. a test fixture) onto the running network; idempotent. */
export async function deploy(spec: ChaincodeSpec, options: NetworkOptions = {}): Promise<DeployedChaincode> {
  const { topology, layout, log } = context(options);
  return withLock(layout, log, async () => deployChaincode({ topology, layout, bins: await ensureFabric(fabricVersion(topology)), log }, spec));
}

/**
 * Stops every process the network started (chaincode servers, peers, orderers), or only those of
 * `host`; `purge` also deletes all state (the whole network's, so not with `host`).
 */
export async function down(options: NetworkOptions & { purge?: boolean; host?: string } = {}): Promise<void> {
  const { topology, layout, log } = context(options);
  if (options.host !== undefined && options.purge) throw new Error('--purge deletes the whole network directory: run it without --host');
  const part = options.host === undefined ? undefined : hostPart(topology, options.host);
  const records = allPidRecords(layout).filter((r) => part === undefined || runsOn(part, r.name));
  // Chaincode servers first, then peers, the orderers last: nobody logs errors about a vanished peer.
  const peers = new Set(peerProcesses(topology.orgs));
  const orderers = new Set(topology.ordering.nodes.map(ordererProcess));
  const rank = (r: PidRecord): number => (orderers.has(r.name) ? 2 : peers.has(r.name) ? 1 : 0);
  for (const group of [0, 1, 2]) {
    await Promise.all(
      records
        .filter((r) => rank(r) === group)
        .map(async (r) => {
          if (await stopProcess(layout, r)) log(`stopped ${r.name} (pid ${r.pid})`);
        }),
    );
  }
  if (records.length === 0) log('nothing was running');
  if (options.purge) {
    rmSync(layout.root, { recursive: true, force: true });
    log(`removed ${layout.root}`);
  }
}

export interface ProcessStatus {
  readonly name: string;
  readonly pid?: number;
  readonly running: boolean;
  /** undefined when healthy (or not applicable because it is not running), else why not. */
  readonly problem?: string;
  readonly log: string;
  /** Ledger height of the channel, for peers and orderers that report it. */
  readonly height?: number;
  /** For an orderer node: whether it is the channel's Raft leader now. */
  readonly leader?: boolean;
}

/** Each expected process: running or not, healthy or why not, channel height for peers and orderers, Raft leader. */
export async function status(options: NetworkOptions = {}): Promise<ProcessStatus[]> {
  const { topology, layout } = context(options);
  const expected = new Set([...topology.ordering.nodes.map(ordererProcess), ...peerProcesses(topology.orgs)]);
  const names = [...expected, ...allPidRecords(layout).map((r) => r.name).filter((n) => !expected.has(n))];
  return Promise.all(
    names.map(async (name): Promise<ProcessStatus> => {
      const record = readPidRecord(layout, name);
      const log = layout.log(name);
      if (!record || !isAlive(record)) return { name, running: false, log };
      const problem = await readinessProblem(record.readiness);
      const facts = problem === undefined ? await nodeFacts(topology, layout, name) : {};
      return { name, pid: record.pid, running: true, log, ...(problem === undefined ? {} : { problem }), ...facts };
    }),
  );
}

/** A healthy node's channel height (peers and orderers) and Raft leadership (orderers), from its metrics. */
async function nodeFacts(topology: Topology, layout: Layout, name: string): Promise<{ height?: number; leader?: boolean }> {
  const channel = `{channel="${topology.channel}"}`;
  const org = topology.orgs.find((o) => o.peers.some((p) => peerNodeProcess(p) === name));
  const peer = org?.peers.find((p) => peerNodeProcess(p) === name);
  if (org && peer) {
    const height = await peerMetric(layout, org, peer, `ledger_blockchain_height${channel}`);
    return height === undefined ? {} : { height };
  }
  const node = topology.ordering.nodes.find((n) => ordererProcess(n) === name);
  if (!node) return {};
  const [committed, leader] = await Promise.all([
    ordererMetric(topology, layout, node, `${consensusMetrics(topology)}_committed_block_number${channel}`),
    ordererMetric(topology, layout, node, `${consensusMetrics(topology)}_is_leader${channel}`),
  ]);
  return { ...(committed === undefined ? {} : { height: committed + 1 }), ...(leader === undefined ? {} : { leader: leader === 1 }) };
}

/**
 * Whether every orderer and peer is running and healthy. Chaincode servers are left out on
 * purpose: `up` (re)starts those itself, and a network without st2 deployed is still a network.
 */
export async function isUp(options: NetworkOptions = {}): Promise<boolean> {
  const { topology } = context(options);
  const nodes = new Set([...topology.ordering.nodes.map(ordererProcess), ...peerProcesses(topology.orgs)]);
  const rows = (await status(options)).filter((s) => nodes.has(s.name));
  return rows.length === nodes.size && rows.every((s) => s.running && s.problem === undefined);
}

/**
 * Stops one orderer or peer process (SIGTERM, then SIGKILL after `graceMs`; 0 kills at once), as a
 * crash or an operator would; false if it was not running. Chaos tests use it with `restartNode`.
 */
export async function stopNode(name: string, options: NetworkOptions & { graceMs?: number } = {}): Promise<boolean> {
  const { layout } = context(options);
  const record = readPidRecord(layout, name);
  return record ? stopProcess(layout, record, options.graceMs) : false;
}

/**
 * Starts one stopped orderer, peer or st2 chaincode server again, as `up` would: waits for its /healthz
 * (a chaincode server: its port), then, for an orderer, until it runs the channel as a consenter again,
 * for a peer, for gossip.
 */
export async function restartNode(name: string, options: NetworkOptions = {}): Promise<void> {
  const { topology, layout, log } = context(options);
  const net: Network = { topology, layout, bins: await ensureFabric(fabricVersion(topology)), log };
  const running = readPidRecord(layout, name);
  if (running && isAlive(running)) throw new Error(`${name} is still running (pid ${running.pid})`);
  const chaincodeOrg = topology.orgs.find((org) => chaincodeProcess(topology.chaincode, org) === name);
  if (chaincodeOrg) return restartChaincodeServer(net, st2Chaincode(topology), chaincodeOrg);
  const spec = nodeSpecs(net).find((s) => s.name === name);
  if (!spec) throw new Error(`${name} is not an orderer, peer or st2 chaincode server of this network`);
  log(`starting ${name}`);
  await waitReady(await startProcess(layout, spec), 60_000);
  const node = topology.ordering.nodes.find((n) => ordererProcess(n) === name);
  await (node ? waitConsenter(net, node) : waitForGossip(net));
}

/** Whether the process (an orderer, a peer or a chaincode server `cc-<name>.<org>`) runs on the host. */
function runsOn(part: HostPart, name: string): boolean {
  if (part.orderers.some((n) => ordererProcess(n) === name) || part.peers.some(({ peer }) => peerNodeProcess(peer) === name)) return true;
  return name.startsWith('cc-') && part.chaincodeOrgs.some((org) => name.endsWith(`.${org.name}`));
}

/** An orderer node is ready when its operations endpoint answers /healthz. */
function ordererReadiness(topology: Topology, layout: Layout, n: OrdererNode): Readiness {
  // The org's TLS CA certificate (the same as the node's tls/ca.pem), which every host has.
  return { kind: 'healthz', url: `https://${n.host}:${n.operationsPort}/healthz`, ca: layout.tlsCaCert(ordererOrg(topology, n)) };
}

function nodeSpecs(net: Network): ProcessSpec[] {
  const { topology, layout, bins } = net;
  return [
    ...topology.ordering.nodes.map((n): ProcessSpec => ({
      name: ordererProcess(n),
      command: bins.orderer,
      args: [],
      env: { ...process.env, FABRIC_CFG_PATH: layout.nodeConfig(n.id), FABRIC_LOGGING_SPEC: logLevel(), FABRIC_LOGGING_FORMAT: LOG_FORMAT },
      cwd: layout.root,
      readiness: ordererReadiness(topology, layout, n),
      ports: [
        { host: n.host, port: n.port, what: 'orderer listen' },
        { host: n.host, port: n.clusterPort, what: 'orderer cluster' },
        { host: n.host, port: n.adminPort, what: 'orderer admin' },
        { host: n.host, port: n.operationsPort, what: 'orderer operations' },
      ],
    })),
    ...topology.orgs.flatMap((org) => org.peers.map((p): ProcessSpec => {
      return {
        name: peerNodeProcess(p),
        command: bins.peer,
        args: ['node', 'start'],
        env: { ...process.env, FABRIC_CFG_PATH: layout.nodeConfig(p.id), FABRIC_LOGGING_SPEC: peerLoggingSpec(logLevel()), FABRIC_LOGGING_FORMAT: LOG_FORMAT },
        cwd: layout.root,
        readiness: { kind: 'healthz', url: `https://${p.host}:${p.operationsPort}/healthz`, ca: layout.nodeTls(org, p.name).ca },
        ports: [
          { host: p.host, port: p.port, what: 'peer listen/gossip' },
          { host: p.host, port: p.chaincodePort, what: 'peer chaincode' },
          { host: p.host, port: p.operationsPort, what: 'peer operations' },
        ],
      };
    })),
  ];
}

async function startNodes(net: Network, part?: HostPart): Promise<void> {
  const { layout, log } = net;
  const specs = nodeSpecs(net).filter((s) => part === undefined || runsOn(part, s.name));
  const toStart = specs.filter((s) => !isRunning(layout, s.name));
  if (toStart.length === 0) {
    log('orderers and peers already running');
  } else {
    log(`starting ${toStart.map((s) => s.name).join(', ')}`);
    for (const s of toStart) mkdirSync(layout.nodeData(s.name), { recursive: true });
  }
  const records = await Promise.all(specs.map(async (s) => (toStart.includes(s) ? startProcess(layout, s) : (readPidRecord(layout, s.name) as PidRecord))));
  await Promise.all(records.map((r) => waitReady(r, 60_000)));
  log('orderers and peers healthy (/healthz)');
}

/**
 * Joins every orderer node to the channel (each by its own org's admin, through the channel participation
 * API), then every peer, then waits until every node is an active consenter and the cluster has a leader.
 * All nodes join with the genesis block, so all are consenters from block 0: no onboarding to wait for.
 */
async function joinChannel(net: Network, block: string, part?: HostPart): Promise<void> {
  const { topology, layout, bins, log } = net;
  const channel = topology.channel;
  const orderers = part?.orderers ?? topology.ordering.nodes;
  const peers = part?.peers ?? topology.orgs.flatMap((org) => org.peers.map((peer) => ({ org, peer })));
  await Promise.all(
    orderers.map(async (node) => {
      // /healthz answers before the orderer's admin and gRPC listeners are up (notably on a restart).
      const listed = await retry(`${node.id} admin endpoint`, 30_000, () => osnadmin(bins, topology, layout, node, ['channel', 'list']));
      if (listed.stdout.includes(`"name": "${channel}"`) || listed.stdout.includes(`"name":"${channel}"`)) return;
      log(`${node.id} joins channel ${channel} (osnadmin channel join, as ${node.mspId} admin)`);
      await osnadmin(bins, topology, layout, node, ['channel', 'join', '--channelID', channel, '--config-block', block]);
    }),
  );
  await Promise.all(
    peers.map(async ({ org, peer }) => {
      const joined = await retry(`${peer.id} channel list`, 30_000, () => peerCli(bins, layout, org, ['channel', 'list'], undefined, peer));
      if (joined.stdout.split('\n').some((l) => l.trim() === channel)) return;
      log(`${peer.id} joins channel ${channel}`);
      await retry(`${peer.id} joining ${channel}`, 30_000, () => peerCli(bins, layout, org, ['channel', 'join', '--blockpath', block], undefined, peer));
    }),
  );
  await Promise.all(orderers.map((node) => waitConsenter(net, node)));
  if (part) {
    if (!(await orderingMajorityUp(net))) {
      log(`ordering: fewer than a majority of the ${topology.ordering.nodes.length} orderer nodes answer yet; a leader is elected once the other hosts are up`);
      return;
    }
    // Only this host's nodes' metrics are readable here (each org's /metrics wants its admin's certificate).
    await Promise.all(part.orderers.map((n) => retry(`a leader known to ${n.id}`, 30_000, async () => {
      if (!(await knowsLeader(net, n))) throw new Error('no leader known yet');
    })));
    return;
  }
  // A new cluster needs a moment to elect its leader; until then every broadcast is refused.
  await retry(`a Raft leader for ${channel}`, 30_000, async () => {
    const leaders = await Promise.all(topology.ordering.nodes.map((n) => ordererMetric(topology, layout, n, `${consensusMetrics(topology)}_is_leader{channel="${channel}"}`)));
    if (!leaders.includes(1)) throw new Error('no orderer node is leader yet');
  });
}

/** Whether the node knows a leader of the channel: SmartBFT names it; a Raft node has seen the leader change from none. */
async function knowsLeader(net: Network, node: OrdererNode): Promise<boolean> {
  const { topology, layout } = net;
  const channel = `{channel="${topology.channel}"}`;
  if (topology.ordering.type === 'bft') return ((await ordererMetric(topology, layout, node, `consensus_BFT_leader_id${channel}`)) ?? 0) > 0;
  return ((await ordererMetric(topology, layout, node, `consensus_etcdraft_leader_changes${channel}`)) ?? 0) > 0;
}

/** Whether a majority of the orderer nodes, wherever they run, answer their /healthz. */
async function orderingMajorityUp(net: Network): Promise<boolean> {
  const { topology, layout } = net;
  const problems = await Promise.all(topology.ordering.nodes.map((n) => readinessProblem(ordererReadiness(topology, layout, n))));
  return problems.filter((p) => p === undefined).length > topology.ordering.nodes.length / 2;
}

/** Waits until `node` runs the channel as an active consenter (after a restart: caught up enough to take part). */
async function waitConsenter(net: Network, node: OrdererNode): Promise<void> {
  const { topology, layout, bins } = net;
  await retry(`channel ${topology.channel} on ${node.id}`, 60_000, async () => {
    const info = await osnadmin(bins, topology, layout, node, ['channel', 'list', '--channelID', topology.channel]);
    if (!/"status": ?"active"/.test(info.stdout) || !/"consensusRelation": ?"consenter"/.test(info.stdout)) throw new Error(info.stdout);
  });
}

/**
 * Waits until every running peer knows every other running peer on the channel (gossip within each org,
 * and across orgs via anchor peers). The gateway's endorsement plans and private data dissemination
 * depend on it. Peers that are stopped (a restart while another node is down) are not waited for.
 */
async function waitForGossip(net: Network): Promise<void> {
  const { topology, layout, log } = net;
  const running = topology.orgs.flatMap((org) => org.peers.filter((peer) => isRunning(layout, peerNodeProcess(peer))).map((peer) => ({ org, peer })));
  const others = running.length - 1;
  if (others <= 0) return;
  log(`waiting for gossip: each peer must see ${others} other peers on ${topology.channel}`);
  await Promise.all(
    running.map(({ org, peer }) =>
      retry(`gossip membership of ${peer.id}`, 90_000, async () => {
        const known = await peerMetric(layout, org, peer, `gossip_membership_total_peers_known{channel="${topology.channel}"}`);
        if (known === undefined || known < others) throw new Error(`knows ${known ?? 0} of ${others} peers`);
      }, 500),
    ),
  );
}

function isRunning(layout: Layout, name: string): boolean {
  const record = readPidRecord(layout, name);
  return record !== undefined && isAlive(record);
}

/** One Prometheus sample from a peer's operations endpoint. */
function peerMetric(layout: Layout, org: PeerOrg, peer: PeerNode, sample: string): Promise<number | undefined> {
  return metric(`https://${peer.host}:${peer.operationsPort}/metrics`, layout.nodeTls(org, peer.name).ca, layout.adminTls(org), sample);
}

/** The orderer's metrics prefix for its consensus (Raft or SmartBFT; both report is_leader and committed_block_number). */
function consensusMetrics(topology: Topology): string {
  return topology.ordering.type === 'bft' ? 'consensus_BFT' : 'consensus_etcdraft';
}

/** One Prometheus sample from an orderer node's operations endpoint, read with its org admin's TLS certificate. */
function ordererMetric(topology: Topology, layout: Layout, node: OrdererNode, sample: string): Promise<number | undefined> {
  const org = ordererOrg(topology, node);
  return metric(`https://${node.host}:${node.operationsPort}/metrics`, layout.nodeTls(org, node.name).ca, layout.adminTls(org), sample);
}

async function metric(url: string, ca: string, client: { cert: string; key: string }, sample: string): Promise<number | undefined> {
  try {
    const { body } = await httpsGet(url, ca, client);
    const line = body.split('\n').find((l) => l.startsWith(`${sample} `));
    return line === undefined ? undefined : Number(line.slice(sample.length + 1));
  } catch {
    return undefined;
  }
}

function summary(net: Network): string {
  const { topology, layout } = net;
  const lines = [
    `channel ${topology.channel}, chaincode ${topology.chaincode}`,
    ...topology.ordering.nodes.map((o) => `  ${o.id.padEnd(20)} ${o.host}:${o.port} ${o.mspId} ${topology.ordering.type === 'bft' ? 'BFT' : 'Raft'} consenter (cluster ${o.clusterPort}, admin ${o.adminPort}, operations ${o.operationsPort})`),
    ...topology.orgs.flatMap((org) => org.peers.map((p) => `  ${p.id.padEnd(20)} ${p.host}:${p.port} ${org.mspId}${org.endorser ? ' endorser' : ' reader'} (operations ${p.operationsPort}, chaincode server ${p.chaincodeServerPort})`)),
    `connection profile: ${layout.connectionProfile}`,
    `logs: ${layout.logs}  (npm run network:logs -- <process>)`,
  ];
  return lines.join('\n');
}

/**
 * One `up`/`deploy` at a time per network directory (parallel test workers may all try): an exclusive
 * lock file holding the owner's pid; a lock whose owner is dead is taken over.
 */
async function withLock<T>(layout: Layout, log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  mkdirSync(layout.root, { recursive: true });
  const deadline = Date.now() + 30 * 60_000; // a cold Fabric build may hold the lock for minutes
  let announced = false;
  for (;;) {
    try {
      const fd = openSync(layout.lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(layout.lockFile, 'utf8').trim());
      // Our own pid counts as alive: a second up() in this process waits for the first.
      if (!pidAlive(owner)) {
        rmSync(layout.lockFile, { force: true });
        continue;
      }
      if (!announced) log(`waiting for another network:up (pid ${owner}) to finish`);
      announced = true;
      if (Date.now() > deadline) throw new Error(`${layout.lockFile} held by pid ${owner} for 30 minutes`, { cause: error });
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(layout.lockFile, { force: true });
  }
}

/** An empty lock file (owner still writing its pid) counts as alive. */
function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export { CommandError };
