import { Type, type Static } from '@sinclair/typebox';
import { Amount, DistributionSchema, entitlementOf, Id, PayoutSchema, Timestamp, valueAt } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { DistributionRecord, HoldingRecord, PayoutRecord } from '../projections/read-model';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, EmptyBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { withRequestId, writeOperation } from './write';
import { custodianClaim } from './custodian-claims';

/** Cash distributions (docs/corporate-actions.md): declared on a security, paid in a cash token in batches, closed with the remainder. */
const tags = ['corporate actions'];

export const declareDistribution = writeOperation({
  kind: 'DeclareDistribution',
  summary: 'Declare a cash distribution on a security (its issuer)',
  description: 'Each unit held at `recordTime` (now or later) earns `rate` (numerator/denominator) units of `cashSecurityId` (a cash token: else 422 ST2-NOT-CASH), '
    + 'paid from `payer` (an identity of the issuer\'s org) from `paymentDate` (after the record time) on, rounded down per holder; the close pays what rounding left to `remainderAccount`. '
    + 'Opens a record-time snapshot (at most 8 per security: 422 ST2-LIMIT-EXCEEDED).',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('DeclareDistribution', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const declareCoupon = writeOperation({
  kind: 'DeclareCoupon',
  summary: 'Declare a debt security\'s coupon as a cash distribution (its issuer)',
  description: 'Coupon number `coupon` of the schedule (`GET /v1/securities/{id}/calendar`) becomes distribution `{id}:coupon:{coupon}`: each unit held at `recordTime` earns '
    + 'the coupon per unit of face value, payable from the coupon\'s payment date, paid and closed as any distribution. A floating coupon needs `fixingRoundId`, '
    + 'the round of its feed (the calendar\'s `feedId`) that is the feed\'s value at the period\'s `fixingTime` (`GET /v1/oracles/feeds/{feedId}/value?at={fixingTime}` names it): '
    + 'its rate is that value (percent) plus the spread, never below 0, and the fixing is stored on the distribution. A round that is not the last usable one at the fixing time: '
    + '422 ST2-COUPON-FIXING; stale, market closed or out of band at the fixing time: 422 with the oracle\'s code; unknown feed or round: 404 ST2-NOT-FOUND. '
    + 'Not debt, no such coupon, a fixing round for a fixed coupon, cash in another currency, a coupon rounding to nothing: 400 ST2-INVALID-INPUT; declared already: 409 ST2-ALREADY-EXISTS.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('DeclareCoupon', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const payDistribution = writeOperation({
  kind: 'PayDistribution',
  summary: 'Pay a batch of holders (the issuer or an agent, from the payer\'s org)',
  description: 'At most 100 holders, all or none: each its units at the record time × rate, rounded down, by a cash transfer from the payer judged by the cash token\'s rules. '
    + 'Before the payment date: 422 ST2-DISTRIBUTION-NOT-DUE; a holder already paid: 409 ST2-ALREADY-PAID; none held at the record time: 422 ST2-NO-ENTITLEMENT; '
    + 'a holder the cash cannot reach: its rule\'s code; each with `details.holder` and `details.index`, so the batch can go again without it.',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('PayDistribution', ['distributionId']) },
  submission: ({ params, body }) => ({ input: { distributionId: params.id, holders: body.holders } }),
});

export const payCustodyDistribution = custodianClaim(
  'Pay a batch of a custody account\'s beneficial owners their entitlement (the account\'s custodian)',
  'From the payment date, in batches: the custodian\'s gateway names the next 100 owners with a position in the security that no batch paid yet, privately (their positions, '
    + 'checked by every endorser against the ledger\'s hashes, and each owner\'s private paid marker); each owner is paid its position × rate, rounded down, into its cash position '
    + 'inside the account, and a redemption burns their units with their positions. Public: the account, the batch\'s units and sum, and the record-time units still `outstanding`: '
    + 'call again until none are. Not its custodian: 403 ST2-UNAUTHORIZED; positions past the outstanding units: 422 ST2-CUSTODY-POSITIONS; the account paid already, or an owner '
    + 'paid by an earlier batch: 409 ST2-ALREADY-PAID; nothing held at the record time: 422 ST2-NO-ENTITLEMENT; an owner the cash cannot reach: its rule\'s code with `details.index`.',
  tags,
  async (desk, caller, { id, accountId, requestId }, { readModel }) => {
    const distribution = foundDistribution(await readModel.distribution(id), id);
    return desk.payDistribution(caller, withRequestId({ distributionId: distribution.id, accountId }, requestId), distribution);
  },
);

export const closeDistribution = writeOperation({
  kind: 'CloseDistribution',
  summary: 'Close a distribution once every unit at the record time is paid for (the issuer or an agent, from the payer\'s org)',
  description: 'Pays the rounding remainder to the remainder account, so that what was paid is exactly the declared total, and releases the snapshot. '
    + 'Units still unpaid: 422 ST2-DISTRIBUTION-INCOMPLETE; twice: 422 ST2-DISTRIBUTION-CLOSED.',
  tags,
  status: 200,
  schema: { params: IdParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { distributionId: params.id } }),
});

export const readDistribution = operation({
  summary: 'Read a distribution: its terms, status and what it has paid',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({}), response: { 200: DistributionSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    return foundDistribution(await readModel.distribution(request.params.id), request.params.id);
  },
});

export const listDistributions = operation({
  summary: 'Distributions declared on a security',
  description: 'By id, paged.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(DistributionSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return readModel.distributionsOf(request.params.id, { limit, cursor });
  },
});

