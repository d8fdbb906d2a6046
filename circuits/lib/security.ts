import { createHash } from 'node:crypto';
import type { Field } from './field';

/**
 * The field element that stands for a security inside the circuits. Ledger ids are strings, so
 * they are hashed: SHA-256 of the UTF-8 id, keeping the low 253 bits so the value is always
 * below the field modulus (no reduction, no bias worth caring about, no collisions in practice).
 * Chaincode and gateway must both derive it with this function.
 */
export function securityField(securityId: string): Field {
  if (securityId.length === 0) throw new RangeError('empty security id');
  const digest = createHash('sha256').update(securityId, 'utf8').digest();
  digest[0] = (digest[0] ?? 0) & 0x1f;
  return BigInt(`0x${digest.toString('hex')}`);
}
