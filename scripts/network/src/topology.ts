import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `network/topology.json`, as the native network reads it: the consortium's orgs with their peer's
 * host and ports, the orderer node each of some orgs runs, the ordering service's settings, and the
 * explicit private data collections. Every generated file comes from this one description; the
 * embedded ledger reads the same file (orgs[].name/mspId, collections).
 */
export interface PeerNode {
  /** Node name inside its org, e.g. `peer0`; its full id is `peer0.bank1`. */
  readonly name: string;
  readonly id: string;
  /** The address the peer binds and others dial: its host's address. */
  readonly host: string;
  /** The host (machine) it runs on: see Host. */
  readonly hostName: string;
  /** gRPC listen port, also the gossip endpoint. */
  readonly port: number;
  /** Where the peer listens for chaincode connections (unused by CCaaS, but the peer always binds it). */
  readonly chaincodePort: number;
  readonly operationsPort: number;
  /**
   * First port of this org's chaincode servers: chaincode slot k listens on chaincodeServerPort + k.
   * The org's peers share its servers (each dials them): a later peer's entry may leave it out.
   */
  readonly chaincodeServerPort: number;
}

export interface PeerOrg {
  readonly name: string;
  readonly mspId: string;
  readonly kind: string;
  /** Whether the org's peer is in the chaincode endorsement policy (and its members may write). */
  readonly endorser: boolean;
  /** The st2 roles the org's certificates may carry (the chaincode refuses any other); none when absent. */
  readonly roles: readonly string[];
  /** Whether the org may change consortium-wide settings (trusted claim issuers); false when absent. */
  readonly consortiumAdmin: boolean;
  /**
   * The org's peers (`peers`, or the single `peer`, in topology.json), each gossiping with the others of
   * its org; all are the org's anchor peers and each pulls blocks from the ordering service itself.
   */
  readonly peers: readonly PeerNode[];
  /** The first of `peers`: the one the org's admin tools address (channel joins, lifecycle approvals). */
  readonly peer: PeerNode;
  /** The Raft ordering node this org runs, under its own MSP; absent when it runs none. */
  readonly orderer?: OrdererNode;
}

export interface OrdererNode {
  /** Node name inside its org, e.g. `orderer0`; its full id is `orderer0.bank1`. */
  readonly name: string;
  readonly id: string;
  /** The org that runs it (topology org name) and whose MSP its identity belongs to. */
  readonly org: string;
  readonly mspId: string;
  /** The address the node binds and others dial: its host's address. */
  readonly host: string;
  /** The host (machine) it runs on: see Host. */
  readonly hostName: string;
  /** gRPC listen port: broadcast (submit) and deliver (blocks). */
  readonly port: number;
  /** Raft traffic between the ordering nodes (mutual TLS with the consenters' certificates). */
  readonly clusterPort: number;
  /** Channel participation API (osnadmin), mutual TLS with the running org's admin. */
  readonly adminPort: number;
  readonly operationsPort: number;
}

/**
 * The ordering service's consensus: Raft (crash fault tolerant, Fabric 2.5) or SmartBFT (Byzantine
 * fault tolerant, Fabric 3.1: a network with it runs Fabric 3.1.1 binaries throughout).
 */
export type OrderingType = 'etcdraft' | 'bft';

/** The consortium's ordering service: one consenter per org that runs an orderer node. */
export interface Ordering {
  readonly type: OrderingType;
  readonly batchTimeout: string;
  readonly maxMessageCount: number;
  /** In topology order; at least MIN_CONSENTERS. */
  readonly nodes: readonly OrdererNode[];
}

/** Raft keeps ordering while a majority is up: three nodes are the fewest that survive losing one. */
export const MIN_CONSENTERS = 3;
/** BFT tolerates f faulty nodes among 3f + 1: four for f = 1. */
export const MIN_BFT_CONSENTERS = 4;

/** The Fabric release a topology needs (scripts/fabric/build.sh pins each): BFT ordering came with 3.x. */
export function fabricVersion(topology: Topology): string {
  return topology.ordering.type === 'bft' ? '3.1.1' : '2.5.9';
}

export interface Collection {
  readonly name: string;
  /** Org names, as in topology.json. */
  readonly members: readonly string[];
  readonly blockToLive: number;
}

/**
 * A machine of the network: `network:up --host NAME` starts the processes placed on it. A node's
 * `host` in topology.json names one of `hosts` (or is a bare address: an implicit host of that name).
 * Its address is what the node binds and what the other hosts dial, and its TLS certificate names
 * both the host's name and its address. An org's chaincode servers run on its first peer's host.
 */
