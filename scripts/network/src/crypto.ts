import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFile } from './files';
import type { Layout } from './layout';
import { createCa, issue, type NodeOu, type PemPair } from '@st2/gateway/dist/ledger/pki';
import { type HostPart, ordererOrg, type PeerOrg, type Topology } from './topology';

/**
 * Names every TLS certificate carries, so clients may dial by id, its host's address or name, or
 * loopback. A host's name equals its address unless topology.json declares the host.
 */
export function tlsSans(id: string, host: string, hostName: string = host): string[] {
  return [...new Set([id, host, hostName, 'localhost', '127.0.0.1'])];
}

/**
 * Generates all crypto material once (marker `crypto/.complete`): per org an identity CA and a TLS CA,
 * the org MSP, each node's local MSP and TLS pair (its peers, and its orderer if it runs one: an
 * identity of the org's own MSP with OU orderer), the org admin, and the TLS pair the org's chaincode
 * servers present. A half-written tree (interrupted run) is discarded and generated again.
 */
export async function generateCrypto(topology: Topology, layout: Layout, part?: HostPart): Promise<boolean> {
  const marker = join(layout.crypto, '.complete');
  if (existsSync(marker) && part) {
    checkHostPart(topology, layout, part);
    return false;
  }
  if (existsSync(marker)) {
    checkCryptoMatches(topology, layout);
    return addMissingPeers(topology, layout);
  }
  rmSync(layout.crypto, { recursive: true, force: true });
  await Promise.all(topology.orgs.map((org) => generateOrg(org, layout)));
  writeFile(marker, `${new Date().toISOString()}\n`);
  return true;
}

/**
 * Material generated for an earlier topology (e.g. before ordering moved to the member orgs) lacks an
 * orderer node's keys; the ledgers made with it would not match either, so the only way on is a fresh
 * start. A peer added to an org is different: see addMissingPeers.
 */
function checkCryptoMatches(topology: Topology, layout: Layout): void {
  const nodes = topology.orgs.flatMap((org) => [org.peer.name, ...(org.orderer ? [org.orderer.name] : [])].map((name) => layout.nodeTls(org, name).cert));
  const missing = nodes.find((cert) => !existsSync(cert));
  if (missing) throw new Error(`${layout.crypto} was generated for another topology (${missing} is missing). Run network:down --purge, then network:up.`);
}

/**
 * On one host of several (`network:up --host`), the material is the part of it hosts.json lists for
 * the host, copied from where it was generated: only the host's own nodes' keys must be here, and none
 * is generated (the org CA keys stay where they were).
 */
function checkHostPart(topology: Topology, layout: Layout, part: HostPart): void {
  const nodes = [...part.peers.map(({ org, peer }) => ({ org, name: peer.name })), ...part.orderers.map((n) => ({ org: ordererOrg(topology, n), name: n.name }))];
  const missing = nodes.map(({ org, name }) => layout.nodeTls(org, name).cert).find((cert) => !existsSync(cert));
  if (missing) throw new Error(`${missing} is missing: copy host ${part.host.name}'s files (hosts.json) from where the network was generated`);
}

/**
 * A peer added to an org of a running network (its second peer, say) gets its identity and TLS pair
 * from the org's CAs, whose keys are kept: the channel already trusts them, so it joins like any peer.
 */
async function addMissingPeers(topology: Topology, layout: Layout): Promise<boolean> {
  const added = await Promise.all(
    topology.orgs.map(async (org) => {
      const missing = org.peers.filter((p) => !existsSync(layout.nodeTls(org, p.name).cert));
      if (missing.length === 0) return false;
      const [ca, tlsCa] = await Promise.all([readPair(layout.caCert(org), layout.caKey(org)), readPair(layout.tlsCaCert(org), layout.tlsCaKey(org))]);
      for (const p of missing) await writeNode(layout, org, p.name, ca, tlsCa, 'peer', tlsSans(p.id, p.host, p.hostName));
      return true;
    }),
  );
  return added.includes(true);
}

/**
 * An org admitted to the running channel (network:add-org) gets its material as the first orgs got
 * theirs; once generated (its first peer's TLS pair is there) it is kept, since the channel trusts its CAs.
 */
export async function generateOrgCrypto(org: PeerOrg, layout: Layout): Promise<boolean> {
  if (existsSync(layout.nodeTls(org, org.peer.name).cert)) return false;
  rmSync(layout.org(org), { recursive: true, force: true });
  await generateOrg(org, layout);
  return true;
}

async function readPair(certPath: string, keyPath: string): Promise<PemPair> {
  const [certPem, keyPem] = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]);
  return { certPem, keyPem };
}

