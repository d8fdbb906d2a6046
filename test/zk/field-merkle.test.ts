import {
  FIELD_MODULUS,
  MerkleFrontier,
  MerkleTree,
  TREE_DEPTH,
  hash2,
  randomField,
  rootFromPath,
  securityField,
  toAmount,
  toField,
  verifyMerkleProof,
  zeroHashes,
} from '../../circuits/lib';

describe('field and Poseidon helpers', () => {
  it('hash2 equals circomlib Poseidon(2) on its reference vector', () => {
    // circomlib test/poseidoncircuit.js: Poseidon([1, 2]).
    expect(hash2(1n, 2n)).toBe(0x115cc0f5e7d690413df64c6b9662e9cf2a3617f2743245519e19607a4417189an);
  });

  it('accepts only canonical field elements', () => {
    expect(toField('0')).toBe(0n);
    expect(toField(FIELD_MODULUS - 1n)).toBe(FIELD_MODULUS - 1n);
    expect(() => toField(FIELD_MODULUS)).toThrow(RangeError);
    expect(() => toField(-1n)).toThrow(RangeError);
  });

  it('accepts only 64-bit amounts', () => {
    expect(toAmount((1n << 64n) - 1n)).toBe((1n << 64n) - 1n);
    expect(() => toAmount(1n << 64n)).toThrow(RangeError);
    expect(() => toAmount(-1n)).toThrow(RangeError);
  });

  it('draws random elements below the modulus', () => {
    for (let i = 0; i < 50; i++) expect(randomField()).toBeLessThan(FIELD_MODULUS);
  });

  it('maps security ids to distinct field elements below the modulus', () => {
    const a = securityField('ACME-1');
    expect(a).toBe(securityField('ACME-1'));
    expect(a).not.toBe(securityField('ACME-2'));
    expect(a).toBeLessThan(1n << 253n);
  });
});

describe('Merkle trees', () => {
  const leaves = Array.from({ length: 13 }, () => randomField());

  it('has the empty root of the zero hashes', () => {
    const zeros = zeroHashes(TREE_DEPTH);
    expect(zeros).toHaveLength(TREE_DEPTH + 1);
    expect(new MerkleTree().root).toBe(zeros[TREE_DEPTH]);
    expect(MerkleFrontier.empty().root).toBe(zeros[TREE_DEPTH]);
  });

  it('gives the chaincode frontier the same root as the full tree after every append', () => {
    const tree = new MerkleTree();
    const frontier = MerkleFrontier.empty();
    for (const leaf of leaves) {
      expect(frontier.append(leaf)).toBe(tree.append(leaf));
      expect(frontier.root).toBe(tree.root);
    }
    expect(frontier.size).toBe(leaves.length);
  });

  it('builds the same tree from a leaf list as by appending (KYC rebuilds)', () => {
    const appended = new MerkleTree();
    leaves.forEach((l) => appended.append(l));
    expect(new MerkleTree(TREE_DEPTH, leaves).root).toBe(appended.root);
  });

  it('survives a JSON round trip of the frontier and keeps appending correctly', () => {
    const frontier = MerkleFrontier.empty();
    leaves.slice(0, 7).forEach((l) => frontier.append(l));
    const restored = MerkleFrontier.fromJSON(JSON.parse(JSON.stringify(frontier)) as ReturnType<MerkleFrontier['toJSON']>);
    leaves.slice(7).forEach((l) => restored.append(l));
    expect(restored.root).toBe(new MerkleTree(TREE_DEPTH, leaves).root);
  });

  it('survives a JSON round trip of the full tree', () => {
    const tree = new MerkleTree(TREE_DEPTH, leaves);
    const restored = MerkleTree.fromJSON(JSON.parse(JSON.stringify(tree)) as ReturnType<MerkleTree['toJSON']>);
    expect(restored.root).toBe(tree.root);
    expect(restored.proof(5)).toEqual(tree.proof(5));
  });

  it('rejects a frontier whose shape does not match its depth', () => {
    const state = MerkleFrontier.empty().toJSON();
    expect(() => MerkleFrontier.fromJSON({ ...state, frontier: state.frontier.slice(1) })).toThrow(RangeError);
    expect(() => MerkleFrontier.fromJSON({ ...state, size: -1 })).toThrow(RangeError);
  });

  it('proves every leaf, and no other leaf at that position', () => {
    const tree = new MerkleTree(TREE_DEPTH, leaves);
    leaves.forEach((leaf, i) => {
      const proof = tree.proof(i);
      expect(proof.siblings).toHaveLength(TREE_DEPTH);
      expect(verifyMerkleProof(proof)).toBe(true);
      expect(rootFromPath(leaf, i, proof.siblings)).toBe(tree.root);
      expect(verifyMerkleProof({ ...proof, leaf: leaf + 1n })).toBe(false);
      expect(verifyMerkleProof({ ...proof, index: i ^ 1 })).toBe(false);
    });
    expect(() => tree.proof(leaves.length)).toThrow(RangeError);
  });

  it('refuses to grow past 2^depth leaves', () => {
    const tiny = MerkleFrontier.empty(2);
    [1n, 2n, 3n, 4n].forEach((l) => tiny.append(l));
    expect(() => tiny.append(5n)).toThrow(/full/);
    expect(() => new MerkleTree(2, [1n, 2n, 3n, 4n, 5n])).toThrow(RangeError);
  });
});
