import { generateKeyPairSync } from 'node:crypto';
import { isUsableOrgKey, openSealedOpening, rawPublicKey, sealOpening, type NoteOpeningRecord, type SealedOpening } from '@st2/chaincode';

/** The note-opening cipher with real X25519 keys: what every endorsing peer writes and what a gateway reads. */
describe('opening cipher', () => {
  const bank = generateKeyPairSync('x25519').privateKey;
  const other = generateKeyPairSync('x25519').privateKey;
  const opening: NoteOpeningRecord = {
    securityId: 'CONF-BOND', commitment: '123456789012345678901234567890', amount: 918273645n, ownerPublicKey: '987654321987654321', salt: '555555555555555555555555',
  };
  const sealed = sealOpening(opening, 'Bank1MSP', rawPublicKey(bank));
  const flipLast = (base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    return bytes.toString('base64');
  };

  it('opens with the org’s private key to the same opening', () => {
    expect(openSealedOpening(bank, sealed)).toEqual(opening);
    expect(sealed).toMatchObject({ securityId: opening.securityId, commitment: opening.commitment, org: 'Bank1MSP' });
  });

  it('holds no amount, owner key or salt in the clear', () => {
    const text = JSON.stringify(sealed);
    for (const secret of ['918273645', opening.ownerPublicKey, opening.salt]) expect(text).not.toContain(secret);
  });

  it('is deterministic: the same opening to the same org key gives the same bytes (every endorser writes alike)', () => {
    expect(sealOpening(opening, 'Bank1MSP', rawPublicKey(bank))).toEqual(sealed);
  });

  it('uses a different ephemeral key per org and per note', () => {
    const toAudit = sealOpening(opening, 'RegulatorMSP', rawPublicKey(other));
    const otherNote = sealOpening({ ...opening, commitment: '42' }, 'Bank1MSP', rawPublicKey(bank));
    expect(new Set([sealed.epk, toAudit.epk, otherNote.epk]).size).toBe(3);
  });

  it('cannot be opened with another org’s key', () => {
    expect(() => openSealedOpening(other, sealed)).toThrow(/wrong key or altered/);
  });

  it('refuses a tampered ciphertext, and a record moved under another note or org', () => {
    const altered: SealedOpening[] = [
      { ...sealed, ciphertext: flipLast(sealed.ciphertext) },
      { ...sealed, commitment: '42' },
      { ...sealed, org: 'Bank2MSP' },
      { ...sealed, epk: rawPublicKey(other) },
    ];
    for (const record of altered) expect(() => openSealedOpening(bank, record)).toThrow(/wrong key or altered/);
    expect(() => openSealedOpening(bank, { ...sealed, ciphertext: 'AAAA' })).toThrow(/shorter than its tag/);
  });

  it('tells a key an opening can be sealed to from a low-order point', () => {
    expect(isUsableOrgKey(rawPublicKey(bank))).toBe(true);
    expect(isUsableOrgKey(Buffer.alloc(32).toString('base64'))).toBe(false);
  });
});