export const listPayments = operation({
  summary: 'Holders a distribution has paid, with their units at the record time and the cash they received',
  description: 'By holder, paged.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(PayoutSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return readModel.payoutsOf(request.params.id, { limit, cursor });
  },
});

const EntitlementSchema = Type.Object({
  distributionId: Id,
  holder: Id,
  /** Units at the record time (before it: the current balance, which may still change). */
  units: Amount,
  amount: Amount,
  paid: Type.Boolean(),
  paidAt: Type.Optional(Timestamp),
  /** A custody account part-paid by its custodian's batches: units and amount are what its batches paid so far, these record-time units are left. */
  outstanding: Type.Optional(Amount),
}, { additionalProperties: false });

export const listEntitlements = operation({
  summary: 'Every holder at the record time with its entitlement and whether it was paid: the list a paying agent pays from',
  description: 'By holder, paged, while the distribution is open (closed: its payments). Holders who sold after the record time are listed, '
    + 'holders who bought after it are not; before the record time the units are the current balances (provisional).',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(EntitlementSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    const distribution = foundDistribution(await readModel.distribution(request.params.id), request.params.id);
    const { recordTime } = distribution;
    const page = await readModel.holdingsWhere(distribution.securityId, (holding) => unitsAtRecord(holding, recordTime) > 0n, { limit, cursor });
    const payouts = await readModel.payoutsFor(distribution.id, page.items.map((holding) => holding.holder));
    const items = page.items.map((holding, i) => {
      const payout = payouts[i];
      return payout ? paidEntitlement(payout) : unpaidEntitlement(distribution, holding.holder, unitsAtRecord(holding, recordTime));
    });
    return { items, nextCursor: page.nextCursor };
  },
});

export const readEntitlement = operation({
  summary: 'One holder\'s entitlement in a distribution and whether it was paid (an investor: its own)',
  description: 'Paid: what it received. Unpaid: its units at the record time × rate, rounded down (before the record time, provisional: the current balance).',
  tags,
  effect: 'read',
  schema: { params: Type.Object({ id: Id, holder: Id }, { additionalProperties: false }), querystring: readQuery({}), response: { 200: EntitlementSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { id, holder } = request.params;
    await requireSelfIfInvestor(principalOf(request), holder, readModel);
    await consistency.reach(request.query);
    const distribution = foundDistribution(await readModel.distribution(id), id);
    const payout = await readModel.payout(id, holder);
    if (payout) return paidEntitlement(payout);
    // Closed: every holder at the record time was paid, so one without a marker held nothing then.
    const units = distribution.status === 'closed' ? 0n : unitsAtRecord(await readModel.holding(distribution.securityId, holder), distribution.recordTime);
    return unpaidEntitlement(distribution, holder, units);
  },
});

function paidEntitlement({ distributionId, holder, units, amount, paidAt, outstanding }: PayoutRecord): Static<typeof EntitlementSchema> {
  return { distributionId, holder, units, amount, paid: outstanding === undefined, paidAt, ...(outstanding === undefined ? {} : { outstanding }) };
}

function unpaidEntitlement(distribution: DistributionRecord, holder: string, units: bigint): Static<typeof EntitlementSchema> {
  const rate = { numerator: BigInt(distribution.rate.numerator), denominator: BigInt(distribution.rate.denominator) };
  return { distributionId: distribution.id, holder, units: units.toString(), amount: entitlementOf(units, rate).toString(), paid: false };
}

function foundDistribution(distribution: DistributionRecord | undefined, id: string): DistributionRecord {
  if (!distribution) throw new NotFoundError(`Unknown distribution ${id}.`, { distributionId: id });
  return distribution;
}

/** A projected holding's balance at the record time (snapshots.ts), from its wire form. */
function unitsAtRecord(holding: HoldingRecord | undefined, recordTime: number): bigint {
  if (!holding) return 0n;
  const entries = holding.snapshots?.map((entry) => ({ recordTime: entry.recordTime, amount: BigInt(entry.amount) }));
  return valueAt(entries, BigInt(holding.balance), recordTime);
}
