import { Type } from '@sinclair/typebox';
import {
  accruedInterest, accruedOnFace, bondOfDebt, cleanPrice, dirtyPrice, fractionToNumber, Id, isDebtLike, stateCodecs, startOfDay, ValuationError, yieldToMaturity,
  type Compounding, type Feed,
} from '@st2/chaincode';
import {
  BOND_PRICE_MODEL, describedMetrics, holderConcentration, inputsHash, perUnitDistribution, perYear, performanceReport, periodCount, returnSeries, roundObservations, turnoverRatio,
  type Frequency, type Movement,
} from '../analytics';
import { principalOf, type Principal } from '../auth/principal';
import { ApiError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors/api-error';
import type { AuditLog } from '../projections/audit-log';
import { MAX_PAGE_SIZE } from '../projections/paging';
import type { ReadModel, SecurityRecord } from '../projections/read-model';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { benchmarkFeed, distributionsIn, roundsIn, securityFeed, tooMany, type FeedRounds } from './performance-inputs';
import { MAX_PERIODS, PERFORMANCE_MODEL, PerformanceQuery, PerformanceSchema } from './performance-schema';
import { IdParams, readQuery } from './schemas';

/** Bounds on what one request reads: beyond them the answer says it is incomplete rather than reading on. */
export const MAX_HOLDERS_READ = 100_000;
export const MAX_TRANSFERS_READ = 100_000;

const Millis = (description: string) => Type.Integer({ minimum: 0, description, examples: [1_767_225_600_000] });

const ConcentrationSchema = Type.Object({
  securityId: Id,
  holders: Type.Integer({ minimum: 0, description: 'Identities with a positive balance', examples: [3] }),
  supply: Type.String({ description: 'Units held in all, a decimal string in the smallest unit', examples: ['2000'] }),
  hhi: Type.Union([Type.Number({ minimum: 0, maximum: 10_000 }), Type.Null()], {
    description: 'Herfindahl-Hirschman index, 0 to 10,000: the sum of the squared percentage shares of the supply (null when nobody holds any or the holders were not all read)',
    examples: [4050],
  }),
  topTenShare: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: 'The ten largest holders\' part of the supply, a decimal (null as for hhi)', examples: [1],
  }),
  turnover: Type.Object({
    from: Millis('Start of the period, ms since the epoch (inclusive)'),
    to: Millis('End of the period, ms since the epoch (inclusive)'),
    volume: Type.String({ description: 'Units moved by holder transfers in the period (forced transfers, recoveries, are not trading), a decimal string', examples: ['300'] }),
    ratio: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], { description: 'Volume over the current supply, a decimal (null when the supply is 0)', examples: [0.15] }),
  }),
  complete: Type.Boolean({ description: `False when the security has more than ${MAX_HOLDERS_READ} holders or ${MAX_TRANSFERS_READ} transfers: the figures that would need the rest are null or partial` }),
});

const tags = ['analytics'];

export const readHolderConcentration = operation({
  summary: 'Holder concentration and turnover of a security',
  description: 'How concentrated a security\'s holdings are (HHI, the ten largest holders\' share) and how much of it changed hands over a period, from the read models. No holder is named. The regulator and staff may ask about any security; an investor only about one it holds.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({
      from: Type.Optional(Millis('Start of the turnover period, ms since the epoch; default 0')),
      to: Type.Optional(Millis('End of the turnover period, ms since the epoch; default now')),
    }),
    response: { 200: ConcentrationSchema },
  },
  handle: async (request, _reply, { consistency, readModel, audit, clock }) => {
    const securityId = request.params.id;
    const { from = 0, to = clock() } = request.query;
    await consistency.reach(request.query);
    const found = await readModel.security(securityId);
    if (!found) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
    await requireHolderIfInvestor(principalOf(request), securityId, readModel);
    const [balances, transfers] = await Promise.all([allBalances(readModel, securityId), transferVolume(audit, securityId, from, to)]);
    const figures = balances.complete ? holderConcentration(balances.values) : null;
    return {
      securityId,
      holders: found.stats.holders,
      supply: found.stats.supply,
      hhi: figures?.hhi ?? null,
      topTenShare: figures?.topTenShare ?? null,
      turnover: { from, to, volume: transfers.volume.toString(), ratio: turnoverRatio(transfers.volume, BigInt(found.stats.supply)) },
      complete: balances.complete && transfers.complete,
    };
  },
});


