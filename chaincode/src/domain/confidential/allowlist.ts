import { emptyHolding } from '../holding';
import type { Identity } from '../identity';
import { evaluateRules } from '../rules';
import { accreditedOnly } from '../rules/accredited-only';
import { jurisdiction } from '../rules/jurisdiction';
import { requiredClaims } from '../rules/required-claims';
import type { Security } from '../security';
import type { ConfidentialSlice } from './slice';

/**
 * The recipient-side rules that depend on the identity alone, so they can be folded into the allowlist:
 * required claims (valid, trusted, unexpired, unrevoked), jurisdiction, accredited-only. Rules that need
 * amounts or holders (caps, daily limits, holding periods) cannot be checked on hidden amounts.
 */
const IDENTITY_RULES = [requiredClaims, jurisdiction, accreditedOnly];

function eligible(security: Security, identity: Identity, slice: ConfidentialSlice, at: number): boolean {
  const facts = {
    security,
    stats: { supply: 0n, holders: 0 },
    recipient: { identity, holding: emptyHolding(security.id, identity.id) },
    issuers: slice.issuers,
    amount: 0n,
    at,
  };
  return evaluateRules(facts, IDENTITY_RULES).broken === null;
}

/** Public keys of every eligible identity with a registered key, in the slice's (key) order. */
export function allowlistLeaves(security: Security, slice: ConfidentialSlice, at: number): string[] {
  const leaves: string[] = [];
  for (const [identityId, key] of slice.keys) {
    const identity = slice.identities[identityId];
    if (identity && eligible(security, identity, slice, at)) leaves.push(key.publicKey);
  }
  return leaves;
}
