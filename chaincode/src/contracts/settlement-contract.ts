import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { actorOf } from './caller';
import { execute, transientMatching } from './execute';
import { AUDIT_COLLECTION, keys, orgCollection } from './keys';
import { Repository, stateCodecs } from './repository';

/** Settlement instructions: delivery versus payment and free of payment, with netting (see the ProposeSettlement command). */
@Info({ title: 'settlement', description: 'Settlement instructions: propose, affirm (holding each leg), settle both legs atomically or neither, cancel, fail, net' })
export class SettlementContract extends Contract {
  constructor() {
    super('settlement');
  }

  /**
   * The price record (transient `price`, matching `priceHash`) goes to the seller's and the buyer's org
   * collections and the audit collection; the public instruction carries only its hash.
   */
  @Transaction()
  @Returns('string')
  async propose(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ProposeSettlement', input, async (c, cmd, _env, before) => {
      if (!cmd.priceHash) return;
      const price = transientMatching(c, 'price', cmd.priceHash);
      const orgs = [cmd.seller, cmd.buyer].map((party) => before.identities[party]?.org ?? fail('ST2-NOT-FOUND', `Unknown identity ${party}.`));
      const collections = [...new Set([...orgs.map(orgCollection), AUDIT_COLLECTION])];
      await Promise.all(collections.map((collection) => c.stub.putPrivateData(collection, keys.settlementPrice(c.stub, cmd.settlementId), price)));
    });
  }

  @Transaction()
  @Returns('string')
  async affirm(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AffirmSettlement', input);
  }

  @Transaction()
  @Returns('string')
  async settle(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Settle', input);
  }

  @Transaction()
  @Returns('string')
  async cancel(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CancelSettlement', input);
  }

  @Transaction()
  @Returns('string')
  async expire(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ExpireSettlement', input);
  }

  @Transaction()
  @Returns('string')
  async settleNetted(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SettleNetted', input);
  }

  /**
   * A settlement's private price record: from the caller's org collection when its org onboarded a party,
   * from the audit collection for the regulator; anyone else is refused, whatever it may know of the instruction.
   */
  @Transaction(false)
  @Returns('string')
  async getPrice(ctx: Context, settlementId: string): Promise<string> {
    const actor = await actorOf(ctx);
    const repository = new Repository(ctx.stub);
    const settlement = await repository.get(keys.settlement(ctx.stub, settlementId), stateCodecs.settlement);
    if (!settlement) fail('ST2-NOT-FOUND', `Unknown settlement ${settlementId}.`, { settlementId });
    const parties = await Promise.all([settlement.seller, settlement.buyer].map((id) => repository.get(keys.identity(ctx.stub, id), stateCodecs.identity)));
    const partyOrg = parties.some((identity) => identity?.org === actor.org);
    const collection = actor.role === 'regulator' ? AUDIT_COLLECTION : partyOrg ? orgCollection(actor.org) : null;
    if (!collection) fail('ST2-UNAUTHORIZED', `The price of ${settlementId} is private to its parties' organisations.`, { settlementId });
    const price = await ctx.stub.getPrivateData(collection, keys.settlementPrice(ctx.stub, settlementId));
    if (!price || price.length === 0) fail('ST2-NOT-FOUND', `No price of ${settlementId} in ${collection}.`, { settlementId });
    return Buffer.from(price).toString('utf8');
  }
}
