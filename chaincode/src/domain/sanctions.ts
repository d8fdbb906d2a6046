import { Type, type StaticDecode } from '@sinclair/typebox';
import { RoundId } from './oracle/report';
import { NonMembershipProofSchema } from './oracle/sanctions-list';
import { Closed, Id, Sha256 } from './schema';

/**
 * Sanctions screening of a security's movements (docs/compliance.md, "Sanctions screening"): the security names
 * a `sanctions-list-root` oracle feed and how old its list may be; each screened movement carries, as command
 * arguments, proofs that its parties are not on the feed's current list. Every endorser verifies the same
 * proofs against the same root: nothing is fetched in the chaincode.
 */

/** The longest a security may accept a list to be: a year. */
const MAX_LIST_AGE_SECONDS = 366 * 86_400;

/** The rule: `rules.sanctions`. */
export const SanctionsScreeningSchema = Closed({
  /** The `sanctions-list-root` feed whose current list screens the parties. */
  feed: Id,
  /** Seconds the list may be old (from its as-of time, the round's earliest observation) before movements stop. */
  maxListAge: Type.Integer({ minimum: 1, maximum: MAX_LIST_AGE_SECONDS, description: 'Seconds the list may be old before screened movements are refused' }),
});
export type SanctionsScreening = StaticDecode<typeof SanctionsScreeningSchema>;

/** A movement's proofs that its parties are not listed, made for one version (round id) of the list. */
export const SanctionsProofsSchema = Closed({
  /** The list version (the feed's round id) the proofs were made for. */
  listVersion: RoundId,
  /** The sender's proof; absent for an issuance, which has no sender. */
  from: Type.Optional(NonMembershipProofSchema),
  to: NonMembershipProofSchema,
}, { description: 'Non-membership proofs of the parties against the sanctions list of the security\'s feed (GET /v1/oracles/feeds/{id}/non-membership/{party})' });
export type SanctionsProofs = StaticDecode<typeof SanctionsProofsSchema>;

/** The command fields of a screened movement. */
export const ScreenedFields = { sanctionsProofs: Type.Optional(SanctionsProofsSchema) };

/** What a screened movement's event records: the list it was screened against. */
export const SanctionsListUsedSchema = Closed({ feedId: Id, version: RoundId, root: Sha256 });
export type SanctionsListUsed = StaticDecode<typeof SanctionsListUsedSchema>;
