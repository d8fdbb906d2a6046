import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { Type } from '@sinclair/typebox';
import { noteCommitment, securityField } from '@st2/circuits';
import { ConfidentialCommandSchemas, PROVEN_KINDS, type ConfidentialCommand, type ConfidentialCommandOf, type ConfidentialKind, type ProvenKind } from '../domain/confidential/commands';
import { confidentialRefsOf, decideConfidential } from '../domain/confidential/decide';
import { TREE_DEPTH } from '../domain/confidential/tree';
import { ConfidentialEventSchema } from '../domain/confidential/events';
import { evolveAllConfidential } from '../domain/confidential/evolve';
import { FieldText, OrgId, SealedOpeningSchema, type NoteOpeningRecord, type OrgKey } from '../domain/confidential/schema';
import { Amount } from '../domain/schema';
import { codec, type Codec } from '../wire/codec';
import { withRequestId } from '../wire/inputs';
import { isUsableOrgKey, sealOpening } from '../wire/opening-cipher';
import { fail, RejectionError } from '../wire/rejection-message';
import { actorOf, envelopeOf } from './caller';
import { confidentialCodecs, ConfidentialRepository } from './confidential-repository';
import { Groth16ProofSchema, requireValidProof, type ProvenCommand } from './confidential-proofs';
import { emit, EVENT_VERSION } from './events';
import { claimRequest } from './execute';
import { AUDIT_COLLECTION, keys, ObjectType, orgCollection } from './keys';
import { Repository } from './repository';

/**
 * Confidential mode: notes, nullifiers and Groth16 proofs (DESIGN.md section 4, layer 3). Same life as
 * `execute` (parse, who and when from the proposal, load, decide, write once, one `st2` event), plus the
 * proof check before the decision and the note openings after it.
 *
 * A replayed transaction finds its nullifiers spent or its notes existing; a repeated *request* is
 * another matter (a gateway proves a mint afresh, with a new note), so writes take the same optional
 * ledger request id as `execute`'s.
 */
@Info({ title: 'confidential', description: 'Confidential balances: notes, nullifiers, KYC allowlist, Groth16 proofs' })
export class ConfidentialContract extends Contract {
  constructor() {
    super('confidential');
  }

