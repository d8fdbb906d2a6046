import { scheduleTermsOf, type DebtLikeTerms } from '../debt';
import { bond, type Bond } from './bond';
import { requireInput } from './valuation-error';

/**
 * A debt (or hybrid) security's ledger terms as a bond to price: the same schedule the ledger declares coupons
 * from (the issue date defaulting to the creation time, as there; its first or last stub), the fixed coupon in its
 * basis points. A floating coupon depends on reference rates not observed yet: refused with ST2-INVALID-INPUT, not priced as if fixed.
 */
export function bondOfDebt(terms: DebtLikeTerms, createdAt: number): Bond {
  requireInput(terms.floating === undefined, 'A floating-rate coupon depends on rates not observed yet: only fixed coupons are priced');
  const schedule = scheduleTermsOf(terms, createdAt);
  const { issueDate, maturityDate, frequency, dayCount } = schedule;
  const stubs = { ...(schedule.firstStub ? { firstStub: schedule.firstStub } : {}), ...(schedule.lastStub ? { lastStub: schedule.lastStub } : {}) };
  return bond({ issueDate, maturityDate, frequency, dayCount, coupon: { bps: terms.couponRateBps }, ...stubs });
}
