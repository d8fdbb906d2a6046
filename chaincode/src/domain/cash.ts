import { Type } from '@sinclair/typebox';
import { reject, type Rejection } from './decision';
import type { Role } from './roles';
import { Closed } from './schema';

/**
 * Cash on the ledger: a permissioned token per currency (a tokenised deposit), kept as a security of kind
 * `cash` so that it has holdings, identity checks and the rules engine of every other security, and a
 * settlement can treat its payment leg as a second security. What sets it apart: it is created, issued and
 * redeemed only under the `cash-issuer` role (which the consortium grants a named bank in
 * network/topology.json), and rules that describe an investment (lock-ups, accreditation, holder counts,
 * approvals, fees, venues) are refused at creation and later (ST2-RULE-NOT-APPLICABLE).
 */
export const CashTerms = Closed({
  kind: Type.Literal('cash'),
  /** ISO 4217 alphabetic code; the unit is the currency's smallest unit at the security's `decimals`. */
  currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code, e.g. EUR' }),
});

/** The role that holds a security's configuration and its supply: `cash-issuer` for cash, `issuer` for the rest. */
export function issuerRoleOf(terms: { readonly kind: string }): Role {
  return terms.kind === 'cash' ? 'cash-issuer' : 'issuer';
}

/**
 * Rules that make no sense for money: a payment is not locked up, seasoned or approved, every holder of a
 * deposit is not counted against a cap, and cash moves exactly (no fee skimmed off a payment leg). KYC,
 * jurisdictions, party lists, balance and supply caps and window limits stay available.
 */
export const CASH_INAPPLICABLE_RULES = [
  'lockupUntil', 'minHoldingPeriodMs', 'accreditedOnly', 'maxHolders', 'maxHoldersPerJurisdiction', 'approvalRequired', 'transferFee', 'venueLimits',
] as const;

/** The refusal of a cash rule set that sets any of them, naming them all. */
export function cashRulesProblem(securityId: string, rules: object): Rejection | null {
  const set = CASH_INAPPLICABLE_RULES.filter((rule) => rule in rules && (rules as Record<string, unknown>)[rule] !== undefined);
  if (set.length === 0) return null;
  return reject('ST2-RULE-NOT-APPLICABLE', `Cash ${securityId} cannot have the rule(s) ${set.join(', ')}.`, { securityId, rules: set });
}