async function generateOrg(org: PeerOrg, layout: Layout): Promise<void> {
  const { ca, tlsCa } = await generateCas(org, layout);
  for (const p of org.peers) await writeNode(layout, org, p.name, ca, tlsCa, 'peer', tlsSans(p.id, p.host, p.hostName));
  // The orderer's TLS pair is also its Raft consenter certificate (client and server) in the channel config.
  const o = org.orderer;
  if (o) await writeNode(layout, org, o.name, ca, tlsCa, 'orderer', tlsSans(o.id, o.host, o.hostName));
  await writeAdmin(layout, org, ca, tlsCa);
  const cc = layout.chaincodeTls(org);
  const pair = await issue(tlsCa, { commonName: `chaincode.${org.name}`, organization: org.name, usage: 'tls', sans: tlsSans(`chaincode.${org.name}`, org.peer.host, org.peer.hostName) });
  writeTls(cc, tlsCa.certPem, pair);
}

async function generateCas(org: PeerOrg, layout: Layout): Promise<{ ca: PemPair; tlsCa: PemPair }> {
  const [ca, tlsCa] = await Promise.all([createCa(`ca.${org.name}`, org.name), createCa(`tlsca.${org.name}`, org.name)]);
  writeFile(layout.caCert(org), ca.certPem);
  writeFile(layout.caKey(org), ca.keyPem, 0o600);
  writeFile(layout.tlsCaCert(org), tlsCa.certPem);
  writeFile(layout.tlsCaKey(org), tlsCa.keyPem, 0o600);
  writeMsp(layout.orgMsp(org), ca.certPem, tlsCa.certPem);
  return { ca, tlsCa };
}

async function writeNode(layout: Layout, org: PeerOrg, nodeName: string, ca: PemPair, tlsCa: PemPair, ou: NodeOu, sans: string[]): Promise<void> {
  const id = `${nodeName}.${org.name}`;
  const [signer, tls] = await Promise.all([
    issue(ca, { commonName: id, organization: org.name, ou, usage: 'identity' }),
    issue(tlsCa, { commonName: id, organization: org.name, usage: 'tls', sans }),
  ]);
  writeMsp(layout.nodeMsp(org, nodeName), ca.certPem, tlsCa.certPem, signer);
  writeTls(layout.nodeTls(org, nodeName), tlsCa.certPem, tls);
}

async function writeAdmin(layout: Layout, org: PeerOrg, ca: PemPair, tlsCa: PemPair): Promise<void> {
  const id = `admin.${org.name}`;
  const [signer, tls] = await Promise.all([
    issue(ca, { commonName: id, organization: org.name, ou: 'admin', usage: 'identity' }),
    // The org's orderer's admin endpoint requires a TLS client certificate (osnadmin presents this one).
    issue(tlsCa, { commonName: id, organization: org.name, usage: 'tls', sans: ['localhost', '127.0.0.1'] }),
  ]);
  writeMsp(layout.adminMsp(org), ca.certPem, tlsCa.certPem, signer);
  writeTls(layout.adminTls(org), tlsCa.certPem, tls);
}

function writeTls(files: { ca: string; cert: string; key: string }, caPem: string, pair: PemPair): void {
  writeFile(files.ca, caPem);
  writeFile(files.cert, pair.certPem);
  writeFile(files.key, pair.keyPem, 0o600);
}

/**
 * A Fabric MSP directory. Node OUs are enabled, so an identity's role (client, peer, admin, orderer)
 * is the OU its CA wrote, and no admincerts are needed. The key file name does not matter: Fabric's
 * file keystore finds the key matching signcerts by scanning the directory.
 */
export function writeMsp(dir: string, caPem: string, tlsCaPem: string, signer?: PemPair): void {
  writeFile(join(dir, 'cacerts', 'ca.pem'), caPem);
  writeFile(join(dir, 'tlscacerts', 'tlsca.pem'), tlsCaPem);
  writeFile(join(dir, 'config.yaml'), nodeOusConfig());
  if (signer) {
    writeFile(join(dir, 'signcerts', 'cert.pem'), signer.certPem);
    writeFile(join(dir, 'keystore', 'priv_sk'), signer.keyPem, 0o600);
  }
}

function nodeOusConfig(): string {
  const ou = (name: NodeOu): string => `  ${name[0]?.toUpperCase()}${name.slice(1)}OUIdentifier:\n    Certificate: cacerts/ca.pem\n    OrganizationalUnitIdentifier: ${name}\n`;
  return `NodeOUs:\n  Enable: true\n${ou('client')}${ou('peer')}${ou('admin')}${ou('orderer')}`;
}
