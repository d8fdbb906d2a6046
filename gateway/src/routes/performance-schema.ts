import { Type } from '@sinclair/typebox';
import { Id } from '@st2/chaincode';
import { MIN_OBSERVATIONS } from '../analytics';

/** Bounds on one request: beyond them the answer is 400 ST2-TOO-MANY-OBSERVATIONS rather than a long read. */
export const MAX_PERIODS = 2_000;
export const MAX_ROUNDS_READ = 20_000;
export const MAX_DISTRIBUTIONS_READ = 10_000;

/** The performance model's name and version: a change of formula, convention or input set is a new version. */
export const PERFORMANCE_MODEL = 'st2-performance/1';

const Millis = (description: string, example: number) => Type.Integer({ minimum: 0, description, examples: [example] });
const Frequency = Type.Union([Type.Literal('daily'), Type.Literal('weekly'), Type.Literal('monthly')], { description: 'Periods of the series: daily (weekdays, 252 a year), weekly (ISO weeks, 52), monthly (12)', examples: ['weekly'] });

export const PerformanceQuery = {
  benchmark: Type.Optional(Type.String({ ...Id, description: 'An index feed (kind index) to compare with: beta, alpha, tracking error, information ratio, capture', examples: ['EU-REIT-TR'] })),
  feed: Type.Optional(Type.String({ ...Id, description: 'The security\'s price or NAV feed (base = the security\'s id); default the only one there is', examples: ['ACME-EQ-EUR'] })),
  from: Type.Optional(Millis('Start, ms since the epoch (inclusive); default a year before `to`', 1_735_689_600_000)),
  to: Type.Optional(Millis('End, ms since the epoch (inclusive); default now', 1_767_225_600_000)),
  freq: Type.Optional(Frequency),
  riskFreeBps: Type.Optional(Type.Number({ minimum: -5_000, maximum: 5_000, description: 'Risk-free rate a year in basis points (also the Sortino minimum acceptable return); default 0', examples: [200] })),
  confidence: Type.Optional(Type.Number({ minimum: 0.5, maximum: 0.999, description: 'Confidence of VaR and ES; default 0.95', examples: [0.95] })),
};

const figure = {
  formula: Type.String({ description: 'The formula\'s id (docs/pricing.md states each)', examples: ['st2-analytics/sharpe/1'] }),
  unit: Type.Union([Type.Literal('decimal'), Type.Literal('ratio')], { description: 'decimal: 0.05 is 5%; ratio: unitless', examples: ['ratio'] }),
  basis: Type.Union([Type.Literal('horizon'), Type.Literal('annual'), Type.Literal('period'), Type.Literal('none')], {
    description: 'horizon: over the whole series; annual: a year; period: one period of the series; none: not a rate', examples: ['annual'],
  }),
  value: Type.Union([Type.Number(), Type.Null()], { description: 'Null when absent: then `absent` says why', examples: [0.83] }),
  absent: Type.Optional(Type.String({ description: `Why there is no value (a ratio or risk figure needs ${MIN_OBSERVATIONS} observations)`, examples: [`The Sharpe ratio needs at least ${MIN_OBSERVATIONS} observations, not 12`] })),
};
const Figure = Type.Object(figure);
const Dated = (description: string) => Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description, examples: [1_767_225_600_000] });
const DrawdownFigure = Type.Object({
  ...figure,
  peak: Dated('The peak\'s period (its start, ms since the epoch); null for a series that never fell'),
  trough: Dated('The trough\'s period'),
  recovery: Dated('The first period back at the peak\'s level; null: not recovered'),
});

const Point = Type.Object({
  period: Type.Integer({ minimum: 0, description: 'The period\'s start (UTC midnight), ms since the epoch', examples: [1_767_571_200_000] }),
  gap: Type.Boolean({ description: 'No observation in the period: marked, never filled', examples: [false] }),
  level: Type.Union([Type.Number(), Type.Null()], { description: 'The period\'s close (last usable round), in the feed\'s quote per whole unit', examples: [25.2] }),
  index: Type.Union([Type.Number(), Type.Null()], { description: 'The total-return index, 1 at the first close', examples: [1.0123] }),
  return: Type.Union([Type.Number(), Type.Null()], { description: 'The one-period return (decimal), null at the first close and after a gap', examples: [0.0042] }),
});

export const PerformanceSchema = Type.Object({
  securityId: Id,
  feedId: Type.String({ ...Id, description: 'The price or NAV feed the series is made from' }),
  frequency: Frequency,
  from: Millis('Start, ms since the epoch', 1_735_689_600_000),
  to: Millis('End, ms since the epoch', 1_767_225_600_000),
  series: Type.Object({
    kind: Type.Literal('total-return', { description: 'The security\'s series reinvests every cash distribution declared on the ledger (none is a total return too)' }),
    points: Type.Array(Point, { maxItems: MAX_PERIODS }),
  }),
  observations: Type.Integer({ minimum: 0, description: 'One-period returns the figures use', examples: [27] }),
  gaps: Type.Array(Type.Integer({ minimum: 0 }), { description: 'Periods with no observation', examples: [[1_767_571_200_000]] }),
  distributions: Type.Integer({ minimum: 0, description: 'Cash distributions reinvested (record times in the series)', examples: [1] }),
  metrics: Type.Object({
    totalReturn: Figure, annualisedReturn: Figure, volatility: Figure, sharpeRatio: Figure, sortinoRatio: Figure,
    maxDrawdown: DrawdownFigure, valueAtRisk: Figure, expectedShortfall: Figure,
  }),
  confidence: Type.Number({ description: 'Of VaR and ES', examples: [0.95] }),
  riskFreeBps: Type.Number({ description: 'Risk-free rate a year used, basis points', examples: [0] }),
  benchmark: Type.Union([Type.Object({
    feedId: Id,
    returns: Type.Union([Type.Literal('price-return'), Type.Literal('total-return')], { description: 'What the index counts, from its feed definition (absent there: price-return)', examples: ['total-return'] }),
    observations: Type.Integer({ minimum: 0, description: 'Periods where both have a one-period return', examples: [26] }),
    metrics: Type.Object({ beta: Figure, alpha: Figure, trackingError: Figure, informationRatio: Figure, upCapture: Figure, downCapture: Figure }),
  }), Type.Null()]),
  warnings: Type.Array(Type.Object({
    code: Type.Literal('price-vs-total-return'),
    message: Type.String({ examples: ['The security is a total-return series and the benchmark a price one: the total-return side includes distributions the other does not'] }),
  })),
  model: Type.String({ description: 'The performance model and its version', examples: [PERFORMANCE_MODEL] }),
  inputsHash: Type.String({
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the canonical JSON (keys sorted) of { model, securityId, securityDecimals, feed, benchmark, rounds, distributions, frequency, from, to, riskFreeBps, confidence }: '
      + 'each feed as { feedId, version, decimals } with the rounds read (roundId, observedAt, value, status), each distribution as { id, recordTime, rate, cashDecimals }',
    examples: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  }),
});
