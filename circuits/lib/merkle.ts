import { hash2, toField, type Field } from './field';

/** Depth of both trees the circuits know: note commitments and the KYC allowlist (2^20 leaves). */
export const TREE_DEPTH = 20;

/** The value of an empty leaf. Commitments and public keys are Poseidon outputs, never 0. */
export const EMPTY_LEAF: Field = 0n;

const zeroCache = new Map<number, readonly Field[]>();

/** `zeros[h]` is the root of an empty subtree of height h; `zeros[0]` is the empty leaf. */
export function zeroHashes(depth: number): readonly Field[] {
  const cached = zeroCache.get(depth);
  if (cached) return cached;
  const zeros: Field[] = [EMPTY_LEAF];
  for (let h = 0; h < depth; h++) {
    const below = zeros[h] as Field;
    zeros.push(hash2(below, below));
  }
  zeroCache.set(depth, zeros);
  return zeros;
}

/** Membership of `leaf` at `index`; `siblings[h]` is the sibling at height h, leaf level first. */
export interface MerkleProof {
  leaf: Field;
  index: number;
  siblings: Field[];
  root: Field;
}

/** The root a leaf, index and sibling path lead to: the same computation as circuit `MerkleRoot`. */
export function rootFromPath(leaf: Field, index: number, siblings: readonly Field[]): Field {
  let node = leaf;
  siblings.forEach((sibling, h) => {
    node = isRightChild(index, h) ? hash2(sibling, node) : hash2(node, sibling);
  });
  return node;
}

/** True when the proof's path leads to its root. */
export function verifyMerkleProof(proof: MerkleProof): boolean {
  return rootFromPath(proof.leaf, proof.index, proof.siblings) === proof.root;
}

function isRightChild(index: number, height: number): boolean {
  return Math.floor(index / 2 ** height) % 2 === 1;
}

function checkDepth(depth: number): void {
  if (!Number.isInteger(depth) || depth < 1 || depth > 32) throw new RangeError(`bad tree depth ${depth}`);
}

/** JSON form of a {@link MerkleFrontier}: O(depth) values, small enough for one world-state key. */
export interface MerkleFrontierState {
  depth: number;
  size: number;
  /** `frontier[h]`: the latest left node at height h (decimal string). */
  frontier: string[];
  root: string;
}

/**
 * Append-only tree that keeps only its frontier, as the chaincode needs: it appends new
 * commitments and publishes the root, but never serves proofs. Roots equal {@link MerkleTree}'s.
 */
export class MerkleFrontier {
  readonly depth: number;
  #size: number;
  #frontier: Field[];
  #root: Field;

  private constructor(depth: number, size: number, frontier: Field[], root: Field) {
    this.depth = depth;
    this.#size = size;
    this.#frontier = frontier;
    this.#root = root;
  }

  /** An empty tree of the given depth. */
  static empty(depth: number = TREE_DEPTH): MerkleFrontier {
    checkDepth(depth);
    const zeros = zeroHashes(depth);
    return new MerkleFrontier(depth, 0, zeros.slice(0, depth), zeros[depth] as Field);
  }

  /** Restores a frontier saved with {@link toJSON}, checking its shape. */
  static fromJSON(state: MerkleFrontierState): MerkleFrontier {
    checkDepth(state.depth);
    if (state.frontier.length !== state.depth) throw new RangeError('frontier length does not match depth');
    if (!Number.isInteger(state.size) || state.size < 0 || state.size > 2 ** state.depth) throw new RangeError(`bad tree size ${state.size}`);
    return new MerkleFrontier(state.depth, state.size, state.frontier.map(toField), toField(state.root));
  }

  get root(): Field {
    return this.#root;
  }

  /** Number of leaves appended so far (the next leaf's index). */
  get size(): number {
    return this.#size;
  }