/** An investor sees the figures of a security it holds, through the org that onboarded it; no other. */
export async function requireHolderIfInvestor(principal: Principal, securityId: string, readModel: ReadModel): Promise<void> {
  if (principal.role !== 'investor') return;
  await requireSelfIfInvestor(principal, principal.id, readModel);
  const holding = await readModel.holding(securityId, principal.id);
  if (!holding || BigInt(holding.balance) === 0n) {
    throw new ForbiddenError(`An investor sees the analytics of securities it holds; ${principal.id} holds no ${securityId}.`, { security: securityId });
  }
}

async function allBalances(readModel: ReadModel, securityId: string): Promise<{ values: bigint[]; complete: boolean }> {
  const values: bigint[] = [];
  let cursor: string | undefined;
  do {
    const page = await readModel.holdersOf(securityId, { limit: MAX_PAGE_SIZE, cursor });
    values.push(...page.items.map((item) => BigInt(item.balance)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && values.length < MAX_HOLDERS_READ);
  return { values, complete: cursor === undefined };
}

/** Units moved by non-forced transfers with a transaction time in [from, to], read from the audit log's index. */
async function transferVolume(audit: AuditLog, securityId: string, from: number, to: number): Promise<{ volume: bigint; complete: boolean }> {
  const { movements, complete } = await holderTransfers(audit, securityId, from, to);
  return { volume: movements.reduce((sum, m) => sum + m.amount, 0n), complete };
}

/**
 * The security's holder transfers (forced transfers and recoveries are not trading) with a transaction time in
 * [from, to], from the audit log's index, up to MAX_TRANSFERS_READ of its transfers read.
 */
export async function holderTransfers(audit: AuditLog, securityId: string, from: number, to: number): Promise<{ movements: Movement[]; complete: boolean }> {
  const movements: Movement[] = [];
  let read = 0;
  let cursor: string | undefined;
  do {
    const page = await audit.events({ securityId, type: 'Transferred' }, { limit: MAX_PAGE_SIZE, cursor });
    for (const row of page.items) {
      const event = row.event as { securityId?: unknown; amount?: unknown; forced?: unknown };
      if (event.securityId === securityId && event.forced !== true && typeof event.amount === 'string' && row.timestamp >= from && row.timestamp <= to) {
        movements.push({ timestamp: row.timestamp, amount: BigInt(event.amount) });
      }
    }
    read += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && read < MAX_TRANSFERS_READ);
  return { movements, complete: cursor === undefined };
}

const YEAR_MS = 365 * 86_400_000;

export const readSecurityPerformance = operation({
  summary: 'Performance of a security, against a benchmark index',
  description: 'A total-return series of the security from its price or NAV feed\'s usable rounds (each period\'s close) and the cash distributions declared on it (reinvested at their record time), '
    + 'gaps marked and not filled, and its metrics: total and annualised return, volatility, maximum drawdown with its dates, Sharpe and Sortino, historical VaR and ES; against `benchmark` (an index feed) '
    + 'beta, alpha, tracking error, information ratio, up and down capture. Each figure names its formula (docs/pricing.md), unit and basis; a ratio or risk figure needs 20 one-period returns, '
    + 'else its value is null and `absent` says why. Comparing with a price-return index warns. The regulator and staff may ask about any security; an investor only about one it holds (else 403). '
    + `More than ${MAX_PERIODS} periods, or too many rounds or distributions in the range: 400 ST2-TOO-MANY-OBSERVATIONS.`,
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(PerformanceQuery), response: { 200: PerformanceSchema } },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    const securityId = request.params.id;
    const { to = clock(), freq = 'daily', riskFreeBps = 0, confidence = 0.95 } = request.query;
    const from = request.query.from ?? Math.max(0, to - YEAR_MS);
    if (from > to) throw new InvalidInputError(`The range starts (${from}) after it ends (${to}).`, { from, to });
    if (periodCount(from, to, freq, MAX_PERIODS) > MAX_PERIODS) throw tooMany(`The range holds more than ${MAX_PERIODS} ${freq} periods: narrow it or lower the frequency.`, { from, to, freq });
    await consistency.reach(request.query);
    const found = await readModel.security(securityId);
    if (!found) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
    await requireHolderIfInvestor(principalOf(request), securityId, readModel);
    const feed = await securityFeed(readModel, securityId, request.query.feed);
    const benchmark = request.query.benchmark === undefined ? null : await benchmarkFeed(readModel, request.query.benchmark);
    return performanceOf(readModel, found.security, { feed, benchmark, from, to, freq, riskFreeBps, confidence });
  },
});

