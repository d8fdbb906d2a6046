import { FIELD_MODULUS, Prover, Verifier, mintWitness, readVerificationKey, terminateZkWorkers, type CircuitProof, type Groth16Proof } from '../../circuits/lib';
import { snarkjs } from '../../circuits/lib/snarkjs';
import { PROVING_TIMEOUT_MS, buildWorld, output, OPENINGS_DIGEST } from './fixtures';

// How the chaincode verifies: keys from JSON (nothing else of the artifacts), each prepared once.
describe('verifier as the chaincode uses it', () => {
  let proved: CircuitProof<'mint'>;
  let other: CircuitProof<'mint'>;

  beforeAll(async () => {
    const world = buildWorld();
    const prover = await Prover.load({ circuits: ['mint'], engine: 'rapidsnark' });
    proved = await prover.prove(mintWitness(output(world, 42n, world.alice), OPENINGS_DIGEST));
    other = await prover.prove(mintWitness(output(world, 7n, world.bob), OPENINGS_DIGEST));
    prover.close();
  }, PROVING_TIMEOUT_MS);
  afterAll(terminateZkWorkers);

  it('verifies with keys it was handed, and starts no worker threads to do it', async () => {
    const verifier = Verifier.fromKeys({ mint: await readVerificationKey('mint') });
    expect(await verifier.verify('mint', proved.proof, proved.publicSignals)).toBe(true);
    const tampered = [...proved.publicSignals.slice(0, 1), '43', ...proved.publicSignals.slice(2)];
    expect(await verifier.verify('mint', proved.proof, tampered)).toBe(false);
    expect((globalThis as { curve_bn128?: unknown }).curve_bn128 ?? null).toBeNull();
  });

  it('agrees with snarkjs’s own groth16.verify on valid, tampered and malformed proofs', async () => {
    const key = await readVerificationKey('mint');
    const verifier = Verifier.fromKeys({ mint: key });
    const { proof, publicSignals: signals } = proved;
    const offCurve: Groth16Proof = { ...proof, pi_a: ['1', '1', '1'] };
    const cases: [string, Groth16Proof, readonly string[]][] = [
      ['valid', proof, signals],
      ['another statement’s signals', proof, other.publicSignals],
      ['another proof’s A', { ...proof, pi_a: other.proof.pi_a }, signals],
      ['A and C swapped', { ...proof, pi_a: proof.pi_c, pi_c: proof.pi_a }, signals],
      ['A off the curve', offCurve, signals],
      ['a signal equal to the field modulus', proof, [FIELD_MODULUS.toString(), ...signals.slice(1)]],
      ['a signal plus the field modulus', proof, [(BigInt(signals[0] as string) + FIELD_MODULUS).toString(), ...signals.slice(1)]],
    ];
    for (const [name, p, s] of cases) {
      const ours = await verifier.verify('mint', p, s);
      const theirs = await snarkjs.groth16.verify(key, s, p);
      expect({ name, ours }).toEqual({ name, ours: theirs });
    }
    expect(await verifier.verify('mint', proof, signals)).toBe(true);
  });

  it('refuses a verification key that does not fit the circuit it is given for', async () => {
    const transferKey = await readVerificationKey('transfer');
    expect(() => Verifier.fromKeys({ mint: transferKey })).toThrow(/does not fit/);
  });

  it('refuses to verify a circuit whose key it was not given', async () => {
    const verifier = Verifier.fromKeys({ mint: await readVerificationKey('mint') });
    await expect(verifier.verify('redeem', proved.proof, proved.publicSignals)).rejects.toThrow(/no verification key/);
  });
});
