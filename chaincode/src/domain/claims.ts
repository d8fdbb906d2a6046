import { reject, type Rejection } from './decision';
import type { ClaimIssuer, Identity } from './identity';
import { nameOf, partyRef, type Party } from './party';

/**
 * Whether an identity holds a valid claim on a topic at a time: present, not revoked, issued by an
 * issuer the consortium trusts for that topic (now, not only when issued), and not expired.
 */
export function claimRejection(identity: Identity, topic: string, issuers: Readonly<Record<string, ClaimIssuer>>, at: number): Rejection | null {
  const claim = identity.claims[topic];
  const details = { identity: identity.id, topic };
  if (!claim) return reject('ST2-KYC-MISSING', `${identity.id} has no '${topic}' claim.`, details);
  if (claim.revoked) return reject('ST2-CLAIM-REVOKED', `${identity.id}'s '${topic}' claim was revoked.`, details);
  if (!issuers[partyRef(claim.issuer)]?.topics.includes(topic)) {
    return reject('ST2-UNTRUSTED-ISSUER', `${identity.id}'s '${topic}' claim comes from ${nameOf(claim.issuer)}, not trusted for '${topic}'.`, { ...details, issuer: claim.issuer });
  }
  if (at >= claim.expiresAt) {
    return reject('ST2-CLAIM-EXPIRED', `${identity.id}'s '${topic}' claim expired on ${new Date(claim.expiresAt).toISOString()}.`, { ...details, expiresAt: claim.expiresAt });
  }
  return null;
}

/** The claim issuers a set of identities' claims refer to (the adapter loads them in a second step). */
export function issuersReferencedBy(identities: readonly Identity[]): Party[] {
  return uniqueParties(identities.flatMap((i) => Object.values(i.claims).map((c) => c.issuer)));
}

export function uniqueParties(parties: readonly Party[]): Party[] {
  return [...new Map(parties.map((p) => [partyRef(p), p])).values()];
}

export const ACCREDITED_TOPIC = 'accredited';
