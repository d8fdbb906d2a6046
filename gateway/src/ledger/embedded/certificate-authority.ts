// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import type { SerializedIdentity } from 'fabric-shim';
import type { Caller } from '../ledger';
import { createCa, issue, type PemPair } from '../pki';
import type { Store } from './storage';
import type { TopologyOrg } from './topology';

export { FABRIC_ATTRIBUTES_OID } from '../pki';

export class UnknownOrgError extends Error {
  override readonly name = 'UnknownOrgError';
}

/**
 * One certificate authority per org, created on first start and kept in the ledger's database,
 * issuing each caller a real X.509 certificate whose attributes carry `st2.role` and `st2.id` as
 * Fabric CA does. Certificates are issued once per (org, role, id) and then served from memory.
 */
export class CertificateAuthorities {
  private readonly issued = new Map<string, Promise<SerializedIdentity>>();

  private constructor(
    private readonly store: Store,
    private readonly authorities: ReadonlyMap<string, OrgCa>,
  ) {}

  static async open(store: Store, orgs: readonly TopologyOrg[]): Promise<CertificateAuthorities> {
    const authorities = new Map<string, OrgCa>();
    for (const org of orgs) authorities.set(org.mspId, await OrgCa.load(store, org));
    return new CertificateAuthorities(store, authorities);
  }

  /** `{ mspid, idBytes }` as `stub.getCreator()` returns it: idBytes is the PEM certificate. */
  identity(caller: Caller): Promise<SerializedIdentity> {
    const id = JSON.stringify([caller.org, caller.role, caller.id]);
    let identity = this.issued.get(id);
    if (!identity) {
      identity = this.loadOrIssue(id, caller);
      // A failure is not cached: the next call tries again.
      identity.catch(() => this.issued.delete(id));
      this.issued.set(id, identity);
    }
    return identity;
  }

  /** The PEM certificate of an org's CA (what its MSP's cacerts would hold on Fabric). */
  caCertificate(mspId: string): string {
    return this.authority(mspId).certificate.toString('pem');
  }

  private async loadOrIssue(id: string, caller: Caller): Promise<SerializedIdentity> {
    const key = `identity:${id}`;
    const stored = await this.store.get(key);
    const pem = stored ? stored.toString('utf8') : await this.authority(caller.org).issue(caller.role, caller.id);
    if (!stored) await this.store.put(key, Buffer.from(pem, 'utf8'));
    return { mspid: caller.org, idBytes: new Uint8Array(Buffer.from(pem, 'utf8')) };
  }

  private authority(mspId: string): OrgCa {
    const authority = this.authorities.get(mspId);
    if (!authority) throw new UnknownOrgError(`org ${mspId} is not in the topology: no CA issues its identities`);
    return authority;
  }
}

class OrgCa {
  private constructor(
    private readonly org: TopologyOrg,
    private readonly pair: PemPair,
    readonly certificate: x509.X509Certificate,
  ) {}

  static async load(store: Store, org: TopologyOrg): Promise<OrgCa> {
    const key = `ca:${org.mspId}`;
    const stored = await store.get(key);
    const pair = stored ? (JSON.parse(stored.toString('utf8')) as PemPair) : await createCa(`ca.${org.name}`, org.name);
    if (!stored) await store.put(key, Buffer.from(JSON.stringify(pair), 'utf8'));
    return new OrgCa(org, pair, new x509.X509Certificate(pair.certPem));
  }

  /**
   * Subject and extensions in the shape Fabric CA gives an enrolled client. The identity's own
   * private key is not kept: in-process nothing signs proposals, the certificate only has to be real.
   */
  async issue(role: string, id: string): Promise<string> {
    const { certPem } = await issue(this.pair, { commonName: id, organization: this.org.name, ou: 'client', usage: 'identity', attributes: { 'st2.role': role, 'st2.id': id } });
    return certPem;
  }
}

