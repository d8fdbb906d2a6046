import { Type, type StaticDecode } from '@sinclair/typebox';
import { createHash } from 'node:crypto';
import { Closed, Sha256 } from '../schema';

/**
 * A sanctions list as a Merkle root (docs/oracles.md, "Sanctions lists"): the list's signers publish only the
 * root; a party proves it is NOT listed with the two adjacent leaves around where it would sit. Pure, so the
 * chaincode verifies and the gateway builds with the same code.
 *
 * - A party's leaf is SHA-256("st2-sanctions-party/v1\n" + identity id): the id as the ledger spells it (ids
 *   are already restricted to one spelling by `Id`), so the list publisher and every endorser agree on it.
 * - The leaves are distinct and sorted (as lowercase hex, which is byte order).
 * - The tree is RFC 9162's Merkle Tree Hash over them (leaf hash SHA-256(0x00 || leaf), node hash
 *   SHA-256(0x01 || left || right), the left subtree the largest power of two below n); inclusion paths and
 *   their verification are RFC 9162's (section 2.1.3).
 * - The published root is SHA-256(0x02 || n as 8 bytes big-endian || tree hash): it commits to the leaf count,
 *   so "the last leaf" and "the first leaf" are facts a proof cannot lie about.
 */

/** Leaves a list may hold, and so the longest inclusion path (log2 of it): the bound on a proof's size. */
export const MAX_LIST_LEAVES = 2 ** 32;
export const MAX_PATH_LENGTH = 32;

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);
const ROOT = Buffer.from([2]);

const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();

/** A party's leaf: the hash of its normalised identifier. */
export function partyLeaf(partyId: string): string {
  return createHash('sha256').update(`st2-sanctions-party/v1\n${partyId}`, 'utf8').digest('hex');
}

/** The sorted, distinct leaves of a list of parties. */
export function listLeaves(partyIds: readonly string[]): string[] {
  return [...new Set(partyIds.map(partyLeaf))].sort();
}

function treeHash(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return sha256(LEAF, leaves[0] as Buffer);
  const k = splitOf(leaves.length);
  return sha256(NODE, treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
}

/** The largest power of two below n (n > 1): where RFC 9162 splits a tree. */
function splitOf(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function rootOf(leafCount: number, tree: Buffer): string {
  const count = Buffer.alloc(8);
  count.writeBigUInt64BE(BigInt(leafCount));
  return sha256(ROOT, count, tree).toString('hex');
}

/** The published root of sorted, distinct leaves. */
export function listRoot(leaves: readonly string[]): string {
  return rootOf(leaves.length, treeHash(leaves.map((leaf) => Buffer.from(leaf, 'hex'))));
}

/** RFC 9162 PATH(m, D[n]): the sibling hashes from leaf m up to the root, lowest first. */
function inclusionPath(leaves: readonly Buffer[], m: number): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = splitOf(leaves.length);
  return m < k
    ? [...inclusionPath(leaves.slice(0, k), m), treeHash(leaves.slice(k))]
    : [...inclusionPath(leaves.slice(k), m - k), treeHash(leaves.slice(0, k))];
}

/** A leaf of the list with its inclusion path: one side of a non-membership proof. */
export const NeighbourSchema = Closed({
  index: Type.Integer({ minimum: 0, maximum: MAX_LIST_LEAVES - 1, description: 'The leaf\'s position in the sorted list' }),
  leaf: Sha256,
  path: Type.Array(Sha256, { maxItems: MAX_PATH_LENGTH, description: `RFC 9162 inclusion path, lowest sibling first (at most ${MAX_PATH_LENGTH})` }),
});
export type Neighbour = StaticDecode<typeof NeighbourSchema>;

/**
 * That a party is not listed: the leaves just below (`left`) and just above (`right`) where its leaf would sit,
 * adjacent in the list; one of them alone at either end; neither for an empty list.
 */
export const NonMembershipProofSchema = Closed({
  leafCount: Type.Integer({ minimum: 0, maximum: MAX_LIST_LEAVES, description: 'How many parties the list holds (the root commits to it)' }),
  left: Type.Optional(NeighbourSchema),
  right: Type.Optional(NeighbourSchema),
}, { description: 'Non-membership proof of one party against a sanctions list root' });
export type NonMembershipProof = StaticDecode<typeof NonMembershipProofSchema>;

/** The proof that `partyId` is not in the list, or null when it is. */
export function nonMembershipProof(leaves: readonly string[], partyId: string): NonMembershipProof | null {
  const target = partyLeaf(partyId);
  const above = leaves.findIndex((leaf) => leaf >= target);
  if (leaves[above] === target) return null;
  const bytes = leaves.map((leaf) => Buffer.from(leaf, 'hex'));
  const neighbour = (index: number): Neighbour => ({ index, leaf: leaves[index] as string, path: inclusionPath(bytes, index).map((h) => h.toString('hex')) });
  const right = above === -1 ? leaves.length : above;
  return {
    leafCount: leaves.length,
    ...(right > 0 ? { left: neighbour(right - 1) } : {}),
    ...(right < leaves.length ? { right: neighbour(right) } : {}),
  };
}

/** RFC 9162 2.1.3.2: the tree hash an inclusion path leads to, or null when the path cannot belong to position `index` of `size` leaves. */
function treeHashFromPath({ index, leaf, path }: Neighbour, size: number): Buffer | null {
  if (index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let r = sha256(LEAF, Buffer.from(leaf, 'hex'));
  for (const sibling of path) {
    if (sn === 0) return null;
    const p = Buffer.from(sibling, 'hex');
    if (fn % 2 === 1 || fn === sn) {
      r = sha256(NODE, p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = sha256(NODE, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

/** Why a proof does not show `partyId` absent from the list with this root, or null when it does. */
export function nonMembershipProblem(root: string, partyId: string, proof: NonMembershipProof): string | null {
  const target = partyLeaf(partyId);
  const { leafCount: n, left, right } = proof;
  if (n === 0) return left || right ? 'an empty list has no neighbours' : rootOf(0, treeHash([])) === root ? null : 'the list is not empty';
  if (!left && !right) return 'a non-empty list needs a neighbour';
  if (left && !(left.leaf < target)) return 'the left neighbour is not below the party';
  if (right && !(right.leaf > target)) return 'the right neighbour is not above the party';
  if (left && right && right.index !== left.index + 1) return 'the neighbours are not adjacent';
  if (!left && right?.index !== 0) return 'without a left neighbour, the right one must be the first leaf';
  if (!right && left?.index !== n - 1) return 'without a right neighbour, the left one must be the last leaf';
  const hashes = [left, right].flatMap((side) => (side ? [treeHashFromPath(side, n)] : []));
  const [first, second] = hashes;
  if (!first || (hashes.length === 2 && !(second && second.equals(first)))) return 'an inclusion path does not verify';
  return rootOf(n, first) === root ? null : 'the proof is for another root';
}
