import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { Type } from '@sinclair/typebox';
import { ConfidentialCommandSchemas, PROVEN_KINDS, type ConfidentialCommand, type ConfidentialCommandOf, type ConfidentialKind, type ProvenKind } from '../domain/confidential/commands';
import type { ConfidentialEvent } from '../domain/confidential/events';
import { confidentialRefsOf, decideConfidential } from '../domain/confidential/decide';
import { TREE_DEPTH } from '../domain/confidential/tree';
import { ConfidentialEventSchema } from '../domain/confidential/events';
import { evolveAllConfidential } from '../domain/confidential/evolve';
import { FieldText, SealedOpeningSchema, SealedViewingKeySchema, type OrgKey, type SealedOpening, type SealedViewingKey } from '../domain/confidential/schema';
import type { ConfidentialSlice } from '../domain/confidential/slice';
import { codec, type Codec } from '../wire/codec';
import { withRequestId } from '../wire/inputs';
import { isUsableOrgKey, openingsDigest } from '../wire/opening-cipher';
import { fail } from '../wire/rejection-message';
import { actorOf } from './caller';
import { confidentialCodecs, ConfidentialRepository } from './confidential-repository';
import { Groth16ProofSchema, requireValidProof, type ProvenCommand } from './confidential-proofs';
import { EVENT_VERSION } from './events';
import { write, type WriteKind } from './execute';
import { AUDIT_COLLECTION, keys, ObjectType, orgCollection } from './keys';
import { Repository } from './repository';

/**
 * Confidential mode: notes, nullifiers and Groth16 proofs (DESIGN.md section 4, layer 3). Its writes go
 * through the one write pipeline (`write`: parse, who and when from the proposal, load, decide, write
 * once, one `st2` event) as their own kind (`confidentialWrite`): the proof checked before the decision,
 * the note openings filed after it.
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
    return write(ctx, confidentialWrite('EnableConfidential'), input);
  }

  /** `viewingKeys`: the holder's viewing key sealed to its bank's key and to the audit key, in that order. */
  @Transaction()
  @Returns('string')
  async registerKey(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('RegisterConfidentialKey'), input);
  }

  /** An org's X25519 opening key (`{ org, publicKey, auditor? }`), by an admin; see `decideRegisterOrgKey`. */
  @Transaction()
  @Returns('string')
  async registerOrgKey(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('RegisterOrgKey'), input);
  }

  @Transaction()
  @Returns('string')
  async refreshAllowlist(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('RefreshAllowlist'), input);
  }

  /** Appends pending commitments to the note tree and publishes the new root. Anyone but the regulator may seal. */
  @Transaction()
  @Returns('string')
  async seal(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('SealNotes'), input);
  }

  /** `openings`: the new note's opening sealed to its bank's key and to the audit key (see `storeOpenings`). */
  @Transaction()
  @Returns('string')
  async mint(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('ConfidentialMint'), input);
  }

  /** `openings`: both outputs' openings, each sealed to its bank's key and to the audit key. */
  @Transaction()
  @Returns('string')
  async transfer(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('ConfidentialTransfer'), input);
  }

  /** `openings`: the change note's opening, sealed to its bank's key and to the audit key. */
  @Transaction()
  @Returns('string')
  async redeem(ctx: Context, input: string): Promise<string> {
    return write(ctx, confidentialWrite('ConfidentialRedeem'), input);
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

  /** The audit collection's reader's opening key: provers seal every opening to it too. */
  @Transaction(false)
  @Returns('string')
  async getAuditKey(ctx: Context): Promise<string> {
    const key = await new Repository(ctx.stub).get(keys.auditKey(ctx.stub), confidentialCodecs.orgKey);
    if (!key) fail('ST2-NO-ORG-KEY', "No org has registered the audit collection's opening key.", { org: AUDIT_COLLECTION });
    return confidentialCodecs.orgKey.stringify(key);
  }

  /**
   * The sealed note openings of the security in the caller's org collection (the regulator: the audit
   * collection). Only the org's key opens them; which are spent follows from the nullifier set and the
   * owners' viewing keys (`listViewingKeys`, `spent`), never from a mark a submitter writes.
   */
  @Transaction(false)
  @Returns('string')
  async listNotes(ctx: Context, securityId: string): Promise<string> {
    const notes: SealedOpening[] = [];
    for await (const { value } of ctx.stub.getPrivateDataByPartialCompositeKey(await readableCollection(ctx), ObjectType.sealedOpening, [securityId])) {
      notes.push(sealedCodec.parse(value));
    }
    return listedNotesCodec.stringify(notes);
  }

  /** The sealed viewing keys in the caller's org collection (its clients'; the regulator: everyone's). */
  @Transaction(false)
  @Returns('string')
  async listViewingKeys(ctx: Context): Promise<string> {
    const found: SealedViewingKey[] = [];
    for await (const { value } of ctx.stub.getPrivateDataByPartialCompositeKey(await readableCollection(ctx), ObjectType.viewingKey, [])) {
      found.push(sealedViewingKeyCodec.parse(value));
    }
    return listedViewingKeysCodec.stringify(found);
  }
}

