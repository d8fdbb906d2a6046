import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { Type } from '@sinclair/typebox';
import { requireRole } from '../domain/authorize';
import type { ClaimIssuer } from '../domain/identity';
import { partyOf } from '../domain/party';
import { isTrusted } from '../domain/trust';
import { Id, Sha256, Topic } from '../domain/schema';
import { codec } from '../wire/codec';
import { fail, RejectionError } from '../wire/rejection-message';
import { markAllowlistsStale } from './allowlist-staleness';
import { actorOf } from './caller';
import { emit } from './events';
import { execute, transientMatching } from './execute';
import { AUDIT_COLLECTION, keys, ObjectType, orgCollection } from './keys';
import { Repository, stateCodecs } from './repository';

/** Identity registry: investors, their claims, and the claim issuers the consortium trusts. */
@Info({ title: 'identity', description: 'Investor identities, KYC/AML/accreditation claims and trusted claim issuers' })
export class IdentityContract extends Contract {
  constructor() {
    super('identity');
  }

  @Transaction()
  @Returns('string')
  async trustIssuer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'TrustClaimIssuer', input);
  }

  @Transaction()
  @Returns('string')
  async setIssuerTopics(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SetClaimIssuerTopics', input);
  }

  @Transaction()
  @Returns('string')
  async removeIssuer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RemoveClaimIssuer', input);
  }

  /** The trusted claim issuers (a removed one is kept, trusted for nothing, and not listed), in key order. */
  @Transaction(false)
  @Returns('string')
  async listIssuers(ctx: Context): Promise<string> {
    const trusted: ClaimIssuer[] = [];
    for await (const { value } of ctx.stub.getStateByPartialCompositeKey(ObjectType.claimIssuer, [])) {
      const issuer = stateCodecs.issuer.parse(value);
      if (isTrusted(issuer)) trusted.push(issuer);
    }
    return JSON.stringify(trusted);
  }

  /**
   * Registers an identity whose personal record its org filed beforehand (`storeRecord`): the record's
   * hash in the org's and in the audit collection must be the `recordHash` registered. Any peer can read
   * those hashes, so the endorsers of this public write check the record without ever seeing it.
   */
  @Transaction()
  @Returns('string')
  async register(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RegisterIdentity', input, async (c, cmd, env) => {
      const key = keys.identityRecord(c.stub, cmd.identityId);
      const filed = await Promise.all([orgCollection(env.actor.org), AUDIT_COLLECTION].map((collection) => c.stub.getPrivateDataHash(collection, key)));
      if (filed.some((hash) => Buffer.from(hash ?? []).toString('hex') !== cmd.recordHash)) {
        fail('ST2-INVALID-INPUT', `No personal record with hash ${cmd.recordHash} is filed for ${cmd.identityId}: file it first (identity:storeRecord).`, { identity: cmd.identityId });
      }
    });
  }

  /**
   * Files an identity's personal record (transient `record`, matching `recordHash`) in the caller's org
   * collection and the audit collection, before `register`. It writes nothing public, so the org's own
   * peer endorses it alone (implicit and explicit collections carry their own endorsement policies):
   * no other bank's peer ever sees the record.
   */
  @Transaction()
  @Returns('string')
  async storeRecord(ctx: Context, input: string): Promise<string> {
    const { identityId, recordHash } = storeRecordCodec.parse(input);
    const actor = await actorOf(ctx);
    const denied = requireRole(actor, 'admin', 'agent', 'custodian');
    if (denied) throw new RejectionError(denied);
    // Once registered, an identity's filed record is final (the audit copy is shared by every org).
    if (await new Repository(ctx.stub).get(keys.identity(ctx.stub, identityId), stateCodecs.identity)) {
      fail('ST2-ALREADY-EXISTS', `Identity ${identityId} already exists.`, { identity: identityId });
    }
    const record = transientMatching(ctx, 'record', recordHash);
    await writePrivate(ctx, [orgCollection(actor.org), AUDIT_COLLECTION], keys.identityRecord(ctx.stub, identityId), record);
    return emit(ctx, []);
  }

  /**
   * Adds a claim whose evidence its issuer filed beforehand (`storeEvidence`) in the investor's org and the
   * audit collection: the endorsers check the filed hashes against `evidenceHash` without ever seeing the
   * evidence. A claim that replaces one of an allowlisted identity may expire earlier: its allowlists are stale.
   */
  @Transaction()
  @Returns('string')
  async addClaim(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AddClaim', input, async (c, cmd, env, before) => {
      const owner = before.identities[cmd.identityId]?.org ?? fail('ST2-NOT-FOUND', `Unknown identity ${cmd.identityId}.`);
      const key = keys.claimEvidence(c.stub, cmd.identityId, cmd.topic, partyOf(env.actor));
      const filed = await Promise.all([orgCollection(owner), AUDIT_COLLECTION].map((collection) => c.stub.getPrivateDataHash(collection, key)));
      if (filed.some((hash) => Buffer.from(hash ?? []).toString('hex') !== cmd.evidenceHash)) {
        fail('ST2-INVALID-INPUT', `No claim evidence with hash ${cmd.evidenceHash} is filed by this issuer for ${cmd.identityId}'s '${cmd.topic}': file it first (identity:storeEvidence).`, { identity: cmd.identityId, topic: cmd.topic });
      }
      await markAllowlistsStale(c, cmd.identityId);
    });
  }

  /**
   * Files a claim's evidence (transient `evidence`, matching `evidenceHash`) in the investor's org collection
   * and the audit collection, under the calling issuer's name, before `addClaim`. It writes nothing public,
   * so the investor's org's peer endorses it alone: no other org's peer ever holds the evidence, even when
   * the claim issuer belongs to another bank.
   */
  @Transaction()
  @Returns('string')
  async storeEvidence(ctx: Context, input: string): Promise<string> {
    const { identityId, topic, evidenceHash } = storeEvidenceCodec.parse(input);
    const actor = await actorOf(ctx);
    const denied = requireRole(actor, 'claim-issuer');
    if (denied) throw new RejectionError(denied);
    const identity = await new Repository(ctx.stub).get(keys.identity(ctx.stub, identityId), stateCodecs.identity);
    if (!identity) fail('ST2-NOT-FOUND', `Unknown identity ${identityId}.`, { identity: identityId });
    const evidence = transientMatching(ctx, 'evidence', evidenceHash);
    const key = keys.claimEvidence(ctx.stub, identityId, topic, partyOf(actor));
    // Filed already (a resent request): writing it again would cut a block that changes nothing.
    if (Buffer.from((await ctx.stub.getPrivateDataHash(orgCollection(identity.org), key)) ?? []).toString('hex') === evidenceHash) {
      fail('ST2-ALREADY-EXISTS', `This evidence is already filed for ${identityId}'s '${topic}'.`, { identity: identityId, topic });
    }
    await writePrivate(ctx, [orgCollection(identity.org), AUDIT_COLLECTION], key, evidence);
    return emit(ctx, []);
  }

  /** The allowlists that list the identity are stale at once (confidential outputs refused until a refresh). */
  @Transaction()
  @Returns('string')
  async revokeClaim(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RevokeClaim', input, (c, cmd) => markAllowlistsStale(c, cmd.identityId));
  }

  @Transaction(false)
  @Returns('string')
  async get(ctx: Context, id: string): Promise<string> {
    const identity = await new Repository(ctx.stub).get(keys.identity(ctx.stub, id), stateCodecs.identity);
    if (!identity) fail('ST2-NOT-FOUND', `Unknown identity ${id}.`, { identity: id });
    return stateCodecs.identity.stringify(identity);
  }

  /** The private record, read from the caller's org collection, or from the audit collection by the regulator. */
  @Transaction(false)
  @Returns('string')
  async getRecord(ctx: Context, id: string): Promise<string> {
    const actor = await actorOf(ctx);
    const identity = await new Repository(ctx.stub).get(keys.identity(ctx.stub, id), stateCodecs.identity);
    if (!identity) fail('ST2-NOT-FOUND', `Unknown identity ${id}.`, { identity: id });
    const collection = actor.role === 'regulator' ? AUDIT_COLLECTION : identity.org === actor.org ? orgCollection(actor.org) : null;
    if (!collection) fail('ST2-UNAUTHORIZED', `${id}'s record belongs to another organisation.`, { identity: id });
    const record = await ctx.stub.getPrivateData(collection, keys.identityRecord(ctx.stub, id));
    if (!record || record.length === 0) fail('ST2-NOT-FOUND', `No private record of ${id} in ${collection}.`, { identity: id });
    return Buffer.from(record).toString('utf8');
  }
}

const storeRecordCodec = codec(Type.Object({ identityId: Id, recordHash: Sha256 }, { additionalProperties: false }));
const storeEvidenceCodec = codec(Type.Object({ identityId: Id, topic: Topic, evidenceHash: Sha256 }, { additionalProperties: false }));

async function writePrivate(ctx: Context, collections: readonly string[], key: string, value: Uint8Array): Promise<void> {
  await Promise.all([...new Set(collections)].map((collection) => ctx.stub.putPrivateData(collection, key, value)));
}
