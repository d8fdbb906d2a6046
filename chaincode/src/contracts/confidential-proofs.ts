import { Type, type StaticDecode } from '@sinclair/typebox';
import { encodePublicSignals, securityField, Verifier, type CircuitName, type Groth16Proof } from '@st2/circuits';
import type { ConfidentialCommandOf, ProvenKind } from '../domain/confidential/commands';
import { fail } from '../wire/rejection-message';

/** A Groth16 proof as snarkjs writes it; the verifier checks the coordinates themselves. */
export const Groth16ProofSchema = Type.Object({
  pi_a: Type.Array(Type.String(), { minItems: 3, maxItems: 3 }),
  pi_b: Type.Array(Type.Array(Type.String(), { minItems: 2, maxItems: 2 }), { minItems: 3, maxItems: 3 }),
  pi_c: Type.Array(Type.String(), { minItems: 3, maxItems: 3 }),
  protocol: Type.Literal('groth16'),
  curve: Type.String({ maxLength: 16 }),
});
export type ProofInput = StaticDecode<typeof Groth16ProofSchema>;

/** A command whose fields are a proof's public inputs. */
export type ProvenCommand = ConfidentialCommandOf<ProvenKind>;

/**
 * Verification keys are read once per chaincode process (a few kB each) and kept: every endorsement
 * of every confidential transaction verifies against them. A failed load is retried on the next call.
 */
let verifier: Promise<Verifier> | undefined;

function loadedVerifier(): Promise<Verifier> {
  verifier ??= Verifier.load().catch((error: unknown) => {
    verifier = undefined;
    throw error;
  });
  return verifier;
}

/**
 * The circuit and its public signals, built from the command (what the transaction claims, which the
 * decider then checks against the ledger), the ledger's own field id of the security and the digest of
 * the sealed openings the transaction carries, never from a client-supplied signal array.
 */
function statement(cmd: ProvenCommand, openingsDigest: bigint): { circuit: CircuitName; signals: string[] } {
  const securityId = securityField(cmd.securityId);
  const f = BigInt;
  switch (cmd.kind) {
    case 'ConfidentialMint':
      return { circuit: 'mint', signals: encodePublicSignals('mint', { commitment: f(cmd.commitment), amount: cmd.amount, securityId, kycRoot: f(cmd.kycRoot), openingsDigest }) };
    case 'ConfidentialTransfer':
      return {
        circuit: 'transfer',
        signals: encodePublicSignals('transfer', {
          nullifiers: [f(cmd.nullifiers[0]), f(cmd.nullifiers[1])],
          commitments: [f(cmd.commitments[0]), f(cmd.commitments[1])],
          noteRoot: f(cmd.noteRoot),
          kycRoot: f(cmd.kycRoot),
          securityId,
          openingsDigest,
        }),
      };
    case 'ConfidentialRedeem':
      return {
        circuit: 'redeem',
        signals: encodePublicSignals('redeem', {
          nullifier: f(cmd.nullifier), changeCommitment: f(cmd.changeCommitment), noteRoot: f(cmd.noteRoot), securityId, amount: cmd.amount, openingsDigest,
        }),
      };
  }
}

/** Refuses, with ST2-INVALID-PROOF, a proof that does not prove this command's public inputs and these sealed openings. */
export async function requireValidProof(cmd: ProvenCommand, proof: ProofInput, openingsDigest: bigint): Promise<void> {
  let claim: { circuit: CircuitName; signals: string[] };
  try {
    claim = statement(cmd, openingsDigest);
  } catch (error) {
    // encodePublicSignals refuses values outside the field: malformed input, not a forged proof.
    fail('ST2-INVALID-INPUT', `A public input is out of range: ${(error as Error).message}.`);
  }
  const valid = await (await loadedVerifier()).verify(claim.circuit, proof as Groth16Proof, claim.signals);
  if (!valid) fail('ST2-INVALID-PROOF', `The ${claim.circuit} proof does not verify for these public inputs.`, { circuit: claim.circuit });
}