  @Transaction()
  @Returns('string')
  async enable(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'EnableConfidential', input);
  }

  @Transaction()
  @Returns('string')
  async registerKey(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'RegisterConfidentialKey', input);
  }

  /** An org's X25519 opening key (`{ org, publicKey, auditor? }`), by an admin; see `decideRegisterOrgKey`. */
  @Transaction()
  @Returns('string')
  async registerOrgKey(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'RegisterOrgKey', input);
  }

  @Transaction()
  @Returns('string')
  async refreshAllowlist(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'RefreshAllowlist', input);
  }

  /** Appends pending commitments to the note tree and publishes the new root. Anyone but the regulator may seal. */
  @Transaction()
  @Returns('string')
  async seal(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'SealNotes', input);
  }

  /** Transient `openings`: the new note's opening (see `OpeningsSchema`). */
  @Transaction()
  @Returns('string')
  async mint(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'ConfidentialMint', input);
  }

  /** Transient `openings` (both outputs) and optionally `spent` (the commitments of the notes spent). */
  @Transaction()
  @Returns('string')
  async transfer(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'ConfidentialTransfer', input);
  }

  /** Transient `openings` (the change note) and optionally `spent`. */
  @Transaction()
  @Returns('string')
  async redeem(ctx: Context, input: string): Promise<string> {
    return executeConfidential(ctx, 'ConfidentialRedeem', input);
  }

  /** `{ pool, supply }`: tree frontier, recent roots, KYC root, public supply. */
  @Transaction(false)
  @Returns('string')
  async getPool(ctx: Context, securityId: string): Promise<string> {
    const repository = new Repository(ctx.stub);
    const [pool, supply] = await Promise.all([
      repository.get(keys.confidentialPool(ctx.stub, securityId), confidentialCodecs.pool),
      repository.get(keys.confidentialSupply(ctx.stub, securityId), confidentialCodecs.supply),
    ]);
    if (!pool || !supply) fail('ST2-NOT-CONFIDENTIAL', `Security ${securityId} is not in confidential mode.`, { security: securityId });
    return JSON.stringify({ pool: confidentialCodecs.pool.encode(pool), supply: supply.supply.toString() });
  }

  /**
   * Up to LEAF_PAGE sealed commitments from tree index `from` on, in tree order: a prover appends them to
   * its copy of the note tree (reading only what is new, however long the chain).
   */
  @Transaction(false)
  @Returns('string')
  async getLeaves(ctx: Context, securityId: string, from: string): Promise<string> {
    const start = Number(from);
    if (!/^[0-9]{1,7}$/.test(from) || start >= 2 ** TREE_DEPTH) fail('ST2-INVALID-INPUT', `Leaf index ${from} is not an index of the note tree.`, { from });
    const leaves: string[] = [];
    const page = ctx.stub.getStateByPartialCompositeKeyWithPagination(ObjectType.noteLeaf, [securityId], LEAF_PAGE, keys.noteLeaf(ctx.stub, securityId, start));
    for await (const { value } of page) leaves.push(Buffer.from(value).toString('utf8'));
    return JSON.stringify({ from: start, leaves });
  }

  /** The allowlist's leaves in tree order and its root: what a prover needs for KYC membership paths. */
  @Transaction(false)
  @Returns('string')
  async getAllowlist(ctx: Context, securityId: string): Promise<string> {
    const allowlist = await new Repository(ctx.stub).get(keys.allowlist(ctx.stub, securityId), confidentialCodecs.allowlist);
    if (!allowlist) fail('ST2-NOT-CONFIDENTIAL', `Security ${securityId} is not in confidential mode.`, { security: securityId });
    return confidentialCodecs.allowlist.stringify(allowlist);
  }

  @Transaction(false)
  @Returns('string')
  async getKey(ctx: Context, identityId: string): Promise<string> {
    const key = await new Repository(ctx.stub).get(keys.confidentialKey(ctx.stub, identityId), confidentialCodecs.key);
    if (!key) fail('ST2-NOT-FOUND', `${identityId} has no confidential key.`, { identity: identityId });
    return confidentialCodecs.key.stringify(key);
  }

  @Transaction(false)
  @Returns('string')
  async getOrgKey(ctx: Context, org: string): Promise<string> {
    const key = await new Repository(ctx.stub).get(keys.orgKey(ctx.stub, org), confidentialCodecs.orgKey);
    if (!key) fail('ST2-NOT-FOUND', `${org} has no opening key.`, { org });
    return confidentialCodecs.orgKey.stringify(key);
  }

  /** Which of these nullifiers (JSON array) are spent: a holder's wallet checks its notes without revealing them. */
  @Transaction(false)
  @Returns('string')
  async spent(ctx: Context, securityId: string, nullifiers: string): Promise<string> {
    const list = nullifierListCodec.parse(nullifiers);
    const values = await Promise.all(list.map((n) => ctx.stub.getState(keys.nullifier(ctx.stub, securityId, n))));
    return JSON.stringify(list.filter((_, i) => (values[i]?.length ?? 0) > 0));
  }

  /**
   * The sealed note openings of the security in the caller's org collection (the regulator: the audit
   * collection), each with `spent` when the spender's bank declared it spent. Only the org's key opens them.
   */
  @Transaction(false)
  @Returns('string')
  async listNotes(ctx: Context, securityId: string): Promise<string> {
    const actor = actorOf(ctx);
    const collection = actor.role === 'regulator' ? AUDIT_COLLECTION : orgCollection(actor.org);
    const notes: ListedNote[] = [];
    for await (const { value } of ctx.stub.getPrivateDataByPartialCompositeKey(collection, ObjectType.sealedOpening, [securityId])) {
      const opening = sealedCodec.parse(value);
      const spentMark = await ctx.stub.getPrivateData(collection, keys.noteSpent(ctx.stub, securityId, opening.commitment));
      notes.push({ opening, spent: (spentMark?.length ?? 0) > 0 });
    }
    return listedNotesCodec.stringify(notes);
  }
}

