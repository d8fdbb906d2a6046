import { reject, type Rejection } from './decision';
import type { Claim, ClaimIssuer, Identity } from './identity';
import { nameOf, partyRef, sameParty, type Party } from './party';
import type { RuleSet } from './security';

/** What verification reads of an identity: its id (for messages) and its claims. */
export type Claimant = Pick<Identity, 'id' | 'claims'>;

/**
 * Whether an identity is verified for a topic at a time (ERC-3643 `isVerified`, per topic): it is when
 * ANY of its claims on the topic counts, i.e. is not revoked, comes from an issuer the consortium trusts
 * for that topic now (not only when issued) and has not expired. A claim that does not count is only
 * that: it never makes the verdict an error, and another issuer's valid claim still verifies.
 */
export type TopicVerdict =
  /** `claim`: of the claims that count, the one that lasts longest. */
  | { readonly topic: string; readonly verified: true; readonly claim: Claim }
  | { readonly topic: string; readonly verified: false; readonly rejection: Rejection };

export function topicVerdict(identity: Claimant, topic: string, issuers: Readonly<Record<string, ClaimIssuer>>, at: number): TopicVerdict {
  const claims = claimsOn(identity, topic);
  if (claims.length === 0) {
    return { topic, verified: false, rejection: reject('ST2-KYC-MISSING', `${identity.id} has no '${topic}' claim.`, { identity: identity.id, topic }) };
  }
  const judged = claims.map((claim) => ({ claim, problem: claimProblem(identity, claim, issuers, at) }));
  const counting = judged.filter((j) => j.problem === null).map((j) => j.claim);
  if (counting.length > 0) return { topic, verified: true, claim: counting.reduce((a, b) => (b.expiresAt > a.expiresAt ? b : a)) };
  // None counts: the reason is that of the latest claim (the one the investor most likely relies on), the others in details.
  const latest = judged.reduce((a, b) => (b.claim.issuedAt >= a.claim.issuedAt ? b : a));
  const problem = latest.problem ?? unreachableProblem();
  const others = judged.map((j) => ({ issuer: j.claim.issuer, code: j.problem?.code }));
  return { topic, verified: false, rejection: { ...problem, details: { ...problem.details, claims: others } } };
}

/** The topics a security requires of its holders: its required claims, and `accredited` for accredited-only securities. */
export function requiredTopics(rules: Pick<RuleSet, 'requiredClaims' | 'accreditedOnly'>): string[] {
  return [...new Set([...rules.requiredClaims, ...(rules.accreditedOnly ? [ACCREDITED_TOPIC] : [])])];
}

/** Whether an identity is verified for a security (ERC-3643 `isVerified`): per required topic, the verdict the transfer rules use. */
export function verificationOf(identity: Claimant, topics: readonly string[], issuers: Readonly<Record<string, ClaimIssuer>>, at: number): { verified: boolean; topics: TopicVerdict[] } {
  const verdicts = topics.map((topic) => topicVerdict(identity, topic, issuers, at));
  return { verified: verdicts.every((v) => v.verified), topics: verdicts };
}

/** The refusal for an identity not verified for a topic, or null when it is. */
export function claimRejection(identity: Claimant, topic: string, issuers: Readonly<Record<string, ClaimIssuer>>, at: number): Rejection | null {
  const verdict = topicVerdict(identity, topic, issuers, at);
  return verdict.verified ? null : verdict.rejection;
}

/** Why one claim does not count (null: it does). */
function claimProblem(identity: Claimant, claim: Claim, issuers: Readonly<Record<string, ClaimIssuer>>, at: number): Rejection | null {
  const { topic } = claim;
  const details = { identity: identity.id, topic, issuer: claim.issuer };
  if (claim.revoked) return reject('ST2-CLAIM-REVOKED', `${identity.id}'s '${topic}' claim by ${nameOf(claim.issuer)} was revoked.`, details);
  if (!issuers[partyRef(claim.issuer)]?.topics.includes(topic)) {
    return reject('ST2-UNTRUSTED-ISSUER', `${identity.id}'s '${topic}' claim comes from ${nameOf(claim.issuer)}, not trusted for '${topic}'.`, details);
  }
  if (at >= claim.expiresAt) {
    return reject('ST2-CLAIM-EXPIRED', `${identity.id}'s '${topic}' claim by ${nameOf(claim.issuer)} expired on ${new Date(claim.expiresAt).toISOString()}.`, {
      ...details, expiresAt: claim.expiresAt,
    });
  }
  return null;
}

function unreachableProblem(): never {
  throw new Error('claims: a claim that does not count has a problem');
}

/** An identity's claims on a topic, from every issuer, revoked ones included. */
export function claimsOn(identity: Claimant, topic: string): readonly Claim[] {
  return identity.claims[topic] ?? [];
}

/** The claim a given issuer made on a topic, if any. */
export function claimBy(identity: Claimant, topic: string, issuer: Party): Claim | undefined {
  return claimsOn(identity, topic).find((c) => sameParty(c.issuer, issuer));
}

/** The topic's claims with `claim` in place of its issuer's previous one (a re-issue), or added beside the others. */
export function withClaim(claims: readonly Claim[], claim: Claim): Claim[] {
  const replaced = claims.map((c) => (sameParty(c.issuer, claim.issuer) ? claim : c));
  return replaced.includes(claim) ? replaced : [...claims, claim];
}

/** The claim issuers a set of identities' claims refer to (the adapter loads them in a second step). */
export function issuersReferencedBy(identities: readonly Claimant[]): Party[] {
  return uniqueParties(identities.flatMap((i) => Object.values(i.claims).flatMap((claims) => claims.map((c) => c.issuer))));
}

export function uniqueParties(parties: readonly Party[]): Party[] {
  return [...new Map(parties.map((p) => [partyRef(p), p])).values()];
}

export const ACCREDITED_TOPIC = 'accredited';
