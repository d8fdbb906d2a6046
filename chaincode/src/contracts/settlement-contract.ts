import { Type } from '@sinclair/typebox';
import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import type { CommandOf, Envelope } from '../domain/commands';
import { custodyPartyOf, type CustodyParty, type Delivery } from '../domain/deciders/settlement-custody';
import { deliveries, type Settlement } from '../domain/settlement';
import { sideOf } from '../domain/deciders/settlement';
import { Id, Sha256 } from '../domain/schema';
import { EMPTY_SLICE, refs, type Slice } from '../domain/slice';
import { codec } from '../wire/codec';
import { fail, RejectionError } from '../wire/rejection-message';
import { emit } from './events';
import { verifiedCustodyFacts, writeBoth, writeOwnerPositions } from './custody-contract';
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
   * The public instruction carries only `priceHash`: the price was filed before (`storePrice`) in the seller's
   * and the buyer's org collections and the audit collection, which every endorser checks by the hashes the
   * ledger keeps of them, without ever receiving the price.
   */
  @Transaction()
  @Returns('string')
  async propose(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ProposeSettlement', input, async (c, cmd, _env, before) => {
      if (!cmd.priceHash) return;
      const key = keys.settlementPrice(c.stub, cmd.settlementId);
      const filed = await Promise.all(priceCollections(before, cmd).map((collection) => c.stub.getPrivateDataHash(collection, key)));
      if (filed.some((hash) => Buffer.from(hash ?? []).toString('hex') !== cmd.priceHash)) {
        fail('ST2-INVALID-INPUT', `No price with hash ${cmd.priceHash} is filed for ${cmd.settlementId} with both parties' organisations: file it first (settlement:storePrice).`, { settlementId: cmd.settlementId });
      }
    });
  }

  /**
   * Files a trade's price (transient `price`, matching `priceHash`) in the seller's and the buyer's org
   * collections and the audit collection, before `propose` names its hash. It writes nothing public, so the
   * two parties' orgs endorse it alone: no other org's peer ever receives the price. By a party (an investor
   * as itself, or the custodian of a custody account party), for an instruction not proposed yet.
   */
  @Transaction()
  @Returns('string')
  async storePrice(ctx: Context, input: string): Promise<string> {
    const { settlementId, seller, buyer, priceHash } = storePriceCodec.parse(input);
    const actor = await actorOf(ctx);
    const repository = new Repository(ctx.stub);
    const slice = await repository.load(refs({ identities: [seller, buyer], settlements: [settlementId] }));
    if (slice.settlements[settlementId]) fail('ST2-ALREADY-EXISTS', `Settlement ${settlementId} already exists.`, { settlementId });
    const side = sideOf(actor, { seller, buyer }, slice);
    if (!side.ok) throw new RejectionError(side);
    const price = transientMatching(ctx, 'price', priceHash);
    const collections = priceCollections(slice, { seller, buyer });
    const key = keys.settlementPrice(ctx.stub, settlementId);
    // Filed already (a resent request): writing it again would cut a block that changes nothing.
    if (Buffer.from((await ctx.stub.getPrivateDataHash(AUDIT_COLLECTION, key)) ?? []).toString('hex') === priceHash) {
      fail('ST2-ALREADY-EXISTS', `This price is already filed for ${settlementId}.`, { settlementId });
    }
    await Promise.all(collections.map((collection) => ctx.stub.putPrivateData(collection, key, price)));
    return emit(ctx, []);
  }

  @Transaction()
  @Returns('string')
  async affirm(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AffirmSettlement', input);
  }

  /**
   * With a custody account as a party, its custodian settles: the beneficial owner's positions in the two legs'
   * securities arrive as transient `custody` (checked against their hashes by every endorser, as a custody
   * movement's), and the owner's new positions and the trade's owner record are written with the public legs.
   */
  @Transaction()
  @Returns('string')
  async settle(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Settle', input, writeCustodySide, custodySideFacts);
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

  /** The beneficial owner a custody account traded for (`{ owner }`): for the account's custodian's org (its collection) and the regulator (audit). */
  @Transaction(false)
  @Returns('string')
  async getOwner(ctx: Context, settlementId: string): Promise<string> {
    const actor = await actorOf(ctx);
    const settlement = await new Repository(ctx.stub).get(keys.settlement(ctx.stub, settlementId), stateCodecs.settlement);
    if (!settlement) fail('ST2-NOT-FOUND', `Unknown settlement ${settlementId}.`, { settlementId });
    const party = await custodyPartyIn(ctx, settlement);
    const collection = actor.role === 'regulator' ? AUDIT_COLLECTION : party?.account.org === actor.org ? orgCollection(actor.org) : null;
    if (!collection) fail('ST2-UNAUTHORIZED', `The beneficial owner of ${settlementId} is its custodian's and the regulator's to read.`, { settlementId });
    const owner = await ctx.stub.getPrivateData(collection, keys.settlementOwner(ctx.stub, settlementId));
    if (!owner || owner.length === 0) fail('ST2-NOT-FOUND', `No beneficial owner of ${settlementId} in ${collection}.`, { settlementId });
    return Buffer.from(owner).toString('utf8');
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

/** The instruction's custody account party, read from public state (identities of both parties). */
async function custodyPartyIn(ctx: Context, settlement: Settlement): Promise<CustodyParty | null> {
  const repository = new Repository(ctx.stub);
  const identities = await Promise.all([settlement.seller, settlement.buyer].map(async (id) => [id, await repository.get(keys.identity(ctx.stub, id), stateCodecs.identity)] as const));
  return custodyPartyOf(settlement, { ...EMPTY_SLICE, identities: Object.fromEntries(identities.flatMap(([id, identity]) => (identity ? [[id, identity]] : []))) });
}

/** The legs touching the account: the security it delivers (its owner's `from`) and the one it receives (`to`). */
function accountLegs(settlement: Settlement, { account }: CustodyParty): { from?: Delivery; to?: Delivery } {
  const legs = deliveries(settlement);
  const from = legs.find((d) => d.from === account.id);
  const to = legs.find((d) => d.to === account.id);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

async function custodySideFacts(ctx: Context, cmd: CommandOf<'Settle'>): Promise<Partial<Envelope>> {
  const settlement = await new Repository(ctx.stub).get(keys.settlement(ctx.stub, cmd.settlementId), stateCodecs.settlement);
  const party = settlement && await custodyPartyIn(ctx, settlement);
  if (!settlement || !party) return {};
  const { from, to } = accountLegs(settlement, party);
  return verifiedCustodyFacts(ctx, party.account.id, { ...(from ? { from: from.leg.securityId } : {}), ...(to ? { to: to.leg.securityId } : {}) });
}

/** The owner's positions after both legs, and the trade's owner record, in the custodian's collection and audit. */
async function writeCustodySide(ctx: Context, cmd: CommandOf<'Settle'>, env: Envelope, before: Slice): Promise<void> {
  const settlement = before.settlements[cmd.settlementId];
  const party = settlement && custodyPartyOf(settlement, before);
  if (!settlement || !party || !env.custody) return;
  const { from, to } = accountLegs(settlement, party);
  const changes = [
    ...(from ? [[env.custody.from, from.leg.securityId, -from.leg.amount] as const] : []),
    ...(to ? [[env.custody.to, to.leg.securityId, to.leg.amount] as const] : []),
  ];
  const collection = await writeOwnerPositions(ctx, party.account.id, changes, env.at);
  const owner = env.custody.from?.owner ?? env.custody.to?.owner ?? '';
  await writeBoth(ctx, collection, keys.settlementOwner(ctx.stub, settlement.id), Buffer.from(JSON.stringify({ owner })));
}

const storePriceCodec = codec(Type.Object({ settlementId: Id, seller: Id, buyer: Id, priceHash: Sha256 }, { additionalProperties: false }));

/** Where a trade's price lives: the seller's and the buyer's org collections, and audit. */
function priceCollections(slice: Slice, { seller, buyer }: { seller: string; buyer: string }): string[] {
  const orgs = [seller, buyer].map((party) => slice.identities[party]?.org ?? fail('ST2-NOT-FOUND', `Unknown identity ${party}.`, { identity: party }));
  return [...new Set([...orgs.map(orgCollection), AUDIT_COLLECTION])];
}