async function readableCollection(ctx: Context): Promise<string> {
  const actor = await actorOf(ctx);
  return actor.role === 'regulator' ? AUDIT_COLLECTION : orgCollection(actor.org);
}

const nullifierListCodec = codec(Type.Array(FieldText, { maxItems: 64 }));

/** Sealed commitments per `getLeaves` answer: about 80 bytes each. */
export const LEAF_PAGE = 4096;
const sealedCodec = codec(SealedOpeningSchema);
const sealedViewingKeyCodec = codec(SealedViewingKeySchema);
/** What `listNotes` answers. */
export const listedNotesCodec = codec(Type.Array(SealedOpeningSchema));
/** What `listViewingKeys` answers. */
export const listedViewingKeysCodec = codec(Type.Array(SealedViewingKeySchema));

/**
 * Wire input per kind: the command's fields, plus the proof and the sealed openings it binds for
 * proof-carrying kinds, and the sealed viewing keys for a key registration. Unknown fields are refused.
 */
const PROOF_FIELDS = { proof: Groth16ProofSchema, openings: Type.Array(SealedOpeningSchema, { minItems: 2, maxItems: 4 }) };
const KEY_FIELDS = { viewingKeys: Type.Tuple([SealedViewingKeySchema, SealedViewingKeySchema]) };
const inputCodecs = new Map<ConfidentialKind, Codec<unknown>>();

function isProven(kind: ConfidentialKind): kind is ProvenKind {
  return (PROVEN_KINDS as readonly ConfidentialKind[]).includes(kind);
}

function confidentialInputCodec(kind: ConfidentialKind): Codec<unknown> {
  let found = inputCodecs.get(kind);
  if (!found) {
    const extra = isProven(kind) ? PROOF_FIELDS : kind === 'RegisterConfidentialKey' ? KEY_FIELDS : {};
    const fields = { ...ConfidentialCommandSchemas[kind].properties, ...extra };
    found = codec(withRequestId(Type.Object(fields))) as Codec<unknown>;
    inputCodecs.set(kind, found);
  }
  return found;
}

/** The `st2` event payload of a confidential transaction. */
export const confidentialPayloadCodec = codec(Type.Object({ v: Type.Literal(EVENT_VERSION), events: Type.Array(ConfidentialEventSchema) }));

/** What travels with a confidential command: the proof, the openings it binds, sealed viewing keys. */
interface SealedInputs {
  proof?: Parameters<typeof requireValidProof>[1];
  openings?: SealedOpening[];
  viewingKeys?: [SealedViewingKey, SealedViewingKey];
}

/**
 * A confidential command as a kind of write of the one pipeline (`write`): the proof is verified
 * before anything is decided, so the decider only ever sees public inputs a proof vouches for, and the
 * openings stored after it are exactly those the proof binds. A request id matters most for a mint: its
 * proof is made afresh for a repeated request, so only the id tells the two apart.
 */
const confidentialSteps: Omit<WriteKind<ConfidentialCommand, SealedInputs, ConfidentialSlice, ConfidentialEvent>, 'parse'> = {
  verify: async (ctx, cmd, { proof, openings }) => {
    requireNoTransient(ctx);
    if (proof && openings) await requireValidProof(cmd as ProvenCommand, proof, openingsDigest(openings));
    requireSealableKey(cmd);
  },
  load: (ctx, cmd, env) => new ConfidentialRepository(ctx.stub).load(confidentialRefsOf(cmd, env)),
  decide: decideConfidential,
  save: (ctx, before, events) => new ConfidentialRepository(ctx.stub).save(before, evolveAllConfidential(before, events)),
  after: async (ctx, cmd, { openings, viewingKeys }, _env, before) => {
    if (openings) await storeOpenings(ctx, cmd as ProvenCommand, openings);
    if (viewingKeys && cmd.kind === 'RegisterConfidentialKey') await storeViewingKeys(ctx, cmd, before, viewingKeys);
  },
};

function confidentialWrite(kind: ConfidentialKind): WriteKind<ConfidentialCommand, SealedInputs, ConfidentialSlice, ConfidentialEvent> {
  return {
    ...confidentialSteps,
    parse: (json) => {
      const { proof, openings, viewingKeys, requestId, ...fields } = confidentialInputCodec(kind).parse(json) as SealedInputs & { requestId?: string };
      return { cmd: { kind, ...fields } as ConfidentialCommand, extra: { proof, openings, viewingKeys }, requestId };
    },
  };
}

