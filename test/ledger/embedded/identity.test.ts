import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { FABRIC_ATTRIBUTES_OID, type EmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { alice, bob, call, LedgerDirectories, text } from './fixtures/ledger-fixture';

interface WhoAmI {
  mspId: string;
  id: string;
  role: string | null;
  st2Id: string | null;
  peerMspId: string;
  certificate: string;
}

describe('embedded ledger identities', () => {
  const directories = new LedgerDirectories();
  let ledger: EmbeddedLedger;

  beforeEach(async () => {
    ledger = await directories.ledger();
  });
  afterEach(() => directories.cleanUp());

  const whoAmI = async (caller: typeof alice) => JSON.parse(text(await ledger.evaluate(caller, call('whoAmI')))) as WhoAmI;

  it("hands the contract a ctx.clientIdentity built by fabric-shim from the caller's certificate: MSP id, st2 attributes, X.509 id", async () => {
    expect(await whoAmI(alice)).toMatchObject({
      mspId: 'Bank1MSP',
      role: 'issuer',
      st2Id: 'alice',
      id: 'x509::/CN=alice/OU=client/O=bank1::/CN=ca.bank1/O=bank1',
      peerMspId: 'Bank1MSP',
    });
    expect(await whoAmI(bob)).toMatchObject({ mspId: 'Bank2MSP', role: 'investor', st2Id: 'bob', id: 'x509::/CN=bob/OU=client/O=bank2::/CN=ca.bank2/O=bank2' });
  });

  it('gives one caller different certificates for different roles, and the same one every time', async () => {
    const asIssuer = await whoAmI(alice);
    const asAgent = await whoAmI({ ...alice, role: 'agent' });
    expect(asAgent.role).toBe('agent');
    expect(asAgent.certificate).not.toBe(asIssuer.certificate);
    expect((await whoAmI(alice)).certificate).toBe(asIssuer.certificate);
  });

  it("issues a real certificate, signed by the org's CA, with the attributes as Fabric CA writes them", async () => {
    const certificate = new x509.X509Certificate((await whoAmI(alice)).certificate);
    const ca = new x509.X509Certificate(ledger.caCertificate('Bank1MSP'));
    expect(certificate.issuer).toBe(ca.subject);
    expect(await certificate.verify({ publicKey: ca.publicKey, signatureOnly: true }, webcrypto)).toBe(true);
    expect(await certificate.verify({ publicKey: new x509.X509Certificate(ledger.caCertificate('Bank2MSP')).publicKey, signatureOnly: true }, webcrypto)).toBe(false);

    const attributes = certificate.getExtension(FABRIC_ATTRIBUTES_OID);
    // The extension value is the raw JSON, not an ASN.1 string wrapping it.
    expect(JSON.parse(Buffer.from(attributes?.value ?? new ArrayBuffer(0)).toString('utf8'))).toEqual({ attrs: { 'st2.role': 'issuer', 'st2.id': 'alice' } });
  });

  it('refuses a caller whose org is not in the topology', async () => {
    await expect(ledger.evaluate({ org: 'StrangerMSP', role: 'issuer', id: 'eve' }, call('whoAmI'))).rejects.toMatchObject({ kind: 'rejected', code: 'ST2-UNAUTHORIZED' });
  });
});
