import { confidentialPayloadCodec, LEAF_PAGE, listedNotesCodec } from '@st2/chaincode';
import {
  dummyInput, MerkleTree, mintWitness, noteCommitment, redeemWitness, securityField, transferWitness, TREE_DEPTH,
  newNote, type CircuitName, type Field, type MerkleProof, type NoteOpening, type OwnerKeys, type Prover, type SpendInput, type Witness,
} from '@st2/circuits';
import { LedgerError, type Caller, type Ledger } from '../ledger/ledger';
import { OrgKeyring } from './org-keyring';

/** Where a new note goes: its owner's public key and the org (bank) whose collection receives its opening. */
export interface Recipient {
  readonly publicKey: Field;
  readonly org: string;
}

/** A holder whose secret the caller holds (a custodial gateway, or a test): it can spend its notes. */
export interface Holder {
  readonly keys: OwnerKeys;
  readonly org: string;
}

/** A proven transaction ready to submit: chaincode function, input (public inputs and proof), transient openings. */
export interface ProvenTransaction {
  readonly fn: string;
  readonly input: Record<string, unknown>;
  readonly transient: Record<string, Uint8Array>;
  /** Openings of the notes it creates, in the order of its commitments. */
  readonly created: readonly NoteOpening[];
}

/** A note opening from a collection, opened with the org's key. */
export interface ListedNote {
  readonly securityId: string;
  readonly commitment: string;
  readonly amount: string;
  readonly ownerPublicKey: string;
  readonly salt: string;
  readonly spent: boolean;
}

export type ConfidentialEvents = ReturnType<typeof confidentialPayloadCodec.decode>['events'];

/** What the service needs of a ledger: a `Ledger`, or the gateway's retrying submitter beside its ledger's reads. */
export type ConfidentialLedger = Pick<Ledger, 'submit' | 'evaluate'>;

/**
 * Proves and submits confidential transactions on a holder's behalf, from ledger state only: the
 * note tree and the allowlist are rebuilt from the leaves the chaincode keeps. One
 * Prover (artifacts in memory) serves every proof. Openings are read with the keyring's org keys
 * (none: a wallet that only proves).
 */
export class ConfidentialService {
  /** Note trees by security, caught up on each use: leaves are only ever appended. */
  readonly #trees = new Map<string, MerkleTree>();

  constructor(
    private readonly ledger: ConfidentialLedger,
    private readonly prover: Prover,
    private readonly keyring: OrgKeyring = OrgKeyring.empty(),
  ) {}

  async proveMint(caller: Caller, securityId: string, amount: bigint, to: Recipient): Promise<ProvenTransaction> {
    const allowlist = await this.allowlist(caller, securityId);
    const witness = mintWitness({ note: newNote(amount, securityField(securityId), to.publicKey), kyc: membership(allowlist, to.publicKey) });
    const { publicInputs: p } = witness;
    const input = { securityId, amount: amount.toString(), commitment: p.commitment.toString(), kycRoot: p.kycRoot.toString() };
    return this.#proven('confidential:mint', witness, input, [to.org], []);
  }

  /** Pays `amount` to `to` from one or two of the holder's notes; the rest comes back to the holder as change. */
  async proveTransfer(caller: Caller, securityId: string, from: Holder, spend: readonly NoteOpening[], to: Recipient, amount: bigint): Promise<ProvenTransaction> {
    if (spend.length < 1 || spend.length > 2) throw new RangeError('a transfer spends one or two notes');
    const [tree, allowlist] = await Promise.all([this.noteTree(caller, securityId), this.allowlist(caller, securityId)]);
    const field = securityField(securityId);
    const inputs = spend.map((note): SpendInput => ({ note, ownerSecret: from.keys.secret, membership: inTree(tree, note) }));
    const padded = (inputs.length === 2 ? inputs : [...inputs, dummyInput(field)]) as [SpendInput, SpendInput];
    const total = spend.reduce((sum, n) => sum + n.amount, 0n);
    if (amount > total) throw new RangeError(`the notes hold ${total}, less than ${amount}`);
    const outputs = [
      { note: newNote(amount, field, to.publicKey), kyc: membership(allowlist, to.publicKey) },
      { note: newNote(total - amount, field, from.keys.publicKey), kyc: membership(allowlist, from.keys.publicKey) },
    ] as const;
    const witness = transferWitness(padded, [outputs[0], outputs[1]]);
    const { publicInputs: p } = witness;
    const input = {
      securityId,
      nullifiers: p.nullifiers.map(String),
      commitments: p.commitments.map(String),
      noteRoot: p.noteRoot.toString(),
      kycRoot: p.kycRoot.toString(),
    };
    return this.#proven('confidential:transfer', witness, input, [to.org, from.org], spend.map((n) => spentBy(from, n)));
  }

  /** Burns `amount` of one note (the agent submits); the change note stays with the holder. */
  async proveRedeem(caller: Caller, securityId: string, from: Holder, note: NoteOpening, amount: bigint): Promise<ProvenTransaction> {
    const tree = await this.noteTree(caller, securityId);
    const witness = redeemWitness({ note, ownerSecret: from.keys.secret, membership: inTree(tree, note) }, amount);
    const { publicInputs: p } = witness;
    const input = {
      securityId, amount: amount.toString(), nullifier: p.nullifier.toString(), changeCommitment: p.changeCommitment.toString(), noteRoot: p.noteRoot.toString(),
    };
    return this.#proven('confidential:redeem', witness, input, [from.org], [spentBy(from, note)]);
  }