  /** Appends a leaf and returns its index. */
  append(leaf: Field): number {
    const index = this.#size;
    if (index >= 2 ** this.depth) throw new RangeError('Merkle tree is full');
    const zeros = zeroHashes(this.depth);
    let node = toField(leaf);
    for (let h = 0; h < this.depth; h++) {
      if (isRightChild(index, h)) {
        node = hash2(this.#frontier[h] as Field, node);
      } else {
        this.#frontier[h] = node;
        node = hash2(node, zeros[h] as Field);
      }
    }
    this.#root = node;
    this.#size = index + 1;
    return index;
  }

  toJSON(): MerkleFrontierState {
    return { depth: this.depth, size: this.#size, frontier: this.#frontier.map(String), root: this.#root.toString() };
  }
}

/** JSON form of a {@link MerkleTree}: its leaves (the inner nodes are recomputed on load). */
export interface MerkleTreeState {
  depth: number;
  leaves: string[];
}

/**
 * Append-only tree that keeps every node, as the gateway needs to serve membership proofs.
 * Missing nodes are the zero hashes of their height; appending costs `depth` hashes.
 */
export class MerkleTree {
  readonly depth: number;
  /** `#levels[h][i]`: node i at height h, for every node with a non-empty leaf below it. */
  readonly #levels: Field[][];

  constructor(depth: number = TREE_DEPTH, leaves: Iterable<Field> = []) {
    checkDepth(depth);
    this.depth = depth;
    this.#levels = buildLevels(depth, Array.from(leaves, toField));
  }

  static fromJSON(state: MerkleTreeState): MerkleTree {
    return new MerkleTree(state.depth, state.leaves.map(toField));
  }

  get root(): Field {
    return this.#levels[this.depth]?.[0] ?? (zeroHashes(this.depth)[this.depth] as Field);
  }

  get size(): number {
    return this.#leaves.length;
  }

  /** The leaves in order of insertion. */
  get leaves(): readonly Field[] {
    return this.#leaves;
  }

  /** Index of the first occurrence of `leaf`, or -1. */
  indexOf(leaf: Field): number {
    return this.#leaves.indexOf(leaf);
  }

  /** Appends a leaf and returns its index. */
  append(leaf: Field): number {
    const index = this.size;
    if (index >= 2 ** this.depth) throw new RangeError('Merkle tree is full');
    this.#leaves.push(toField(leaf));
    this.#rehashPath(index);
    return index;
  }

  /** Membership proof of the leaf at `index` under the current root. */
  proof(index: number): MerkleProof {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`no leaf at index ${index}`);
    const siblings: Field[] = [];
    for (let h = 0, i = index; h < this.depth; h++, i = Math.floor(i / 2)) {
      siblings.push(this.#node(h, i ^ 1));
    }
    return { leaf: this.#leaves[index] as Field, index, siblings, root: this.root };
  }

  toJSON(): MerkleTreeState {
    return { depth: this.depth, leaves: this.#leaves.map(String) };
  }

  get #leaves(): Field[] {
    return this.#levels[0] as Field[];
  }

  #node(height: number, index: number): Field {
    return this.#levels[height]?.[index] ?? (zeroHashes(this.depth)[height] as Field);
  }

  #rehashPath(leafIndex: number): void {
    for (let h = 0, i = leafIndex; h < this.depth; h++, i = Math.floor(i / 2)) {
      const left = i - (i % 2);
      (this.#levels[h + 1] as Field[])[left / 2] = hash2(this.#node(h, left), this.#node(h, left + 1));
    }
  }
}

/** All levels of a tree over `leaves`, level by level: n + n/2 + ... hashes, as for a KYC rebuild. */
function buildLevels(depth: number, leaves: Field[]): Field[][] {
  if (leaves.length > 2 ** depth) throw new RangeError('too many leaves for the tree depth');
  const zeros = zeroHashes(depth);
  const levels: Field[][] = [leaves];
  for (let h = 0; h < depth; h++) {
    const below = levels[h] as Field[];
    const above: Field[] = [];
    for (let i = 0; i < below.length; i += 2) {
      above.push(hash2(below[i] as Field, below[i + 1] ?? (zeros[h] as Field)));
    }
    levels.push(above);
  }
  return levels;
}