export interface Host {
  readonly name: string;
  readonly address: string;
}

export interface Topology {
  readonly channel: string;
  readonly chaincode: string;
  readonly orgs: readonly PeerOrg[];
  readonly collections: readonly Collection[];
  readonly ordering: Ordering;
  /** Every host some process runs on, in topology order (declared ones first). */
  readonly hosts: readonly Host[];
}

export class TopologyError extends Error {
  override readonly name = 'TopologyError';
}

export const DEFAULT_TOPOLOGY_FILE = resolve(__dirname, '..', '..', '..', 'network', 'topology.json');

/**
 * Reads and checks the topology. `portOffset` (default: env ST2_NETWORK_PORT_OFFSET) is added to every
 * port so a second network (another checkout, a CI job) can run beside the first on one machine.
 */
export function loadTopology(file: string = DEFAULT_TOPOLOGY_FILE, portOffset: number = envPortOffset()): Topology {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const ordering = process.env[ORDERING_ENV];
  const ordered = ordering === undefined || ordering === '' ? raw : withOrdering(raw, ordering);
  const hosts = process.env[HOSTS_ENV];
  const topology = parseTopology(hosts === undefined || hosts === '' ? ordered : placeOnHosts(ordered, hosts), portOffset);
  checkDistinctPorts(topology);
  return topology;
}

export function envPortOffset(): number {
  const raw = process.env.ST2_NETWORK_PORT_OFFSET;
  if (raw === undefined || raw === '') return 0;
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 40000) {
    throw new TopologyError(`ST2_NETWORK_PORT_OFFSET must be an integer between 0 and 40000, got ${raw}`);
  }
  return offset;
}

/**
 * Env ST2_NETWORK_HOSTS: `loopback-per-org` places each org (all its processes) on a host of its own
 * named after it, org i at 127.0.0.(i+1) (Linux routes all of 127/8 to the loopback interface): the
 * multi-host layout on one machine, as the multi-host test and a demonstration run use it.
 */
export const HOSTS_ENV = 'ST2_NETWORK_HOSTS';
export const LOOPBACK_PER_ORG = 'loopback-per-org';

/**
 * Env ST2_NETWORK_ORDERING: `bft` switches topology.json's ordering to SmartBFT and, as BFT needs
 * four consenters where Raft needs three, gives orgs without an orderer node one (orderer0 on their
 * first peer's host, at that peer's port + 3..6, as the other orgs' nodes sit) until there are four:
 * with network/topology.json, the regulator runs the fourth. `etcdraft` leaves it as it is.
 */
export const ORDERING_ENV = 'ST2_NETWORK_ORDERING';

export function withOrdering(value: unknown, type: string): unknown {
  if (type !== 'bft' && type !== 'etcdraft') throw new TopologyError(`${ORDERING_ENV}=${type}: expected bft or etcdraft`);
  const root = record(value, 'topology');
  const orgs = array(root.orgs, 'topology.orgs').map((org, i) => record(org, `topology.orgs[${i}]`));
  let nodes = orgs.filter((org) => org.orderer !== undefined).length;
  const addNode = (org: Record<string, unknown>): Record<string, unknown> => {
    if (type !== 'bft' || org.orderer !== undefined || nodes >= MIN_BFT_CONSENTERS) return org;
    const peer = record(org.peer ?? array(org.peers, `${String(org.name)}.peers`)[0], `${String(org.name)}.peer`);
    const at = (k: number): number => integer(peer.port, `${String(org.name)}.peer.port`) + k;
    nodes++;
    return { ...org, orderer: { name: 'orderer0', host: peer.host, port: at(3), clusterPort: at(4), adminPort: at(5), operationsPort: at(6) } };
  };
  return { ...root, orgs: orgs.map(addNode), ordering: { ...record(root.ordering ?? {}, 'topology.ordering'), type } };
}

/** topology.json rewritten so each org's nodes name a host of their own (see HOSTS_ENV). */
export function placeOnHosts(value: unknown, placement: string): unknown {
  if (placement !== LOOPBACK_PER_ORG) throw new TopologyError(`${HOSTS_ENV}=${placement}: the only placement is ${LOOPBACK_PER_ORG}`);
  const root = record(value, 'topology');
  const orgs = array(root.orgs, 'topology.orgs').map((org, i) => record(org, `topology.orgs[${i}]`));
  const onHost = (node: unknown, name: string): unknown => ({ ...record(node, name), host: name });
  return {
    ...root,
    hosts: orgs.map((org, i) => ({ name: org.name, address: `127.0.0.${i + 1}` })),
    orgs: orgs.map((org) => {
      const name = string(org.name, 'topology.orgs[].name');
      return {
        ...org,
        ...(org.peers === undefined ? {} : { peers: array(org.peers, `${name}.peers`).map((p) => onHost(p, name)) }),
        ...(org.peer === undefined ? {} : { peer: onHost(org.peer, name) }),
        ...(org.orderer === undefined ? {} : { orderer: onHost(org.orderer, name) }),
      };
    }),
  };
}

