import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, type KeyObject } from 'node:crypto';
import { NoteOpeningSchema, SealedOpeningSchema, type NoteOpeningRecord, type SealedOpening } from '../domain/confidential/schema';
import { codec } from './codec';

/**
 * ECIES over X25519 for note openings: HKDF-SHA256, AES-256-GCM. DETERMINISTIC, because every
 * endorsing peer must write byte-identical private data: the ephemeral key is derived from the note's
 * salt (its secret, so only those who already know the opening can derive it) and the recipient org,
 * and each derived AES key encrypts one plaintext only, so the zero nonce is never reused.
 */
export type { NoteOpeningRecord, SealedOpening };

const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');
const NONCE = Buffer.alloc(12);
const TAG_BYTES = 16;
const openingCodec = codec(NoteOpeningSchema);
const sealedCodec = codec(SealedOpeningSchema);

/** Encrypts `opening` to `org`'s key (`orgPublicKey`: raw 32 bytes, base64). */
export function sealOpening(opening: NoteOpeningRecord, org: string, orgPublicKey: string): SealedOpening {
  const { securityId, commitment } = opening;
  const ephemeral = x25519PrivateKey(hkdf(field32(opening.salt), `st2/opening/${commitment}/${org}`));
  const epk = rawPublicKey(ephemeral);
  const key = aesKey(diffieHellman({ privateKey: ephemeral, publicKey: x25519PublicKey(orgPublicKey) }), epk, orgPublicKey);
  const cipher = createCipheriv('aes-256-gcm', key, NONCE).setAAD(associatedData(securityId, commitment, org));
  const ciphertext = Buffer.concat([cipher.update(openingCodec.stringify(opening), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { securityId, commitment, org, epk, ciphertext: ciphertext.toString('base64') };
}

/** Decrypts a sealed opening with its org's private key; throws if the key is not that org's or anything was altered. */
export function openSealedOpening(privateKey: KeyObject, sealed: SealedOpening): NoteOpeningRecord {
  const { securityId, commitment, org } = sealedCodec.decode(sealed);
  const key = aesKey(diffieHellman({ privateKey, publicKey: x25519PublicKey(sealed.epk) }), sealed.epk, rawPublicKey(privateKey));
  const bytes = Buffer.from(sealed.ciphertext, 'base64');
  if (bytes.length < TAG_BYTES) throw new OpeningCipherError('the ciphertext is shorter than its tag');
  const decipher = createDecipheriv('aes-256-gcm', key, NONCE).setAAD(associatedData(securityId, commitment, org));
  decipher.setAuthTag(bytes.subarray(-TAG_BYTES));
  let text: string;
  try {
    text = Buffer.concat([decipher.update(bytes.subarray(0, -TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new OpeningCipherError(`cannot open the opening of ${commitment}: wrong key or altered record`);
  }
  const opening = openingCodec.parse(text);
  if (opening.securityId !== securityId || opening.commitment !== commitment) throw new OpeningCipherError(`the opening inside ${commitment} is another note's`);
  return opening;
}

/** The raw X25519 public key (base64) of a private or public key: what the registry holds. */
export function rawPublicKey(key: KeyObject): string {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'der', type: 'spki' });
  return spki.subarray(SPKI_X25519.length).toString('base64');
}

/** False for a key no opening could be sealed to (a low-order point gives no shared secret). */
export function isUsableOrgKey(orgPublicKey: string): boolean {
  try {
    diffieHellman({ privateKey: x25519PrivateKey(Buffer.alloc(32, 1)), publicKey: x25519PublicKey(orgPublicKey) });
    return true;
  } catch {
    return false;
  }
}

export class OpeningCipherError extends Error {
  override readonly name = 'OpeningCipherError';
}

function x25519PrivateKey(raw: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, raw]), format: 'der', type: 'pkcs8' });
}

function x25519PublicKey(base64: string): KeyObject {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) throw new OpeningCipherError('an X25519 public key has 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, raw]), format: 'der', type: 'spki' });
}

/** The key is bound to both public keys, so a ciphertext only opens for the exchange that made it. */
function aesKey(shared: Buffer, epk: string, orgPublicKey: string): Buffer {
  return hkdf(shared, `st2/opening-key/${epk}/${orgPublicKey}`);
}

function hkdf(ikm: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), info, 32));
}

/** Binds the ciphertext to its record: it cannot be moved under another note, security or org. */
function associatedData(securityId: string, commitment: string, org: string): Buffer {
  return Buffer.from(`st2/opening/${securityId}/${commitment}/${org}`, 'utf8');
}

/** A field element (decimal text) as 32 big-endian bytes. */
function field32(decimal: string): Buffer {
  return Buffer.from(BigInt(decimal).toString(16).padStart(64, '0'), 'hex');
}
