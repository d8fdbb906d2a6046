import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectionsConfig, ENDORSEMENT_POLICY_REF } from './config';
import { CommandError, retry, run } from './exec';
import { type FabricBins, ordererArgs, peerCli } from './fabric';
import { isRecord, readText, writeFile, writeIfChanged } from './files';
import { chaincodeProcess, type Layout, REPO_ROOT } from './layout';
import { logLevel } from './log-level';
import { isAlive, type PidRecord, type ProcessSpec, readPidRecord, startProcess, stopProcess, waitReady } from './processes';
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
/** The version of a chaincode's first definition; `network:upgrade` moves it on (state.json remembers it). */
const FIRST_VERSION = '1';

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
export async function deployChaincode(ctx: DeployContext, requested: ChaincodeSpec, scope?: readonly PeerOrg[]): Promise<DeployedChaincode> {
  const { topology, layout, log } = ctx;
  if (!Number.isInteger(requested.slot) || requested.slot < 0 || requested.slot >= CHAINCODE_SLOTS) throw new Error(`chaincode ${requested.name}: slot must be 0..${CHAINCODE_SLOTS - 1}`);
  const spec = servedSpec(layout, requested);
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
export async function ping(ctx: DeployContext, org: PeerOrg, peer: PeerNode, name: string): Promise<void> {
  try {
    await peerCli(ctx.bins, ctx.layout, org, ['chaincode', 'query', '-C', ctx.topology.channel, '-n', name, '-c', JSON.stringify({ Args: ['st2-network-ping:ping'] })], undefined, peer);
  } catch (error) {
    if (error instanceof Error && error.message.includes('Contract name is not known')) return;
    throw error;
  }
}

/**
 * Writes the org's CCaaS package of `version` (default: the defined one; deterministic bytes, so the
 * package id is stable) and returns its id.
 */
export function packageFor(layout: Layout, spec: ChaincodeSpec, org: PeerOrg, version: string = definedVersion(layout, spec.name)): string {
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
  const label = `${spec.name}_${version}`;
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
export async function install(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg, peer: PeerNode, packageId: string): Promise<void> {
  const installed = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'queryinstalled', '--output', 'json'], undefined, peer);
  if (installed.stdout.includes(packageId)) return;
  const file = join(ctx.layout.chaincodePackageDir(spec.name, org), `${packageId.split(':')[0] ?? spec.name}.tar.gz`);
  await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'install', file], 300_000, peer);
}

/** Starts one org's chaincode server again if it is not running (same package, same code), as a deploy would. */
export async function restartChaincodeServer(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg): Promise<void> {
  ctx.log(`starting ${chaincodeProcess(spec.name, org)}`);
  const served = servedSpec(ctx.layout, spec);
  await ensureServer(ctx, served, org, packageFor(ctx.layout, served, org), fingerprintOf(served));
}

export function fingerprintOf(spec: ChaincodeSpec): string {
  return codeFingerprint([spec.modulePath, ...(spec.codePaths ?? [])], spec.env ?? {});
}

/** Starts the org's server for `packageId` unless it already serves it with this code; a server serving anything else is replaced. */
export async function ensureServer(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg, packageId: string, fingerprint: string): Promise<void> {
  const name = chaincodeProcess(spec.name, org);
  const tag = serverTag(packageId, fingerprint);
  const existing = readPidRecord(ctx.layout, name);
  if (existing && isAlive(existing) && existing.tag === tag) return;
  if (existing) {
    ctx.log(`chaincode ${spec.name}: restarting ${name} (${isAlive(existing) ? 'code or package changed' : 'not running'})`);
    await stopProcess(ctx.layout, existing);
  }
  await startServer(ctx, spec, org, packageId, fingerprint);
}

/** Starts a server for `packageId` (whatever else runs) and waits for its port; its pid record says what it serves. */
export async function startServer(ctx: DeployContext, spec: ChaincodeSpec, org: PeerOrg, packageId: string, fingerprint: string): Promise<PidRecord> {
  const record = await startProcess(ctx.layout, chaincodeServerSpec(ctx.layout, spec, org, packageId), serverTag(packageId, fingerprint));
  await waitReady(record, 30_000);
  return record;
}

/** What a chaincode server's pid record says it serves: the package id, then the code's fingerprint. */
export function serverTag(packageId: string, fingerprint: string): string {
  return `${packageId} ${fingerprint}`;
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
    env: { ...process.env, ...spec.env, CORE_CHAINCODE_LOGGING_LEVEL: logLevel(), CORE_CHAINCODE_LOGGING_SHIM: 'warning' },
    cwd: spec.modulePath,
    readiness: { kind: 'tcp', host, port },
    ports: [{ host, port, what: `${spec.name} chaincode server` }],
  };
}