const nullifierListCodec = codec(Type.Array(FieldText, { maxItems: 64 }));

/** Sealed commitments per `getLeaves` answer: about 80 bytes each. */
export const LEAF_PAGE = 4096;
const sealedCodec = codec(SealedOpeningSchema);
/** What `listNotes` answers. */
export const listedNotesCodec = codec(Type.Array(Type.Object({ opening: SealedOpeningSchema, spent: Type.Boolean() })));
type ListedNote = ReturnType<typeof listedNotesCodec.parse>[number];

/** Wire input per kind: the command's fields, plus the proof for proof-carrying kinds. Unknown fields are refused. */
const PROOF_FIELD = { proof: Groth16ProofSchema };
const inputCodecs = new Map<ConfidentialKind, Codec<unknown>>();

function isProven(kind: ConfidentialKind): kind is ProvenKind {
  return (PROVEN_KINDS as readonly ConfidentialKind[]).includes(kind);
}

function confidentialInputCodec(kind: ConfidentialKind): Codec<unknown> {
  let found = inputCodecs.get(kind);
  if (!found) {
    const fields = { ...ConfidentialCommandSchemas[kind].properties, ...(isProven(kind) ? PROOF_FIELD : {}) };
    found = codec(withRequestId(Type.Object(fields))) as Codec<unknown>;
    inputCodecs.set(kind, found);
  }
  return found;
}

/** The `st2` event payload of a confidential transaction. */
export const confidentialPayloadCodec = codec(Type.Object({ v: Type.Literal(EVENT_VERSION), events: Type.Array(ConfidentialEventSchema) }));

async function executeConfidential<K extends ConfidentialKind>(ctx: Context, kind: K, json: string): Promise<string> {
  const { proof, requestId, ...fields } = confidentialInputCodec(kind).parse(json) as { proof?: Parameters<typeof requireValidProof>[1]; requestId?: string };
  const cmd = { kind, ...fields } as ConfidentialCommandOf<K>;
  const env = envelopeOf(ctx);
  // Verified before anything is decided: the decider only ever sees public inputs a proof vouches for.
  if (proof) await requireValidProof(cmd as ProvenCommand, proof);
  requireSealableKey(cmd);
  const repository = new ConfidentialRepository(ctx.stub);
  // A request id matters most for a mint: its proof is made afresh for a repeated request, so only the id tells the two apart.
  const [slice] = await Promise.all([repository.load(confidentialRefsOf(cmd, env)), requestId ? claimRequest(ctx, env.actor.org, requestId) : null]);
  const decision = decideConfidential(cmd, env, slice);
  if (!decision.ok) throw new RejectionError(decision);
  await repository.save(slice, evolveAllConfidential(slice, decision.events));
  if (isProven(kind)) await storeOpenings(ctx, cmd as ProvenCommand);
  return emit(ctx, decision.events);
}

/** Like a proof, checked before deciding (node:crypto stays out of the domain): openings can be sealed to every registered key. */
function requireSealableKey(cmd: ConfidentialCommand): void {
  if (cmd.kind === 'RegisterOrgKey' && !isUsableOrgKey(cmd.publicKey)) fail('ST2-INVALID-INPUT', 'No opening can be sealed to this public key.', { org: cmd.org });
}

/**
 * Openings arrive as transient data (never in the ledger's arguments). Each must open its commitment,
 * so the audit trail is true even if the submitter is not. They go to the recipient's bank collection
 * (named by the submitter: the ledger cannot know the owner without learning who it is) and to the
 * audit collection, each sealed to that collection's org key: a member peer's operator reads
 * ciphertext only, and the keys name no owner.
 */
const OpeningInputSchema = Type.Object({
  amount: Amount, ownerPublicKey: FieldText, salt: FieldText, org: OrgId,
}, { additionalProperties: false });
const openingsCodec = codec(Type.Array(OpeningInputSchema, { maxItems: 2 }));
const spentCodec = codec(Type.Array(Type.Object({ commitment: FieldText, org: OrgId }, { additionalProperties: false }), { maxItems: 2 }));

