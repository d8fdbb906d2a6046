import { DAY_MS } from '@st2/chaincode';
import { perPeriod, type Rate } from './rate';

/** How often a series is observed; periods a year for annualising: 252 trading days, 52 weeks, 12 months. */
export const FREQUENCIES = { daily: 252, weekly: 52, monthly: 12 } as const;
export type Frequency = keyof typeof FREQUENCIES;

/** A price index counts price moves only; a total-return index reinvests distributions. Comparing the two misleads. */
export type IndexKind = 'price' | 'total-return';

/** A price, NAV or index level at a time (ms). Analytics are statistics, so values are numbers, not money. */
export interface Observation {
  readonly at: number;
  readonly value: number;
}

/** A distribution per unit (a dividend, a coupon) going ex at `at`: reinvested in the total return at the next close. */
export interface CashDistribution {
  readonly at: number;
  readonly amount: number;
}

/**
 * One period of a return series. `index` is the total-return index (1 at the first close), chained across gaps from
 * the last close before them (the return over a gap is known, only not per period); `return` is the one-period
 * return, null at the first close and after a gap. A gap is a period with no observation: null, never filled.
 */
export type ReturnPoint =
  | { readonly period: number; readonly gap: false; readonly level: number; readonly index: number; readonly return: Rate<'period'> | null }
  | { readonly period: number; readonly gap: true; readonly level: null; readonly index: null; readonly return: null };

export interface ReturnSeries {
  readonly kind: IndexKind;
  readonly frequency: Frequency;
  readonly points: readonly ReturnPoint[];
}

/**
 * The period an instant falls in, as the UTC midnight starting it: its day (Saturdays and Sundays belong to no
 * trading day and are dropped), its ISO week's Monday, or its month's first day.
 */
export function periodOf(at: number, frequency: Frequency): number | null {
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  const date = new Date(day);
  switch (frequency) {
    case 'daily': return date.getUTCDay() === 0 || date.getUTCDay() === 6 ? null : day;
    case 'weekly': return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
    case 'monthly': return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  }
}

/** How many periods of `frequency` [from, to] spans, counted up to `cap` + 1 at most (a bound check need not count on). */
export function periodCount(from: number, to: number, frequency: Frequency, cap: number): number {
  const day = Math.floor(from / DAY_MS) * DAY_MS;
  // A weekend starts no trading day: the first daily period is the Monday after it.
  let period = periodOf(from, frequency) ?? day + ((8 - new Date(day).getUTCDay()) % 7) * DAY_MS;
  let count = 0;
  for (; period <= to && count <= cap; period = nextPeriod(period, frequency)) count++;
  return count;
}

function nextPeriod(period: number, frequency: Frequency): number {
  switch (frequency) {
    case 'daily': {
      const weekday = new Date(period).getUTCDay();
      return period + (weekday === 5 ? 3 : 1) * DAY_MS;
    }
    case 'weekly': return period + 7 * DAY_MS;
    case 'monthly': {
      const date = new Date(period);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
  }
}

/**
 * A total-return series: each period's level is its last observation (its close); the return of a period is
 * (Pₜ + Dₜ) / Pₜ₋₁ − 1, Dₜ the distributions going ex after the previous close and up to this one (for a
 * 'total-return' input, distributions are already in the level and are not added again). A period without an
 * observation is a gap: marked, not filled, and the period after it has no return either (a return across a gap is
 * not a one-period return).
 */
export function returnSeries(observations: readonly Observation[], distributions: readonly CashDistribution[], kind: IndexKind, frequency: Frequency): ReturnSeries {
  const closes = new Map<number, Observation>();
  for (const o of [...observations].sort((a, b) => a.at - b.at)) {
    const period = periodOf(o.at, frequency);
    if (period !== null && Number.isFinite(o.value) && o.value > 0) closes.set(period, o);
  }
  const periods = [...closes.keys()];
  const points: ReturnPoint[] = [];
  let previous: { close: Observation; index: number } | null = null;
  let afterGap = false;
  for (let period = periods[0]!; periods.length > 0 && period <= periods.at(-1)!; period = nextPeriod(period, frequency)) {
    const close = closes.get(period);
    if (!close) {
      points.push({ period, gap: true, level: null, index: null, return: null });
      afterGap = true;
      continue;
    }
    const growth = previous ? (close.value + distributedBetween(distributions, kind, previous.close.at, close.at)) / previous.close.value : 1;
    const index: number = (previous?.index ?? 1) * growth;
    points.push({ period, gap: false, level: close.value, index, return: previous && !afterGap ? perPeriod(growth - 1) : null });
    previous = { close, index };
    afterGap = false;
  }
  return { kind: kind === 'price' && distributions.length > 0 ? 'total-return' : kind, frequency, points };
}

/** Distributions per unit going ex in (from, to]; none for a total-return index, whose level already holds them. */
function distributedBetween(distributions: readonly CashDistribution[], kind: IndexKind, from: number, to: number): number {
  return kind === 'price' ? distributions.filter((d) => d.at > from && d.at <= to).reduce((sum, d) => sum + d.amount, 0) : 0;
}

/** The returns of the periods that have one, in order. */
export function periodReturns(series: ReturnSeries): { period: number; value: Rate<'period'> }[] {
  return series.points.flatMap((p) => (p.return === null ? [] : [{ period: p.period, value: p.return }]));
}
