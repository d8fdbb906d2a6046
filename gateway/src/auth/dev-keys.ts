import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A dev signing key pair (ES256). In a consortium, tokens come from each member's identity provider instead. */
export interface DevKeys {
  readonly privateKey: string;
  readonly publicKey: string;
}

const PRIVATE_FILE = 'jwt-private.pem';
const PUBLIC_FILE = 'jwt-public.pem';

/** Reads the key pair kept in `directory`, creating it on first use (private key readable by the owner only). */
export async function loadOrCreateDevKeys(directory: string): Promise<DevKeys> {
  const existing = await readKeys(directory);
  if (existing) return existing;
  await mkdir(directory, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  try {
    // 'wx': if another process created the pair meanwhile, keep theirs.
    await writeFile(join(directory, PRIVATE_FILE), privateKey, { mode: 0o600, flag: 'wx' });
    await writeFile(join(directory, PUBLIC_FILE), publicKey, { mode: 0o644, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = await readKeys(directory);
  if (!stored) throw new Error(`dev keys in ${directory} are incomplete`);
  return stored;
}

async function readKeys(directory: string): Promise<DevKeys | undefined> {
  try {
    const [privateKey, publicKey] = await Promise.all([readFile(join(directory, PRIVATE_FILE), 'utf8'), readFile(join(directory, PUBLIC_FILE), 'utf8')]);
    return { privateKey, publicKey };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
