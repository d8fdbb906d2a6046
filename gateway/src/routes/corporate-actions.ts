import { Type, type Static } from '@sinclair/typebox';
import { adjustmentOf, Amount, CorporateActionSchema, Id, multiplierOf } from '@st2/chaincode';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { CorporateActionRecord, HoldingRecord } from '../projections/read-model';
import { operation } from './operation';
import { foundRecord, listSecurityRecords, readRecord, type RecordReads } from './record-reads';
import { commandBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { withRequestId, writeOperation } from './write';
import { custodianClaim } from './custodian-claims';
import { NotFoundError } from '../errors/api-error';

/** Splits, reverse splits with cash in lieu, and stock dividends (docs/corporate-actions.md). */
const tags = ['corporate actions'];

export const declareCorporateAction = writeOperation({
  kind: 'DeclareCorporateAction',
  summary: 'Declare a split, reverse split or stock dividend on an equity security (its issuer)',
  description: '`type` split: `ratio` new units for old ones (numerator > denominator); reverse-split: numerator < denominator; stock-dividend: `ratio` units added per unit held. '
    + 'From `effectiveTime` (now or later) no unit of the security moves (422 ST2-CORPORATE-ACTION-PENDING) until every holder is applied by `POST /v1/corporate-actions/{id}/batches`. '
    + 'Each holder gets floor(units × ratio); a ratio that can leave fractions needs `cashInLieu`: the fraction paid at `price` cash units per old unit from `payer` (an identity of the issuer\'s org, in a cash token: else 422 ST2-NOT-CASH). '
    + 'Another action under way or a record time at or after the effective time: 422 ST2-CORPORATE-ACTION-PENDING; the new supply past the maximum supply: 422 ST2-MAX-SUPPLY, past the maximum amount: 422 ST2-AMOUNT-LIMIT; '
    + 'not equity, a ratio that does not fit the type, fractions without cash in lieu: 400 ST2-INVALID-INPUT; an existing id: 409 ST2-ALREADY-EXISTS.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('DeclareCorporateAction', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const applyCorporateAction = writeOperation({
  kind: 'ApplyCorporateAction',
  summary: 'Apply a corporate action to a batch of holders (the issuer or an agent, of the payer\'s org when cash is paid)',
  description: 'At most 100 holders, all or none: each holding in new units, its fraction paid in cash by a transfer from the payer judged by the cash token\'s rules. '
    + 'The batch that applies the last unit completes the action (a CorporateActionCompleted event) and units move again. '
    + 'Before the effective time: 422 ST2-CORPORATE-ACTION-NOT-DUE; a holder applied already: 409 ST2-ALREADY-ADJUSTED; holding nothing: 422 ST2-NO-ENTITLEMENT; '
    + 'with units held by a hold: 422 ST2-HELD; a custody account: 422 ST2-CUSTODY-ACCOUNT; the cash cannot reach it: its rule\'s code; each with `details.holder` and `details.index`. '
    + 'Completed: 422 ST2-CORPORATE-ACTION-COMPLETED.',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('ApplyCorporateAction', ['actionId']) },
  submission: ({ params, body }) => ({ input: { actionId: params.id, holders: body.holders } }),
});

export const applyCustodyCorporateAction = custodianClaim(
  'Apply a corporate action to a batch of a custody account\'s beneficial owners (the account\'s custodian)',
  'From the effective time, in batches: the custodian\'s gateway names the next 100 owners with a position that no batch applied yet, privately (checked by every endorser against the '
    + 'ledger\'s hashes, with each owner\'s private marker); each owner\'s position becomes floor(position × ratio), its fraction paid in lieu into its cash position inside the account; '
    + 'the account changes by what its owners\' positions did, and the batch\'s adjustment shows the old units still `outstanding`: call again until none are. '
    + 'Not its custodian: 403 ST2-UNAUTHORIZED; positions past the outstanding units: 422 ST2-CUSTODY-POSITIONS; the account applied already, or an owner by an earlier batch: 409 ST2-ALREADY-ADJUSTED; '
    + 'before the effective time: 422 ST2-CORPORATE-ACTION-NOT-DUE; the account owed a distribution\'s payment first: 422 ST2-CUSTODY-RECORD-PENDING.',
  tags,
  async (desk, caller, { id, accountId, requestId }, { readModel }) => {
    const action = await readModel.corporateAction(id);
    if (!action) throw new NotFoundError(`Unknown corporate action ${id}.`, { actionId: id });
    const cash = action.cashInLieu ? { cashSecurityId: action.cashInLieu.cashSecurityId } : {};
    return desk.applyCorporateAction(caller, withRequestId({ actionId: id, accountId }, requestId), { securityId: action.securityId, ...cash });
  },
);

const reads: RecordReads<typeof CorporateActionSchema> = {
  schema: CorporateActionSchema, tags, what: 'corporate action', idKey: 'actionId',
  find: (readModel, id) => readModel.corporateAction(id),
  ofSecurity: (readModel, securityId, page) => readModel.corporateActionsOf(securityId, page),
};

export const readCorporateAction = readRecord(reads, 'Read a corporate action: its terms, status and what it has applied');

export const listCorporateActions = listSecurityRecords(reads, 'Splits, reverse splits and stock dividends declared on a security, with their status');

const EntitlementSchema = Type.Object({
  actionId: Id,
  holder: Id,
  applied: Type.Boolean({ description: 'The holding is in new units already' }),
  /** Applied: the new units held now; not applied: the units held (old units). */
  units: Amount,
  newUnits: Type.Optional(Amount),
  cash: Type.Optional(Amount),
}, { additionalProperties: false });

export const listCorporateActionEntitlements = operation({
  summary: 'Every holder of the security with what the action gives it and whether it was applied: the list an agent applies from',
  description: 'By holder, paged. Not applied: its units, and the new units and cash in lieu the action gives for them (before the effective time, provisional: the units may still move). '
    + 'Applied: its units now, in new units.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(EntitlementSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    const action = foundRecord(reads, await readModel.corporateAction(request.params.id), request.params.id);
    const page = await readModel.holdingsWhere(action.securityId, (holding) => BigInt(holding.balance) > 0n, { limit, cursor });
    return { items: page.items.map((holding) => entitlementOf(action, holding)), nextCursor: page.nextCursor };
  },
});

function entitlementOf(action: CorporateActionRecord, holding: HoldingRecord): Static<typeof EntitlementSchema> {
  const base = { actionId: action.id, holder: holding.holder, units: holding.balance };
  if (holding.corporateAction === action.id) return { ...base, applied: true };
  const fraction = (rate: { numerator: string; denominator: string }) => ({ numerator: BigInt(rate.numerator), denominator: BigInt(rate.denominator) });
  const price = action.cashInLieu ? fraction(action.cashInLieu.price) : undefined;
  const { newUnits, cash } = adjustmentOf(BigInt(holding.balance), multiplierOf(action.type, fraction(action.ratio)), price);
  return { ...base, applied: false, newUnits: newUnits.toString(), cash: cash.toString() };
}
