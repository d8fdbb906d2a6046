pragma circom 2.1.0;

include "templates/spend.circom";
include "templates/output.circom";
include "templates/range.circom";
include "templates/binding.circom";

// Confidential 2-in/2-out transfer of one security. Inputs are notes of the security's
// note-commitment tree under `noteRoot` (the second may be a zero-amount dummy), outputs go to owners in the
// KYC allowlist under `kycRoot`, and amounts are conserved. `openingsDigest` binds the outputs'
// openings, sealed to their banks and to the auditor, to this proof.
// Public signals: [nullifiers[0], nullifiers[1], commitments[0], commitments[1],
//                  noteRoot, kycRoot, securityId, openingsDigest].
template Transfer(depth) {
    signal input noteRoot;
    signal input kycRoot;
    signal input securityId;
    signal input openingsDigest;

    signal input inAmount[2];
    signal input inOwnerSecret[2];
    signal input inNullifierKey[2];
    signal input inSalt[2];
    signal input inIndex[2];
    signal input inSiblings[2][depth];

    signal input outAmount[2];
    signal input outOwnerPublicKey[2];
    signal input outSalt[2];
    signal input outKycIndex[2];
    signal input outKycSiblings[2][depth];

    signal output nullifiers[2];
    signal output commitments[2];

    component spend[2];
    component out[2];
    for (var i = 0; i < 2; i++) {
        spend[i] = SpendNote(depth);
        spend[i].amount <== inAmount[i];
        spend[i].securityId <== securityId;
        spend[i].ownerSecret <== inOwnerSecret[i];
        spend[i].nullifierKey <== inNullifierKey[i];
        spend[i].salt <== inSalt[i];
        spend[i].index <== inIndex[i];
        spend[i].siblings <== inSiblings[i];
        spend[i].root <== noteRoot;
        nullifiers[i] <== spend[i].nullifier;

        out[i] = AllowedOutput(depth);
        out[i].amount <== outAmount[i];
        out[i].securityId <== securityId;
        out[i].ownerPublicKey <== outOwnerPublicKey[i];
        out[i].salt <== outSalt[i];
        out[i].kycIndex <== outKycIndex[i];
        out[i].kycSiblings <== outKycSiblings[i];
        out[i].kycRoot <== kycRoot;
        commitments[i] <== out[i].commitment;
    }

    // All four amounts are below 2^64, so this field equality is the integer one.
    inAmount[0] + inAmount[1] === outAmount[0] + outAmount[1];

    // The first input is a real note: a non-zero amount makes SpendNote bind its membership to
    // `noteRoot`. Without it two zero-amount dummies would prove a transfer of nothing, and anyone
    // could append commitments and seal roots for free, pushing honest proofs out of the root window.
    component real = NonZero();
    real.in <== inAmount[0];

    // The same note twice would spend it twice within one transaction, before the ledger
    // could record its nullifier.
    component distinct = NonZero();
    distinct.in <== nullifiers[0] - nullifiers[1];

    component bound = Bound();
    bound.in <== openingsDigest;
}

component main {public [noteRoot, kycRoot, securityId, openingsDigest]} = Transfer(20);