export function parseTopology(value: unknown, portOffset = 0): Topology {
  const root = record(value, 'topology');
  const declared = parseHosts(root.hosts);
  const orgs = array(root.orgs, 'topology.orgs').map((org, i) => parseOrg(org, `topology.orgs[${i}]`, portOffset, declared));
  if (orgs.length === 0) throw new TopologyError('topology.orgs must list at least one org');
  unique(orgs.map((o) => o.name), 'org names');
  unique(orgs.map((o) => o.mspId), 'MSP ids');
  if (!orgs.some((o) => o.endorser)) throw new TopologyError('topology.orgs: at least one org must be an endorser');
  const names = new Set(orgs.map((o) => o.name));
  const collections = Object.entries(record(root.collections ?? {}, 'topology.collections')).map(([name, c]) => {
    const path = `topology.collections.${name}`;
    const col = record(c, path);
    const members = array(col.members, `${path}.members`).map((m, i) => string(m, `${path}.members[${i}]`));
    const unknown = members.filter((m) => !names.has(m));
    if (unknown.length > 0) throw new TopologyError(`${path}.members names unknown orgs: ${unknown.join(', ')}`);
    if (members.length === 0) throw new TopologyError(`${path}.members must name at least one org`);
    return { name, members, blockToLive: col.blockToLive === undefined ? 0 : integer(col.blockToLive, `${path}.blockToLive`) };
  });
  const ordering = parseOrdering(root, orgs);
  return { channel: string(root.channel, 'topology.channel'), chaincode: string(root.chaincode, 'topology.chaincode'), orgs, collections, ordering, hosts: usedHosts(declared, orgs, ordering) };
}

function parseHosts(value: unknown): Map<string, Host> {
  const hosts = array(value ?? [], 'topology.hosts').map((h, i) => {
    const host = record(h, `topology.hosts[${i}]`);
    return { name: string(host.name, `topology.hosts[${i}].name`), address: string(host.address, `topology.hosts[${i}].address`) };
  });
  unique(hosts.map((h) => h.name), 'host names');
  unique(hosts.map((h) => h.address), 'host addresses');
  return new Map(hosts.map((h) => [h.name, h]));
}

/** A node's `host`: a declared host's name, or a bare address (an implicit host named by it). */
function placement(value: unknown, path: string, declared: ReadonlyMap<string, Host>): { host: string; hostName: string } {
  const name = string(value, path);
  const host = declared.get(name);
  return host ? { host: host.address, hostName: host.name } : { host: name, hostName: name };
}

function usedHosts(declared: ReadonlyMap<string, Host>, orgs: readonly PeerOrg[], ordering: Ordering): Host[] {
  const nodes = [...ordering.nodes, ...orgs.flatMap((o) => o.peers)];
  const implicit = nodes.filter((n) => !declared.has(n.hostName)).map((n) => ({ name: n.hostName, address: n.host }));
  const hosts = [...declared.values(), ...implicit];
  return hosts.filter((h, i) => hosts.findIndex((other) => other.name === h.name) === i && nodes.some((n) => n.hostName === h.name));
}

/** The processes `network:up --host NAME` starts: the host's orderer nodes and peers, and the orgs whose chaincode servers it runs. */
export interface HostPart {
  readonly host: Host;
  readonly orderers: readonly OrdererNode[];
  readonly peers: readonly { readonly org: PeerOrg; readonly peer: PeerNode }[];
  /** Orgs whose chaincode servers run here (those whose first peer does): this host installs, serves and approves for them. */
  readonly chaincodeOrgs: readonly PeerOrg[];
}

export function findHost(topology: Topology, name: string): Host {
  const host = topology.hosts.find((h) => h.name === name);
  if (!host) throw new TopologyError(`unknown host ${name}: topology has ${topology.hosts.map((h) => h.name).join(', ')}`);
  return host;
}

export function hostPart(topology: Topology, name: string): HostPart {
  const host = findHost(topology, name);
  return {
    host,
    orderers: topology.ordering.nodes.filter((n) => n.hostName === name),
    peers: topology.orgs.flatMap((org) => org.peers.filter((p) => p.hostName === name).map((peer) => ({ org, peer }))),
    chaincodeOrgs: topology.orgs.filter((org) => org.peer.hostName === name),
  };
}

