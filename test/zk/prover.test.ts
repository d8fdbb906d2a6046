import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Prover, Verifier, decodePublicSignals, mintWitness, terminateZkWorkers } from '../../circuits/lib';
import { PROVING_TIMEOUT_MS, buildWorld, output, OPENINGS_DIGEST } from './fixtures';

// Two engines behind one Prover: rapidsnark (native, the default) and snarkjs. Real proofs, checked by
// the snarkjs verifier the chaincode uses.
describe('prover engines', () => {
  const world = buildWorld();
  let verifier: Verifier;
  let native: Prover;

  beforeAll(async () => {
    [verifier, native] = await Promise.all([Verifier.load({ circuits: ['mint'] }), Prover.load({ circuits: ['mint'] })]);
  }, PROVING_TIMEOUT_MS);
  afterAll(async () => {
    native.close();
    await terminateZkWorkers();
  });

  it('proves with rapidsnark by default, and the snarkjs verifier accepts its proofs', async () => {
    expect(native.engine).toBe('rapidsnark');
    const witness = mintWitness(output(world, 42n, world.alice), OPENINGS_DIGEST);
    const { proof, publicSignals } = await native.prove(witness);
    expect(decodePublicSignals('mint', publicSignals)).toEqual(witness.publicInputs);
    expect(await verifier.verify('mint', proof, publicSignals)).toBe(true);
  }, PROVING_TIMEOUT_MS);

  it('makes proofs of the same statement as snarkjs, each with its own randomness', async () => {
    const witness = mintWitness(output(world, 7n, world.bob), OPENINGS_DIGEST);
    const js = await Prover.load({ circuits: ['mint'], engine: 'snarkjs' });
    const [a, b] = [await native.prove(witness), await js.prove(witness)];
    expect(js.engine).toBe('snarkjs');
    expect(a.publicSignals).toEqual(b.publicSignals);
    // Same shape, field for field: the chaincode's input schema takes either.
    expect({ ...a.proof, pi_a: [], pi_b: [], pi_c: [] }).toEqual({ ...b.proof, pi_a: [], pi_b: [], pi_c: [] });
    expect(a.proof.pi_a).not.toEqual(b.proof.pi_a);
    expect(await verifier.verify('mint', a.proof, a.publicSignals)).toBe(true);
    expect(await verifier.verify('mint', b.proof, b.publicSignals)).toBe(true);
  }, PROVING_TIMEOUT_MS);

  it('answers requests in order when several proofs are asked for at once', async () => {
    const amounts = [1n, 2n, 3n];
    const proofs = await Promise.all(amounts.map((amount) => native.prove(mintWitness(output(world, amount, world.alice), OPENINGS_DIGEST))));
    expect(proofs.map((p) => decodePublicSignals('mint', p.publicSignals).amount)).toEqual(amounts);
    for (const p of proofs) expect(await verifier.verify('mint', p.proof, p.publicSignals)).toBe(true);
  }, PROVING_TIMEOUT_MS);

  it('rejects proofs once its native process has ended, with the reason', async () => {
    const closing = await Prover.load({ circuits: ['mint'], engine: 'rapidsnark' });
    closing.close();
    await expect(closing.prove(mintWitness(output(world, 5n, world.alice), OPENINGS_DIGEST))).rejects.toThrow(/st2-prover was closed/);
  }, PROVING_TIMEOUT_MS);

  describe('where the native prover cannot be built (no Go on the PATH, nothing cached)', () => {
    const saved = { path: process.env['PATH'], cache: process.env['ST2_PROVER_CACHE'] };
    beforeEach(async () => {
      process.env['PATH'] = '/usr/bin:/bin';
      process.env['ST2_PROVER_CACHE'] = await mkdtemp(join(tmpdir(), 'st2-prover-cache-'));
    });
    afterEach(() => {
      process.env['PATH'] = saved.path;
      if (saved.cache === undefined) delete process.env['ST2_PROVER_CACHE'];
      else process.env['ST2_PROVER_CACHE'] = saved.cache;
    });

    it('proves with snarkjs, and says why and what to install', async () => {
      const lines: string[] = [];
      const fallback = await Prover.load({ circuits: ['mint'], log: (line) => lines.push(line) });
      expect(fallback.engine).toBe('snarkjs');
      expect(lines.join('\n')).toMatch(/warning: the native prover cannot be built: .*Go is not installed[\s\S]*proving with snarkjs instead/);
      const { proof, publicSignals } = await fallback.prove(mintWitness(output(world, 3n, world.alice), OPENINGS_DIGEST));
      expect(await verifier.verify('mint', proof, publicSignals)).toBe(true);
    }, PROVING_TIMEOUT_MS);

    it('fails with that reason when rapidsnark is asked for by name', async () => {
      await expect(Prover.load({ circuits: ['mint'], engine: 'rapidsnark' })).rejects.toThrow(/Go is not installed/);
    });
  });

  it('refuses an unknown engine named in ST2_PROVER', async () => {
    process.env['ST2_PROVER'] = 'gpu';
    try {
      await expect(Prover.load({ circuits: ['mint'] })).rejects.toThrow(/ST2_PROVER must be rapidsnark or snarkjs/);
    } finally {
      delete process.env['ST2_PROVER'];
    }
  });
});
