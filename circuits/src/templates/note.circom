pragma circom 2.1.0;

include "circomlib/circuits/poseidon.circom";

// The public key a holder registers: `Poseidon(Poseidon(secret), nullifierKey)`. Knowing `secret`
// is what owning a note means; `(Poseidon(secret), nullifierKey)` is the holder's viewing key: it
// shows which of the holder's notes are spent (see Nullifier) and can be checked against the public
// key, yet spends nothing. The key fixes `nullifierKey`, so each note still has one nullifier.
template OwnerPublicKey() {
    signal input secret;
    signal input nullifierKey;
    signal output out;

    component auth = Poseidon(1);
    auth.inputs[0] <== secret;
    component h = Poseidon(2);
    h.inputs[0] <== auth.out;
    h.inputs[1] <== nullifierKey;
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

// Revealed when a note is spent. A commitment fixes its owner key and hence its nullifier key, so
// each note has exactly one nullifier: the ledger records it and refuses a second spend without
// learning which note was spent. Whoever holds a note's opening and its owner's viewing key (the
// owner's bank, the auditor) computes it too, so spent status follows from the public nullifier
// set and nobody can mark another holder's note spent.
template Nullifier() {
    signal input commitment;
    signal input nullifierKey;
    signal output out;

    component h = Poseidon(2);
    h.inputs[0] <== commitment;
    h.inputs[1] <== nullifierKey;
    out <== h.out;
}
