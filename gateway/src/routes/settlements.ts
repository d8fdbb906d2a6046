import { Type } from '@sinclair/typebox';
import { codec, Id, QUERIES, SettlementSchema } from '@st2/chaincode';
import { principalOf, type Principal } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { ReadModel, SettlementRecord } from '../projections/read-model';
import { operation } from './operation';
import { mayReadRecord, requireSelfIfInvestor } from './ownership';
import { privateJson } from './private-data';
import { commandBody, IdParams, pageOf, Paging, readQuery, withFields } from './schemas';
import { pathAction, writeOperation } from './write';

const tags = ['settlements'];

/** A trade's price: private to the two parties' organisations and the regulator (the ledger keeps its hash). */
export const PriceSchema = Type.Object({
  amount: Type.String({ pattern: '^(0|[1-9][0-9]{0,37})(\\.[0-9]{1,18})?$', description: 'The price agreed for the whole trade, a decimal string' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
}, { additionalProperties: false });
const priceCodec = codec(PriceSchema);

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
function move(kind: 'AffirmSettlement' | 'Settle' | 'CancelSettlement' | 'ExpireSettlement', summary: string, description: string) {
  return pathAction({ kind, summary, description, tags, params: IdParams, input: (params) => ({ settlementId: params.id }) });
}

export const affirmSettlement = move(
  'AffirmSettlement',
  'Affirm a settlement instruction for the caller\'s side (seller or buyer)',
  'Holds the leg the side delivers on its holding until the settlement date (422 ST2-INSUFFICIENT-BALANCE with `details.leg` when it is not available). Twice: 422 ST2-ALREADY-AFFIRMED.',
);

export const settle = move(
  'Settle',
  'Settle an instruction both sides affirmed: both legs move in one transaction, or neither (a party)',
  'Every rule of a holder transfer is checked for each leg; a refusal (422 with the rule\'s code, `details.leg` naming `securities` or `cash`) changes nothing. '
    + 'Not affirmed by both: 422 ST2-SETTLEMENT-NOT-AFFIRMED; past its settlement date: 422 ST2-SETTLEMENT-EXPIRED; closed: 422 ST2-SETTLEMENT-CLOSED.',
);

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

const SettlementView = Type.Composite([SettlementSchema, Type.Object({ price: Type.Optional(PriceSchema) })]);

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
    if (!settlement.priceHash || !(await mayReadPrice(principal, settlement, readModel))) return settlement;
    const price = await submitter.evaluate(principal, { fn: QUERIES.settlementPrice, args: [settlement.id] });
    return { ...settlement, price: priceCodec.parse(price) };
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

/** The regulator, and the organisations that onboarded the seller or the buyer. */
async function mayReadPrice(principal: Principal, settlement: SettlementRecord, readModel: ReadModel): Promise<boolean> {
  const parties = await Promise.all([settlement.seller, settlement.buyer].map((id) => readModel.identity(id)));
  return parties.some((identity) => identity !== undefined && mayReadRecord(principal, identity.org));
}
