import { Type, type Static } from '@sinclair/typebox';
import type { ClaimIssuer } from './identity';
import { Closed, Topic } from './schema';

/**
 * The consortium's trust in claim issuers as a whole (one record, key `trust`): how many issuers are
 * trusted (for the documented limit) and a revision that grows whenever trust is withdrawn (an issuer
 * removed, or a topic taken from it). A confidential allowlist records the revision it was built under:
 * once the revision moved, a member may hold only claims that no longer count, so the list is stale.
 * Adding trust never moves it: a list built under less trust admits no one it should not.
 */
export const TrustRegistrySchema = Closed({
  revision: Type.Integer({ minimum: 0 }),
  issuers: Type.Integer({ minimum: 0 }),
});
export type TrustRegistry = Static<typeof TrustRegistrySchema>;

/** The one key of the registry in a slice's `trust` record. */
export const TRUST_KEY = 'consortium';
export const EMPTY_TRUST: TrustRegistry = { revision: 0, issuers: 0 };

/** Trusted claim issuers at once: a new one past it is refused with ST2-LIMIT-EXCEEDED. */
export const MAX_TRUSTED_ISSUERS = 64;
/** Topics one issuer may be trusted for (the command schema refuses more as ST2-INVALID-INPUT). */
export const MAX_TOPICS_PER_ISSUER = 16;

/** The topics an issuer is trusted for (a change of them replaces them all). */
export const IssuerTopicsSchema = Type.Array(Topic, { minItems: 1, maxItems: MAX_TOPICS_PER_ISSUER, uniqueItems: true });

/** Whether the issuer is trusted for anything: a removed issuer's record stays, trusted for no topic. */
export function isTrusted(issuer: ClaimIssuer | undefined): issuer is ClaimIssuer {
  return issuer !== undefined && issuer.topics.length > 0;
}

/** Whether going from `before` to `after` topics withdraws trust in any topic (a narrowing or a removal). */
export function withdrawsTrust(before: readonly string[], after: readonly string[]): boolean {
  return before.some((topic) => !after.includes(topic));
}
