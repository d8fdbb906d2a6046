import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, type KeyObject } from 'node:crypto';
import {
  NoteOpeningSchema, SealedOpeningSchema, SealedViewingKeySchema, ViewingKeySchema,
  type NoteOpeningRecord, type SealedOpening, type SealedViewingKey, type ViewingKeyRecord,
} from '../domain/confidential/schema';
import { codec } from './codec';

/**
 * ECIES over X25519 for what a holder's bank and the auditor may read (note openings, viewing keys):
 * HKDF-SHA256, AES-256-GCM. The prover seals (it knows the plaintext); the ledger stores ciphertext only.
 * Deterministic: the ephemeral key is derived from a secret of the plaintext (a note's salt, a nullifier
 * key) and the recipient org, and each derived AES key encrypts one plaintext only, so the zero nonce is
 * never reused; sealing the same record again gives the same bytes.
 */
export type { NoteOpeningRecord, SealedOpening, SealedViewingKey, ViewingKeyRecord };

const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');
const NONCE = Buffer.alloc(12);
const TAG_BYTES = 16;
const openingCodec = codec(NoteOpeningSchema);
const sealedCodec = codec(SealedOpeningSchema);
const viewingKeyCodec = codec(ViewingKeySchema);
const sealedViewingKeyCodec = codec(SealedViewingKeySchema);

interface Sealed {
  readonly epk: string;
  readonly ciphertext: string;
}

/** Encrypts `opening` to `org`'s key (`orgPublicKey`: raw 32 bytes, base64). */
export function sealOpening(opening: NoteOpeningRecord, org: string, orgPublicKey: string): SealedOpening {
  const { securityId, commitment } = opening;
  const sealed = seal(openingCodec.stringify(opening), field32(opening.salt), `st2/opening/${commitment}/${org}`, openingData(securityId, commitment, org), orgPublicKey);
  return { securityId, commitment, org, ...sealed };
}

/** Decrypts a sealed opening with its org's private key; throws if the key is not that org's or anything was altered. */
export function openSealedOpening(privateKey: KeyObject, sealed: SealedOpening): NoteOpeningRecord {
  const { securityId, commitment, org } = sealedCodec.decode(sealed);
  const opening = openingCodec.parse(open(privateKey, sealed, openingData(securityId, commitment, org), commitment));
  if (opening.securityId !== securityId || opening.commitment !== commitment) throw new OpeningCipherError(`the opening inside ${commitment} is another note's`);
  return opening;
}

/** Encrypts `identityId`'s viewing key to `org`'s key. */
export function sealViewingKey(identityId: string, viewingKey: ViewingKeyRecord, org: string, orgPublicKey: string): SealedViewingKey {
  const sealed = seal(viewingKeyCodec.stringify(viewingKey), field32(viewingKey.nullifierKey), `st2/viewing-key/${identityId}/${org}`, viewingKeyData(identityId, org), orgPublicKey);
  return { identityId, org, ...sealed };
}

/**
 * Decrypts a sealed viewing key; throws if the key is not that org's or anything was altered. The ledger
 * cannot read what it files: check the key against its public key (`publicKeyOf`) before use.
 */
export function openSealedViewingKey(privateKey: KeyObject, sealed: SealedViewingKey): ViewingKeyRecord {
  const { identityId, org } = sealedViewingKeyCodec.decode(sealed);
  return viewingKeyCodec.parse(open(privateKey, sealed, viewingKeyData(identityId, org), identityId));
}

/**
 * The sealed openings a proof binds (its `openingsDigest` public input): SHA-256 of every field of every
 * sealed opening, in order, cut to 253 bits so it is a field element. Chaincode recomputes it from the
 * submitted ciphertexts, so none can be swapped, re-addressed or dropped without a new proof.
 */
export function openingsDigest(sealed: readonly SealedOpening[]): bigint {
  const fields = sealed.map((s) => [s.securityId, s.commitment, s.org, s.epk, s.ciphertext]);
  const hash = createHash('sha256').update(JSON.stringify(['st2/openings/v1', fields])).digest();
  return BigInt(`0x${hash.toString('hex')}`) & ((1n << 253n) - 1n);
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

function seal(plaintext: string, secret: Buffer, label: string, aad: Buffer, orgPublicKey: string): Sealed {
  const ephemeral = x25519PrivateKey(hkdf(secret, label));
  const epk = rawPublicKey(ephemeral);
  const key = aesKey(diffieHellman({ privateKey: ephemeral, publicKey: x25519PublicKey(orgPublicKey) }), epk, orgPublicKey);
  const cipher = createCipheriv('aes-256-gcm', key, NONCE).setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { epk, ciphertext: ciphertext.toString('base64') };
}

function open(privateKey: KeyObject, sealed: Sealed, aad: Buffer, what: string): string {
  const key = aesKey(diffieHellman({ privateKey, publicKey: x25519PublicKey(sealed.epk) }), sealed.epk, rawPublicKey(privateKey));
  const bytes = Buffer.from(sealed.ciphertext, 'base64');
  if (bytes.length < TAG_BYTES) throw new OpeningCipherError('the ciphertext is shorter than its tag');
  const decipher = createDecipheriv('aes-256-gcm', key, NONCE).setAAD(aad);
  decipher.setAuthTag(bytes.subarray(-TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(0, -TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new OpeningCipherError(`cannot open the record of ${what}: wrong key or altered record`);
  }
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
function openingData(securityId: string, commitment: string, org: string): Buffer {
  return Buffer.from(`st2/opening/${securityId}/${commitment}/${org}`, 'utf8');
}

function viewingKeyData(identityId: string, org: string): Buffer {
  return Buffer.from(`st2/viewing-key/${identityId}/${org}`, 'utf8');
}

/** A field element (decimal text) as 32 big-endian bytes. */
function field32(decimal: string): Buffer {
  return Buffer.from(BigInt(decimal).toString(16).padStart(64, '0'), 'hex');
}
