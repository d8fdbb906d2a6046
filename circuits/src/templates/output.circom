pragma circom 2.1.0;

include "note.circom";
include "allowlist.circom";
include "range.circom";

// A new note for a recipient: amount in [0, 2^64), recipient in the KYC allowlist under
// `kycRoot`, and `commitment` its well-formed commitment.
template AllowedOutput(depth) {
    signal input amount;
    signal input securityId;
    signal input ownerPublicKey;
    signal input salt;
    signal input kycIndex;
    signal input kycSiblings[depth];
    signal input kycRoot;
    signal output commitment;

    component range = Uint64();
    range.in <== amount;

    component kyc = AllowlistMember(depth);
    kyc.publicKey <== ownerPublicKey;
    kyc.index <== kycIndex;
    kyc.siblings <== kycSiblings;
    kyc.root <== kycRoot;

    component note = NoteCommitment();
    note.amount <== amount;
    note.securityId <== securityId;
    note.ownerPublicKey <== ownerPublicKey;
    note.salt <== salt;
    commitment <== note.out;
}
