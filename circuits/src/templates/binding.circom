pragma circom 2.1.0;

// Binds a public value the circuit does not otherwise use (the digest of the sealed note openings)
// to the proof. A public input that appears in no constraint has the point at infinity as its
// verification-key term, so the proof would verify for ANY value of it; squaring it gives it a
// term of its own. Groth16 proofs are malleable (A, B, C can be re-randomised or negated), but
// never their public inputs, so a relayer cannot swap the openings without a new proof.
template Bound() {
    signal input in;

    signal square;
    square <== in * in;
}
