import { Type } from '@sinclair/typebox';
import { codec, Id, QUERIES, SettlementSchema } from '@st2/chaincode';
import { principalOf, type Principal } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { ReadModel, SettlementRecord } from '../projections/read-model';
import { operation } from './operation';
import { mayReadRecord, requireSelfIfInvestor } from './ownership';
import { privateJson } from './private-data';
import { commandBody, IdempotencyHeaders, IdParams, pageOf, Paging, readQuery, withFields, WriteResultSchema } from './schemas';
import { idempotentWrite, pathAction, withRequestId, writeOperation, writeResult } from './write';
import { Owner } from './custody';
import { CustodyDesk, type AccountLegs, type BeneficialOwner } from '../custody/custody-desk';
import { submitCommand } from '../ledger/identity-record';
import type { Services } from '../services';

const tags = ['settlements'];

/** A trade's price: private to the two parties' organisations and the regulator (the ledger keeps its hash). */
export const PriceSchema = Type.Object({
  amount: Type.String({ pattern: '^(0|[1-9][0-9]{0,37})(\\.[0-9]{1,18})?$', description: 'The price agreed for the whole trade, a decimal string' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
}, { additionalProperties: false });
const priceCodec = codec(PriceSchema);
const ownerCodec = codec(Type.Object({ owner: Id }, { additionalProperties: false }));

export const proposeSettlement = writeOperation({
  kind: 'ProposeSettlement',
  summary: 'Propose a settlement instruction: delivery versus payment, or free of payment without a cash leg (calling investor, seller or buyer)',
  description: 'The seller delivers the `securities` leg, the buyer pays the `cash` leg (any security: a cash token) by `settleBy`. The `price` stays private: '
    + 'it goes to the two parties\' org collections and the audit collection, the ledger keeps its SHA-256. Nothing is held until each side affirms.',
  tags,
  status: 201,
  schema: { body: withFields(commandBody('ProposeSettlement', ['priceHash']), { price: Type.Optional(PriceSchema) }) },
  submission: ({ body: { price, ...fields } }) => {
    if (!price) return { input: fields };
    const { bytes, sha256 } = privateJson(price);
    return { input: { ...fields, priceHash: sha256 }, transient: { price: bytes } };
  },
});

/** The moves of one instruction name it by path and send an empty body. */
function move(kind: 'AffirmSettlement' | 'CancelSettlement' | 'ExpireSettlement', summary: string, description: string) {
  return pathAction({ kind, summary, description, tags, params: IdParams, input: (params) => ({ settlementId: params.id }) });
}

export const affirmSettlement = move(
  'AffirmSettlement',
  'Affirm a settlement instruction for the caller\'s side (seller or buyer)',
  'Holds the leg the side delivers on its holding until the settlement date (422 ST2-INSUFFICIENT-BALANCE with `details.leg` when it is not available). Twice: 422 ST2-ALREADY-AFFIRMED.',
);

const SettleBody = Type.Object({ owner: Type.Optional(Owner) }, {
  additionalProperties: false, description: '`owner`: when a party is the caller\'s custody account, the beneficial owner it settles for (private); otherwise {} or no body',
});

export const settle = operation({
  summary: 'Settle an instruction both sides affirmed: both legs move in one transaction, or neither (a party, or the custodian of a custody account party)',
  description: 'Every rule of a holder transfer is checked for each leg; a refusal (422 with the rule\'s code, `details.leg` naming `securities` or `cash`) changes nothing. '
    + 'Not affirmed by both: 422 ST2-SETTLEMENT-NOT-AFFIRMED; past its settlement date: 422 ST2-SETTLEMENT-EXPIRED; closed: 422 ST2-SETTLEMENT-CLOSED. '
    + 'With a custody account as a party, its custodian settles, naming the beneficial `owner`: the account\'s legs move that owner\'s positions in the private sub-ledger, '
    + 'judged on the owner (its attested jurisdiction, the holder counts); settled without an owner: 400 ST2-INVALID-INPUT.',
  tags,
  effect: 'write',
  schema: { params: IdParams, body: SettleBody, headers: IdempotencyHeaders, response: { 200: WriteResultSchema } },
  handle: (request, reply, services) => idempotentWrite(request, reply, services, 200, async (requestId) => {
    const caller = principalOf(request);
    const input = withRequestId({ settlementId: request.params.id }, requestId);
    const owner = (request.body as { owner?: BeneficialOwner } | undefined)?.owner;
    const legs = owner && await accountLegsOf(request.params.id, services.readModel);
    if (!owner || !legs) return writeResult(await submitCommand(services.submitter, caller, 'Settle', input));
    return writeResult(await new CustodyDesk(services.submitter).settle(caller, input, legs, owner));
  }, (outcome) => outcome),
});

/** The custody account party of an instruction, and the securities its owner pays (`from`) and receives (`to`). */
async function accountLegsOf(settlementId: string, readModel: ReadModel): Promise<AccountLegs | undefined> {
  const settlement = await readModel.settlement(settlementId);
  if (!settlement) return undefined;
  const [seller, buyer] = await Promise.all([readModel.identity(settlement.seller), readModel.identity(settlement.buyer)]);
  const paid = settlement.cash?.securityId;
  const partyOrgs = [seller, buyer].flatMap((party) => (party ? [party.org] : []));
  if (seller?.custody) return { accountId: seller.id, from: settlement.securities.securityId, ...(paid ? { to: paid } : {}), partyOrgs };
  if (buyer?.custody) return { accountId: buyer.id, to: settlement.securities.securityId, ...(paid ? { from: paid } : {}), partyOrgs };
  return undefined;
}

export const cancelSettlement = move('CancelSettlement', 'Cancel an open settlement instruction (a party)', 'Releases the holds its affirmations placed; nothing moves.');

export const expireSettlement = move(
  'ExpireSettlement',
  'Fail an instruction whose settlement date passed unsettled (anyone who writes)',
  'Records it as failed with the reason and releases its holds (which stopped counting at the date already). Before the date: 422 ST2-SETTLEMENT-NOT-DUE.',
);

export const settleNetted = writeOperation({
  kind: 'SettleNetted',
  summary: 'Settle several affirmed instructions between the same two parties at once, moving only the net amounts (a party)',
  description: 'Every rule is checked for every leg of every instruction in order; the first refusal refuses all of them (its instruction and leg in the details). '
    + 'Instructions between other parties: 422 ST2-NETTING-MISMATCH.',
  tags,
  status: 200,
  schema: { body: commandBody('SettleNetted', []) },
  submission: ({ body }) => ({ input: body }),
});

const SettlementView = Type.Composite([SettlementSchema, Type.Object({
  price: Type.Optional(PriceSchema),
  beneficialOwner: Type.Optional(Type.Object({ owner: Id }, { description: 'Settled for a custody account party: the beneficial owner, for the custodian\'s org and the regulator' })),
})]);

export const readSettlement = operation({
  summary: 'Read a settlement instruction and its status',
  description: 'Staff of any org see the public instruction (the price\'s hash only); the `price` is added for the parties\' organisations and the regulator. An investor reads only its own instructions.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({}), response: { 200: SettlementView } },
  handle: async (request, _reply, { consistency, readModel, submitter }) => {
    await consistency.reach(request.query);
    const settlement = await readModel.settlement(request.params.id);
    if (!settlement) throw new NotFoundError(`Unknown settlement ${request.params.id}.`, { settlementId: request.params.id });
    const principal = principalOf(request);
    await requireSelfIfInvestor(principal, principal.id === settlement.buyer ? settlement.buyer : settlement.seller, readModel);
    const [price, beneficialOwner] = await Promise.all([
      settlement.priceHash && await mayReadPrice(principal, settlement, readModel) ? submitter.evaluate(principal, { fn: QUERIES.settlementPrice, args: [settlement.id] }).then((bytes) => priceCodec.parse(bytes)) : undefined,
      ownerOf(principal, settlement, readModel, submitter),
    ]);
    return { ...settlement, ...(price ? { price } : {}), ...(beneficialOwner ? { beneficialOwner } : {}) };
  },
});

export const settlementsOf = operation({
  summary: 'Settlement instructions of a party',
  description: 'Every instruction the identity is the seller or the buyer of, by id, paged (public fields: no price). An investor may ask only for itself.',
  tags,
  effect: 'read',
  schema: { querystring: readQuery({ party: Id, ...Paging }), response: { 200: pageOf(SettlementSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { party, limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principalOf(request), party, readModel);
    return readModel.settlementsOf(party, { limit, cursor });
  },
});

/** A settled instruction's beneficial owner, for the custody account party's org and the regulator. */
async function ownerOf(principal: Principal, settlement: SettlementRecord, readModel: ReadModel, submitter: Services['submitter']): Promise<{ owner: string } | undefined> {
  if (settlement.status !== 'settled') return undefined;
  const parties = await Promise.all([settlement.seller, settlement.buyer].map((id) => readModel.identity(id)));
  const account = parties.find((identity) => identity?.custody);
  if (!account || !mayReadRecord(principal, account.org)) return undefined;
  return ownerCodec.parse(await submitter.evaluate(principal, { fn: QUERIES.settlementOwner, args: [settlement.id] }));
}

/** The regulator, and the organisations that onboarded the seller or the buyer. */
async function mayReadPrice(principal: Principal, settlement: SettlementRecord, readModel: ReadModel): Promise<boolean> {
  const parties = await Promise.all([settlement.seller, settlement.buyer].map((id) => readModel.identity(id)));
  return parties.some((identity) => identity !== undefined && mayReadRecord(principal, identity.org));
}