interface PerformanceRequest {
  readonly feed: Feed;
  readonly benchmark: Feed | null;
  readonly from: number;
  readonly to: number;
  readonly freq: Frequency;
  readonly riskFreeBps: number;
  readonly confidence: number;
}

/** Reads the inputs in the range, builds both series at the frequency and reports every metric, with the inputs' hash. */
async function performanceOf(readModel: ReadModel, security: SecurityRecord, request: PerformanceRequest): Promise<typeof PerformanceSchema.static> {
  const { feed, benchmark, from, to, freq, riskFreeBps, confidence } = request;
  const [own, theirs, distributions] = await Promise.all([
    roundsIn(readModel, feed, from, to), benchmark && roundsIn(readModel, benchmark, from, to), distributionsIn(readModel, security, feed.definition.quote, from, to),
  ]);
  const cash = distributions.map((d) => perUnitDistribution(d, security.decimals));
  // Every distribution on the ledger is reinvested, so the series is a total return even when none fell in the range.
  const series = { ...returnSeries(roundObservations(own.rounds, feed.definition.decimals), cash, 'price', freq), kind: 'total-return' as const };
  const returns = benchmark?.definition.returns ?? 'price-return';
  const benchmarkSeries = theirs && returnSeries(roundObservations(theirs.rounds, theirs.feed.definition.decimals), [], returns === 'total-return' ? 'total-return' : 'price', freq);
  const report = performanceReport(series, benchmarkSeries, { riskFree: perYear(riskFreeBps / 10_000), confidence });
  const metrics = describedMetrics(report);
  const hashed = (used: FeedRounds) => ({ feedId: used.feed.id, version: used.feed.version, decimals: used.feed.definition.decimals, rounds: used.rounds });
  const inputs = {
    model: PERFORMANCE_MODEL, securityId: security.id, securityDecimals: security.decimals, feed: hashed(own), benchmark: theirs && { ...hashed(theirs), returns },
    distributions, frequency: freq, from, to, riskFreeBps, confidence,
  };
  return {
    securityId: security.id, feedId: feed.id, frequency: freq, from, to,
    series: { kind: series.kind, points: series.points.map((p) => ({ period: p.period, gap: p.gap, level: p.level, index: p.index, return: p.return })) },
    observations: report.observations, gaps: [...report.gaps], distributions: distributions.length,
    metrics: metrics.security, confidence, riskFreeBps,
    benchmark: theirs && metrics.benchmark && { feedId: theirs.feed.id, returns, observations: report.benchmark?.observations ?? 0, metrics: metrics.benchmark },
    warnings: [...report.warnings], model: PERFORMANCE_MODEL, inputsHash: inputsHash(inputs),
  };
}

const COMPOUNDINGS: readonly Compounding[] = ['periodic-simple-last', 'periodic'];

