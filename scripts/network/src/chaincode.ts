import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectionsConfig, ENDORSEMENT_POLICY_REF } from './config';
import { CommandError, retry, run } from './exec';
import { type FabricBins, ordererArgs, peerCli } from './fabric';
import { isRecord, readText, writeFile, writeIfChanged } from './files';
import { chaincodeProcess, type Layout, REPO_ROOT } from './layout';
import { isAlive, type ProcessSpec, readPidRecord, startProcess, stopProcess, waitReady } from './processes';
import { CHAINCODE_SLOTS, endorsementQuorum, type PeerNode, type PeerOrg, type Topology } from './topology';

/**
 * Chaincode as a service. Each org runs its own chaincode server (fabric-shim server mode) and its
 * peer dials it; the package an org installs carries only `connection.json` with that org's server
 * address, so package ids differ per org (each org approves its own id; the definition is the same).
 * Since code is not in the package, a code change needs only a server restart, not a new sequence.
 */
export interface ChaincodeSpec {
  readonly name: string;
  /** Directory with a package.json whose main module exports `contracts` (fabric-contract-api classes). */
  readonly modulePath: string;
  /** Which of the org's chaincode server ports this chaincode uses: chaincodeServerPort + slot. */
  readonly slot: number;
  /** Orgs whose peers run it; default all (the regulator's peer must run it to answer the regulator's queries). */
  readonly orgs?: readonly string[];
  /** Other directories whose code the server loads (workspace dependencies, artifacts): a change there restarts it too. */
  readonly codePaths?: readonly string[];
  /** Environment of every org's server (the same for all: endorsers must decide alike); a change restarts them. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface DeployContext {
  readonly topology: Topology;
  readonly layout: Layout;
  readonly bins: FabricBins;
  readonly log: (line: string) => void;
}

export interface DeployedChaincode {
  readonly name: string;
  readonly sequence: number;
  readonly packageIds: Readonly<Record<string, string>>;
  /** A deploy for some orgs only (one host's): the endorser orgs whose approvals the commit still waits for. */
  readonly awaiting?: readonly string[];
}

const FABRIC_CHAINCODE_NODE = join(REPO_ROOT, 'node_modules', 'fabric-shim', 'cli.js');
const VERSION = '1';

/** The address an org's peer dials for this chaincode. */
export function chaincodeAddress(org: PeerOrg, slot: number): { host: string; port: number } {
  return { host: org.peer.host, port: org.peer.chaincodeServerPort + slot };
}

/** Fails clearly if the module does not export a non-empty `contracts` array (checked in a child process). */
export async function checkContracts(modulePath: string): Promise<void> {
  const probe = `let m; try { m = require(${JSON.stringify(modulePath)}); } catch (e) { console.error(String(e.message).split('\\n')[0]); process.exit(3); }
    if (!Array.isArray(m.contracts) || m.contracts.length === 0) { console.error('its main module exports no contracts array'); process.exit(3); }`;
  try {
    await run(process.execPath, ['-e', probe], { cwd: modulePath, timeoutMs: 60_000 });
  } catch (error) {
    const detail = error instanceof CommandError ? error.stderr.trim() : String(error);
    throw new Error(`chaincode module ${modulePath} cannot be served: ${detail}\n  (its package.json main must export \`contracts\`, an array of fabric-contract-api Contract classes)`, { cause: error });
  }
}

/**
 * Idempotent deploy: package, install, start servers, approve, commit, warm up. Skips what is done.
 * `scope` (one host's orgs, `network:up --host`) limits installing, serving and approving to those
 * orgs; the definition is then committed only once a majority of endorser orgs approved it.
 */
