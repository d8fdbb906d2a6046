import { bondOfDebt, couponSchedule, scheduleTermsOf, type DebtLikeTerms } from '../../../chaincode/src/domain';
import { refusedWith } from './refused-with';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const terms: DebtLikeTerms = { kind: 'debt', faceValue: 100_000n, currency: 'EUR', couponRateBps: 425, couponFrequency: 'semiannual', maturityDate: d('2030-06-30') };

describe('a debt security\'s ledger terms as a bond', () => {
  it('prices on the schedule the ledger declares coupons from, the issue date defaulting to the creation time', () => {
    const b = bondOfDebt(terms, d('2026-01-15'));
    expect(b.periods).toEqual(couponSchedule({ ...scheduleTermsOf(terms, d('2026-01-15')), convention: 'unadjusted' }));
    expect(b.periods[0]!.start).toBe(d('2026-01-15'));
    expect(b.couponRate).toEqual({ numerator: 17n, denominator: 400n });
  });

  it('keeps the terms\' stubs: a long first one, or a short last one rolled forward from the issue date', () => {
    for (const stub of [{ firstStub: 'long' as const }, { lastStub: 'short' as const }]) {
      const stubbed = { ...terms, issueDate: d('2026-03-10'), ...stub };
      expect(bondOfDebt(stubbed, d('2026-01-15')).periods).toEqual(couponSchedule({ ...scheduleTermsOf(stubbed, d('2026-01-15')), convention: 'unadjusted' }));
    }
    expect(bondOfDebt({ ...terms, issueDate: d('2026-03-10'), lastStub: 'short' }, d('2026-01-15')).periods.at(-1)).toMatchObject({ start: d('2030-03-10'), end: d('2030-06-30'), regular: false });
  });

  it('refuses a floating coupon with ST2-INVALID-INPUT rather than price it as fixed', () => {
    refusedWith('ST2-INVALID-INPUT', () => bondOfDebt({ ...terms, couponRateBps: 0, floating: { reference: 'EURIBOR-6M', spreadBps: 75 } }, d('2026-01-15')));
  });
});
