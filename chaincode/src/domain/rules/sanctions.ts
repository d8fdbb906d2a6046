import { reject, type Rejection } from '../decision';
import { publishesListRoot, type Feed } from '../oracle/feed';
import { readFeed, requireUsable } from '../oracle/reading';
import { nonMembershipProblem, type NonMembershipProof } from '../oracle/sanctions-list';
import type { SanctionsListUsed, SanctionsScreening } from '../sanctions';
import type { RuleSet } from '../security';
import type { Rule, TransferFacts } from './facts';

/**
 * Sanctions screening (`rules.sanctions`): the feed's current list must be younger than `maxListAge`
 * (ST2-SANCTIONS-STALE), the movement must carry proofs made for that list's version (ST2-SANCTIONS-PROOF),
 * and each party's proof must show it absent from the list (ST2-SANCTIONED). Issuance screens the recipient.
 * A movement that carries no proofs (settlement legs, holds, batches, distributions) is refused: screening
 * fails closed.
 */
export const sanctions: Rule = {
  name: 'sanctions',
  check: (facts) => {
    const screening = facts.security.rules.sanctions;
    if (!screening) return null;
    const list = currentList(facts, screening);
    if ('ok' in list) return list;
    const proofs = facts.sanctionsProofs;
    if (!proofs) return proofProblem(`The movement carries no proofs against sanctions list ${screening.feed}.`, { feedId: screening.feed });
    if (proofs.listVersion !== list.version) {
      return proofProblem(`The proofs were made for version ${proofs.listVersion} of sanctions list ${screening.feed}; its current version is ${list.version}.`, {
        feedId: screening.feed, listVersion: proofs.listVersion, version: list.version,
      });
    }
    const parties: readonly (readonly ['sender' | 'recipient', string, NonMembershipProof | undefined])[] = facts.sender
      ? [['sender', facts.sender.identity.id, proofs.from], ['recipient', facts.recipient.identity.id, proofs.to]]
      : [['recipient', facts.recipient.identity.id, proofs.to]];
    for (const [side, party, proof] of parties) {
      if (!proof) return proofProblem(`The ${side} ${party} has no proof against sanctions list ${screening.feed}.`, { feedId: screening.feed, party, side });
      const problem = nonMembershipProblem(list.root, party, proof);
      if (problem) {
        return reject('ST2-SANCTIONED', `The ${side} ${party} is not shown absent from version ${list.version} of sanctions list ${screening.feed} (${problem}).`, {
          feedId: screening.feed, version: list.version, party, side,
        });
      }
    }
    return null;
  },
};

/** The list the security is screened against now, or why there is none it may use. */
function currentList({ feeds, at }: TransferFacts, { feed: feedId, maxListAge }: SanctionsScreening): SanctionsListUsed | Rejection {
  const feed = feeds[feedId];
  if (!feed || !publishesListRoot(feed.definition)) {
    return reject('ST2-SANCTIONS-STALE', `No sanctions list is published by feed ${feedId}.`, { feedId });
  }
  const reading = readFeed(feed, feed.latest, at, { maxAgeMs: maxListAge * 1000 });
  if (reading.status === 'stale') {
    return reject('ST2-SANCTIONS-STALE', `Sanctions list ${feedId} is older than the security accepts (${maxListAge} s), or not published yet.`, {
      feedId, maxListAge, ...(reading.round ? { version: reading.round.roundId, asOf: reading.round.observedAt } : {}),
    });
  }
  const usable = requireUsable(reading);
  if (!usable.ok) return usable;
  const { roundId, listRoot } = usable.round;
  if (!listRoot) return reject('ST2-SANCTIONS-STALE', `Feed ${feedId}'s round ${roundId} has no list root.`, { feedId });
  return { feedId, version: roundId, root: listRoot };
}

function proofProblem(message: string, details: Record<string, unknown>): Rejection {
  return reject('ST2-SANCTIONS-PROOF', message, details);
}

/** The event field of a movement the rule screened: the list version it was screened against. */
export function screenedBy(facts: TransferFacts): { sanctionsList?: SanctionsListUsed } {
  const screening = facts.security.rules.sanctions;
  if (!screening) return {};
  const list = currentList(facts, screening);
  return 'ok' in list ? {} : { sanctionsList: list };
}

/** Rules that screen must name a sanctions-list feed that exists: refused when set (at creation or later), not at every movement. */
export function sanctionsFeedProblem(rules: RuleSet, feeds: Readonly<Record<string, Feed>>): Rejection | null {
  const feedId = rules.sanctions?.feed;
  if (feedId === undefined) return null;
  const feed = feeds[feedId];
  if (!feed) return reject('ST2-NOT-FOUND', `Unknown oracle feed ${feedId}.`, { feedId });
  if (!publishesListRoot(feed.definition)) return reject('ST2-INVALID-INPUT', `Feed ${feedId} is a ${feed.definition.kind} feed, not a sanctions list.`, { feedId, kind: feed.definition.kind });
  return null;
}
