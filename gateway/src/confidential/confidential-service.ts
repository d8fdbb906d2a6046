import {
  confidentialCodecs, confidentialPayloadCodec, LEAF_PAGE, listedNotesCodec, listedViewingKeysCodec, openingsDigest, sealOpening, sealViewingKey,
  type NoteOpeningRecord, type SealedOpening, type SealedViewingKey,
} from '@st2/chaincode';
import {
  dummyInput, MerkleTree, mintWitness, noteCommitment, nullifier, publicKeyOf, redeemChange, redeemWitness, securityField, transferWitness, TREE_DEPTH,
  newNote, type CircuitName, type Field, type MerkleProof, type NoteOpening, type OwnerKeys, type Prover, type SpendInput, type ViewingKey, type Witness,
} from '@st2/circuits';
import { LedgerError, type Caller, type Ledger } from '../ledger/ledger';
import { OrgKeyring } from './org-keyring';

type OrgKey = ReturnType<typeof confidentialCodecs.orgKey.parse>;

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

/**
 * A proven transaction ready to submit: chaincode function and input (public inputs, proof and the
 * sealed openings the proof binds). No transient data: nothing travels to endorsers in the clear.
 */
export interface ProvenTransaction {
  readonly fn: string;
  readonly input: Record<string, unknown>;
  /** Openings of the notes it creates, in the order of its commitments. */
  readonly created: readonly NoteOpening[];
}

/**
 * What a submission came to. `alreadyApplied`: another transaction (`txId`, e.g. a relayer's copy of
 * the same proof) had already applied this very outcome; nothing was written now.
 */
export interface SubmitOutcome {
  readonly txId: string;
  readonly blockNumber: bigint | undefined;
  readonly events: ConfidentialEvents;
  readonly alreadyApplied: boolean;
}

