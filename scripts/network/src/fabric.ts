import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError, run, type RunResult } from './exec';
import { type Layout, peerNodeProcess, REPO_ROOT } from './layout';
import { type OrdererNode, ordererOrg, type PeerNode, type PeerOrg, type Topology } from './topology';

export interface FabricBins {
  readonly dir: string;
  readonly peer: string;
  readonly orderer: string;
  readonly configtxgen: string;
  readonly osnadmin: string;
  /** Translates channel configuration between protobuf and JSON and computes config updates (network:add-org). */
  readonly configtxlator: string;
}

export const BUILD_SCRIPT = join(REPO_ROOT, 'scripts', 'fabric', 'build.sh');

export function fabricBins(dir: string): FabricBins {
  return { dir, peer: join(dir, 'peer'), orderer: join(dir, 'orderer'), configtxgen: join(dir, 'configtxgen'), osnadmin: join(dir, 'osnadmin'), configtxlator: join(dir, 'configtxlator') };
}

/**
 * The Fabric binaries: env ST2_FABRIC_BIN if set, else scripts/fabric/build.sh (instant when the
 * pinned version is already in the cache; builds it otherwise, with its own progress on stderr).
 * `version` picks one of the script's pins (default its own: 2.5.9); see fabricVersion(topology).
 */
export async function ensureFabric(version?: string): Promise<FabricBins> {
  const preset = process.env.ST2_FABRIC_BIN;
  if (preset) {
    const bins = fabricBins(preset);
    for (const bin of [bins.peer, bins.orderer, bins.configtxgen, bins.osnadmin, bins.configtxlator]) {
      if (!existsSync(bin)) throw new Error(`ST2_FABRIC_BIN=${preset} has no ${bin}; unset it to build Fabric with ${BUILD_SCRIPT}`);
    }
    return bins;
  }
  const stdout = await new Promise<string>((resolve, reject) => {
    // stderr passes through: the build's progress lines (and its advice when Go is missing) reach the user.
    const env = version === undefined ? process.env : { ...process.env, ST2_FABRIC_VERSION: version };
    const child = spawn('bash', [BUILD_SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${BUILD_SCRIPT} failed (exit ${String(code)}); see the messages above`))));
  });
  const dir = stdout.trim().split('\n').pop() ?? '';
  if (!dir || !existsSync(join(dir, 'peer')) || !existsSync(join(dir, 'configtxlator'))) throw new Error(`${BUILD_SCRIPT} printed no usable bin directory (got "${dir}")`);
  return fabricBins(dir);
}

/** Environment for the peer CLI acting as an org's admin against one of the org's own peers (default its first). */
export function peerAdminEnv(layout: Layout, org: PeerOrg, peer: PeerNode = org.peer): NodeJS.ProcessEnv {
  return {
    ...process.env,
    FABRIC_CFG_PATH: layout.nodeConfig(peer.id),
    FABRIC_LOGGING_SPEC: 'warning',
    CORE_PEER_LOCALMSPID: org.mspId,
    CORE_PEER_MSPCONFIGPATH: layout.adminMsp(org),
    CORE_PEER_ADDRESS: `${peer.host}:${peer.port}`,
    CORE_PEER_TLS_ENABLED: 'true',
    CORE_PEER_TLS_ROOTCERT_FILE: layout.nodeTls(org, peer.name).ca,
  };
}

/**
 * `--orderer ... --tls --cafile ...`: how the peer CLI, acting for `org`, reaches the ordering service:
 * through the org's own orderer node when it runs one (any consenter forwards to the Raft leader),
 * else through the first one.
 */
export function ordererArgs(topology: Topology, layout: Layout, org: PeerOrg): string[] {
  const node = org.orderer ?? topology.ordering.nodes[0];
  if (!node) throw new Error('the topology has no orderer node');
  return ['--orderer', `${node.host}:${node.port}`, '--ordererTLSHostnameOverride', node.id, '--tls', '--cafile', layout.tlsCaCert(ordererOrg(topology, node))];
}

/** The peer CLI as the org's admin against `peer` (default the org's first); a failure names the peer and its log file, where the reason usually is. */
export async function peerCli(bins: FabricBins, layout: Layout, org: PeerOrg, args: readonly string[], timeoutMs?: number, peer: PeerNode = org.peer): Promise<RunResult> {
  try {
    return await run(bins.peer, args, { env: peerAdminEnv(layout, org, peer), timeoutMs });
  } catch (error) {
    if (error instanceof CommandError) error.message += `\n  (against ${peer.id}; its log: ${layout.log(peerNodeProcess(peer))})`;
    throw error;
  }
}

/**
 * osnadmin against one orderer node, as the admin of the org that runs it (mutual TLS with the admin's
 * TLS client certificate): each member manages the channels of its own node only.
 */
export function osnadmin(bins: FabricBins, topology: Topology, layout: Layout, node: OrdererNode, args: readonly string[]): Promise<RunResult> {
  const org = ordererOrg(topology, node);
  const tls = layout.adminTls(org);
  return run(bins.osnadmin, [...args, '--orderer-address', `${node.host}:${node.adminPort}`, '--ca-file', layout.tlsCaCert(org), '--client-cert', tls.cert, '--client-key', tls.key], {
    env: { ...process.env, FABRIC_LOGGING_SPEC: 'warning' },
  });
}
