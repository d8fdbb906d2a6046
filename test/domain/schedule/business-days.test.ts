import fc from 'fast-check';
import { BUSINESS_DAY_CONVENTIONS, HolidayCalendar } from '../../../chaincode/src/domain/schedule';

const DAY_MS = 86_400_000;

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('business-day conventions (ISDA 2006 §4.12), weekends and listed holidays', () => {
  const weekends = new HolidayCalendar();

  it('leaves a business day where it is, under every convention', () => {
    for (const convention of BUSINESS_DAY_CONVENTIONS) expect(weekends.adjust(d('2026-01-30'), convention)).toBe(d('2026-01-30'));
  });

  it('moves Saturday 31 January 2026 forward, back, or back when forward leaves the month', () => {
    expect(weekends.adjust(d('2026-01-31'), 'following')).toBe(d('2026-02-02'));
    expect(weekends.adjust(d('2026-01-31'), 'preceding')).toBe(d('2026-01-30'));
    expect(weekends.adjust(d('2026-01-31'), 'modified-following')).toBe(d('2026-01-30'));
    expect(weekends.adjust(d('2026-01-31'), 'unadjusted')).toBe(d('2026-01-31'));
  });

  it('modified following moves forward within the month', () => {
    expect(weekends.adjust(d('2026-03-01'), 'modified-following')).toBe(d('2026-03-02'));
  });

  it('skips listed holidays as weekends, whatever the time of day they are given at', () => {
    const christmas = new HolidayCalendar([d('2026-12-25') + 13 * 3_600_000, d('2026-12-28')]);
    // Friday 25 December and Monday 28 December are holidays: following from the 25th is Tuesday the 29th.
    expect(christmas.adjust(d('2026-12-25'), 'following')).toBe(d('2026-12-29'));
    expect(christmas.adjust(d('2026-12-28'), 'preceding')).toBe(d('2026-12-24'));
  });

  it('returns a business day, as a UTC midnight, never more than a week plus the holidays away (property)', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => n * DAY_MS);
    fc.assert(fc.property(day, fc.array(day, { maxLength: 10 }), fc.constantFrom(...BUSINESS_DAY_CONVENTIONS), fc.nat(DAY_MS - 1), (date, holidays, convention, timeOfDay) => {
      const calendar = new HolidayCalendar(holidays);
      const adjusted = calendar.adjust(date + timeOfDay, convention);
      // Math.abs: a day before the epoch (preceding from 1 Jan 1970) leaves a remainder of -0.
      expect(Math.abs(adjusted % DAY_MS)).toBe(0);
      if (convention === 'unadjusted') return expect(adjusted).toBe(date);
      expect(calendar.isBusinessDay(adjusted)).toBe(true);
      expect(Math.abs(adjusted - date)).toBeLessThanOrEqual((7 + holidays.length) * DAY_MS);
      if (convention === 'modified-following') expect(new Date(adjusted).getUTCMonth()).toBe(new Date(date).getUTCMonth());
    }), { examples: [[0, [0], 'preceding', 0]] });
  });
});
