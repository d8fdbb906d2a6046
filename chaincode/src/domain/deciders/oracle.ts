import { requireRole } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import type { ConsortiumChange } from '../governance';
import { configDigest, definitionProblem, publishesListRoot } from '../oracle/feed';
import { tallyReport } from '../oracle/report';
import { deviationBps, roundRef, type Round } from '../oracle/round';
import { refs, type Refs, type Slice } from '../slice';

type FeedChange = Extract<ConsortiumChange, { kind: 'SetOracleFeed' }>;
type ReleaseChange = Extract<ConsortiumChange, { kind: 'ReleaseOracleRound' }>;

/** What an oracle change touches besides its governance records. */
export function oracleChangeRefs(change: ConsortiumChange): Refs {
  if (change.kind === 'SetOracleFeed') return refs({ feeds: [change.feedId] });
  if (change.kind === 'ReleaseOracleRound') return refs({ feeds: [change.feedId], rounds: [[change.feedId, change.roundId]] });
  return refs({});
}

export function roundRefs(cmd: CommandOf<'SubmitOracleRound'>): Refs {
  return refs({ feeds: [cmd.feedId] });
}

/** A feed's definition, once the consortium approved it: version 1 at creation, the next one at each change. */
export function feedEffects(change: FeedChange, at: number, slice: Slice): Decision<DomainEvent> {
  const problem = definitionProblem(change.definition);
  if (problem) return reject('ST2-ORACLE-SIGNERS', problem, { feedId: change.feedId });
  const version = (slice.feeds[change.feedId]?.version ?? 0) + 1;
  return accept([{ type: 'OracleFeedSet', v: 1, at, feedId: change.feedId, version, digest: configDigest(change.feedId, version, change.definition), definition: change.definition }]);
}

/** A quarantined round becomes usable (and the feed's value, unless a later round is already in use). */
export function releaseEffects(change: ReleaseChange, at: number, slice: Slice): Decision<DomainEvent> {
  const round = slice.rounds[roundRef(change.feedId, change.roundId)];
  if (!round) return reject('ST2-NOT-FOUND', `Feed ${change.feedId} has no round ${change.roundId}.`, { feedId: change.feedId, roundId: change.roundId });
  if (round.status !== 'quarantined') {
    return reject('ST2-ORACLE-NOT-QUARANTINED', `Round ${change.roundId} of feed ${change.feedId} is ${round.status}, not quarantined.`, { feedId: change.feedId, roundId: change.roundId, status: round.status });
  }
  return accept([{ type: 'OracleRoundReleased', v: 1, at, feedId: change.feedId, roundId: change.roundId }]);
}

/**
 * A round: relayed by an admin or agent of a member org (the transmitter vouches for nothing: the signatures
 * do), for the feed's current configuration, with a round id and observation times past the last round's.
 */
export function decideRound(cmd: CommandOf<'SubmitOracleRound'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireRole(actor, 'admin', 'agent');
  if (denied) return denied;
  const feed = slice.feeds[cmd.feedId];
  if (!feed) return reject('ST2-NOT-FOUND', `Unknown oracle feed ${cmd.feedId}.`, { feedId: cmd.feedId });
  if (cmd.configDigest !== feed.digest) {
    return reject('ST2-ORACLE-CONFIG-MISMATCH', `The report was signed for another configuration of feed ${cmd.feedId} than its current version ${feed.version}.`, { feedId: cmd.feedId, version: feed.version, digest: feed.digest });
  }
  if (cmd.roundId <= feed.lastRoundId) {
    return reject('ST2-ORACLE-ROUND-REPLAYED', `Round ${cmd.roundId} of feed ${cmd.feedId} is not after its last round ${feed.lastRoundId}.`, { feedId: cmd.feedId, roundId: cmd.roundId, lastRoundId: feed.lastRoundId });
  }
  if (publishesListRoot(feed.definition) !== (cmd.listRoot !== undefined)) {
    return reject('ST2-INVALID-INPUT', `A round of a sanctions-list feed carries its list root, and only such a round does (feed ${cmd.feedId} is a ${feed.definition.kind} feed).`, { feedId: cmd.feedId, kind: feed.definition.kind });
  }
  const tally = tallyReport(feed, cmd.roundId, cmd.observations, cmd.listRoot);
  if ('ok' in tally) return tally;
  if (tally.latestObservedAt > at) {
    return reject('ST2-ORACLE-OBSERVATION-TIME', `An observation is dated after the transaction (${tally.latestObservedAt} > ${at}).`, { feedId: cmd.feedId, observedAt: tally.latestObservedAt, at });
  }
  if (tally.observedAt <= feed.lastObservedAt) {
    return reject('ST2-ORACLE-OBSERVATION-TIME', `An observation is not after the last round's (${tally.observedAt} <= ${feed.lastObservedAt}).`, { feedId: cmd.feedId, observedAt: tally.observedAt, lastObservedAt: feed.lastObservedAt });
  }
  const { band, maxDeviationBps } = feed.definition;
  if (tally.value < band.min || tally.value > band.max) {
    return reject('ST2-ORACLE-OUT-OF-BAND', `Feed ${cmd.feedId}'s median ${tally.value} is outside its band [${band.min}, ${band.max}]: refused, not clamped.`, {
      feedId: cmd.feedId, value: tally.value.toString(), min: band.min.toString(), max: band.max.toString(),
    });
  }
  const deviation = feed.latest ? deviationBps(feed.latest.value, tally.value) : 0;
  const quarantined = deviation > maxDeviationBps;
  const round: Round = {
    feedId: cmd.feedId, roundId: cmd.roundId, value: tally.value, low: tally.low, high: tally.high, observedAt: tally.observedAt, recordedAt: at,
    configVersion: feed.version, signers: [...tally.signers], status: quarantined ? 'quarantined' : 'accepted', ...(quarantined ? { deviationBps: deviation } : {}),
    ...(cmd.listRoot ? { listRoot: cmd.listRoot } : {}),
  };
  return accept([{ type: 'OracleRoundRecorded', v: 1, at, round }]);
}
