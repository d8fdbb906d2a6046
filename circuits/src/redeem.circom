pragma circom 2.1.0;

include "templates/spend.circom";
include "templates/note.circom";
include "templates/range.circom";
include "templates/binding.circom";

// The owner burns one note for a public `amount` and keeps the rest as a change note, so
// partial redemption needs no separate split transfer. The change goes back to the same owner
// key (forced here), so it needs no KYC proof and redeem works even after the owner's claims
// lapsed; a full redemption simply has a zero-amount change note.
// `openingsDigest` binds the change note's opening, sealed to the owner's bank and to the auditor.
// Public signals: [nullifier, changeCommitment, noteRoot, securityId, amount, openingsDigest].
template Redeem(depth) {
    signal input noteRoot;
    signal input securityId;
    signal input amount;
    signal input openingsDigest;

    signal input noteAmount;
    signal input ownerSecret;
    signal input nullifierKey;
    signal input salt;
    signal input index;
    signal input siblings[depth];
    signal input changeSalt;

    signal output nullifier;
    signal output changeCommitment;

    component spend = SpendNote(depth);
    spend.amount <== noteAmount;
    spend.securityId <== securityId;
    spend.ownerSecret <== ownerSecret;
    spend.nullifierKey <== nullifierKey;
    spend.salt <== salt;
    spend.index <== index;
    spend.siblings <== siblings;
    spend.root <== noteRoot;
    nullifier <== spend.nullifier;

    // Both parts below 2^64 means amount <= noteAmount over the integers: a "negative"
    // public amount (p - x) would otherwise mint x.
    component amountRange = Uint64();
    amountRange.in <== amount;
    component changeRange = Uint64();
    changeRange.in <== noteAmount - amount;

    component change = NoteCommitment();
    change.amount <== noteAmount - amount;
    change.securityId <== securityId;
    change.ownerPublicKey <== spend.ownerPublicKey;
    change.salt <== changeSalt;
    changeCommitment <== change.out;

    component bound = Bound();
    bound.in <== openingsDigest;
}

component main {public [noteRoot, securityId, amount, openingsDigest]} = Redeem(20);
