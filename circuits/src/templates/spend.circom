pragma circom 2.1.0;

include "note.circom";
include "merkle.circom";
include "range.circom";

// Spending one note: the prover knows its opening and owner secret, the note is in the
// note-commitment tree under `root`, and `nullifier` is its nullifier.
// A zero-amount note may be a dummy that is in no tree (so a 1-input transfer fits the 2-input
// circuit): its membership is enforced as amount * (computedRoot - root) == 0, which binds the
// root exactly when the amount is not zero. Callers decide where a dummy may stand: the transfer
// requires a non-zero first input; redeem bounds its public amount by the note's, and the ledger
// accepts only public amounts of at least 1. A dummy moves no value; its nullifier is still
// published and recorded, which is harmless because its salt is random.
template SpendNote(depth) {
    signal input amount;
    signal input securityId;
    signal input ownerSecret;
    signal input nullifierKey;
    signal input salt;
    signal input index;
    signal input siblings[depth];
    signal input root;
    signal output ownerPublicKey;
    signal output nullifier;

    // Notes in the tree were range checked when they were created; checking again keeps the
    // conservation argument of every circuit local to that circuit.
    component range = Uint64();
    range.in <== amount;

    component owner = OwnerPublicKey();
    owner.secret <== ownerSecret;
    owner.nullifierKey <== nullifierKey;
    ownerPublicKey <== owner.out;

    component note = NoteCommitment();
    note.amount <== amount;
    note.securityId <== securityId;
    note.ownerPublicKey <== ownerPublicKey;
    note.salt <== salt;

    component path = MerkleRoot(depth);
    path.leaf <== note.out;
    path.index <== index;
    path.siblings <== siblings;
    amount * (path.root - root) === 0;

    component nf = Nullifier();
    nf.commitment <== note.out;
    nf.nullifierKey <== nullifierKey;
    nullifier <== nf.out;
}
