import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { actorOf } from './caller';
import { execute, transientMatching } from './execute';
import { AUDIT_COLLECTION, keys, orgCollection } from './keys';
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

  /** The personal record (transient `record`) goes to the org's and the audit collection; the ledger keeps its hash. */
  @Transaction()
  @Returns('string')
  async register(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RegisterIdentity', input, async (c, cmd, env) => {
      const record = transientMatching(c, 'record', cmd.recordHash);
      await writePrivate(c, [orgCollection(env.actor.org), AUDIT_COLLECTION], keys.identityRecord(c.stub, cmd.identityId), record);
    });
  }

  /** Claim evidence (transient `evidence`) goes to the investor's org and the audit collection, whoever issues the claim. */
  @Transaction()
  @Returns('string')
  async addClaim(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AddClaim', input, async (c, cmd, _env, before) => {
      const evidence = transientMatching(c, 'evidence', cmd.evidenceHash);
      const owner = before.identities[cmd.identityId]?.org ?? fail('ST2-NOT-FOUND', `Unknown identity ${cmd.identityId}.`);
      await writePrivate(c, [orgCollection(owner), AUDIT_COLLECTION], keys.claimEvidence(c.stub, cmd.identityId, cmd.topic), evidence);
    });
  }

  @Transaction()
  @Returns('string')
  async revokeClaim(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RevokeClaim', input);
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
    const actor = actorOf(ctx);
    const identity = await new Repository(ctx.stub).get(keys.identity(ctx.stub, id), stateCodecs.identity);
    if (!identity) fail('ST2-NOT-FOUND', `Unknown identity ${id}.`, { identity: id });
    const collection = actor.role === 'regulator' ? AUDIT_COLLECTION : identity.org === actor.org ? orgCollection(actor.org) : null;
    if (!collection) fail('ST2-UNAUTHORIZED', `${id}'s record belongs to another organisation.`, { identity: id });
    const record = await ctx.stub.getPrivateData(collection, keys.identityRecord(ctx.stub, id));
    if (!record || record.length === 0) fail('ST2-NOT-FOUND', `No private record of ${id} in ${collection}.`, { identity: id });
    return Buffer.from(record).toString('utf8');
  }
}

async function writePrivate(ctx: Context, collections: readonly string[], key: string, value: Uint8Array): Promise<void> {
  await Promise.all([...new Set(collections)].map((collection) => ctx.stub.putPrivateData(collection, key, value)));
}
