import { DAY_MS } from '../window-counters';

/**
 * Calendar arithmetic on UTC days. A date is a timestamp in milliseconds, as everywhere in the codebase; the
 * schedule works on whole UTC days (a timestamp's day is the one it falls in, UTC, and dates it returns are UTC
 * midnights), through Date.UTC and getUTC* alone, so neither the host's time zone nor its locale can shift a day.
 */


export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

/** The UTC midnight starting the day `ms` falls in. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function toCalendarDate(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function fromCalendarDate({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `start` to `end` (negative when `end` is earlier): the "actual" of the ACT day counts. */
export function daysBetween(start: number, end: number): number {
  return Math.round((startOfDay(end) - startOfDay(start)) / DAY_MS);
}

/**
 * `months` months after `ms` (before it when negative), on `rollDay` of the month or the month's last day when
 * it is shorter (31 January + 1 month = 28 or 29 February). Schedules pass the maturity's day of the month as
 * `rollDay` and count every date from the maturity, so a short month does not pull later dates to the 28th.
 */
export function addMonths(ms: number, months: number, rollDay: number = toCalendarDate(ms).day): number {
  const { year, month } = toCalendarDate(ms);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return fromCalendarDate({ year: targetYear, month: targetMonth, day: Math.min(rollDay, daysInMonth(targetYear, targetMonth)) });
}