function newCommitments(cmd: ProvenCommand): string[] {
  switch (cmd.kind) {
    case 'ConfidentialMint':
      return [cmd.commitment];
    case 'ConfidentialTransfer':
      return [...cmd.commitments];
    case 'ConfidentialRedeem':
      return [cmd.changeCommitment];
  }
}

async function storeOpenings(ctx: Context, cmd: ProvenCommand): Promise<void> {
  const transient = ctx.stub.getTransient();
  const raw = transient.get('openings');
  if (!raw || raw.length === 0) fail('ST2-INVALID-INPUT', "Transient field 'openings' is required.", { field: 'openings' });
  const openings = openingsCodec.parse(raw);
  const commitments = newCommitments(cmd);
  if (openings.length !== commitments.length) fail('ST2-INVALID-INPUT', `Expected ${commitments.length} openings.`, { field: 'openings' });
  const field = securityField(cmd.securityId);
  const records = openings.map((o, i): NoteOpeningRecord => {
    const commitment = commitments[i] as string;
    const opened = noteCommitment({ amount: o.amount, securityId: field, ownerPublicKey: BigInt(o.ownerPublicKey), salt: BigInt(o.salt) }).toString();
    if (opened !== commitment) fail('ST2-INVALID-INPUT', `Opening ${i} does not open commitment ${commitment}.`, { index: i });
    return { securityId: cmd.securityId, commitment, amount: o.amount, ownerPublicKey: o.ownerPublicKey, salt: o.salt };
  });
  const { audit, banks } = await openingKeys(ctx, openings.map((o) => o.org));
  const writes = banks.flatMap((bank, i) => {
    const record = records[i] as NoteOpeningRecord;
    return [putSealed(ctx, orgCollection(bank.org), record, bank), putSealed(ctx, AUDIT_COLLECTION, record, audit)];
  });
  await Promise.all([...writes, markSpent(ctx, cmd.securityId, transient.get('spent'))]);
}

/** The audit collection's key and each named org's key, in order; ST2-NO-ORG-KEY when one is missing. */
async function openingKeys(ctx: Context, orgs: readonly string[]): Promise<{ audit: OrgKey; banks: OrgKey[] }> {
  const repository = new Repository(ctx.stub);
  const required = async (key: string, org: string, missing: string): Promise<OrgKey> =>
    (await repository.get(key, confidentialCodecs.orgKey)) ?? fail('ST2-NO-ORG-KEY', missing, { org });
  const [audit, banks] = await Promise.all([
    required(keys.auditKey(ctx.stub), AUDIT_COLLECTION, "No org has registered the audit collection's opening key."),
    Promise.all(orgs.map((org) => required(keys.orgKey(ctx.stub, org), org, `${org} has no registered opening key.`))),
  ]);
  return { audit, banks };
}

async function putSealed(ctx: Context, collection: string, record: NoteOpeningRecord, key: OrgKey): Promise<void> {
  const sealed = sealOpening(record, key.org, key.publicKey);
  await ctx.stub.putPrivateData(collection, keys.sealedOpening(ctx.stub, record.securityId, record.commitment), Buffer.from(sealedCodec.stringify(sealed)));
}

/**
 * The submitter names the notes it spent and their owner's org, so that bank and the auditor can tell
 * live notes from spent ones without the owner's secret. The ledger cannot check that a nullifier
 * belongs to a commitment (that needs the secret): a false mark is caught by the auditor's sum check.
 */
async function markSpent(ctx: Context, securityId: string, raw: Uint8Array | undefined): Promise<void> {
  if (!raw || raw.length === 0) return;
  const txId = ctx.stub.getTxID();
  await Promise.all(spentCodec.parse(raw).map((s) => writePrivate(ctx, [orgCollection(s.org), AUDIT_COLLECTION], keys.noteSpent(ctx.stub, securityId, s.commitment), txId)));
}

async function writePrivate(ctx: Context, collections: readonly string[], key: string, value: string): Promise<void> {
  await Promise.all([...new Set(collections)].map((collection) => ctx.stub.putPrivateData(collection, key, Buffer.from(value))));
}
