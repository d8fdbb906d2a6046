import {
  Prover,
  Verifier,
  mintWitness,
  readVerificationKey,
  runZkOnMainThread,
  terminateZkWorkers,
  type CircuitProof,
} from '../../circuits/lib';
import { PROVING_TIMEOUT_MS, buildWorld, output } from './fixtures';

// How the chaincode verifies: keys from JSON, snarkjs on the main thread, no artifacts but the keys.
describe('verifier as the chaincode uses it', () => {
  let proved: CircuitProof<'mint'>;

  beforeAll(async () => {
    const world = buildWorld();
    // snarkjs proves on its worker threads, which is what the first test is about.
    const prover = await Prover.load({ circuits: ['mint'], engine: 'snarkjs' });
    proved = await prover.prove(mintWitness(output(world, 42n, world.alice)));
  }, PROVING_TIMEOUT_MS);
  afterAll(terminateZkWorkers);

  it('cannot switch to the main thread once snarkjs runs worker threads', async () => {
    await expect(runZkOnMainThread()).rejects.toThrow(/worker threads/);
  });

  it('verifies on the main thread with keys it was handed', async () => {
    await terminateZkWorkers();
    await runZkOnMainThread();
    const verifier = Verifier.fromKeys({ mint: await readVerificationKey('mint') });
    expect(await verifier.verify('mint', proved.proof, proved.publicSignals)).toBe(true);
    const tampered = [...proved.publicSignals.slice(0, 1), '43', ...proved.publicSignals.slice(2)];
    expect(await verifier.verify('mint', proved.proof, tampered)).toBe(false);
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