  async submit(caller: Caller, tx: Pick<ProvenTransaction, 'fn' | 'input' | 'transient'>): Promise<{ txId: string; blockNumber: bigint; events: ConfidentialEvents }> {
    const result = await this.ledger.submit(caller, { fn: tx.fn, args: [JSON.stringify(tx.input)], transient: tx.transient });
    return { txId: result.txId, blockNumber: result.blockNumber, events: confidentialPayloadCodec.decode(result.payload).events };
  }

  /** Puts pending notes into the tree: they become spendable under the new root. */
  async seal(caller: Caller, securityId: string): Promise<{ txId: string; blockNumber: bigint; events: ConfidentialEvents }> {
    return this.submit(caller, { fn: 'confidential:seal', input: { securityId }, transient: {} });
  }

  /**
   * Seals whatever is pending so new notes become spendable at once; false when another seal got there
   * first (nothing left to seal). Gateways seal after their own writes, so no operator has to.
   */
  async sealPending(caller: Caller, securityId: string): Promise<boolean> {
    try {
      await this.seal(caller, securityId);
      return true;
    } catch (error) {
      if (error instanceof LedgerError && error.code === 'ST2-NOT-FOUND') return false;
      throw error;
    }
  }

  /**
   * Openings in the caller's org collection (the regulator: the audit collection) that the keyring can
   * open, live or spent; of one owner when `ownerPublicKey` is given.
   */
  async notes(caller: Caller, securityId: string, ownerPublicKey?: Field): Promise<ListedNote[]> {
    const listed = listedNotesCodec.parse(await this.ledger.evaluate(caller, { fn: 'confidential:listNotes', args: [securityId] }));
    const owner = ownerPublicKey?.toString();
    return listed.flatMap(({ opening, spent }) => {
      const note = this.keyring.open(opening);
      if (!note || (owner !== undefined && note.ownerPublicKey !== owner)) return [];
      return [{ securityId: note.securityId, commitment: note.commitment, amount: note.amount.toString(), ownerPublicKey: note.ownerPublicKey, salt: note.salt, spent }];
    });
  }

  async allowlist(caller: Caller, securityId: string): Promise<MerkleTree> {
    const bytes = await this.ledger.evaluate(caller, { fn: 'confidential:getAllowlist', args: [securityId] });
    const { leaves } = JSON.parse(Buffer.from(bytes).toString('utf8')) as { leaves: string[] };
    return new MerkleTree(TREE_DEPTH, leaves.map(BigInt));
  }

  /** The note tree as the ledger holds it: the sealed leaves past those already known, a page at a time. */
  async noteTree(caller: Caller, securityId: string): Promise<MerkleTree> {
    const tree = this.#trees.get(securityId) ?? new MerkleTree(TREE_DEPTH);
    this.#trees.set(securityId, tree);
    for (;;) {
      const from = tree.size;
      const bytes = await this.ledger.evaluate(caller, { fn: 'confidential:getLeaves', args: [securityId, String(from)] });
      const { leaves } = JSON.parse(Buffer.from(bytes).toString('utf8')) as { leaves: string[] };
      // A concurrent call may have appended this page already: leaves are only ever added at the end.
      if (tree.size === from) for (const leaf of leaves) tree.append(BigInt(leaf));
      if (leaves.length < LEAF_PAGE) return tree;
    }
  }

  async #proven<C extends CircuitName>(fn: string, witness: Witness<C>, input: Record<string, unknown>, orgs: readonly string[], spent: readonly SpentNote[]): Promise<ProvenTransaction> {
    const { proof } = await this.prover.prove(witness);
    const created: readonly NoteOpening[] = witness.created;
    const openings = created.map((note, i) => ({
      amount: note.amount.toString(), ownerPublicKey: note.ownerPublicKey.toString(), salt: note.salt.toString(), org: orgs[i] ?? orgs[0],
    }));
    const transient: Record<string, Uint8Array> = { openings: Buffer.from(JSON.stringify(openings)) };
    if (spent.length > 0) transient['spent'] = Buffer.from(JSON.stringify(spent));
    return { fn, input: { ...input, proof }, transient, created };
  }
}

/** A note the transaction spends, for its owner's bank and the auditor: commitment and owner org. */
interface SpentNote {
  readonly commitment: string;
  readonly org: string;
}

function spentBy(owner: Holder, note: NoteOpening): SpentNote {
  return { commitment: noteCommitment(note).toString(), org: owner.org };
}

function membership(allowlist: MerkleTree, publicKey: Field): MerkleProof {
  const index = allowlist.indexOf(publicKey);
  if (index < 0) throw new RangeError('the recipient is not in the security’s KYC allowlist');
  return allowlist.proof(index);
}

function inTree(tree: MerkleTree, note: NoteOpening): MerkleProof {
  const index = tree.indexOf(noteCommitment(note));
  if (index < 0) throw new RangeError('the note is not sealed into the note tree yet');
  return tree.proof(index);
}
