import { createHash } from 'node:crypto';
import { canonical } from '@st2/chaincode';

/** The bond pricing model's name and version: a change of formula or convention is a new version. */
export const BOND_PRICE_MODEL = 'st2-bond-price/1';

/**
 * SHA-256 (hex) of a valuation's inputs as canonical JSON (keys sorted at every depth): whoever holds the same
 * inputs and the same model version recomputes the same figures and the same hash, so a published figure can be
 * checked, and a difference traced to its inputs.
 */
export function inputsHash(inputs: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(canonical(inputs), 'utf8').digest('hex');
}
