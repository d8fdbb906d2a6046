import { join, resolve } from 'node:path';
import type { OrdererNode, PeerNode, PeerOrg } from './topology';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Where all network state lives: env ST2_NETWORK_DIR, else `.st2/network` in the repository (git-ignored). */
export function defaultNetworkDir(): string {
  const dir = process.env.ST2_NETWORK_DIR;
  return dir ? resolve(dir) : join(REPO_ROOT, '.st2', 'network');
}

/** The TLS material of one node or user: its CA's certificate, its certificate and key (PEM files). */
export interface TlsFiles {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/**
 * Every path of the network directory in one place, so the generator, the process runner, the
 * connection profile and the tests agree. Layout:
 *
 *   crypto/<org>/ca/{cert,key}.pem            the org's identity CA (its key stays here: st2 users are issued from it)
 *   crypto/<org>/tlsca/{cert,key}.pem         the org's TLS CA
 *   crypto/<org>/msp/                         the org's MSP as the channel config holds it (cacerts, tlscacerts, config.yaml)
 *   crypto/<org>/nodes/<node>/{msp,tls}/      a peer's or orderer's local MSP and TLS server/client pair
 *   crypto/<org>/users/admin/{msp,tls}/       the org admin (OU admin): joins channels (peer and orderer), installs, approves
 *   crypto/<org>/users/<role>@<id>/            st2 users issued on demand (OU client, st2.role / st2.id attributes)
 *   crypto/<org>/chaincode/                   TLS pair the org's chaincode servers present to its peer
 *   config/configtx.yaml, config/collections.json
 *   config/<node id>/core.yaml | orderer.yaml
 *   channel/<channel>.block                   the channel's genesis block
 *   builders/ccaas/bin/{detect,build,release}  the chaincode-as-a-service external builder
 *   chaincode/<name>/<org>/                   CCaaS package per org (connection.json differs per org)
 *   data/<node id>/                           ledgers
 *   logs/<process>.log, run/<process>.json    process logs and pid records
 *   connection-profile.json                   what the st2 gateway reads
 *   hosts.json                                each host's part: its processes, endpoints and files
 *   state.json                                what `up` has done (committed chaincode definitions)
 */
export class Layout {
  constructor(readonly root: string) {}

  get crypto(): string { return join(this.root, 'crypto'); }
  get config(): string { return join(this.root, 'config'); }
  get configtx(): string { return join(this.config, 'configtx.yaml'); }
  get collections(): string { return join(this.config, 'collections.json'); }
  get builders(): string { return join(this.root, 'builders'); }
  get ccaasBuilder(): string { return join(this.builders, 'ccaas'); }
  get logs(): string { return join(this.root, 'logs'); }
  get run(): string { return join(this.root, 'run'); }
  get data(): string { return join(this.root, 'data'); }
  get connectionProfile(): string { return join(this.root, 'connection-profile.json'); }
  /** Opening keys of every org, for a client that plays the whole consortium (tests): they live as long as the ledger. */
  get orgKeys(): string { return join(this.root, 'org-keys'); }
  get state(): string { return join(this.root, 'state.json'); }
  /** Each host's processes, the endpoints other hosts dial, the files its part needs (scripts/network/src/hosts.ts). */
  get hosts(): string { return join(this.root, 'hosts.json'); }
  get lockFile(): string { return join(this.root, '.lock'); }

  channelBlock(channel: string): string { return join(this.root, 'channel', `${channel}.block`); }

  org(org: PeerOrg): string { return join(this.crypto, org.name); }
  caCert(org: PeerOrg): string { return join(this.org(org), 'ca', 'cert.pem'); }
  caKey(org: PeerOrg): string { return join(this.org(org), 'ca', 'key.pem'); }
  tlsCaCert(org: PeerOrg): string { return join(this.org(org), 'tlsca', 'cert.pem'); }
  tlsCaKey(org: PeerOrg): string { return join(this.org(org), 'tlsca', 'key.pem'); }
  orgMsp(org: PeerOrg): string { return join(this.org(org), 'msp'); }

  node(org: PeerOrg, nodeName: string): string { return join(this.org(org), 'nodes', nodeName); }
  nodeMsp(org: PeerOrg, nodeName: string): string { return join(this.node(org, nodeName), 'msp'); }
  nodeTls(org: PeerOrg, nodeName: string): TlsFiles { return tlsFiles(join(this.node(org, nodeName), 'tls')); }

  admin(org: PeerOrg): string { return join(this.org(org), 'users', 'admin'); }
  adminMsp(org: PeerOrg): string { return join(this.admin(org), 'msp'); }
  adminTls(org: PeerOrg): TlsFiles { return tlsFiles(join(this.admin(org), 'tls')); }

  users(org: PeerOrg): string { return join(this.org(org), 'users'); }
  chaincodeTls(org: PeerOrg): TlsFiles { return tlsFiles(join(this.org(org), 'chaincode')); }

  nodeConfig(nodeId: string): string { return join(this.config, nodeId); }
  nodeData(nodeId: string): string { return join(this.data, nodeId); }
  log(process: string): string { return join(this.logs, `${process}.log`); }
  pidRecord(process: string): string { return join(this.run, `${process}.json`); }

  chaincodePackageDir(chaincode: string, org: PeerOrg): string { return join(this.root, 'chaincode', chaincode, org.name); }
}

function tlsFiles(dir: string): TlsFiles {
  return { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
}

/** Names of the processes `up` starts, so logs and pid records are predictable. */
export function ordererProcess(node: OrdererNode): string { return node.id; }
/** The org's first peer (the one its admin tools address). */
export function peerProcess(org: PeerOrg): string { return org.peer.id; }
export function peerNodeProcess(peer: PeerNode): string { return peer.id; }
/** Every peer process of the network. */
export function peerProcesses(orgs: readonly PeerOrg[]): string[] { return orgs.flatMap((org) => org.peers.map(peerNodeProcess)); }
export function chaincodeProcess(chaincode: string, org: PeerOrg): string { return `cc-${chaincode}.${org.name}`; }
