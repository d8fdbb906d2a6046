pragma circom 2.1.0;

include "circomlib/circuits/poseidon.circom";

// The public key a holder registers: knowing `secret` is what owning a note means.
template OwnerPublicKey() {
    signal input secret;
    signal output out;

    component h = Poseidon(1);
    h.inputs[0] <== secret;
    out <== h.out;
}

// A note: hides amount and owner, yet binds them (and the security) for later spending.
// The random salt makes two notes with equal contents unlinkable.
template NoteCommitment() {
    signal input amount;
    signal input securityId;
    signal input ownerPublicKey;
    signal input salt;
    signal output out;

    component h = Poseidon(4);
    h.inputs[0] <== amount;
    h.inputs[1] <== securityId;
    h.inputs[2] <== ownerPublicKey;
    h.inputs[3] <== salt;
    out <== h.out;
}

// Revealed when a note is spent. Only the owner can compute it (it needs the secret), and a
// commitment fixes its owner key and hence its secret, so each note has exactly one nullifier:
// the ledger records it and refuses a second spend without learning which note was spent.
template Nullifier() {
    signal input commitment;
    signal input ownerSecret;
    signal output out;

    component h = Poseidon(2);
    h.inputs[0] <== commitment;
    h.inputs[1] <== ownerSecret;
    out <== h.out;
}
