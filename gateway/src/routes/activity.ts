import { Type } from '@sinclair/typebox';
import { Id } from '@st2/chaincode';
import { intervalCount, securitySeries, type StatsObservation } from '../analytics';
import { principalOf } from '../auth/principal';
import { InvalidInputError, NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../projections/paging';
import type { SettlementRecord } from '../projections/read-model';
import { scopeOf, type Refusal, type RefusalFilter, type RefusalLog } from '../refusals/refusal-log';
import { holderTransfers, requireHolderIfInvestor } from './analytics';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { tooMany } from './performance-inputs';
import { IdParams, pageOf, Paging, readQuery } from './schemas';

/** Bounds on what one request reads: beyond them the answer says it is incomplete (`complete: false`). */
export const MAX_REFUSALS_READ = 100_000;
export const MAX_HISTORY_READ = 100_000;
export const MAX_SETTLEMENTS_READ = 100_000;
/** Most intervals one series answers: a longer range is refused (narrow it or use weeks). */
export const MAX_INTERVALS = 1_000;

const DAY_MS = 86_400_000;
const tags = ['analytics'];

const Millis = (description: string) => Type.Integer({ minimum: 0, description, examples: [1_767_225_600_000] });
const Period = {
  from: Type.Optional(Millis('Start of the period, ms since the epoch (inclusive); default 30 days before `to`')),
  to: Type.Optional(Millis('End of the period, ms since the epoch (inclusive); default now')),
};
const Complete = (what: string) => Type.Boolean({ description: `False when more than ${what} had to be read: the figures count what was read` });

/** [from, to] from the query, with the defaults; refused when it starts after it ends. */
function periodOf(query: { from?: number | undefined; to?: number | undefined }, now: number, days: number): { from: number; to: number } {
  const to = query.to ?? now;
  const from = query.from ?? Math.max(0, to - days * DAY_MS);
  if (from > to) throw new InvalidInputError(`The period starts (${from}) after it ends (${to}).`, { from, to });
  return { from, to };
}

const RefusalScopeSchema = Type.Union([Type.Literal('all'), Type.Literal('org'), Type.Literal('self')], {
  description: 'Whose refusals the figures cover: `all` (the regulator), `org` (the caller\'s org\'s callers), `self` (an investor\'s own)',
  examples: ['all'],
});

const REFUSALS_SEEN = 'Refusals this gateway answered to its callers\' writes: a proposal the chaincode refuses is never ordered (on Fabric as on the embedded ledger), so no block or event records it, '
  + 'and the gateway that heard the refusal counts it when it answers. A member\'s gateway therefore counts its own callers\' refusals, not another member\'s.';

const RefusalCountsSchema = Type.Object({
  from: Millis('Start of the period'),
  to: Millis('End of the period'),
  scope: RefusalScopeSchema,
  total: Type.Integer({ minimum: 0, examples: [3] }),
  byCode: Type.Array(Type.Object({
    code: Type.String({ description: 'The ST2-... reason code', examples: ['ST2-LOCKUP'] }),
    count: Type.Integer({ minimum: 1, examples: [2] }),
  }), { description: 'Reason codes by count, most frequent first (ties by code)' }),
  complete: Complete(`${MAX_REFUSALS_READ} refusals`),
}, { description: REFUSALS_SEEN });

const RefusalSchema = Type.Object({
  at: Millis('When the gateway answered the refusal'),
  code: Type.String({ description: 'The ST2-... reason code', examples: ['ST2-LOCKUP'] }),
  message: Type.String({ description: 'The chaincode\'s explanation', examples: ['alice\'s units are locked up until 2026-06-01'] }),
  route: Type.String({ description: 'The route refused', examples: ['POST /v1/transfers'] }),
  org: Type.String({ description: 'The caller\'s org', examples: ['bank1'] }),
  role: Type.String({ description: 'The caller\'s role', examples: ['investor'] }),
  identity: Type.String({ description: 'The caller\'s st2 identity', examples: ['alice'] }),
  securityId: Type.Optional(Id),
});

/** The refusal log is the gateway's own, not the ledger's read model: there is no transaction to wait for. */
const RefusalQuery = Type.Object({ ...Period, securityId: Type.Optional(Id) }, { additionalProperties: false });

function refusalFilter(principal: ReturnType<typeof principalOf>, query: { from?: number | undefined; to?: number | undefined; securityId?: string | undefined }, now: number): RefusalFilter {
  return { scope: scopeOf(principal), ...periodOf(query, now, 30), securityId: query.securityId };
}

export const readRefusalCounts = operation({
  summary: 'Refusals by reason code over a period',
  description: `${REFUSALS_SEEN} The regulator sees every one; an investor its own; any other role its org's callers'. Optionally only those naming one security.`,
  tags,
  effect: 'read',
  schema: { querystring: RefusalQuery, response: { 200: RefusalCountsSchema } },
  handle: async (request, _reply, { refusals, clock }) => {
    const filter = refusalFilter(principalOf(request), request.query, clock());
    const { items, complete } = await refusals.page(filter, { limit: MAX_REFUSALS_READ }, MAX_REFUSALS_READ);
    return { from: filter.from, to: filter.to, scope: filter.scope.kind, total: items.length, byCode: countByCode(items), complete };
  },
});

export const listRefusals = operation({
  summary: 'Refusals, newest first',
  description: `${REFUSALS_SEEN} Each with its reason code and message, who was refused and on what route; seen as for the counts. Paged backwards in time: pass nextCursor for older ones.`,
  tags,
  effect: 'read',
  schema: { querystring: Type.Object({ ...RefusalQuery.properties, ...Paging }, { additionalProperties: false }), response: { 200: pageOf(RefusalSchema) } },
  handle: async (request, _reply, { refusals, clock }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    const { items, nextCursor } = await pagedRefusals(refusals, refusalFilter(principalOf(request), request.query, clock()), limit, cursor);
    return { items, nextCursor };
  },
});

function pagedRefusals(refusals: RefusalLog, filter: RefusalFilter, limit: number, cursor: string | undefined) {
  // A sparse scope (one investor among many) reads at most this much per page, then hands back a cursor.
  return refusals.page(filter, { limit, cursor }, MAX_PAGE_SIZE * 10);
}

function countByCode(refusals: readonly Refusal[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { code } of refusals) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

const SeriesSchema = Type.Object({
  securityId: Id,
  interval: Type.Union([Type.Literal('day'), Type.Literal('week')], { examples: ['day'] }),
  from: Millis('Start of the period'),
  to: Millis('End of the period'),
  points: Type.Array(Type.Object({
    start: Millis('Start of the interval (UTC midnight; a week starts on Monday)'),
    supply: Type.String({ description: 'Units in issue at the interval\'s end, a decimal string', examples: ['1500'] }),
    holders: Type.Integer({ minimum: 0, description: 'Holders at the interval\'s end (a custody account\'s beneficial owners each count)', examples: [3] }),
    volume: Type.String({ description: 'Units moved by holder transfers in the interval (forced transfers and recoveries are not trading)', examples: ['300'] }),
  })),
  complete: Complete(`${MAX_HISTORY_READ} changes of supply or holders or ${MAX_PAGE_SIZE * 100} transfers`),
});

export const readSecuritySeries = operation({
  summary: 'Supply, holders and transfer volume of a security over time',
  description: 'Per day or week (UTC) of the period: the supply and holder count at each interval\'s end, as the ledger\'s events left them, and the units moved by holder transfers in it. '
    + 'Read from the read model\'s history of the security (kept from the first event this gateway projected). The regulator and staff may ask about any security; an investor only about one it holds. '
    + `More than ${MAX_INTERVALS} intervals: 400 ST2-TOO-MANY-OBSERVATIONS.`,
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({ ...Period, interval: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('week')], { description: 'Default day' })) }),
    response: { 200: SeriesSchema },
  },
  handle: async (request, _reply, { consistency, readModel, audit, clock }) => {
    const securityId = request.params.id;
    const interval = request.query.interval ?? 'day';
    const { from, to } = periodOf(request.query, clock(), 30);
    if (intervalCount(from, to, interval) > MAX_INTERVALS) throw tooMany(`The period holds more than ${MAX_INTERVALS} intervals of a ${interval}: narrow it or use weeks.`, { from, to, interval });
    await consistency.reach(request.query);
    if (!(await readModel.security(securityId))) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
    await requireHolderIfInvestor(principalOf(request), securityId, readModel);
    const [history, transfers] = await Promise.all([readModel.statsHistory(securityId, MAX_HISTORY_READ), holderTransfers(audit, securityId, from, to)]);
    const observations: StatsObservation[] = history.points.map((p) => ({ timestamp: p.timestamp, supply: BigInt(p.supply), holders: p.holders }));
    const points = securitySeries(observations, transfers.movements, from, to, interval)
      .map((b) => ({ start: b.start, supply: b.supply.toString(), holders: b.holders, volume: b.volume.toString() }));
    return { securityId, interval, from, to, points, complete: history.complete && transfers.complete };
  },
});