/** A note opening from a collection, opened with the org's key; spent when its nullifier (from its owner's viewing key) is on the ledger. */
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
  readonly #orgKeys = new Map<string, Promise<OrgKey>>();

  constructor(
    private readonly ledger: ConfidentialLedger,
    private readonly prover: Prover,
    private readonly keyring: OrgKeyring = OrgKeyring.empty(),
  ) {}

  async proveMint(caller: Caller, securityId: string, amount: bigint, to: Recipient): Promise<ProvenTransaction> {
    const allowlist = await this.allowlist(caller, securityId);
    const note = newNote(amount, securityField(securityId), to.publicKey);
    const openings = await this.sealed(caller, securityId, [[note, to.org]]);
    const witness = mintWitness({ note, kyc: membership(allowlist, to.publicKey) }, openingsDigest(openings));
    const { publicInputs: p } = witness;
    const input = { securityId, amount: amount.toString(), commitment: p.commitment.toString(), kycRoot: p.kycRoot.toString() };
    return this.#proven('confidential:mint', witness, input, openings);
  }

  /** Pays `amount` to `to` from one or two of the holder's notes; the rest comes back to the holder as change. */
  async proveTransfer(caller: Caller, securityId: string, from: Holder, spend: readonly NoteOpening[], to: Recipient, amount: bigint): Promise<ProvenTransaction> {
    if (spend.length < 1 || spend.length > 2) throw new RangeError('a transfer spends one or two notes');
    const [tree, allowlist] = await Promise.all([this.noteTree(caller, securityId), this.allowlist(caller, securityId)]);
    const field = securityField(securityId);
    // The circuit requires a real (non-zero) first input, so the larger note goes first and a dummy only second.
    const largestFirst = [...spend].sort((a, b) => (a.amount === b.amount ? 0 : a.amount > b.amount ? -1 : 1));
    const inputs = largestFirst.map((note): SpendInput => ({ note, ownerSecret: from.keys.secret, membership: inTree(tree, note) }));
    const padded = (inputs.length === 2 ? inputs : [...inputs, dummyInput(field)]) as [SpendInput, SpendInput];
    const total = spend.reduce((sum, n) => sum + n.amount, 0n);
    if (amount > total) throw new RangeError(`the notes hold ${total}, less than ${amount}`);
    const outputs = [
      { note: newNote(amount, field, to.publicKey), kyc: membership(allowlist, to.publicKey) },
      { note: newNote(total - amount, field, from.keys.publicKey), kyc: membership(allowlist, from.keys.publicKey) },
    ] as const;
    const openings = await this.sealed(caller, securityId, [[outputs[0].note, to.org], [outputs[1].note, from.org]]);
    const witness = transferWitness(padded, [outputs[0], outputs[1]], openingsDigest(openings));
    const { publicInputs: p } = witness;
    const input = {
      securityId,
      nullifiers: p.nullifiers.map(String),
      commitments: p.commitments.map(String),
      noteRoot: p.noteRoot.toString(),
      kycRoot: p.kycRoot.toString(),
    };
    return this.#proven('confidential:transfer', witness, input, openings);
  }

  /** Burns `amount` of one note (the agent submits); the change note stays with the holder. */
  async proveRedeem(caller: Caller, securityId: string, from: Holder, note: NoteOpening, amount: bigint): Promise<ProvenTransaction> {
    const tree = await this.noteTree(caller, securityId);
    const spent: SpendInput = { note, ownerSecret: from.keys.secret, membership: inTree(tree, note) };
    const change = redeemChange(spent, amount);
    const openings = await this.sealed(caller, securityId, [[change, from.org]]);
    const witness = redeemWitness(spent, amount, change, openingsDigest(openings));
    const { publicInputs: p } = witness;
    const input = {
      securityId, amount: amount.toString(), nullifier: p.nullifier.toString(), changeCommitment: p.changeCommitment.toString(), noteRoot: p.noteRoot.toString(),
    };
    return this.#proven('confidential:redeem', witness, input, openings);
  }

  /**
   * The input registering `holder`'s public key for `identityId`, with its viewing key sealed to the
   * holder's bank (`org`) and to the auditor: they compute which of the holder's notes are spent.
   */
  async keyRegistration(caller: Caller, identityId: string, org: string, publicKey: Field, viewingKey: ViewingKey): Promise<Record<string, unknown>> {
    if (publicKeyOf(viewingKey) !== publicKey) throw new RangeError('the viewing key is not the public key’s');
    const record = { publicKey: publicKey.toString(), authKey: viewingKey.authKey.toString(), nullifierKey: viewingKey.nullifierKey.toString() };
    const [bank, audit] = await Promise.all([this.#orgKey(caller, org), this.#auditKey(caller)]);
    const viewingKeys: SealedViewingKey[] = [bank, audit].map((key) => sealViewingKey(identityId, record, key.org, key.publicKey));
    return { identityId, publicKey: record.publicKey, viewingKeys };
  }

  /** Submits; a proof whose outcome another transaction already applied is reported as applied, with that transaction's id. */
  async submit(caller: Caller, tx: Pick<ProvenTransaction, 'fn' | 'input'>): Promise<SubmitOutcome> {
    try {
      const result = await this.ledger.submit(caller, { fn: tx.fn, args: [JSON.stringify(tx.input)] });
      return { txId: result.txId, blockNumber: result.blockNumber, events: confidentialPayloadCodec.decode(result.payload).events, alreadyApplied: false };
    } catch (error) {
      const applied = appliedBy(error);
      if (applied === undefined) throw error;
      return { txId: applied, blockNumber: undefined, events: [], alreadyApplied: true };
    }
  }

  /** Puts pending notes into the tree: they become spendable under the new root. */
  async seal(caller: Caller, securityId: string): Promise<SubmitOutcome> {
    return this.submit(caller, { fn: 'confidential:seal', input: { securityId } });
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
   * open, of owners whose viewing key the collection holds too, live or spent; of one owner when
   * `ownerPublicKey` is given. Spent status is computed here: the note's nullifier from the owner's
   * viewing key, looked up in the ledger's public nullifier set, so no submitter can mark a note spent.
   */
  async notes(caller: Caller, securityId: string, ownerPublicKey?: Field): Promise<ListedNote[]> {
    const [sealed, viewingKeys] = await Promise.all([
      this.ledger.evaluate(caller, { fn: 'confidential:listNotes', args: [securityId] }),
      this.#viewingKeys(caller),
    ]);
    const owner = ownerPublicKey?.toString();
    const opened = listedNotesCodec.parse(sealed).flatMap((s) => {
      const note = this.keyring.open(s);
      const nullifierKey = note && viewingKeys.get(note.ownerPublicKey);
      if (!note || nullifierKey === undefined || (owner !== undefined && note.ownerPublicKey !== owner)) return [];
      return [{ note, nullifier: nullifier(BigInt(note.commitment), nullifierKey).toString() }];
    });
    const spent = await this.spentNullifiers(caller, securityId, opened.map((o) => o.nullifier));
    return opened.map(({ note, nullifier: n }) => ({
      securityId: note.securityId, commitment: note.commitment, amount: note.amount.toString(), ownerPublicKey: note.ownerPublicKey, salt: note.salt, spent: spent.has(n),
    }));
  }

  /** Which of `nullifiers` the ledger holds as spent. */
  async spentNullifiers(caller: Caller, securityId: string, nullifiers: readonly string[]): Promise<Set<string>> {
    const pages = [];
    for (let i = 0; i < nullifiers.length; i += SPENT_PAGE) pages.push(nullifiers.slice(i, i + SPENT_PAGE));
    const answers = await Promise.all(pages.map((page) => this.ledger.evaluate(caller, { fn: 'confidential:spent', args: [securityId, JSON.stringify(page)] })));
    return new Set(answers.flatMap((bytes) => JSON.parse(Buffer.from(bytes).toString('utf8')) as string[]));
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

  async #proven<C extends CircuitName>(fn: string, witness: Witness<C>, input: Record<string, unknown>, openings: readonly SealedOpening[]): Promise<ProvenTransaction> {
    const { proof } = await this.prover.prove(witness);
    return { fn, input: { ...input, proof, openings }, created: witness.created };
  }

  /**
   * Each new note's opening sealed to its bank and to the auditor, in that order: what the proof binds
   * (its digest is a public input), so no relayer can re-address an opening.
   */
  async sealed(caller: Caller, securityId: string, notes: readonly (readonly [NoteOpening, string])[]): Promise<SealedOpening[]> {
    const audit = await this.#auditKey(caller);
    const banks = await Promise.all(notes.map(([, org]) => this.#orgKey(caller, org)));
    return notes.flatMap(([note, ], i) => {
      const record: NoteOpeningRecord = {
        securityId, commitment: noteCommitment(note).toString(), amount: note.amount, ownerPublicKey: note.ownerPublicKey.toString(), salt: note.salt.toString(),
      };
      const bank = banks[i] as OrgKey;
      return [sealOpening(record, bank.org, bank.publicKey), sealOpening(record, audit.org, audit.publicKey)];
    });
  }

  /** Nullifier keys by public key, of the viewing keys in the caller's collection this keyring opens and that match their public key. */
  async #viewingKeys(caller: Caller): Promise<Map<string, Field>> {
    const listed = listedViewingKeysCodec.parse(await this.ledger.evaluate(caller, { fn: 'confidential:listViewingKeys', args: [] }));
    const found = new Map<string, Field>();
    for (const sealed of listed) {
      const key = this.keyring.openViewingKey(sealed);
      const viewingKey = key && { authKey: BigInt(key.authKey), nullifierKey: BigInt(key.nullifierKey) };
      // The chaincode cannot read what it files: a viewing key that is not its public key's is ignored.
      if (viewingKey && publicKeyOf(viewingKey).toString() === key.publicKey) found.set(key.publicKey, viewingKey.nullifierKey);
    }
    return found;
  }

  /** Registered org keys never change, so each is read once. */
  #orgKey(caller: Caller, org: string): Promise<OrgKey> {
    return this.#cachedKey(org, () => this.ledger.evaluate(caller, { fn: 'confidential:getOrgKey', args: [org] }));
  }

  #auditKey(caller: Caller): Promise<OrgKey> {
    return this.#cachedKey(AUDIT_KEY, () => this.ledger.evaluate(caller, { fn: 'confidential:getAuditKey', args: [] }));
  }

  #cachedKey(name: string, read: () => Promise<Uint8Array>): Promise<OrgKey> {
    let found = this.#orgKeys.get(name);
    if (!found) {
      found = read().then((bytes) => confidentialCodecs.orgKey.parse(bytes));
      found.catch(() => this.#orgKeys.delete(name));
      this.#orgKeys.set(name, found);
    }
    return found;
  }
}

/** Nullifiers per `confidential:spent` query (its bound). */
const SPENT_PAGE = 64;
const AUDIT_KEY = '#audit';

/** The transaction that already applied this outcome, when `error` says so. */
function appliedBy(error: unknown): string | undefined {
  if (!(error instanceof LedgerError) || error.code !== 'ST2-ALREADY-APPLIED') return undefined;
  const txId = error.details['txId'];
  return typeof txId === 'string' ? txId : undefined;
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
