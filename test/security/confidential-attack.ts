import { openingsDigest } from '@st2/chaincode';
import {
  dummyInput, newNote, noteCommitment, nullifier, securityField, TREE_DEPTH, viewingKeyOf,
  type CircuitInput, type MerkleTree, type NoteOpening, type OutputNote, type OwnerKeys, type SpendInput,
} from '@st2/circuits';
import type { ConfidentialService } from '../../gateway/src/confidential/confidential-service';
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
 * The spam of issue 11: a transfer of two zero-amount dummy inputs into two zero-amount outputs for
 * allowlisted keys, naming the pool's current root. While a dummy could stand in either slot it proved
 * (a dummy's membership is not enforced), moved no value and cost its maker only a proof; the transfer
 * circuit now requires a real first input, so nobody can prove it.
 */
export interface DummyOnlyTransfer {
  /** The dummies and outputs, as a wallet would hand them to `transferWitness`, with the digest of their sealed openings. */
  readonly inputs: [SpendInput, SpendInput];
  readonly outputs: [OutputNote, OutputNote];
  readonly openingsDigest: bigint;
  /** The circuit input written by hand, past the library's checks: what a prover would be asked to prove. */
  readonly circuitInput: CircuitInput;
  /** The ledger input it would be submitted as, with every public value right and no proof yet. */
  readonly input: Record<string, unknown>;
  readonly created: readonly NoteOpening[];
}

/** Builds the dummy-only transfer for `securityId`, to `to`'s keys in `allowlist`; `noteRoot` is what the pool serves now. */
export async function dummyOnlyTransfer(
  zk: ConfidentialService, caller: Caller, securityId: string, noteRoot: string, allowlist: MerkleTree, to: readonly [OwnerKeys, OwnerKeys], org: string,
): Promise<DummyOnlyTransfer> {
  const field = securityField(securityId);
  const inputs: [SpendInput, SpendInput] = [dummyInput(field), dummyInput(field)];
  const outputs = to.map((owner): OutputNote => ({ note: newNote(0n, field, owner.publicKey), kyc: allowlist.proof(allowlist.indexOf(owner.publicKey)) })) as [OutputNote, OutputNote];
  // Sealed to the recipients' bank and the auditor, as an honest prover would: a proof would bind their digest.
  const openings = await zk.sealed(caller, securityId, outputs.map(({ note }) => [note, org] as const));
  const digest = openingsDigest(openings);
  const spends = inputs.map((i) => ({ ...i, nullifierKey: viewingKeyOf(i.ownerSecret).nullifierKey }));
  const nullifiers = spends.map((i) => nullifier(noteCommitment(i.note), i.nullifierKey).toString());
  const all = <T>(f: (o: OutputNote) => T): T[] => outputs.map(f);
  const circuitInput: CircuitInput = {
    noteRoot, kycRoot: allowlist.root.toString(), securityId: field.toString(), openingsDigest: digest.toString(),
    inAmount: ['0', '0'],
    inOwnerSecret: inputs.map((i) => i.ownerSecret.toString()),
    inNullifierKey: spends.map((i) => i.nullifierKey.toString()),
    inSalt: inputs.map((i) => i.note.salt.toString()),
    inIndex: ['0', '0'],
    inSiblings: inputs.map(() => new Array<string>(TREE_DEPTH).fill('0')),
    outAmount: ['0', '0'],
    outOwnerPublicKey: all((o) => o.note.ownerPublicKey.toString()),
    outSalt: all((o) => o.note.salt.toString()),
    outKycIndex: all((o) => o.kyc.index.toString()),
    outKycSiblings: all((o) => o.kyc.siblings.map(String)),
  };
  const input = {
    securityId, nullifiers, commitments: all((o) => noteCommitment(o.note).toString()), noteRoot, kycRoot: allowlist.root.toString(), openings,
  };
  return { inputs, outputs, openingsDigest: digest, circuitInput, input, created: all((o) => o.note) };
}