/** The definition every org approves and the consortium commits (its sequence aside). */
export function definitionArgs(ctx: DeployContext, name: string, version: string): string[] {
  const collectionArgs = collectionsConfig(ctx.topology).length > 0 ? ['--collections-config', ctx.layout.collections] : [];
  return ['--channelID', ctx.topology.channel, '--name', name, '--version', version, '--channel-config-policy', ENDORSEMENT_POLICY_REF, ...collectionArgs];
}

/** What `up` compares to know whether the committed definition is still the one it would write. */
function definitionHash(topology: Topology, version: string): string {
  return createHash('sha256').update(JSON.stringify({ VERSION: version, ENDORSEMENT_POLICY_REF, collections: collectionsConfig(topology) })).digest('hex');
}

/** The org's admin approves the definition at `sequence` for its own peers, which will run `packageId`. */
export async function approveForOrg(ctx: DeployContext, org: PeerOrg, definition: readonly string[], sequence: number, packageId: string): Promise<void> {
  await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'approveformyorg', ...ordererArgs(ctx.topology, ctx.layout, org), ...definition, '--sequence', String(sequence), '--package-id', packageId, '--waitForEventTimeout', '60s'], 120_000);
}

/**
 * Commits the definition at `sequence`, endorsed by `endorsers`' peers (each signs only if its org
 * approved), submitted by the first one's admin; the channel's LifecycleEndorsement policy decides.
 */
export async function commitDefinition(ctx: DeployContext, definition: readonly string[], sequence: number, endorsers: readonly PeerOrg[]): Promise<void> {
  const [first] = endorsers;
  if (!first) throw new Error('a commit needs at least one endorsing org');
  // The org's TLS CA certificate (the same as the peer's tls/ca.pem), which every host has.
  const peers = endorsers.flatMap((o) => ['--peerAddresses', `${o.peer.host}:${o.peer.port}`, '--tlsRootCertFiles', ctx.layout.tlsCaCert(o)]);
  await peerCli(ctx.bins, ctx.layout, first, ['lifecycle', 'chaincode', 'commit', ...ordererArgs(ctx.topology, ctx.layout, first), ...definition, '--sequence', String(sequence), ...peers, '--waitForEventTimeout', '60s'], 120_000);
}

/**
 * Records the committed definition, so that `up` keeps it rather than redefining it, and, once upgraded,
 * the version whose packages the orgs run and the slot its servers listen on.
 */
export function recordDefinition(ctx: DeployContext, served: ChaincodeSpec, sequence: number, version: string): void {
  const state = readState(ctx.layout);
  state.chaincodes[served.name] = { sequence, definitionHash: definitionHash(ctx.topology, version), ...(version === FIRST_VERSION ? {} : { version, slot: served.slot }) };
  writeIfChanged(ctx.layout.state, `${JSON.stringify(state, null, 2)}\n`);
}

/** The spec as its servers run now: an upgrade moves them to another slot (see upgrade.ts). */
export function servedSpec(layout: Layout, spec: ChaincodeSpec): ChaincodeSpec {
  const slot = readState(layout).chaincodes[spec.name]?.slot;
  return slot === undefined ? spec : { ...spec, slot };
}

/** The chaincode's defined version: the first until an upgrade was committed. */
export function definedVersion(layout: Layout, name: string): string {
  return readState(layout).chaincodes[name]?.version ?? FIRST_VERSION;
}

