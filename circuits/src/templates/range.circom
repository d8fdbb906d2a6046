pragma circom 2.1.0;

include "circomlib/circuits/bitify.circom";

// An amount in [0, 2^64). In the field a "negative" amount is a huge number (p - x), which
// has no 64-bit decomposition, so this also rejects negatives. Sums of a few such amounts stay far
// below the field modulus, so equalities between them hold over the integers too.
template Uint64() {
    signal input in;

    component bits = Num2Bits(64);
    bits.in <== in;
}

// `in` is not zero: its inverse exists. Used to keep public keys off the zero value that
// marks empty leaves.
template NonZero() {
    signal input in;

    signal inverse;
    inverse <-- in != 0 ? 1 / in : 0;
    in * inverse === 1;
}
