pragma circom 2.1.0;

include "templates/output.circom";
include "templates/binding.circom";

// Issuer mints `amount` (public, so the ledger keeps public supply) of `securityId` as one
// note for a private recipient in the security's KYC allowlist. `openingsDigest` binds the note's
// opening, sealed to the recipient's bank and to the auditor, to this proof.
// Public signals: [commitment, amount, securityId, kycRoot, openingsDigest].
template Mint(depth) {
    signal input amount;
    signal input securityId;
    signal input kycRoot;
    signal input openingsDigest;

    signal input ownerPublicKey;
    signal input salt;
    signal input kycIndex;
    signal input kycSiblings[depth];

    signal output commitment;

    component out = AllowedOutput(depth);
    out.amount <== amount;
    out.securityId <== securityId;
    out.ownerPublicKey <== ownerPublicKey;
    out.salt <== salt;
    out.kycIndex <== kycIndex;
    out.kycSiblings <== kycSiblings;
    out.kycRoot <== kycRoot;
    commitment <== out.commitment;

    component bound = Bound();
    bound.in <== openingsDigest;
}

component main {public [amount, securityId, kycRoot, openingsDigest]} = Mint(20);
