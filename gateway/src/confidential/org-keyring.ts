import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openSealedOpening, openSealedViewingKey, rawPublicKey, type NoteOpeningRecord, type SealedOpening, type SealedViewingKey, type ViewingKeyRecord } from '@st2/chaincode';

const MSP_ID = /^[A-Za-z0-9-][A-Za-z0-9.-]{0,63}$/;

/**
 * The X25519 opening keys a gateway holds, by org (MSP id): a member's gateway holds its own org's
 * (the regulator's: the audit key), the embedded server, playing every org, all of them. One PKCS#8
 * PEM file per org, readable by the owner only: whoever reads it reads that org's note openings.
 */
export class OrgKeyring {
  private constructor(private readonly keys: ReadonlyMap<string, KeyObject>) {}

  /** No keys: proves and submits, but opens no opening. */
  static empty(): OrgKeyring {
    return new OrgKeyring(new Map());
  }

  /** Each org's key from `directory`, created on first use. */
  static async open(directory: string, orgs: readonly string[]): Promise<OrgKeyring> {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    return new OrgKeyring(new Map(await Promise.all(orgs.map(async (org) => [org, await loadOrCreate(directory, org)] as const))));
  }

  get orgs(): readonly string[] {
    return [...this.keys.keys()];
  }

  /** The org's public key as the registry holds it (raw, base64). */
  publicKey(org: string): string {
    const key = this.keys.get(org);
    if (!key) throw new RangeError(`the keyring holds no opening key of ${org}`);
    return rawPublicKey(key);
  }

  /** The opening, when this keyring holds the key of the org it is sealed to; undefined otherwise. Throws if it was altered. */
  open(sealed: SealedOpening): NoteOpeningRecord | undefined {
    const key = this.keys.get(sealed.org);
    return key && openSealedOpening(key, sealed);
  }

  /** The viewing key, when this keyring holds the key of the org it is sealed to; undefined otherwise. Throws if it was altered. */
  openViewingKey(sealed: SealedViewingKey): ViewingKeyRecord | undefined {
    const key = this.keys.get(sealed.org);
    return key && openSealedViewingKey(key, sealed);
  }
}

async function loadOrCreate(directory: string, org: string): Promise<KeyObject> {
  if (!MSP_ID.test(org)) throw new RangeError(`not an MSP id: ${org}`);
  const file = join(directory, `${org}.x25519.pem`);
  const pem = generateKeyPairSync('x25519').privateKey.export({ format: 'pem', type: 'pkcs8' });
  try {
    // 'wx': an existing key is never replaced (another process may have created it meanwhile).
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = createPrivateKey(await readFile(file, 'utf8'));
  if (key.asymmetricKeyType !== 'x25519') throw new Error(`${file} does not hold an X25519 private key`);
  return key;
}
