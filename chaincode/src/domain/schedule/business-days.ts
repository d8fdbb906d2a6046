import { DAY_MS } from '../window-counters';
import { startOfDay } from './calendar-date';

/**
 * Business-day conventions (ISDA 2006 Definitions §4.12): where a date that is not a business day moves to.
 * - 'following': the next business day.
 * - 'modified-following': the next business day, unless it is in the next month: then the previous one.
 * - 'preceding': the previous business day.
 * - 'unadjusted': the date itself, business day or not.
 */
export const BUSINESS_DAY_CONVENTIONS = ['following', 'modified-following', 'preceding', 'unadjusted'] as const;
export type BusinessDayConvention = (typeof BUSINESS_DAY_CONVENTIONS)[number];

/** Non-business days: Saturdays, Sundays and the listed holidays (any timestamp within each holiday's UTC day). */
export class HolidayCalendar {
  private readonly holidays: ReadonlySet<number>;

  constructor(holidays: readonly number[] = []) {
    this.holidays = new Set(holidays.map(startOfDay));
  }

  isBusinessDay(ms: number): boolean {
    const weekday = new Date(ms).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(startOfDay(ms));
  }

  /** The date moved by the convention, as a UTC midnight. */
  adjust(ms: number, convention: BusinessDayConvention): number {
    const day = startOfDay(ms);
    switch (convention) {
      case 'unadjusted': return day;
      case 'following': return this.nextBusinessDay(day, 1);
      case 'preceding': return this.nextBusinessDay(day, -1);
      case 'modified-following': {
        const following = this.nextBusinessDay(day, 1);
        return new Date(following).getUTCMonth() === new Date(day).getUTCMonth() ? following : this.nextBusinessDay(day, -1);
      }
    }
  }

  /** `day` if it is a business day, else the nearest one in `direction` (a week of holidays is bounded by the list's length). */
  private nextBusinessDay(day: number, direction: 1 | -1): number {
    let candidate = day;
    while (!this.isBusinessDay(candidate)) candidate += direction * DAY_MS;
    return candidate;
  }
}
