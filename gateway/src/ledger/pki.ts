// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';

/**
 * The network's own small PKI: one identity CA and one TLS CA per org, and certificates shaped the
 * way Fabric's MSP and Fabric CA make them (ECDSA P-256 / SHA-256, Node OU in the subject, Fabric CA
 * attributes in extension 1.2.3.4.5.6.7.8.1). Written in-process instead of using cryptogen because
 * st2 users must be issued later, on demand, by the same CA key, with attributes cryptogen cannot add.
 */

/** Where Fabric CA puts enrollment attributes: the raw JSON `{"attrs":{...}}`, not wrapped in an ASN.1 string. */
export const FABRIC_ATTRIBUTES_OID = '1.2.3.4.5.6.7.8.1';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const CA_VALIDITY_YEARS = 15;
const LEAF_VALIDITY_YEARS = 10;
// Issued a little in the past so a peer whose clock lags slightly does not see "not yet valid".
const BACKDATE_MS = 10 * 60 * 1000;

export interface PemPair {
  readonly certPem: string;
  readonly keyPem: string;
}

/** The Fabric Node OUs: with NodeOUs enabled an identity's role is the OU its CA put in the subject. */
export type NodeOu = 'client' | 'peer' | 'admin' | 'orderer';

export interface LeafRequest {
  readonly commonName: string;
  readonly organization: string;
  /** Present on identity (MSP) certificates, absent on TLS ones. */
  readonly ou?: NodeOu;
  /** DNS names and IP addresses; TLS certificates need 127.0.0.1 and localhost here. */
  readonly sans?: readonly string[];
  readonly usage: 'identity' | 'tls';
  /** Fabric CA style attributes, e.g. `{ 'st2.role': 'issuer', 'st2.id': 'alice' }`. */
  readonly attributes?: Readonly<Record<string, string>>;
}

export async function createCa(commonName: string, organization: string): Promise<PemPair> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serialNumber(),
      name: [{ CN: [commonName] }, { O: [organization] }],
      notBefore: new Date(Date.now() - BACKDATE_MS),
      notAfter: yearsFromNow(CA_VALIDITY_YEARS),
      keys,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, webcrypto),
      ],
    },
    webcrypto,
  );
  return { certPem: cert.toString('pem') + '\n', keyPem: await exportKey(keys.privateKey) };
}

export async function issue(ca: PemPair, request: LeafRequest): Promise<PemPair> {
  const caCert = new x509.X509Certificate(ca.certPem);
  const caKey = await importSigningKey(ca.keyPem);
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const subject: x509.JsonName = [{ CN: [request.commonName] }];
  if (request.ou) subject.push({ OU: [request.ou] });
  subject.push({ O: [request.organization] });
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    request.usage === 'tls'
      ? new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true)
      : new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, webcrypto),
    await x509.AuthorityKeyIdentifierExtension.create(caCert, false, webcrypto),
  ];
  // Peers and orderers are TLS servers and, for gossip, cluster and deliver, TLS clients too.
  if (request.usage === 'tls') extensions.push(new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]));
  if (request.sans && request.sans.length > 0) {
    extensions.push(new x509.SubjectAlternativeNameExtension(request.sans.map((value) => ({ type: isIp(value) ? 'ip' : 'dns', value }))));
  }
  if (request.attributes) {
    extensions.push(new x509.Extension(FABRIC_ATTRIBUTES_OID, false, Buffer.from(JSON.stringify({ attrs: request.attributes }), 'utf8')));
  }
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: serialNumber(),
      subject,
      issuer: caCert.subject,
      notBefore: new Date(Date.now() - BACKDATE_MS),
      notAfter: yearsFromNow(LEAF_VALIDITY_YEARS),
      publicKey: keys.publicKey,
      signingKey: caKey,
      signingAlgorithm: ALGORITHM,
      extensions,
    },
    webcrypto,
  );
  return { certPem: cert.toString('pem') + '\n', keyPem: await exportKey(keys.privateKey) };
}

/** Reads the Fabric CA attributes of a PEM certificate (what the chaincode's ClientIdentity would see). */
export function certificateAttributes(certPem: string): Record<string, string> {
  const ext = new x509.X509Certificate(certPem).getExtension(FABRIC_ATTRIBUTES_OID);
  if (!ext) return {};
  const parsed = JSON.parse(Buffer.from(ext.value).toString('utf8')) as { attrs?: Record<string, string> };
  return parsed.attrs ?? {};
}

async function importSigningKey(pem: string): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(pem), ALGORITHM, false, ['sign']);
}

/** PKCS#8 PEM ("PRIVATE KEY"): what Fabric's file keystore and @hyperledger/fabric-gateway both read. */
async function exportKey(key: webcrypto.CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY') + '\n';
}

function isIp(value: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(value) || value.includes(':');
}

/** 16 random bytes, top bit cleared so the DER integer stays positive (Go rejects negative serials). */
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
