import { createHash } from 'node:crypto';

/**
 * Private data as the chaincode receives it: the exact bytes (transient) and their SHA-256, which is all
 * the ledger keeps. Hashing the bytes that are sent, not a re-serialization, keeps the two in step.
 */
export function privateJson(value: unknown): { readonly bytes: Uint8Array; readonly sha256: string } {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
