import { FIELD_MODULUS } from '@st2/circuits/dist/field';
import { MerkleFrontier, MerkleTree, TREE_DEPTH } from '@st2/circuits/dist/merkle';
import type { Frontier } from './schema';

// Deep imports on purpose: the package index also loads the prover and snarkjs, which the pure domain must not.

/** Recent note roots a proof may refer to: enough for a proof made a few seals ago to still land. */
export const ROOT_WINDOW = 32;

export { TREE_DEPTH };

export function isFieldElement(text: string): boolean {
  return BigInt(text) < FIELD_MODULUS;
}

export function emptyTree(): Frontier {
  return MerkleFrontier.empty(TREE_DEPTH).toJSON();
}

/** The tree after appending `leaves` in order (the input is not changed). */
export function appendLeaves(tree: Frontier, leaves: readonly string[]): Frontier {
  const next = MerkleFrontier.fromJSON(tree);
  for (const leaf of leaves) next.append(BigInt(leaf));
  return next.toJSON();
}

/** Root of the allowlist tree over `leaves` (public keys, in order): what the circuits' KYC proofs lead to. */
export function allowlistRoot(leaves: readonly string[]): string {
  return new MerkleTree(TREE_DEPTH, leaves.map(BigInt)).root.toString();
}

/** The newest `ROOT_WINDOW` roots, oldest first. */
export function withRecentRoot(roots: readonly string[], root: string): string[] {
  return [...roots, root].slice(-ROOT_WINDOW);
}