export async function deployChaincode(ctx: DeployContext, spec: ChaincodeSpec, scope?: readonly PeerOrg[]): Promise<DeployedChaincode> {
  const { topology, layout, log } = ctx;
  if (!Number.isInteger(spec.slot) || spec.slot < 0 || spec.slot >= CHAINCODE_SLOTS) throw new Error(`chaincode ${spec.name}: slot must be 0..${CHAINCODE_SLOTS - 1}`);
  const orgs = (spec.orgs ? topology.orgs.filter((o) => spec.orgs?.includes(o.name)) : topology.orgs).filter((o) => scope === undefined || scope.includes(o));
  if (orgs.length === 0) return { name: spec.name, sequence: 0, packageIds: {} };
  await checkContracts(spec.modulePath);

  const packageIds: Record<string, string> = {};
  for (const org of orgs) packageIds[org.name] = packageFor(layout, spec, org);

  log(`chaincode ${spec.name}: installing on ${orgs.flatMap((o) => o.peers.map((p) => p.id)).join(', ')}`);
  await Promise.all(orgs.flatMap((org) => org.peers.map((peer) => install(ctx, spec, org, peer, packageIds[org.name] ?? ''))));

  log(`chaincode ${spec.name}: starting chaincode servers`);
  const fingerprint = fingerprintOf(spec);
  await Promise.all(orgs.map((org) => ensureServer(ctx, spec, org, packageIds[org.name] ?? '', fingerprint)));

  const { sequence, awaiting } = await approveAndCommit(ctx, spec, orgs, packageIds, scope !== undefined);
  if (awaiting.length > 0) {
    log(`chaincode ${spec.name}: sequence ${sequence} waits for the approvals of ${awaiting.join(', ')} (network:up on their hosts)`);
    return { name: spec.name, sequence, packageIds, awaiting };
  }

  log(`chaincode ${spec.name}: checking every peer reaches its chaincode server`);
  await Promise.all(orgs.flatMap((org) => org.peers.map((peer) => retry(`${peer.id} calling chaincode ${spec.name}`, 60_000, () => ping(ctx, org, peer, spec.name)))));
  return { name: spec.name, sequence, packageIds };
}

/**
 * Proves the peer can launch (dial) the chaincode and get an answer. It asks for a contract that does
 * not exist: fabric-contract-api then answers "Contract name is not known", which only the chaincode
 * itself can say, whatever contracts the module has and whatever they return.
 */
async function ping(ctx: DeployContext, org: PeerOrg, peer: PeerNode, name: string): Promise<void> {
  try {
    await peerCli(ctx.bins, ctx.layout, org, ['chaincode', 'query', '-C', ctx.topology.channel, '-n', name, '-c', JSON.stringify({ Args: ['st2-network-ping:ping'] })], undefined, peer);
  } catch (error) {
    if (error instanceof Error && error.message.includes('Contract name is not known')) return;
    throw error;
  }
}

/** Writes the org's CCaaS package (deterministic bytes, so the package id is stable) and returns its id. */
function packageFor(layout: Layout, spec: ChaincodeSpec, org: PeerOrg): string {
  const dir = layout.chaincodePackageDir(spec.name, org);
  const { host, port } = chaincodeAddress(org, spec.slot);
  const connection = {
    address: `${host}:${port}`,
    dial_timeout: '10s',
    // The peer checks the server's certificate against the org's TLS CA; no client certificate asked.
    tls_required: true,
    client_auth_required: false,
    root_cert: readText(layout.chaincodeTls(org).ca),
  };
  const label = `${spec.name}_${VERSION}`;
  const metadata = { type: 'ccaas', label };
  const code = targz([{ name: 'connection.json', content: Buffer.from(`${JSON.stringify(connection, null, 2)}\n`) }]);
  const pkg = targz([
    { name: 'metadata.json', content: Buffer.from(`${JSON.stringify(metadata)}\n`) },
    { name: 'code.tar.gz', content: code },
  ]);
  const file = join(dir, `${label}.tar.gz`);
  if (!existsSync(file) || !readFileSync(file).equals(pkg)) writeFile(file, pkg);
  // Fabric's package id: label, colon, SHA-256 of the package file (what `peer lifecycle chaincode calculatepackageid` prints).
  return `${label}:${createHash('sha256').update(pkg).digest('hex')}`;
}

/** Installs the org's package on one of its peers (each peer keeps its own copy; all dial the org's server). */
async function install(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg, peer: PeerNode, packageId: string): Promise<void> {
  const installed = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'queryinstalled', '--output', 'json'], undefined, peer);
  if (installed.stdout.includes(packageId)) return;
  const file = join(ctx.layout.chaincodePackageDir(spec.name, org), `${packageId.split(':')[0] ?? spec.name}.tar.gz`);
  await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'install', file], 300_000, peer);
}

/** Starts one org's chaincode server again if it is not running (same package, same code), as a deploy would. */
export async function restartChaincodeServer(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg): Promise<void> {
  ctx.log(`starting ${chaincodeProcess(spec.name, org)}`);
  await ensureServer(ctx, spec, org, packageFor(ctx.layout, spec, org), fingerprintOf(spec));
}

function fingerprintOf(spec: ChaincodeSpec): string {
  return codeFingerprint([spec.modulePath, ...(spec.codePaths ?? [])], spec.env ?? {});
}

