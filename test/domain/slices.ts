import {
  decide, dependentRefs, evolve, evolveAll, holdingRef, issuersReferencedBy, jurisdictionRef, mergeSlices, partyRef, payoutRef, refs, operatorRef, requestRef, requiredRefs, roundRef, touchedBy, touchedThrough, voteRef,
  type Actor, type Command, type CommandKind, type Decision, type DomainEvent, type Envelope, type Refs, type Slice,
} from '@st2/chaincode';
import { command, consortium, type World } from './world';

/**
 * What the property tests check of every decision: the chaincode, which loads only what a command's refs
 * name, and the projections, which load only what an event touches, reach the same records as the whole world.
 */

/** Only what `refs` names: what a projection (`touchedBy`) or the chaincode (`requiredRefs`...) loads. */
function restrict(slice: Slice, refs: Refs): Slice {
  const pick = <T>(records: Readonly<Record<string, T>>, ids: readonly string[]) =>
    Object.fromEntries(ids.flatMap((id) => (records[id] === undefined ? [] : [[id, records[id] as T]])));
  return {
    identities: pick(slice.identities, refs.identities),
    issuers: pick(slice.issuers, refs.issuers.map(partyRef)),
    securities: pick(slice.securities, refs.securities),
    stats: pick(slice.stats, refs.stats),
    holdings: pick(slice.holdings, refs.holdings.map(([s, h]) => holdingRef(s, h))),
    jurisdictions: pick(slice.jurisdictions, refs.jurisdictions.map(([s, j]) => jurisdictionRef(s, j))),
    trust: pick(slice.trust, refs.trust),
    requests: pick(slice.requests, refs.requests.map(([s, id]) => requestRef(s, id))),
    holds: pick(slice.holds, refs.holds),
    settlements: pick(slice.settlements, refs.settlements),
    changes: pick(slice.changes, refs.changes),
    consortium: pick(slice.consortium, refs.consortium),
    proposals: pick(slice.proposals, refs.proposals),
    votes: pick(slice.votes, refs.votes.map(([p, v]) => voteRef(p, v))),
    operators: pick(slice.operators, refs.operators.map(([s, h, o]) => operatorRef(s, h, o))),
    distributions: pick(slice.distributions, refs.distributions),
    payouts: pick(slice.payouts, refs.payouts.map(([d, h]) => payoutRef(d, h))),
    feeds: pick(slice.feeds, refs.feeds),
    rounds: pick(slice.rounds, refs.rounds.map(([f, r]) => roundRef(f, r))),
    corporateActions: pick(slice.corporateActions, refs.corporateActions),
    approvals: pick(slice.approvals, refs.approvals),
  };
}

/** Folding each event into just the records `touchedBy` then `touchedThrough` name gives the same records as folding it into the world. */
export function expectProjectionsAgree(before: Slice, events: readonly Parameters<typeof evolve>[1][]): void {
  let world = before;
  for (const event of events) {
    const first = restrict(world, touchedBy(event));
    const through = touchedThrough(event, first);
    const refs = { ...touchedBy(event), jurisdictions: [...touchedBy(event).jurisdictions, ...through.jurisdictions] };
    const partial = evolve(restrict(world, refs), event);
    world = evolve(world, event);
    expect(partial).toEqual(restrict(world, refs));
  }
}

/** What the chaincode's repository loads for a command: its required refs, then `dependentRefs` until they ask for nothing new, each with their claim issuers. */
function loadedFor(world: Slice, cmd: Command, env: Envelope): Slice {
  const load = (wanted: Refs) => {
    const loaded = restrict(world, wanted);
    return mergeSlices(loaded, restrict(world, refs({ issuers: issuersReferencedBy(Object.values(loaded.identities)) })));
  };
  let slice = load(requiredRefs(cmd, env));
  for (let loaded = ''; ;) {
    const more = dependentRefs(cmd, slice, env);
    const wanted = JSON.stringify(more);
    if (wanted === loaded) return slice;
    slice = mergeSlices(slice, load(more));
    loaded = wanted;
  }
}

/**
 * Deciding on only what the chaincode loads (a transfer between holders who keep a balance loads no
 * stats) gives the same decision as on the whole world, and folding its events there writes the same records.
 */
export function expectLoadedSliceAgrees(before: Slice, after: Slice, cmd: Command, env: Envelope, expected: Decision<DomainEvent>): void {
  const loaded = loadedFor(before, cmd, env);
  const decision = decide(cmd, env, loaded);
  expect(decision).toEqual(expected);
  if (!decision.ok) return;
  const written = evolveAll(loaded, decision.events);
  expect(written).toEqual(restrict(after, {
    identities: Object.keys(written.identities), issuers: Object.values(written.issuers), securities: Object.keys(written.securities),
    stats: Object.keys(written.stats), holdings: Object.values(written.holdings).map((h) => [h.securityId, h.holder] as const), trust: Object.keys(written.trust),
    jurisdictions: Object.values(written.jurisdictions).map((j) => [j.securityId, j.jurisdiction] as const),
    requests: Object.values(written.requests).map((r) => [r.securityId, r.id] as const),
    holds: Object.keys(written.holds),
    settlements: Object.keys(written.settlements),
    changes: Object.keys(written.changes), consortium: Object.keys(written.consortium),
    proposals: Object.keys(written.proposals), votes: Object.values(written.votes).map((v) => [v.proposalId, v.voter] as const),
    operators: Object.values(written.operators).map((o) => [o.securityId, o.holder, o.operator] as const),
    distributions: Object.keys(written.distributions), payouts: Object.values(written.payouts).map((p) => [p.distributionId, p.holder] as const),
    feeds: Object.keys(written.feeds), rounds: Object.values(written.rounds).map((r) => [r.feedId, r.roundId] as const),
    corporateActions: Object.keys(written.corporateActions),
    approvals: Object.keys(written.approvals),
  }));
}

/** Runs a command in the world, checking that what the chaincode loads decides the same and that projections fold its events the same. */
export function runChecked(world: World, actor: Actor, kind: CommandKind, input: Record<string, unknown>, facts: Pick<Envelope, 'custody'> = {}): Decision<DomainEvent> {
  const before = world.slice;
  const decision = world.run(actor, kind, input, facts);
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command(kind, input), { actor, at: world.now, consortium, ...facts }, decision);
  return decision;
}
