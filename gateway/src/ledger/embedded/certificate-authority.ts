// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';
import type { SerializedIdentity } from 'fabric-shim';
import type { Caller } from '../ledger';
import type { Store } from './storage';
import type { TopologyOrg } from './topology';

/** Where Fabric CA puts enrollment attributes: the raw JSON `{"attrs":{...}}`, not wrapped in an ASN.1 string. */
export const FABRIC_ATTRIBUTES_OID = '1.2.3.4.5.6.7.8.1';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const CA_VALIDITY_YEARS = 15;
const IDENTITY_VALIDITY_YEARS = 10;

export class UnknownOrgError extends Error {
  override readonly name = 'UnknownOrgError';
}

interface StoredCa {
  readonly certificate: string;
  readonly privateKey: string;
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
    readonly certificate: x509.X509Certificate,
    private readonly signingKey: webcrypto.CryptoKey,
  ) {}

  static async load(store: Store, org: TopologyOrg): Promise<OrgCa> {
    const key = `ca:${org.mspId}`;
    const stored = await store.get(key);
    if (stored) {
      const { certificate, privateKey } = JSON.parse(stored.toString('utf8')) as StoredCa;
      const signingKey = await webcrypto.subtle.importKey('pkcs8', Buffer.from(privateKey, 'base64'), ALGORITHM, false, ['sign']);
      return new OrgCa(org, new x509.X509Certificate(certificate), signingKey);
    }
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const certificate = await x509.X509CertificateGenerator.createSelfSigned(
      {
        serialNumber: serialNumber(),
        name: caName(org),
        notBefore: new Date(),
        notAfter: yearsFromNow(CA_VALIDITY_YEARS),
        keys,
        signingAlgorithm: ALGORITHM,
        extensions: [
          new x509.BasicConstraintsExtension(true, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
          await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, webcrypto),
        ],
      },
      webcrypto,
    );
    const privateKey = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
    const record: StoredCa = { certificate: certificate.toString('pem'), privateKey };
    await store.put(key, Buffer.from(JSON.stringify(record), 'utf8'));
    return new OrgCa(org, certificate, keys.privateKey);
  }

  /**
   * Subject and extensions in the shape Fabric CA gives an enrolled client. The identity's own
   * private key is not kept: in-process nothing signs proposals, the certificate only has to be real.
   */
  async issue(role: string, id: string): Promise<string> {
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
    const attributes = JSON.stringify({ attrs: { 'st2.role': role, 'st2.id': id } });
    const certificate = await x509.X509CertificateGenerator.create(
      {
        serialNumber: serialNumber(),
        subject: [{ CN: [id] }, { OU: ['client'] }, { O: [this.org.name] }],
        issuer: this.certificate.subject,
        notBefore: new Date(),
        notAfter: yearsFromNow(IDENTITY_VALIDITY_YEARS),
        publicKey: keys.publicKey,
        signingKey: this.signingKey,
        signingAlgorithm: ALGORITHM,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
          await x509.AuthorityKeyIdentifierExtension.create(this.certificate.publicKey, false, webcrypto),
          new x509.Extension(FABRIC_ATTRIBUTES_OID, false, Buffer.from(attributes, 'utf8')),
        ],
      },
      webcrypto,
    );
    return certificate.toString('pem');
  }
}

function caName(org: TopologyOrg): x509.JsonName {
  return [{ CN: [`ca.${org.name}`] }, { O: [org.name] }];
}

/** 16 random bytes, top bit cleared so the DER integer stays positive. */
function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function yearsFromNow(years: number): Date {
  const date = new Date();
  date.setFullYear(date.getFullYear() + years);
  return date;
}
