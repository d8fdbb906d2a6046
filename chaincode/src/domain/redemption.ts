import { Type, type Static } from '@sinclair/typebox';
import { debtCalendarOf, isDebtLike, type DebtLikeTerms } from './debt';
import { fraction, type Fraction } from './schedule';
import type { Security } from './security';

/**
 * The end of a debt security: its principal paid and its units burned, once, on its redemption date: the
 * maturity date, or the call date when the issuer called it early (CallSecurity). From that date nothing
 * moves (ST2-MATURED) but the redemption itself, a distribution of the price per unit (DeclareRedemption)
 * whose payments burn each holder's units as they pay it; its close marks the security redeemed.
 */

export const RedemptionKindSchema = Type.Union([Type.Literal('maturity'), Type.Literal('call')], { description: 'At maturity, or early on a call' });
export type RedemptionKind = Static<typeof RedemptionKindSchema>;

/** Basis points in a whole: a call price of 10,000 bps is the face value (in lowest terms, a round price reads as an integer per unit). */
const BPS = 10_000n;

export interface Redemption {
  readonly kind: RedemptionKind;
  /** From this time on the security is matured: nothing moves, and the redemption may be declared. */
  readonly date: number;
  /** Payments begin then: the maturity's payment date by the business-day convention (never before the maturity), or the call date. */
  readonly paymentDate: number;
  /** Cash per unit, as an exact fraction: the face value at maturity, face value × price / 10,000 on a call. */
  readonly rate: Fraction;
}

/** The distribution redeeming a security: one id per security, so that it is redeemed once. */
export function redemptionDistributionId(securityId: string): string {
  return `${securityId}:redemption`;
}

/** A debt-like security's redemption, from its terms and its call if any; null for a security that is never redeemed. */
export function redemptionOf(security: Security): Redemption | null {
  return isDebtLike(security.terms) ? debtRedemption(security, security.terms) : null;
}

/** The redemption of a security with debt-like `terms` (its own). */
export function debtRedemption(security: Security, terms: DebtLikeTerms): Redemption {
  if (security.called) {
    const { callDate, priceBps } = security.called;
    return { kind: 'call', date: callDate, paymentDate: callDate, rate: fraction(terms.faceValue * BigInt(priceBps), BPS) };
  }
  const { maturity } = debtCalendarOf(terms, security.createdAt);
  return { kind: 'maturity', date: maturity.maturityDate, paymentDate: Math.max(maturity.paymentDate, maturity.maturityDate), rate: { numerator: maturity.principalPerUnit, denominator: 1n } };
}