/**
 * Nothing confidential travels in the clear: openings and viewing keys come sealed, in the arguments
 * (bound to the proof), so an endorsing peer never holds a plaintext opening. Transient data is refused
 * rather than ignored, so a client still sending plaintext learns it at once.
 */
function requireNoTransient(ctx: Context): void {
  const names = [...ctx.stub.getTransient().keys()];
  if (names.length > 0) fail('ST2-INVALID-INPUT', 'Confidential writes take no transient data: openings travel sealed, in the arguments.', { transient: names });
}

/** Like a proof, checked before deciding (node:crypto stays out of the domain): openings can be sealed to every registered key. */
function requireSealableKey(cmd: ConfidentialCommand): void {
  if (cmd.kind === 'RegisterOrgKey' && !isUsableOrgKey(cmd.publicKey)) fail('ST2-INVALID-INPUT', 'No opening can be sealed to this public key.', { org: cmd.org });
}

/**
 * The sealed openings a proof binds, two per new note in commitment order: first sealed to the note's
 * bank (named by the prover: the ledger cannot know the owner without learning who it is), then to the
 * auditor. The ledger cannot read them; it checks they are addressed as they must be and files each in
 * its org's collection. A relayer cannot re-address or swap them: the proof binds their digest.
 */
async function storeOpenings(ctx: Context, cmd: ProvenCommand, openings: readonly SealedOpening[]): Promise<void> {
  const commitments = newCommitments(cmd);
  if (openings.length !== 2 * commitments.length) fail('ST2-INVALID-INPUT', `Expected ${2 * commitments.length} sealed openings.`, { field: 'openings' });
  const audit = await requiredOrgKey(ctx, keys.auditKey(ctx.stub), AUDIT_COLLECTION, "No org has registered the audit collection's opening key.");
  const writes = commitments.map(async (commitment, i) => {
    const [bank, audited] = [openings[2 * i], openings[2 * i + 1]] as [SealedOpening, SealedOpening];
    for (const sealed of [bank, audited]) {
      if (sealed.commitment !== commitment || sealed.securityId !== cmd.securityId) fail('ST2-INVALID-INPUT', `Sealed opening of note ${i} names another note.`, { index: i });
    }
    if (audited.org !== audit.org) fail('ST2-INVALID-INPUT', `The second opening of note ${i} must be sealed to the auditor ${audit.org}.`, { index: i, org: audited.org });
    await requiredOrgKey(ctx, keys.orgKey(ctx.stub, bank.org), bank.org, `${bank.org} has no registered opening key.`);
    await Promise.all([putSealed(ctx, orgCollection(bank.org), bank), putSealed(ctx, AUDIT_COLLECTION, audited)]);
  });
  await Promise.all(writes);
}

/** The holder's viewing key, sealed to the bank that onboarded it and to the auditor, filed in their collections. */
async function storeViewingKeys(ctx: Context, cmd: ConfidentialCommandOf<'RegisterConfidentialKey'>, slice: ConfidentialSlice, sealed: readonly [SealedViewingKey, SealedViewingKey]): Promise<void> {
  const [bank, audited] = sealed;
  const owner = slice.identities[cmd.identityId]?.org;
  const audit = await requiredOrgKey(ctx, keys.auditKey(ctx.stub), AUDIT_COLLECTION, "No org has registered the audit collection's opening key.");
  if (bank.identityId !== cmd.identityId || audited.identityId !== cmd.identityId) fail('ST2-INVALID-INPUT', 'A sealed viewing key names another identity.');
  if (bank.org !== owner || audited.org !== audit.org) {
    fail('ST2-INVALID-INPUT', `The viewing key must be sealed to ${owner ?? 'the holder’s bank'} and to the auditor ${audit.org}, in that order.`, { orgs: [bank.org, audited.org] });
  }
  await requiredOrgKey(ctx, keys.orgKey(ctx.stub, bank.org), bank.org, `${bank.org} has no registered opening key.`);
  const key = keys.viewingKey(ctx.stub, cmd.identityId);
  await Promise.all([
    ctx.stub.putPrivateData(orgCollection(bank.org), key, Buffer.from(sealedViewingKeyCodec.stringify(bank))),
    ctx.stub.putPrivateData(AUDIT_COLLECTION, key, Buffer.from(sealedViewingKeyCodec.stringify(audited))),
  ]);
}

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

/** A registered org key, or ST2-NO-ORG-KEY. */
async function requiredOrgKey(ctx: Context, key: string, org: string, missing: string): Promise<OrgKey> {
  return (await new Repository(ctx.stub).get(key, confidentialCodecs.orgKey)) ?? fail('ST2-NO-ORG-KEY', missing, { org });
}

async function putSealed(ctx: Context, collection: string, sealed: SealedOpening): Promise<void> {
  await ctx.stub.putPrivateData(collection, keys.sealedOpening(ctx.stub, sealed.securityId, sealed.commitment), Buffer.from(sealedCodec.stringify(sealed)));
}
