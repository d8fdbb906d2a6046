import { listLeaves, listRoot, nonMembershipProof, type NonMembershipProof, type SanctionsProofs } from '@st2/chaincode';

/**
 * A sanctions list as its publisher holds it (docs/oracles.md, "Sanctions lists"): the parties, the sorted
 * leaves and the root the feed's signers sign. The ledger only ever sees the root; a party's proof that it is
 * not listed is built from the leaves, here, by whoever holds the list (the publisher's gateway, a client).
 */
export class SanctionsList {
  readonly leaves: readonly string[];
  readonly root: string;

  constructor(parties: readonly string[]) {
    this.leaves = listLeaves(parties);
    this.root = listRoot(this.leaves);
  }

  get size(): number {
    return this.leaves.length;
  }

  /** The party's non-membership proof, or null when it is listed. */
  proof(partyId: string): NonMembershipProof | null {
    return nonMembershipProof(this.leaves, partyId);
  }
}

/** The wire form of a movement's proofs (SanctionsProofs), made for list `version`; `from` null for an issuance. */
export function sanctionsProofs(list: SanctionsList, version: number, from: string | null, to: string): SanctionsProofs {
  const proofOf = (party: string) => {
    const proof = list.proof(party);
    if (!proof) throw new Error(`${party} is on the sanctions list: no non-membership proof exists`);
    return proof;
  };
  return { listVersion: version, ...(from === null ? {} : { from: proofOf(from) }), to: proofOf(to) };
}
