import {
  Prover,
  Verifier,
  decodePublicSignals,
  noteCommitment,
  nullifier,
  randomField,
  terminateZkWorkers,
  type CircuitProof,
  type Witness,
} from '../../circuits/lib';
import { PROVING_TIMEOUT_MS, SECURITY, buildWorld, calculateWitness, failedIn, negative, withSignal, type World, redeemOf, OPENINGS_DIGEST } from './fixtures';

describe('redeem circuit', () => {
  let world: World;

  beforeAll(() => {
    world = buildWorld();
  });
  afterAll(terminateZkWorkers);

  // Alice redeems 25 of her 70 note and keeps 45 as change.
  function partial(): Witness<'redeem'> {
    return redeemOf(world.alice70, 25n);
  }

  describe('with a valid witness', () => {
    let verifier: Verifier;
    let witness: Witness<'redeem'>;
    let proved: CircuitProof<'redeem'>;

    beforeAll(async () => {
      const prover = await Prover.load({ circuits: ['redeem'] });
      verifier = await Verifier.load({ circuits: ['redeem'] });
      witness = partial();
      proved = await prover.prove(witness);
    }, PROVING_TIMEOUT_MS);

    it('proves and verifies a partial redemption with the committed artifacts', async () => {
      expect(await verifier.verify('redeem', proved.proof, proved.publicSignals)).toBe(true);
    });

    it('publishes the nullifier and a change note of the rest for the same owner', () => {
      const [change] = witness.created;
      expect(change).toMatchObject({ amount: 45n, ownerPublicKey: world.alice.publicKey, securityId: SECURITY });
      expect(decodePublicSignals('redeem', proved.publicSignals)).toEqual({
        nullifier: nullifier(noteCommitment(world.alice70.note), world.alice.viewingKey.nullifierKey),
        changeCommitment: noteCommitment(change),
        noteRoot: world.notes.root,
        securityId: SECURITY,
        amount: 25n,
        openingsDigest: OPENINGS_DIGEST,
      });
    });

    it('fails verification when the redeemed amount is changed', async () => {
      const pub = { ...witness.publicInputs, amount: 26n };
      expect(await verifier.verifyPublic('redeem', proved.proof, pub)).toBe(false);
    });
  });

  describe('constraints', () => {
    it('accept a partial and a full redemption', async () => {
      await expect(calculateWitness('redeem', partial().input)).resolves.toBeUndefined();
      await expect(calculateWitness('redeem', redeemOf(world.alice70, 70n).input)).resolves.toBeUndefined();
    });

    it('reject redeeming more than the note holds', async () => {
      const input = withSignal(partial().input, 'amount', '71');
      await expect(calculateWitness('redeem', input)).rejects.toThrow(failedIn('Num2Bits', 'Uint64', 'Redeem'));
    });

    it('reject a negative public amount that would turn redemption into minting', async () => {
      const input = withSignal(partial().input, 'amount', negative(5n));
      await expect(calculateWitness('redeem', input)).rejects.toThrow(failedIn('Num2Bits', 'Uint64', 'Redeem'));
    });

    it('reject a wrong owner secret', async () => {
      const input = withSignal(partial().input, 'ownerSecret', world.bob.secret.toString());
      await expect(calculateWitness('redeem', input)).rejects.toThrow(failedIn('SpendNote', 'Redeem'));
    });

    it('reject a note that is not in the note tree', async () => {
      const input = withSignal(partial().input, 'salt', randomField().toString());
      await expect(calculateWitness('redeem', input)).rejects.toThrow(failedIn('SpendNote', 'Redeem'));
    });
  });
});