function parseOrdering(root: Record<string, unknown>, orgs: readonly PeerOrg[]): Ordering {
  if (root.orderer !== undefined) {
    throw new TopologyError('topology.orderer (one orderer org) is gone: each member org that runs an ordering node names it in its own "orderer" entry, and "ordering" holds the batch settings');
  }
  const o = record(root.ordering ?? {}, 'topology.ordering');
  const nodes = orgs.flatMap((org) => (org.orderer ? [org.orderer] : []));
  const type = o.type ?? 'etcdraft';
  if (type !== 'etcdraft' && type !== 'bft') throw new TopologyError(`topology.ordering.type must be "etcdraft" or "bft", got ${JSON.stringify(type)}`);
  const fewest = type === 'bft' ? MIN_BFT_CONSENTERS : MIN_CONSENTERS;
  if (nodes.length < fewest) {
    throw new TopologyError(`topology: ${nodes.length} org(s) run an orderer node (${nodes.map((n) => n.id).join(', ') || 'none'}); ${type === 'bft' ? 'BFT' : 'Raft'} needs at least ${fewest} to keep ordering when one is lost. Give more orgs an "orderer" entry.`);
  }
  const env = (name: string): string | undefined => (process.env[name] === '' ? undefined : process.env[name]);
  return {
    type,
    batchTimeout: string(env(BATCH_TIMEOUT_ENV) ?? o.batchTimeout ?? '250ms', 'topology.ordering.batchTimeout'),
    maxMessageCount: integer(numberOrText(env(MAX_MESSAGE_COUNT_ENV)) ?? o.maxMessageCount ?? 100, 'topology.ordering.maxMessageCount'),
    nodes,
  };
}

/**
 * Env ST2_NETWORK_BATCH_TIMEOUT (e.g. `100ms`) and ST2_NETWORK_MAX_MESSAGE_COUNT override topology.json's
 * `ordering` batch settings, to measure one value against another without editing the file. They are
 * channel configuration: they take effect when the channel is created (a new or purged network).
 */
export const BATCH_TIMEOUT_ENV = 'ST2_NETWORK_BATCH_TIMEOUT';
export const MAX_MESSAGE_COUNT_ENV = 'ST2_NETWORK_MAX_MESSAGE_COUNT';

const numberOrText = (raw: string | undefined): unknown => (raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : raw);

/** The orgs that run an ordering node: the orderer group's organisations in the channel config. */
export function ordererOrgs(topology: Topology): (PeerOrg & { readonly orderer: OrdererNode })[] {
  return topology.orgs.filter((org): org is PeerOrg & { readonly orderer: OrdererNode } => org.orderer !== undefined);
}

/** The org running an ordering node. */
export function ordererOrg(topology: Topology, node: OrdererNode): PeerOrg {
  return findOrg(topology, node.org);
}

/** How many endorser orgs make a majority: the chaincode endorsement and lifecycle policies use it. */
export function endorsementQuorum(topology: Topology): number {
  return Math.floor(topology.orgs.filter((o) => o.endorser).length / 2) + 1;
}

export function findOrg(topology: Topology, nameOrMspId: string): PeerOrg {
  const org = topology.orgs.find((o) => o.name === nameOrMspId || o.mspId === nameOrMspId);
  if (!org) throw new TopologyError(`unknown org ${nameOrMspId}: topology has ${topology.orgs.map((o) => o.name).join(', ')}`);
  return org;
}

function parseOrg(value: unknown, path: string, offset: number, hosts: ReadonlyMap<string, Host>): PeerOrg {
  const org = record(value, path);
  const name = string(org.name, `${path}.name`);
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TopologyError(`${path}.name must be lower-case letters, digits and dashes (it names directories and hosts)`);
  const mspId = string(org.mspId, `${path}.mspId`);
  const peers = parsePeers(org, path, name, offset, hosts);
  const [peer] = peers as [PeerNode, ...PeerNode[]];
  return {
    name,
    mspId,
    kind: string(org.kind, `${path}.kind`),
    endorser: boolean(org.endorser, `${path}.endorser`),
    roles: array(org.roles ?? [], `${path}.roles`).map((role, i) => string(role, `${path}.roles[${i}]`)),
    consortiumAdmin: org.consortiumAdmin === undefined ? false : boolean(org.consortiumAdmin, `${path}.consortiumAdmin`),
    peers,
    peer,
    ...(org.orderer === undefined ? {} : { orderer: parseOrdererNode(org.orderer, `${path}.orderer`, name, mspId, offset, peers.map((p) => p.name), hosts) }),
  };
}