async function ensureServer(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg, packageId: string, fingerprint: string): Promise<void> {
  const name = chaincodeProcess(spec.name, org);
  const tag = `${packageId} ${fingerprint}`;
  const existing = readPidRecord(ctx.layout, name);
  if (existing && isAlive(existing) && existing.tag === tag) return;
  if (existing) {
    ctx.log(`chaincode ${spec.name}: restarting ${name} (${isAlive(existing) ? 'code or package changed' : 'not running'})`);
    await stopProcess(ctx.layout, existing);
  }
  const record = await startProcess(ctx.layout, chaincodeServerSpec(ctx.layout, spec, org, packageId), tag);
  await waitReady(record, 30_000);
}

export function chaincodeServerSpec(layout: Layout, spec: ChaincodeSpec, org: PeerOrg, packageId: string): ProcessSpec {
  const { host, port } = chaincodeAddress(org, spec.slot);
  const tls = layout.chaincodeTls(org);
  return {
    name: chaincodeProcess(spec.name, org),
    command: process.execPath,
    args: [
      FABRIC_CHAINCODE_NODE,
      'server',
      '--chaincode-address', `${host}:${port}`,
      '--chaincode-id', packageId,
      '--chaincode-tls-cert-file', tls.cert,
      '--chaincode-tls-key-file', tls.key,
      '--module-path', spec.modulePath,
    ],
    env: { ...process.env, ...spec.env, CORE_CHAINCODE_LOGGING_LEVEL: 'info', CORE_CHAINCODE_LOGGING_SHIM: 'warning' },
    cwd: spec.modulePath,
    readiness: { kind: 'tcp', host, port },
    ports: [{ host, port, what: `${spec.name} chaincode server` }],
  };
}

/** Approves for `orgs` and commits; `partial` (some orgs only) commits only when enough endorser orgs approved, else names those awaited. */
async function approveAndCommit(ctx: DeployContext, spec: ChaincodeSpec, orgs: readonly PeerOrg[], packageIds: Record<string, string>, partial: boolean): Promise<{ sequence: number; awaiting: string[] }> {
  const { topology, layout, bins, log } = ctx;
  const collections = collectionsConfig(topology);
  const collectionArgs = collections.length > 0 ? ['--collections-config', layout.collections] : [];
  const definition = ['--channelID', topology.channel, '--name', spec.name, '--version', VERSION, '--channel-config-policy', ENDORSEMENT_POLICY_REF, ...collectionArgs];
  const definitionHash = createHash('sha256').update(JSON.stringify({ VERSION, ENDORSEMENT_POLICY_REF, collections })).digest('hex');

  const first = orgs.find((o) => o.endorser) ?? orgs[0];
  if (!first) throw new Error(`chaincode ${spec.name}: no org to deploy to`);
  const committed = await committedSequence(ctx, first, spec.name);
  const state = readState(layout);
  const known = state.chaincodes[spec.name];
  let sequence: number;
  if (committed > 0 && (known === undefined || (known.sequence === committed && known.definitionHash === definitionHash))) {
    sequence = committed; // already committed with this definition; approvals below only refresh changed package ids
  } else {
    sequence = committed + 1;
  }

  const toApprove: PeerOrg[] = [];
  await Promise.all(
    orgs.map(async (org) => {
      if (!(await approvedWith(ctx, org, spec.name, sequence, packageIds[org.name] ?? ''))) toApprove.push(org);
    }),
  );
  if (toApprove.length > 0) {
    log(`chaincode ${spec.name}: approving sequence ${sequence} for ${toApprove.map((o) => o.mspId).join(', ')}`);
    // Parallel: each approval writes only its own org's implicit lifecycle collection, so they never conflict.
    await Promise.all(
      toApprove.map((org) =>
        peerCli(bins, layout, org, ['lifecycle', 'chaincode', 'approveformyorg', ...ordererArgs(topology, layout, org), ...definition, '--sequence', String(sequence), '--package-id', packageIds[org.name] ?? '', '--waitForEventTimeout', '60s'], 120_000),
      ),
    );
  }
  let endorsers = topology.orgs.filter((o) => o.endorser);
  if (partial && committed < sequence) {
    // Each peer endorses the commit only if its own org approved: a partial deploy commits through those that did.
    const approved = await approvedOrgs(ctx, first, definition, sequence);
    const awaiting = endorsers.filter((o) => !approved.has(o.mspId)).map((o) => o.mspId);
    if (endorsers.length - awaiting.length < endorsementQuorum(topology)) return { sequence, awaiting };
    endorsers = endorsers.filter((o) => approved.has(o.mspId));
  }
  if (committed < sequence) {
    log(`chaincode ${spec.name}: committing sequence ${sequence} (endorsed by ${endorsers.map((o) => o.peer.id).join(', ')})`);
    // The org's TLS CA certificate (the same as the peer's tls/ca.pem), which every host has.
    const peers = endorsers.flatMap((o) => ['--peerAddresses', `${o.peer.host}:${o.peer.port}`, '--tlsRootCertFiles', layout.tlsCaCert(o)]);
    await peerCli(bins, layout, first, ['lifecycle', 'chaincode', 'commit', ...ordererArgs(topology, layout, first), ...definition, '--sequence', String(sequence), ...peers, '--waitForEventTimeout', '60s'], 120_000);
  } else {
    log(`chaincode ${spec.name}: sequence ${sequence} already committed`);
  }
  state.chaincodes[spec.name] = { sequence, definitionHash };
  writeIfChanged(layout.state, `${JSON.stringify(state, null, 2)}\n`);
  return { sequence, awaiting: [] };
}

