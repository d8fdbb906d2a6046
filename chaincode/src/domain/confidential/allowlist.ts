import { requiredTopics, topicVerdict } from '../claims';
import { emptyHolding } from '../holding';
import type { Identity } from '../identity';
import { DEFAULT_PARTITION } from '../partition';
import { evaluateRules } from '../rules';
import { accreditedOnly } from '../rules/accredited-only';
import { jurisdiction } from '../rules/jurisdiction';
import { partyList } from '../rules/party-list';
import { requiredClaims } from '../rules/required-claims';
import type { Security } from '../security';
import type { ConfidentialSlice } from './slice';

/**
 * The recipient-side rules that depend on the identity alone, so they can be folded into the allowlist:
 * required claims (valid, trusted, unexpired, unrevoked), jurisdiction, accredited-only, the party lists
 * (checked here without a sender: who may receive). Rules that need amounts or holders (caps, daily
 * limits, holding periods) cannot be checked on hidden amounts.
 */
const IDENTITY_RULES = [requiredClaims, jurisdiction, accreditedOnly, partyList];

function eligible(security: Security, identity: Identity, slice: ConfidentialSlice, at: number): boolean {
  const facts = {
    security,
    stats: { supply: 0n, holders: 0 },
    holdersIn: () => 0,
    recipient: { identity, holding: emptyHolding(security.id, identity.id) },
    issuers: slice.issuers,
    feeds: {},
    amount: 0n,
    partition: DEFAULT_PARTITION,
    at,
  };
  return evaluateRules(facts, IDENTITY_RULES).broken === null;
}

/** What a refresh builds: the leaves, and when the first claim it relied on expires. */
export interface AllowlistSnapshot {
  /** Public keys of every eligible identity with a registered key, in the slice's (key) order. */
  readonly leaves: string[];
  /** The earliest expiry among the members' claims that made them eligible; undefined without members. */
  readonly validUntil: number | undefined;
}

export function allowlistSnapshot(security: Security, slice: ConfidentialSlice, at: number): AllowlistSnapshot {
  const leaves: string[] = [];
  let validUntil: number | undefined;
  for (const [identityId, key] of slice.keys) {
    const identity = slice.identities[identityId];
    if (!identity || !eligible(security, identity, slice, at)) continue;
    leaves.push(key.publicKey);
    const expiry = eligibilityExpiry(security, identity, slice, at);
    if (expiry !== undefined && (validUntil === undefined || expiry < validUntil)) validUntil = expiry;
  }
  return { leaves, validUntil };
}

/**
 * When an eligible identity stops being verified by expiry alone: per topic, when its longest-lasting
 * claim that counts expires (a second issuer's claim keeps it verified past the first's); the earliest
 * of those over the topics it needs (`eligible` checked that each has one).
 */
function eligibilityExpiry(security: Security, identity: Identity, slice: ConfidentialSlice, at: number): number | undefined {
  const expiries = requiredTopics(security.rules).flatMap((topic) => {
    const verdict = topicVerdict(identity, topic, slice.issuers, at);
    return verdict.verified ? [verdict.claim.expiresAt] : [];
  });
  return expiries.length === 0 ? undefined : Math.min(...expiries);
}
