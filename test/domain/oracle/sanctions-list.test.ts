import fc from 'fast-check';
import { listLeaves, listRoot, nonMembershipProblem, nonMembershipProof, partyLeaf, type NonMembershipProof } from '@st2/chaincode';

/**
 * The sanctions list's Merkle tree (chaincode/src/domain/oracle/sanctions-list.ts): sorted leaves, RFC 9162
 * tree hash and inclusion paths, a root committing to the leaf count, and non-membership proofs made of the two
 * leaves around the party's would-be position.
 */
const party = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const parties = fc.uniqueArray(party, { maxLength: 40 });

function proofFor(list: readonly string[], partyId: string): NonMembershipProof {
  const proof = nonMembershipProof(listLeaves(list), partyId);
  if (!proof) throw new Error(`${partyId} is listed`);
  return proof;
}

describe('sanctions list Merkle tree', () => {
  it('hashes a party id to a fixed, domain-separated leaf', () => {
    // printf 'st2-sanctions-party/v1\nalice' | sha256sum
    expect(partyLeaf('alice')).toBe('74b4b19a039d1e1ed83955086a73bdf54fef56cea5cfd1c2af613efcac42e9e2');
    expect(partyLeaf('alice')).not.toBe(partyLeaf('Alice'));
  });

  it('has one root per set of parties, whatever their order or repetition', () => {
    expect(listRoot(listLeaves(['a', 'b', 'c']))).toBe(listRoot(listLeaves(['c', 'a', 'b', 'a'])));
    expect(listRoot(listLeaves(['a', 'b']))).not.toBe(listRoot(listLeaves(['a', 'b', 'c'])));
  });

  it('commits to the leaf count: the empty list and a one-leaf list differ from their tree hashes alone', () => {
    expect(listRoot([])).not.toBe(listRoot(listLeaves(['a'])));
    expect(nonMembershipProblem(listRoot([]), 'alice', { leafCount: 0 })).toBeNull();
    expect(nonMembershipProblem(listRoot(listLeaves(['bob'])), 'alice', { leafCount: 0 })).toBe('the list is not empty');
  });

  it('gives no non-membership proof to a listed party', () => {
    fc.assert(fc.property(parties.filter((list) => list.length > 0), fc.nat(), (list, pick) => {
      expect(nonMembershipProof(listLeaves(list), list[pick % list.length] as string)).toBeNull();
    }));
  });

  it('gives every unlisted party a proof that verifies against the list root', () => {
    fc.assert(fc.property(parties, party, (list, outsider) => {
      fc.pre(!list.includes(outsider));
      expect(nonMembershipProblem(listRoot(listLeaves(list)), outsider, proofFor(list, outsider))).toBeNull();
    }));
  });

  it('refuses a proof against another root (the list before a party was added)', () => {
    fc.assert(fc.property(parties, party, (list, newcomer) => {
      fc.pre(!list.includes(newcomer));
      const before = proofFor(list, newcomer);
      const after = listRoot(listLeaves([...list, newcomer]));
      expect(nonMembershipProblem(after, newcomer, before)).not.toBeNull();
    }));
  });

  it('never accepts a listed party, whatever proof it brings from other lists', () => {
    fc.assert(fc.property(parties.filter((list) => list.length > 0), parties, fc.nat(), (list, other, pick) => {
      const member = list[pick % list.length] as string;
      fc.pre(!other.includes(member));
      expect(nonMembershipProblem(listRoot(listLeaves(list)), member, proofFor(other, member))).not.toBeNull();
    }));
  });

  it('refuses a proof whose neighbours were tampered with', () => {
    const list = ['b', 'd', 'f', 'h', 'j'];
    const root = listRoot(listLeaves(list));
    const proof = proofFor(list, 'e');
    const { left, right } = proof;
    if (!left || !right) throw new Error('expected two neighbours');
    expect(nonMembershipProblem(root, 'e', proof)).toBeNull();
    expect(nonMembershipProblem(root, 'e', { ...proof, left: undefined })).toBe('without a left neighbour, the right one must be the first leaf');
    expect(nonMembershipProblem(root, 'e', { ...proof, right: { ...right, index: right.index + 1 } })).toBe('the neighbours are not adjacent');
    expect(nonMembershipProblem(root, 'e', { ...proof, leafCount: 6 })).not.toBeNull();
    expect(nonMembershipProblem(root, 'e', { ...proof, left: { ...left, path: left.path.slice(1) } })).not.toBeNull();
    expect(nonMembershipProblem(root, 'e', { ...proof, left: { ...left, path: [...left.path, left.leaf] } })).not.toBeNull();
    expect(nonMembershipProblem(root, 'e', { leafCount: 5 })).toBe('a non-empty list needs a neighbour');
  });

  it('proves absence at either end with one neighbour', () => {
    fc.assert(fc.property(parties.filter((list) => list.length > 0), party, (list, outsider) => {
      fc.pre(!list.includes(outsider));
      const leaves = listLeaves(list);
      const proof = proofFor(list, outsider);
      const target = partyLeaf(outsider);
      if (target < (leaves[0] as string)) expect(proof.left).toBeUndefined();
      if (target > (leaves[leaves.length - 1] as string)) expect(proof.right).toBeUndefined();
      expect(nonMembershipProblem(listRoot(leaves), outsider, proof)).toBeNull();
    }));
  });
});