const BondPriceSchema = Type.Object({
  securityId: Id,
  settlement: Millis('The settlement day (its UTC midnight), ms since the epoch'),
  compounding: Type.Union(COMPOUNDINGS.map((c) => Type.Literal(c)), { description: 'How the yield discounts (docs/pricing.md)' }),
  yieldBps: Type.Number({ description: 'Yield to maturity, basis points a year, compounded at the coupon frequency', examples: [450] }),
  cleanPrice: Type.Number({ description: 'Per 100 of face value, without accrued interest', examples: [98.7654] }),
  dirtyPrice: Type.Number({ description: 'Per 100 of face value, accrued interest included', examples: [99.9987] }),
  accruedInterest: Type.Number({ description: 'Per 100 of face value', examples: [1.2333] }),
  accruedPerUnit: Type.String({ description: 'Accrued interest on one unit\'s face value, in the currency\'s minor unit, rounded half up', examples: ['123'] }),
  model: Type.String({ description: 'The pricing model and its version', examples: [BOND_PRICE_MODEL] }),
  inputsHash: Type.String({
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the canonical JSON (keys sorted) of { model, securityId, terms, createdAt, settlement, compounding } and the yieldBps or cleanPrice given: the same inputs give the same figures anywhere',
    examples: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  }),
});

export const priceBond = operation({
  summary: 'Price or yield of a fixed-coupon bond',
  description: 'A debt or hybrid security\'s clean and dirty price and accrued interest at a settlement date, from its ledger terms (the schedule its coupons are declared from): '
    + 'give `yieldBps` for the price, or `cleanPrice` (per 100) for the yield. Deterministic: anyone recomputes it with the same library (docs/pricing.md). '
    + 'ST2-INVALID-INPUT for equity, a floating coupon, or a settlement outside the bond\'s life; ST2-NO-SOLUTION for a price no yield explains.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({
      settlement: Type.Optional(Millis('Settlement date, ms since the epoch; default now')),
      yieldBps: Type.Optional(Type.Number({ minimum: -5_000, maximum: 640_000, description: 'Yield in basis points a year (450 is 4.5%)', examples: [450] })),
      cleanPrice: Type.Optional(Type.Number({ minimum: 0, description: 'Clean price per 100 of face (positive)', examples: [98.5] })),
      compounding: Type.Optional(Type.Union(COMPOUNDINGS.map((c) => Type.Literal(c)), { description: 'Default periodic-simple-last' })),
    }),
    response: { 200: BondPriceSchema },
  },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    const { settlement = clock(), yieldBps, cleanPrice: quoted, compounding = 'periodic-simple-last' } = request.query;
    if ((yieldBps === undefined) === (quoted === undefined)) throw new InvalidInputError('Give exactly one of yieldBps (for the price) and cleanPrice (for the yield).');
    await consistency.reach(request.query);
    const found = await readModel.security(request.params.id);
    if (!found) throw new NotFoundError(`Unknown security ${request.params.id}.`, { security: request.params.id });
    const security = stateCodecs.security.decode(found.security);
    if (!isDebtLike(security.terms)) throw new InvalidInputError(`${security.id} is not a bond: only debt and hybrid securities have a price from a yield.`, { security: security.id });
    const terms = security.terms;
    const day = startOfDay(settlement);
    const inputs = { model: BOND_PRICE_MODEL, securityId: security.id, terms: found.security.terms, createdAt: security.createdAt, settlement: day, compounding, ...(yieldBps === undefined ? { cleanPrice: quoted } : { yieldBps }) };
    return valued(() => {
      const b = bondOfDebt(terms, security.createdAt);
      const yieldRate = yieldBps === undefined ? yieldToMaturity(b, settlement, { clean: quoted! }, compounding) : yieldBps / 10_000;
      return {
        securityId: security.id, settlement: day, compounding, yieldBps: yieldRate * 10_000,
        cleanPrice: cleanPrice(b, settlement, yieldRate, compounding), dirtyPrice: dirtyPrice(b, settlement, yieldRate, compounding),
        accruedInterest: fractionToNumber(accruedInterest(b, settlement)), accruedPerUnit: accruedOnFace(b, settlement, terms.faceValue).toString(),
        model: BOND_PRICE_MODEL, inputsHash: inputsHash(inputs),
      };
    });
  },
});

/** Runs a valuation, a refusal of the pricing library becoming the API's error with the same code. */
function valued<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ValuationError) throw new ApiError(error.code, error.message.slice(`${error.code}: `.length), error.details);
    throw error;
  }
}