/** Approves for `orgs` and commits; `partial` (some orgs only) commits only when enough endorser orgs approved, else names those awaited. */
async function approveAndCommit(ctx: DeployContext, spec: ChaincodeSpec, orgs: readonly PeerOrg[], packageIds: Record<string, string>, partial: boolean): Promise<{ sequence: number; awaiting: string[] }> {
  const { topology, layout, log } = ctx;
  const version = definedVersion(layout, spec.name);
  const definition = definitionArgs(ctx, spec.name, version);

  const first = orgs.find((o) => o.endorser) ?? orgs[0];
  if (!first) throw new Error(`chaincode ${spec.name}: no org to deploy to`);
  const { sequence: committed } = await committedDefinition(ctx, first, spec.name);
  const known = readState(layout).chaincodes[spec.name];
  let sequence: number;
  if (committed > 0 && (known === undefined || (known.sequence === committed && known.definitionHash === definitionHash(topology, version)))) {
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
    await Promise.all(toApprove.map((org) => approveForOrg(ctx, org, definition, sequence, packageIds[org.name] ?? '')));
  }
  let endorsers = topology.orgs.filter((o) => o.endorser);
  if (partial && committed < sequence) {
    // Each peer endorses the commit only if its own org approved: a partial deploy commits through those that did.
    const approvals = await commitReadiness(ctx, first, definition, sequence);
    const awaiting = endorsers.filter((o) => approvals[o.mspId] !== true).map((o) => o.mspId);
    if (endorsers.length - awaiting.length < endorsementQuorum(topology)) return { sequence, awaiting };
    endorsers = endorsers.filter((o) => approvals[o.mspId] === true);
  }
  if (committed < sequence) {
    log(`chaincode ${spec.name}: committing sequence ${sequence} (endorsed by ${endorsers.map((o) => o.peer.id).join(', ')})`);
    await commitDefinition(ctx, definition, sequence, [first, ...endorsers.filter((o) => o !== first)]);
  } else {
    log(`chaincode ${spec.name}: sequence ${sequence} already committed`);
  }
  recordDefinition(ctx, spec, sequence, version);
  return { sequence, awaiting: [] };
}

/** Which orgs approved the definition at `sequence`, by MSP id (`peer lifecycle chaincode checkcommitreadiness` on `org`'s peer). */
export async function commitReadiness(ctx: DeployContext, org: PeerOrg, definition: readonly string[], sequence: number): Promise<Record<string, boolean>> {
  const { stdout } = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'checkcommitreadiness', ...definition, '--sequence', String(sequence), '--output', 'json']);
  const parsed = JSON.parse(stdout) as unknown;
  const approvals = isRecord(parsed) && isRecord(parsed.approvals) ? parsed.approvals : {};
  return Object.fromEntries(Object.entries(approvals).map(([msp, approved]) => [msp, approved === true]));
}

export interface CommittedDefinition {
  /** 0 when nothing is committed. */
  readonly sequence: number;
  readonly version: string;
}

/** The definition committed on the channel, as `peer`'s ledger (default the org's first peer) has it. */
export async function committedDefinition(ctx: DeployContext, org: PeerOrg, name: string, peer: PeerNode = org.peer): Promise<CommittedDefinition> {
  try {
    const { stdout } = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'querycommitted', '--channelID', ctx.topology.channel, '--name', name, '--output', 'json'], undefined, peer);
    const parsed = JSON.parse(stdout) as unknown;
    if (!isRecord(parsed) || typeof parsed.sequence !== 'number') return { sequence: 0, version: '' };
    return { sequence: parsed.sequence, version: typeof parsed.version === 'string' ? parsed.version : '' };
  } catch (error) {
    // "namespace st2 is not defined": nothing committed yet.
    if (error instanceof Error && /not defined|404/.test(error.message)) return { sequence: 0, version: '' };
    throw error;
  }
}

/** Whether the org approved `sequence` for `packageId`, as `peer` (default the org's first) knows it. */
export async function approvedWith(ctx: DeployContext, org: PeerOrg, name: string, sequence: number, packageId: string, peer: PeerNode = org.peer): Promise<boolean> {
  try {
    const { stdout } = await peerCli(ctx.bins, ctx.layout, org, ['lifecycle', 'chaincode', 'queryapproved', '--channelID', ctx.topology.channel, '--name', name, '--sequence', String(sequence), '--output', 'json'], undefined, peer);
    return stdout.includes(packageId);
  } catch {
    // Not approved at this sequence (the CLI reports that as an error).
    return false;
  }
}

interface NetworkState {
  /** `version` and `slot` only once upgraded (absent: the first version, on the spec's own slot). */
  chaincodes: Record<string, { sequence: number; definitionHash: string; version?: string; slot?: number }>;
}

function readState(layout: Layout): NetworkState {
  if (!existsSync(layout.state)) return { chaincodes: {} };
  const parsed = JSON.parse(readText(layout.state)) as unknown;
  if (!isRecord(parsed) || !isRecord(parsed.chaincodes)) return { chaincodes: {} };
  const chaincodes: NetworkState['chaincodes'] = {};
  for (const [name, value] of Object.entries(parsed.chaincodes)) {
    if (isRecord(value) && typeof value.sequence === 'number' && typeof value.definitionHash === 'string') {
      const { version, slot } = value;
      chaincodes[name] = { sequence: value.sequence, definitionHash: value.definitionHash, ...(typeof version === 'string' ? { version } : {}), ...(typeof slot === 'number' ? { slot } : {}) };
    }
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
