import {
  MerkleTree,
  Prover,
  Verifier,
  decodePublicSignals,
  dummyInput,
  noteCommitment,
  nullifier,
  randomField,
  terminateZkWorkers,
  transferWitness,
  type CircuitInput,
  type CircuitProof,
  type Witness,
} from '../../circuits/lib';
import { OTHER_SECURITY, PROVING_TIMEOUT_MS, SECURITY, buildWorld, calculateWitness, failedIn, negative, output, withElement, withSignal, type World, OPENINGS_DIGEST } from './fixtures';

const TWO_64 = 1n << 64n;
const SPEND_SIGNALS = ['inAmount', 'inOwnerSecret', 'inNullifierKey', 'inSalt', 'inIndex', 'inSiblings'];

/** `input` with input slot `slot` replaced by slot `fromSlot` of `source` (every signal of a spent note). */
function withSpend(input: CircuitInput, slot: number, source: CircuitInput, fromSlot: number): CircuitInput {
  return SPEND_SIGNALS.reduce((next, name) => withElement(next, name, slot, (source[name] as (string | string[])[])[fromSlot] as string | string[]), input);
}

describe('transfer circuit', () => {
  let world: World;

  beforeAll(() => {
    world = buildWorld();
  });
  afterAll(terminateZkWorkers);

  // Alice spends her 70 and 30 notes: 80 to Bob, 20 back to herself.
  function aliceToBob(): Witness<'transfer'> {
    return transferWitness([world.alice70, world.alice30], [output(world, 80n, world.bob), output(world, 20n, world.alice)], OPENINGS_DIGEST);
  }

  // Alice spends her 70 note alone, padded with a dummy in the second slot: 65 to Bob, 5 back.
  function oneNote(): Witness<'transfer'> {
    return transferWitness([world.alice70, dummyInput(SECURITY)], [output(world, 65n, world.bob), output(world, 5n, world.alice)], OPENINGS_DIGEST);
  }

  describe('witness', () => {
    it('refuses a zero-amount dummy as the first input with a RangeError, alone or beside a real note', () => {
      const zeros = [output(world, 0n, world.bob), output(world, 0n, world.alice)] as const;
      expect(() => transferWitness([dummyInput(SECURITY), dummyInput(SECURITY)], [...zeros], OPENINGS_DIGEST)).toThrow(RangeError);
      expect(() => transferWitness([dummyInput(SECURITY), world.alice70], [output(world, 65n, world.bob), output(world, 5n, world.alice)], OPENINGS_DIGEST)).toThrow(/first input .* real note/);
    });
  });

  describe('with a valid witness', () => {
    let prover: Prover;
    let verifier: Verifier;
    let witness: Witness<'transfer'>;
    let proved: CircuitProof<'transfer'>;

    beforeAll(async () => {
      [prover, verifier] = await Promise.all([Prover.load({ circuits: ['transfer'] }), Verifier.load({ circuits: ['transfer'] })]);
      witness = aliceToBob();
      proved = await prover.prove(witness);
    }, PROVING_TIMEOUT_MS);

    it('proves and verifies with the committed artifacts', async () => {
      expect(await verifier.verify('transfer', proved.proof, proved.publicSignals)).toBe(true);
      expect(await verifier.verifyPublic('transfer', proved.proof, witness.publicInputs)).toBe(true);
    });

    it('publishes exactly the nullifiers, commitments and roots the TS library computes', () => {
      const pub = decodePublicSignals('transfer', proved.publicSignals);
      expect(pub).toEqual({
        nullifiers: [world.alice70, world.alice30].map((i) => nullifier(noteCommitment(i.note), world.alice.viewingKey.nullifierKey)),
        commitments: witness.created.map(noteCommitment),
        noteRoot: world.notes.root,
        kycRoot: world.kyc.root,
        securityId: SECURITY,
        openingsDigest: OPENINGS_DIGEST,
      });
    });

    it('fails verification when any public signal is changed, the openings digest included', async () => {
      for (let i = 0; i < proved.publicSignals.length; i++) {
        const tampered = proved.publicSignals.map((s, j) => (j === i ? (BigInt(s) + 1n).toString() : s));
        expect(await verifier.verify('transfer', proved.proof, tampered)).toBe(false);
      }
    });

    it('fails verification under any nullifier but the note\'s own (no fresh nullifier for a spent note)', async () => {
      const other = nullifier(noteCommitment(world.alice70.note), world.bob.viewingKey.nullifierKey);
      const pub = { ...witness.publicInputs, nullifiers: [other, witness.publicInputs.nullifiers[1]] as [bigint, bigint] };
      expect(await verifier.verifyPublic('transfer', proved.proof, pub)).toBe(false);
    });

    it('proves and verifies a one-note transfer padded with a dummy in the second slot', async () => {
      const padded = oneNote();
      const onePadded = await prover.prove(padded);
      expect(await verifier.verifyPublic('transfer', onePadded.proof, padded.publicInputs)).toBe(true);
    }, PROVING_TIMEOUT_MS);

    it('treats a malformed proof as invalid rather than throwing', async () => {
      const broken = { ...proved.proof, pi_a: ['1', '2', '1'] };
      expect(await verifier.verify('transfer', broken, proved.publicSignals)).toBe(false);
      expect(await verifier.verify('transfer', proved.proof, proved.publicSignals.slice(1))).toBe(false);
    });
  });

  describe('constraints', () => {
    it('accept the valid witness (the baseline every rejection below changes one thing of)', async () => {
      await expect(calculateWitness('transfer', aliceToBob().input)).resolves.toBeUndefined();
    });

    it('accept one real note with a zero-amount dummy input that is in no tree', async () => {
      await expect(calculateWitness('transfer', oneNote().input)).resolves.toBeUndefined();
    });

    it('reject a transfer of two zero-amount dummies, which would move nothing and cost nothing (the first input must be real)', async () => {
      const valid = oneNote().input;
      // A second dummy, distinct from the first (so the distinct-nullifier rule is not what refuses), in slot 0.
      let input = withSpend(valid, 0, oneNote().input, 1);
      input = withElement(input, 'outAmount', 0, '0');
      input = withElement(input, 'outAmount', 1, '0');
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('NonZero', 'Transfer'));
    });

    it('reject a dummy in the first slot even beside a real note', async () => {
      const valid = oneNote().input;
      const swapped = withSpend(withSpend(valid, 0, valid, 1), 1, valid, 0);
      await expect(calculateWitness('transfer', swapped)).rejects.toThrow(failedIn('NonZero', 'Transfer'));
    });

    it('reject unbalanced amounts', async () => {
      const input = withElement(aliceToBob().input, 'outAmount', 0, '81');
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('Transfer'));
    });

    it('reject an output of 2^64 or more', async () => {
      let input = withElement(aliceToBob().input, 'outAmount', 0, (TWO_64 + 80n).toString());
      input = withElement(input, 'outAmount', 1, negative(TWO_64 - 20n)); // keeps the field sum at 100
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('Num2Bits', 'Uint64', 'AllowedOutput', 'Transfer'));
    });

    it('reject a negative output that wraps around the field while the sum balances', async () => {
      let input = withElement(aliceToBob().input, 'outAmount', 0, '110');
      input = withElement(input, 'outAmount', 1, negative(10n));
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('Num2Bits', 'Uint64', 'AllowedOutput', 'Transfer'));
    });

    it('reject a wrong owner secret', async () => {
      const input = withElement(aliceToBob().input, 'inOwnerSecret', 0, world.bob.secret.toString());
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('SpendNote', 'Transfer'));
    });

    it('reject a recipient outside the allowlist', async () => {
      const input = withElement(aliceToBob().input, 'outOwnerPublicKey', 0, world.mallory.publicKey.toString());
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('AllowlistMember', 'AllowedOutput', 'Transfer'));
    });

    it('reject the zero key, even through an empty allowlist slot whose path is valid', async () => {
      const emptySlot = world.kyc.size;
      // Appending the empty leaf leaves the root unchanged and yields a valid path to the slot.
      const path = new MerkleTree(world.kyc.depth, [...world.kyc.leaves, 0n]).proof(emptySlot);
      expect(path.root).toBe(world.kyc.root);
      let input = withElement(aliceToBob().input, 'outOwnerPublicKey', 0, '0');
      input = withElement(input, 'outKycIndex', 0, String(emptySlot));
      input = withElement(input, 'outKycSiblings', 0, path.siblings.map(String));
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('NonZero', 'AllowlistMember', 'AllowedOutput', 'Transfer'));
    });

    it('reject an input note that is not in the note tree', async () => {
      const input = withElement(aliceToBob().input, 'inSalt', 0, randomField().toString());
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('SpendNote', 'Transfer'));
    });

    it('reject a non-zero input posing as a dummy (membership is skipped only at amount 0)', async () => {
      let input = withElement(oneNote().input, 'inAmount', 1, '1000');
      input = withElement(input, 'outAmount', 0, '1065');
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('SpendNote', 'Transfer'));
    });

    it('reject spending the same note twice in one transfer', async () => {
      const valid = aliceToBob().input;
      const input = withElement(withSpend(valid, 1, valid, 0), 'outAmount', 0, '120'); // 70 + 70 = 120 + 20
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('NonZero', 'Transfer'));
    });

    it('reject notes of another security', async () => {
      const input = withSignal(aliceToBob().input, 'securityId', OTHER_SECURITY.toString());
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('SpendNote', 'Transfer'));
    });

    it('reject a KYC root other than the one the recipients are in', async () => {
      const input = withSignal(aliceToBob().input, 'kycRoot', randomField().toString());
      await expect(calculateWitness('transfer', input)).rejects.toThrow(failedIn('AllowlistMember', 'AllowedOutput', 'Transfer'));
    });
  });
});
