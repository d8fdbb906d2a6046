import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from './files';
import type { Layout } from './layout';
import { createCa, issue, type NodeOu, type PemPair } from '@st2/gateway/dist/ledger/pki';
import type { OrdererOrg, PeerOrg, Topology } from './topology';

/** Names every TLS certificate carries, so clients may dial by id, host name or loopback address. */
export function tlsSans(id: string, host: string): string[] {
  return [...new Set([id, host, 'localhost', '127.0.0.1'])];
}

/**
 * Generates all crypto material once (marker `crypto/.complete`): per org an identity CA and a TLS CA,
 * the org MSP, each node's local MSP and TLS pair, the org admin, and the TLS pair the org's chaincode
 * servers present. A half-written tree (interrupted run) is discarded and generated again.
 */
export async function generateCrypto(topology: Topology, layout: Layout): Promise<boolean> {
  const marker = join(layout.crypto, '.complete');
  if (existsSync(marker)) return false;
  rmSync(layout.crypto, { recursive: true, force: true });
  await Promise.all([
    ...topology.orgs.map((org) => generatePeerOrg(org, layout)),
    generateOrdererOrg(topology.orderer, layout),
  ]);
  writeFile(marker, `${new Date().toISOString()}\n`);
  return true;
}

async function generatePeerOrg(org: PeerOrg, layout: Layout): Promise<void> {
  const { ca, tlsCa } = await generateCas(org, layout);
  const p = org.peer;
  await writeNode(layout, org, p.name, ca, tlsCa, 'peer', tlsSans(p.id, p.host));
  await writeAdmin(layout, org, ca, tlsCa);
  const cc = layout.chaincodeTls(org);
  const pair = await issue(tlsCa, { commonName: `chaincode.${org.name}`, organization: org.name, usage: 'tls', sans: tlsSans(`chaincode.${org.name}`, p.host) });
  writeTls(cc, tlsCa.certPem, pair);
}

async function generateOrdererOrg(org: OrdererOrg, layout: Layout): Promise<void> {
  const { ca, tlsCa } = await generateCas(org, layout);
  const n = org.node;
  await writeNode(layout, org, n.name, ca, tlsCa, 'orderer', tlsSans(n.id, n.host));
  await writeAdmin(layout, org, ca, tlsCa);
}

async function generateCas(org: PeerOrg | OrdererOrg, layout: Layout): Promise<{ ca: PemPair; tlsCa: PemPair }> {
  const [ca, tlsCa] = await Promise.all([createCa(`ca.${org.name}`, org.name), createCa(`tlsca.${org.name}`, org.name)]);
  writeFile(layout.caCert(org), ca.certPem);
  writeFile(layout.caKey(org), ca.keyPem, 0o600);
  writeFile(layout.tlsCaCert(org), tlsCa.certPem);
  writeFile(layout.tlsCaKey(org), tlsCa.keyPem, 0o600);
  writeMsp(layout.orgMsp(org), ca.certPem, tlsCa.certPem);
  return { ca, tlsCa };
}

async function writeNode(layout: Layout, org: PeerOrg | OrdererOrg, nodeName: string, ca: PemPair, tlsCa: PemPair, ou: NodeOu, sans: string[]): Promise<void> {
  const id = `${nodeName}.${org.name}`;
  const [signer, tls] = await Promise.all([
    issue(ca, { commonName: id, organization: org.name, ou, usage: 'identity' }),
    issue(tlsCa, { commonName: id, organization: org.name, usage: 'tls', sans }),
  ]);
  writeMsp(layout.nodeMsp(org, nodeName), ca.certPem, tlsCa.certPem, signer);
  writeTls(layout.nodeTls(org, nodeName), tlsCa.certPem, tls);
}

async function writeAdmin(layout: Layout, org: PeerOrg | OrdererOrg, ca: PemPair, tlsCa: PemPair): Promise<void> {
  const id = `admin.${org.name}`;
  const [signer, tls] = await Promise.all([
    issue(ca, { commonName: id, organization: org.name, ou: 'admin', usage: 'identity' }),
    // The orderer's admin endpoint requires a TLS client certificate (osnadmin presents this one).
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