/** `peers` (one or more) or the single `peer` of an org; later peers share the first one's chaincode servers. */
function parsePeers(org: Record<string, unknown>, path: string, orgName: string, offset: number, hosts: ReadonlyMap<string, Host>): PeerNode[] {
  if (org.peers !== undefined && org.peer !== undefined) throw new TopologyError(`${path} names both "peer" and "peers": list every peer under "peers"`);
  const entries = org.peers === undefined ? [{ value: org.peer, at: `${path}.peer` }] : array(org.peers, `${path}.peers`).map((value, i) => ({ value, at: `${path}.peers[${i}]` }));
  if (entries.length === 0) throw new TopologyError(`${path}.peers must list at least one peer`);
  const peers: PeerNode[] = [];
  for (const { value, at } of entries) {
    const p = record(value, at);
    const peerName = string(p.name ?? `peer${peers.length}`, `${at}.name`);
    const first = peers[0];
    peers.push({
      name: peerName,
      id: `${peerName}.${orgName}`,
      ...placement(p.host, `${at}.host`, hosts),
      port: port(p.port, `${at}.port`, offset),
      chaincodePort: port(p.chaincodePort, `${at}.chaincodePort`, offset),
      operationsPort: port(p.operationsPort, `${at}.operationsPort`, offset),
      chaincodeServerPort: first && p.chaincodeServerPort === undefined ? first.chaincodeServerPort : port(p.chaincodeServerPort, `${at}.chaincodeServerPort`, offset),
    });
  }
  unique(peers.map((p) => p.name), `peer names in ${path}`);
  return peers;
}

function parseOrdererNode(value: unknown, path: string, org: string, mspId: string, offset: number, peerNames: readonly string[], hosts: ReadonlyMap<string, Host>): OrdererNode {
  const n = record(value, path);
  const name = string(n.name ?? 'orderer0', `${path}.name`);
  // Every node's keys live under crypto/<org>/nodes/<name>: one name each.
  if (peerNames.includes(name)) throw new TopologyError(`${path}.name ${name} is also a peer's name in the org`);
  return {
    name,
    id: `${name}.${org}`,
    org,
    mspId,
    ...placement(n.host, `${path}.host`, hosts),
    port: port(n.port, `${path}.port`, offset),
    clusterPort: port(n.clusterPort, `${path}.clusterPort`, offset),
    adminPort: port(n.adminPort, `${path}.adminPort`, offset),
    operationsPort: port(n.operationsPort, `${path}.operationsPort`, offset),
  };
}

/** Chaincode server ports get 10 slots per org (chaincodeServerPort .. +9); nothing else may sit there. */
export const CHAINCODE_SLOTS = 10;

function checkDistinctPorts(t: Topology): void {
  const seen = new Map<string, string>();
  const claim = (host: string, p: number, what: string): void => {
    const key = `${host}:${p}`;
    const other = seen.get(key);
    if (other) throw new TopologyError(`port clash in topology: ${key} is both ${other} and ${what}`);
    seen.set(key, what);
  };
  for (const n of t.ordering.nodes) {
    claim(n.host, n.port, `${n.id} listen`);
    claim(n.host, n.clusterPort, `${n.id} cluster`);
    claim(n.host, n.adminPort, `${n.id} admin`);
    claim(n.host, n.operationsPort, `${n.id} operations`);
  }
  for (const org of t.orgs) {
    for (const p of org.peers) {
      claim(p.host, p.port, `${p.id} listen`);
      claim(p.host, p.chaincodePort, `${p.id} chaincode`);
      claim(p.host, p.operationsPort, `${p.id} operations`);
    }
    const p = org.peer;
    for (let k = 0; k < CHAINCODE_SLOTS; k++) claim(p.host, p.chaincodeServerPort + k, `${org.name} chaincode server slot ${k}`);
  }
}

function unique(values: readonly string[], what: string): void {
  const dup = values.find((v, i) => values.indexOf(v) !== i);
  if (dup !== undefined) throw new TopologyError(`topology: duplicate ${what}: ${dup}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TopologyError(`${path} must be an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new TopologyError(`${path} must be an array`);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') throw new TopologyError(`${path} must be a non-empty string`);
  return value;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new TopologyError(`${path} must be true or false`);
  return value;
}

function integer(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TopologyError(`${path} must be a non-negative integer`);
  return value;
}

function port(value: unknown, path: string, offset: number): number {
  const p = integer(value, path) + offset;
  if (p < 1024 || p > 65535) throw new TopologyError(`${path} (+ offset ${offset}) = ${p} is not a usable port`);
  return p;
}