const SETTLEMENT_STATUSES = ['proposed', 'affirmed', 'settled', 'cancelled', 'failed'] as const satisfies readonly SettlementRecord['status'][];

const SettlementStatusSchema = Type.Object({
  securityId: Type.Optional(Id),
  party: Type.Optional(Id),
  total: Type.Integer({ minimum: 0, examples: [4] }),
  byStatus: Type.Object(Object.fromEntries(SETTLEMENT_STATUSES.map((status) => [status, Type.Integer({ minimum: 0, examples: [1] })])) as Record<(typeof SETTLEMENT_STATUSES)[number], ReturnType<typeof Type.Integer>>, {
    description: 'Instructions in each status: proposed and affirmed are open; settled, cancelled and failed are closed',
  }),
  complete: Complete(`${MAX_SETTLEMENTS_READ} instructions`),
});

export const readSettlementStatus = operation({
  summary: 'Settlement instructions by status',
  description: 'How many instructions are proposed, affirmed, settled, cancelled or failed: all of them, those whose securities leg is `securityId`, those `party` is the seller or buyer of, or both. '
    + 'The regulator and staff may count any; an investor only its own (`party` must be itself).',
  tags,
  effect: 'read',
  schema: { querystring: readQuery({ securityId: Type.Optional(Id), party: Type.Optional(Id) }), response: { 200: SettlementStatusSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { securityId, party } = request.query;
    await consistency.reach(request.query);
    const principal = principalOf(request);
    if (principal.role === 'investor') await requireSelfIfInvestor(principal, party ?? '', readModel);
    const keep = (s: SettlementRecord) => (securityId === undefined || s.securities.securityId === securityId) && (party === undefined || s.seller === party || s.buyer === party);
    const byStatus = Object.fromEntries(SETTLEMENT_STATUSES.map((status) => [status, 0])) as Record<SettlementRecord['status'], number>;
    let total = 0;
    let cursor: string | undefined;
    do {
      const page = await readModel.settlementsWhere(keep, { limit: MAX_PAGE_SIZE, cursor });
      for (const settlement of page.items) byStatus[settlement.status]++;
      total += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && total < MAX_SETTLEMENTS_READ);
    return { ...(securityId ? { securityId } : {}), ...(party ? { party } : {}), total, byStatus, complete: cursor === undefined };
  },
});
