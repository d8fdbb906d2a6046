pragma circom 2.1.0;

include "circomlib/circuits/poseidon.circom";
include "circomlib/circuits/bitify.circom";

// Root of a fixed-depth binary Poseidon Merkle tree, from a leaf, its index and its siblings.
// Bit i of `index` (low bit first) says whether the node at level i is a right child.
// A fixed depth means a proof always has `depth` levels, so an inner node cannot pose as a leaf.
template MerkleRoot(depth) {
    signal input leaf;
    signal input index;
    signal input siblings[depth];
    signal output root;

    // Num2Bits forces every bit to 0/1 and the index into [0, 2^depth).
    component bits = Num2Bits(depth);
    bits.in <== index;

    component hashers[depth];
    signal left[depth];
    signal node[depth + 1];
    node[0] <== leaf;
    for (var i = 0; i < depth; i++) {
        // One multiplication swaps the pair when the node is a right child.
        left[i] <== node[i] + bits.out[i] * (siblings[i] - node[i]);
        hashers[i] = Poseidon(2);
        hashers[i].inputs[0] <== left[i];
        hashers[i].inputs[1] <== node[i] + siblings[i] - left[i];
        node[i + 1] <== hashers[i].out;
    }
    root <== node[depth];
}
