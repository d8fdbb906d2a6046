import { openingsDigest } from '@st2/chaincode';
import { dummyInput, MerkleTree, newNote, noteCommitment, securityField, transferWitness, TREE_DEPTH, type OutputNote, type OwnerKeys, type Prover } from '@st2/circuits';
import type { ConfidentialService, ProvenTransaction } from '../../gateway/src/confidential/confidential-service';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { cast } from '../gateway/support/cast';
import type { Harness } from '../gateway/support/harness';
import { projectionCaughtUp } from '../gateway/support/projection';
import { ok } from '../gateway/support/world';

/**
 * What an attacker's refused attempt must leave unchanged: the ledger (its height: every change is a
 * committed transaction) and the pool as the chaincode serves it, and the read model (the regulator's
 * audit log and note openings), read once the projection has caught up.
 */
export async function confidentialState(h: Harness, securityId: string): Promise<Record<string, unknown>> {
  await projectionCaughtUp(h);
  const read = async (path: string) => (await ok(h, cast.regulator, 'GET', path)).body;
  return {
    height: await h.ledger.height(),
    pool: await read(`/v1/securities/${securityId}/confidential`),
    allowlist: await read(`/v1/securities/${securityId}/confidential/allowlist`),
    notes: await read(`/v1/confidential/notes?securityId=${securityId}`),
    events: await read(`/v1/audit/events?securityId=${securityId}&limit=1000`),
  };
}

/**
 * A transfer of two zero-amount dummy inputs to two zero-amount outputs for allowlisted keys: the proof
 * is valid (a dummy's membership is not enforced, so it names the pool's current root), it moves no
 * value, and it costs its maker only a proof. `noteRoot` and `kycRoot` are what the pool serves now.
 */
export async function dummyOnlyTransfer(
  zk: ConfidentialService, prover: Prover, caller: Caller, securityId: string, noteRoot: string, allowlist: MerkleTree, to: readonly [OwnerKeys, OwnerKeys], org: string,
): Promise<ProvenTransaction> {
  const field = securityField(securityId);
  const dummies = [dummyInput(field), dummyInput(field)] as const;
  // transferWitness wants one membership proof to name the root: a tree of the first dummy alone, then the root is replaced.
  const own = new MerkleTree(TREE_DEPTH, [noteCommitment(dummies[0].note)]);
  const outputs = to.map((owner): OutputNote => ({ note: newNote(0n, field, owner.publicKey), kyc: allowlist.proof(allowlist.indexOf(owner.publicKey)) })) as [OutputNote, OutputNote];
  // Sealed to the recipients' bank and the auditor, as an honest prover would: the proof binds their digest.
  const openings = await zk.sealed(caller, securityId, outputs.map(({ note }) => [note, org] as const));
  const witness = transferWitness([{ ...dummies[0], membership: own.proof(0) }, dummies[1]], outputs, openingsDigest(openings));
  const root = BigInt(noteRoot);
  const proven = { ...witness, input: { ...witness.input, noteRoot }, publicInputs: { ...witness.publicInputs, noteRoot: root } };
  const { proof } = await prover.prove(proven);
  const p = proven.publicInputs;
  return {
    fn: 'confidential:transfer',
    input: { securityId, nullifiers: p.nullifiers.map(String), commitments: p.commitments.map(String), noteRoot, kycRoot: p.kycRoot.toString(), proof, openings },
    created: proven.created,
  };
}

