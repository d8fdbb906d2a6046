import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CircuitName } from './circuits';
import type { VerificationKey } from './proof';

/** `circuits/` itself: this file lives in `circuits/lib` (sources) or `circuits/dist` (compiled). */
export const CIRCUITS_ROOT = path.resolve(__dirname, '..');

/** Where `npm run circuits:setup` writes, and git keeps, the proving and verification keys. */
export const DEFAULT_ARTIFACTS_DIR = path.join(CIRCUITS_ROOT, 'artifacts');

/** Paths of one circuit's artifacts. */
export function artifactPaths(circuit: CircuitName, artifactsDir: string = DEFAULT_ARTIFACTS_DIR): {
  wasm: string;
  zkey: string;
  verificationKey: string;
} {
  const dir = path.join(artifactsDir, circuit);
  return {
    wasm: path.join(dir, `${circuit}.wasm`),
    zkey: path.join(dir, `${circuit}.zkey`),
    verificationKey: path.join(dir, 'verification_key.json'),
  };
}

/** Reads a file into a plain Uint8Array (snarkjs takes in-memory files in this form). */
export async function readBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file));
}

/** The verification key of one circuit, as committed. */
export async function readVerificationKey(circuit: CircuitName, artifactsDir: string = DEFAULT_ARTIFACTS_DIR): Promise<VerificationKey> {
  const key = JSON.parse(await readFile(artifactPaths(circuit, artifactsDir).verificationKey, 'utf8')) as VerificationKey;
  if (key.protocol !== 'groth16') throw new Error(`${circuit}: not a Groth16 verification key`);
  return key;
}
