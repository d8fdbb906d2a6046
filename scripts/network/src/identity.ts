import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeMsp } from './crypto';
import { readText, writeFile } from './files';
import { defaultNetworkDir, Layout } from './layout';
import { issue } from '@st2/gateway/dist/ledger/pki';
import { findOrg, loadTopology, type Topology } from './topology';

/** An st2 user of one org: an X.509 identity signed by the org's CA, with `st2.role` / `st2.id` attributes. */
export interface UserIdentity {
  readonly org: string;
  readonly mspId: string;
  readonly role: string;
  readonly id: string;
  /** PEM files; `msp` is a complete MSP directory for the peer CLI (CORE_PEER_MSPCONFIGPATH). */
  readonly certificatePath: string;
  readonly privateKeyPath: string;
  readonly msp: string;
  readonly certificate: string;
  readonly privateKey: string;
}

export interface IssueOptions {
  /** Org name (`bank1`) or MSP id (`Bank1MSP`). */
  readonly org: string;
  readonly role: string;
  readonly id: string;
  readonly dir?: string;
  readonly topology?: Topology;
}

/**
 * Returns the user's identity, issuing it on first use: a client certificate (Node OU `client`, CN = id)
 * signed by the org's CA, carrying `{"attrs":{"st2.role":role,"st2.id":id}}` in extension
 * 1.2.3.4.5.6.7.8.1 exactly as Fabric CA enrolls attributes (and as the embedded ledger's CA does).
 * Stored under crypto/<org>/users/<role>@<id>/; later calls return the same files. Safe to call
 * concurrently from several processes: the directory appears atomically, the first one wins.
 */
export async function issueUserIdentity(options: IssueOptions): Promise<UserIdentity> {
  const topology = options.topology ?? loadTopology();
  const layout = new Layout(options.dir ?? defaultNetworkDir());
  const org = findOrg(topology, options.org);
  for (const [what, value] of [['role', options.role], ['id', options.id]] as const) {
    if (!value || /[\0\n]/.test(value)) throw new Error(`identity ${what} must be a non-empty single-line string`);
  }
  const caCert = layout.caCert(org);
  if (!existsSync(caCert)) throw new Error(`no CA for ${org.name} in ${layout.root}: run npm run network:up first`);

  const dir = join(layout.users(org), `${safe(options.role)}@${safe(options.id)}`);
  const paths = { certificatePath: join(dir, 'cert.pem'), privateKeyPath: join(dir, 'key.pem'), msp: join(dir, 'msp') };
  if (!existsSync(paths.certificatePath)) {
    const ca = { certPem: readText(caCert), keyPem: readText(layout.caKey(org)) };
    const pair = await issue(ca, { commonName: options.id, organization: org.name, ou: 'client', usage: 'identity', attributes: { 'st2.role': options.role, 'st2.id': options.id } });
    const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
    writeFile(join(tmp, 'cert.pem'), pair.certPem);
    writeFile(join(tmp, 'key.pem'), pair.keyPem, 0o600);
    writeMsp(join(tmp, 'msp'), ca.certPem, readText(layout.tlsCaCert(org)), pair);
    mkdirSync(layout.users(org), { recursive: true });
    try {
      renameSync(tmp, dir);
    } catch (error) {
      // Another process issued it first (rename onto a non-empty directory fails): use theirs.
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(paths.certificatePath)) throw error;
    }
  }
  return {
    org: org.name,
    mspId: org.mspId,
    role: options.role,
    id: options.id,
    ...paths,
    certificate: readText(paths.certificatePath),
    privateKey: readText(paths.privateKeyPath),
  };
}

/** The org admin (Node OU admin): not an st2 user, but useful for operator tooling and tests. */
export function adminIdentity(options: { org: string; dir?: string; topology?: Topology }): UserIdentity {
  const topology = options.topology ?? loadTopology();
  const layout = new Layout(options.dir ?? defaultNetworkDir());
  const org = findOrg(topology, options.org);
  const msp = layout.adminMsp(org);
  const certificatePath = join(msp, 'signcerts', 'cert.pem');
  const privateKeyPath = join(msp, 'keystore', 'priv_sk');
  return { org: org.name, mspId: org.mspId, role: 'admin', id: `admin.${org.name}`, certificatePath, privateKeyPath, msp, certificate: readText(certificatePath), privateKey: readText(privateKeyPath) };
}

/** A file-name-safe, collision-free rendering of a role or id (anything else, '@' included, is %-hex-escaped). */
function safe(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]|^\./gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
}
