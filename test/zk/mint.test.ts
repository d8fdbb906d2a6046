import { Prover, Verifier, decodePublicSignals, mintWitness, noteCommitment, terminateZkWorkers, type CircuitProof, type Witness } from '../../circuits/lib';
import { PROVING_TIMEOUT_MS, SECURITY, buildWorld, calculateWitness, failedIn, negative, output, withSignal, type World, OPENINGS_DIGEST } from './fixtures';

describe('mint circuit', () => {
  let world: World;

  beforeAll(() => {
    world = buildWorld();
  });
  afterAll(terminateZkWorkers);

  function mintToBob(): Witness<'mint'> {
    return mintWitness(output(world, 1_000n, world.bob), OPENINGS_DIGEST);
  }

  describe('with a valid witness', () => {
    let verifier: Verifier;
    let witness: Witness<'mint'>;
    let proved: CircuitProof<'mint'>;

    beforeAll(async () => {
      const prover = await Prover.load({ circuits: ['mint'] });
      verifier = await Verifier.load({ circuits: ['mint'] });
      witness = mintToBob();
      proved = await prover.prove(witness);
    }, PROVING_TIMEOUT_MS);

    it('proves and verifies with the committed artifacts', async () => {
      expect(await verifier.verify('mint', proved.proof, proved.publicSignals)).toBe(true);
    });

    it('publishes the commitment the TS library computes with the public amount, KYC root and openings digest', () => {
      expect(decodePublicSignals('mint', proved.publicSignals)).toEqual({
        commitment: noteCommitment(witness.created[0]),
        amount: 1_000n,
        securityId: SECURITY,
        kycRoot: world.kyc.root,
        openingsDigest: OPENINGS_DIGEST,
      });
    });

    it('fails verification under another openings digest (the sealed openings cannot be swapped)', async () => {
      expect(await verifier.verifyPublic('mint', proved.proof, { ...witness.publicInputs, openingsDigest: OPENINGS_DIGEST + 1n })).toBe(false);
    });

    it('fails verification when the public amount is changed (supply cannot be misstated)', async () => {
      const pub = { ...witness.publicInputs, amount: 1_001n };
      expect(await verifier.verifyPublic('mint', proved.proof, pub)).toBe(false);
    });
  });

  describe('constraints', () => {
    it('accept the valid witness', async () => {
      await expect(calculateWitness('mint', mintToBob().input)).resolves.toBeUndefined();
    });

    it('reject a recipient outside the allowlist', async () => {
      const input = withSignal(mintToBob().input, 'ownerPublicKey', world.mallory.publicKey.toString());
      await expect(calculateWitness('mint', input)).rejects.toThrow(failedIn('AllowlistMember', 'AllowedOutput', 'Mint'));
    });

    it('reject an amount of 2^64', async () => {
      const input = withSignal(mintToBob().input, 'amount', (1n << 64n).toString());
      await expect(calculateWitness('mint', input)).rejects.toThrow(failedIn('Num2Bits', 'Uint64', 'AllowedOutput', 'Mint'));
    });

    it('reject a negative amount (field wrap-around)', async () => {
      const input = withSignal(mintToBob().input, 'amount', negative(1n));
      await expect(calculateWitness('mint', input)).rejects.toThrow(failedIn('Num2Bits', 'Uint64', 'AllowedOutput', 'Mint'));
    });
  });
});
