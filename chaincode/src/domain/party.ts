import type { Static } from '@sinclair/typebox';
import { Closed, Id, Org } from './schema';

/**
 * Who holds a power (issuer, agent, claim issuer): the organisation that vouches for the caller's
 * certificate and the st2 id inside it. An id alone names nobody: any member's CA can issue a
 * certificate carrying the same `st2.id`, so powers are stored and compared as (org, id), always.
 */
export const PartySchema = Closed({ org: Org, id: Id });
export type Party = Static<typeof PartySchema>;

export function sameParty(a: Party, b: Party): boolean {
  return a.org === b.org && a.id === b.id;
}

/** Just the party of anything that has one (an actor): what is stored, never its role. */
export function partyOf({ org, id }: Party): Party {
  return { org, id };
}

/** A party's key in a slice (claim issuers), as `holdingRef` is a holding's. */
export function partyRef({ org, id }: Party): string {
  return `${org}\u0000${id}`;
}

/** For messages: `kyc@Bank2MSP`. */
export function nameOf({ org, id }: Party): string {
  return `${id}@${org}`;
}