/** The MSP ids that approved the definition at `sequence`, from the channel's commit readiness as `org`'s peer sees it. */
async function approvedOrgs(ctx: DeployContext, org: PeerOrg, definition: readonly string[], sequence: number): Promise<Set<string>> {
  const { stdout } = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'checkcommitreadiness', ...definition, '--sequence', String(sequence), '--output', 'json']);
  const parsed = JSON.parse(stdout) as unknown;
  const approvals = isRecord(parsed) && isRecord(parsed.approvals) ? parsed.approvals : {};
  return new Set(Object.keys(approvals).filter((mspId) => approvals[mspId] === true));
}

async function committedSequence(ctx: DeployContext, org: PeerOrg, name: string): Promise<number> {
  try {
    const { stdout } = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'querycommitted', '--channelID', ctx.topology.channel, '--name', name, '--output', 'json']);
    const parsed = JSON.parse(stdout) as unknown;
    return isRecord(parsed) && typeof parsed.sequence === 'number' ? parsed.sequence : 0;
  } catch (error) {
    // "namespace st2 is not defined": nothing committed yet.
    if (error instanceof Error && /not defined|404/.test(error.message)) return 0;
    throw error;
  }
}

async function approvedWith(ctx: DeployContext, org: PeerOrg, name: string, sequence: number, packageId: string): Promise<boolean> {
  try {
    const { stdout } = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'queryapproved', '--channelID', ctx.topology.channel, '--name', name, '--sequence', String(sequence), '--output', 'json']);
    return stdout.includes(packageId);
  } catch {
    // Not approved at this sequence (the CLI reports that as an error).
    return false;
  }
}

interface NetworkState {
  chaincodes: Record<string, { sequence: number; definitionHash: string }>;
}

function readState(layout: Layout): NetworkState {
  if (!existsSync(layout.state)) return { chaincodes: {} };
  const parsed = JSON.parse(readText(layout.state)) as unknown;
  if (!isRecord(parsed) || !isRecord(parsed.chaincodes)) return { chaincodes: {} };
  const chaincodes: NetworkState['chaincodes'] = {};
  for (const [name, value] of Object.entries(parsed.chaincodes)) {
    if (isRecord(value) && typeof value.sequence === 'number' && typeof value.definitionHash === 'string') chaincodes[name] = { sequence: value.sequence, definitionHash: value.definitionHash };
  }
  return { chaincodes };
}

/**
 * Changes when the code in these directories changes (paths, sizes, mtimes outside node_modules) or the
 * servers' environment does, so `up` restarts the chaincode servers after a rebuild and leaves them alone otherwise.
 */
function codeFingerprint(roots: readonly string[], env: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256').update(JSON.stringify(env));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const s = statSync(path);
        hash.update(`${path}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return hash.digest('hex').slice(0, 16);
}

/** A minimal ustar archive, gzipped with fixed metadata: same input, same bytes, same package id. */
export function targz(files: readonly { name: string; content: Buffer }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const file of files) {
    const header = Buffer.alloc(512);
    header.write(file.name, 0, 100, 'utf8');
    header.write('0000644\0', 100, 8, 'ascii'); // mode
    header.write('0000000\0', 108, 8, 'ascii'); // uid
    header.write('0000000\0', 116, 8, 'ascii'); // gid
    header.write(`${file.content.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
    header.write('00000000000\0', 136, 12, 'ascii'); // mtime 0
    header.write('        ', 148, 8, 'ascii'); // checksum placeholder
    header.write('0', 156, 1, 'ascii'); // regular file
    header.write('ustar\0', 257, 6, 'ascii');
    header.write('00', 263, 2, 'ascii');
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
    blocks.push(header, file.content, Buffer.alloc((512 - (file.content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}
