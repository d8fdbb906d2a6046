pragma circom 2.1.0;

include "merkle.circom";
include "range.circom";

// `publicKey` is a leaf of the KYC allowlist tree with root `root`.
// Leaves are the registered owner public keys themselves (already Poseidon hashes), so no
// extra hash is spent. Empty leaves are 0, and 0 is refused as a key: otherwise any empty slot
// would "prove" membership of the key 0.
template AllowlistMember(depth) {
    signal input publicKey;
    signal input index;
    signal input siblings[depth];
    signal input root;

    component nonZero = NonZero();
    nonZero.in <== publicKey;

    component path = MerkleRoot(depth);
    path.leaf <== publicKey;
    path.index <== index;
    path.siblings <== siblings;
    path.root === root;
}
