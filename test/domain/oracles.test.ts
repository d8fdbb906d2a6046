import { configDigest, readFeed, requireUsable, roundRef, type Decision, type DomainEvent, type Feed, type Slice } from '@st2/chaincode';
import { newReportSigner, signedReport, signObservation, type ReportSigner } from '../../gateway/src/oracles/report-signer';
import { expectProjectionsAgree } from './slices';
import { actors, investor, T0, World } from './world';

/**
 * Oracle feeds (docs/oracles.md): definitions approved by two administrator orgs, rounds of Ed25519-signed
 * observations from the feed's signer set (2f + 1 of them), medians kept with their spread, big jumps quarantined.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const MINUTE = 60_000;
const signers: ReportSigner[] = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
const outsider = newReportSigner();
const definition = (changes: Record<string, unknown> = {}) => ({
  kind: 'price', base: 'ACME', quote: 'EUR', decimals: 2, maxAgeMs: 10 * MINUTE, maxDeviationBps: 1000,
  band: { min: '1000', max: '100000' }, signers: signers.map((s) => s.publicKey), f: 1, ...changes,
});
const feedOf = (world: World): Feed => world.slice.feeds.acme as Feed;

function withFeed(changes: Record<string, unknown> = {}): World {
  const world = new World();
  world.givenGoverned('SetOracleFeed', { feedId: 'acme', definition: definition(changes) });
  world.advance(MINUTE);
  return world;
}

/** A report of round `roundId` for the feed's current digest, each signer observing the value at its index one second ago. */
function report(world: World, roundId: number, values: bigint[], by: ReportSigner[] = signers.slice(0, values.length)) {
  return signedReport(by, { feedId: 'acme', configDigest: feedOf(world).digest, roundId }, values, world.now - 1000);
}

function submit(world: World, input: Record<string, unknown>): Decision<DomainEvent> {
  return world.run(actors.agent, 'SubmitOracleRound', input);
}

function expectRefused(world: World, input: Record<string, unknown>, code: string): void {
  const before: Slice = world.slice;
  expect(codeOf(submit(world, input))).toBe(code);
  expect(world.slice).toBe(before);
}

describe('oracle feed definitions (consortium N of M)', () => {
  it('creates a feed only once a second administrator org approves it: version 1 with the digest of its configuration', () => {
    const world = new World();
    expect(codeOf(world.run(actors.admin, 'SetOracleFeed', { feedId: 'acme', definition: definition() }))).toBe('accepted');
    expect(world.slice.feeds.acme).toBeUndefined();
    const executed = world.run(actors.admin2, 'SetOracleFeed', { feedId: 'acme', definition: definition() });
    expect(executed.ok && executed.events.map((e) => e.type)).toEqual(['ConsortiumChangeApproved', 'OracleFeedSet']);
    expect(feedOf(world)).toMatchObject({ version: 1, lastRoundId: 0, digest: configDigest('acme', 1, feedOf(world).definition) });
  });

  it('changes a feed as version 2 with a new digest, keeping its rounds', () => {
    const world = withFeed();
    world.given(actors.agent, 'SubmitOracleRound', report(world, 1, [10000n, 10010n, 10020n]));
    const first = feedOf(world).digest;
    world.givenGoverned('SetOracleFeed', { feedId: 'acme', definition: definition({ maxDeviationBps: 500 }) });
    expect(feedOf(world)).toMatchObject({ version: 2, lastRoundId: 1, latest: { roundId: 1 } });
    expect(feedOf(world).digest).not.toBe(first);
  });

  it.each([
    ['4 signers with f = 2 (needs more than 3f)', { f: 2 }],
    ['3 signers with f = 1', { signers: signers.slice(0, 3).map((s) => s.publicKey) }],
    ['a band whose minimum is above its maximum', { band: { min: '5', max: '4' } }],
    ['market hours that close before they open', { marketHours: { days: [1], opensAt: 600, closesAt: 540 } }],
  ])('refuses %s with ST2-ORACLE-SIGNERS, from the first approval on, and changes nothing', (_what, changes) => {
    const world = new World();
    const before = world.slice;
    expect(codeOf(world.run(actors.admin, 'SetOracleFeed', { feedId: 'acme', definition: definition(changes) }))).toBe('ST2-ORACLE-SIGNERS');
    expect(world.slice).toBe(before);
  });

  it('refuses fewer than 3 signers in the schema itself, with ST2-INVALID-INPUT', () => {
    const world = new World();
    expect(() => world.run(actors.admin, 'SetOracleFeed', { feedId: 'acme', definition: definition({ signers: signers.slice(0, 2).map((s) => s.publicKey), f: 0 }) })).toThrow(/ST2-INVALID-INPUT|signers/);
  });

  it.each([['an agent', actors.agent], ['an investor', investor('alice')], ['the regulator', actors.regulator]])('refuses a feed change proposed by %s with ST2-UNAUTHORIZED', (_who, actor) => {
    const world = new World();
    const before = world.slice;
    expect(codeOf(world.run(actor, 'SetOracleFeed', { feedId: 'acme', definition: definition() }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });
});

describe('oracle rounds', () => {
  it('records the lower median of 2f + 1 signed values with their spread, dated by the earliest observation', () => {
    const world = withFeed();
    const before = world.slice;
    const decision = submit(world, report(world, 1, [10030n, 10000n, 10010n, 10020n]));
    expect(codeOf(decision)).toBe('accepted');
    expect(world.slice.rounds[roundRef('acme', 1)]).toMatchObject({ value: 10010n, low: 10000n, high: 10030n, status: 'accepted', configVersion: 1, observedAt: world.now - 1000 });
    expect(feedOf(world)).toMatchObject({ lastRoundId: 1, latest: { roundId: 1, value: 10010n } });
    if (decision.ok) expectProjectionsAgree(before, decision.events);
  });

  it('accepts round ids with gaps, as long as they increase', () => {
    const world = withFeed();
    world.given(actors.agent, 'SubmitOracleRound', report(world, 1, [10000n, 10000n, 10000n]));
    world.advance(MINUTE);
    expect(codeOf(submit(world, report(world, 7, [10100n, 10100n, 10100n])))).toBe('accepted');
  });

  it('refuses a report for an unknown feed with ST2-NOT-FOUND', () => {
    const world = withFeed();
    expectRefused(world, { ...report(world, 1, [10000n, 10000n, 10000n]), feedId: 'other' }, 'ST2-NOT-FOUND');
  });

  it.each([['an investor', investor('alice')], ['the regulator', actors.regulator], ['an issuer', actors.issuer]])('refuses a round relayed by %s with ST2-UNAUTHORIZED', (_who, actor) => {
    const world = withFeed();
    const before = world.slice;
    expect(codeOf(world.run(actor, 'SubmitOracleRound', report(world, 1, [10000n, 10000n, 10000n])))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('refuses a report signed for the previous configuration with ST2-ORACLE-CONFIG-MISMATCH', () => {
    const world = withFeed();
    const old = report(world, 1, [10000n, 10000n, 10000n]);
    world.givenGoverned('SetOracleFeed', { feedId: 'acme', definition: definition({ maxAgeMs: 5 * MINUTE }) });
    expectRefused(world, old, 'ST2-ORACLE-CONFIG-MISMATCH');
    // Signed for the current digest but re-labelled with the old one: nothing verifies either way.
    expectRefused(world, { ...report(world, 1, [10000n, 10000n, 10000n]), configDigest: old.configDigest }, 'ST2-ORACLE-CONFIG-MISMATCH');
  });

  it('refuses a replayed round, and a lower round id, with ST2-ORACLE-ROUND-REPLAYED', () => {
    const world = withFeed();
    const first = report(world, 2, [10000n, 10000n, 10000n]);
    world.given(actors.agent, 'SubmitOracleRound', first);
    world.advance(MINUTE);
    expectRefused(world, first, 'ST2-ORACLE-ROUND-REPLAYED');
    expectRefused(world, report(world, 1, [10000n, 10000n, 10000n]), 'ST2-ORACLE-ROUND-REPLAYED');
  });

  it('refuses an observation signed by a key outside the signer set with ST2-ORACLE-UNKNOWN-SIGNER', () => {
    const world = withFeed();
    expectRefused(world, report(world, 1, [10000n, 10000n, 10000n], [signers[0] as ReportSigner, signers[1] as ReportSigner, outsider]), 'ST2-ORACLE-UNKNOWN-SIGNER');
  });

  it('refuses one signer counted twice with ST2-ORACLE-DUPLICATE-SIGNER', () => {
    const world = withFeed();
    const one = signers[0] as ReportSigner;
    expectRefused(world, report(world, 1, [10000n, 10000n, 10000n], [one, signers[1] as ReportSigner, one]), 'ST2-ORACLE-DUPLICATE-SIGNER');
  });

  it('refuses an observation whose value was changed after signing, or signed for another round, with ST2-ORACLE-BAD-SIGNATURE', () => {
    const world = withFeed();
    const honest = report(world, 1, [10000n, 10000n, 10000n]);
    const [a, b, c] = honest.observations;
    expectRefused(world, { ...honest, observations: [a, b, { ...c, value: '99999' }] }, 'ST2-ORACLE-BAD-SIGNATURE');
    expectRefused(world, { ...honest, roundId: 2 }, 'ST2-ORACLE-BAD-SIGNATURE');
  });

  it('refuses fewer than 2f + 1 signatures with ST2-ORACLE-QUORUM', () => {
    const world = withFeed();
    expectRefused(world, report(world, 1, [10000n, 10000n]), 'ST2-ORACLE-QUORUM');
  });

  it('refuses an observation dated after the transaction, or not after the last round, with ST2-ORACLE-OBSERVATION-TIME', () => {
    const world = withFeed();
    const round = { feedId: 'acme', configDigest: feedOf(world).digest, roundId: 1 };
    expectRefused(world, signedReport(signers.slice(0, 3), round, [10000n], world.now + 1), 'ST2-ORACLE-OBSERVATION-TIME');
    world.given(actors.agent, 'SubmitOracleRound', report(world, 1, [10000n, 10000n, 10000n]));
    world.advance(MINUTE);
    const second = { ...round, roundId: 2 };
    const late = [signObservation(signers[0] as ReportSigner, second, 10000n, world.now - 1000), signObservation(signers[1] as ReportSigner, second, 10000n, world.now - 1000)];
    const stale = signObservation(signers[2] as ReportSigner, second, 10000n, feedOf(world).lastObservedAt);
    expectRefused(world, { ...second, observations: [...late, stale] }, 'ST2-ORACLE-OBSERVATION-TIME');
  });

  it('refuses a median outside the band with ST2-ORACLE-OUT-OF-BAND: refused, not clamped', () => {
    const world = withFeed();
    expectRefused(world, report(world, 1, [100001n, 100001n, 100001n]), 'ST2-ORACLE-OUT-OF-BAND');
    expectRefused(world, report(world, 1, [999n, 999n, 999n]), 'ST2-ORACLE-OUT-OF-BAND');
  });
});

describe('quarantined jumps', () => {
  function jumped(): World {
    const world = withFeed();
    world.given(actors.agent, 'SubmitOracleRound', report(world, 1, [10000n, 10000n, 10000n]));
    world.advance(MINUTE);
    // +10.01 %: past the 10 % limit.
    world.given(actors.agent, 'SubmitOracleRound', report(world, 2, [11001n, 11001n, 11001n]));
    return world;
  }

  it('records a jump past the deviation limit as quarantined: the value in use stays the previous round\'s', () => {
    const world = jumped();
    expect(world.slice.rounds[roundRef('acme', 2)]).toMatchObject({ status: 'quarantined', deviationBps: 1001 });
    expect(feedOf(world)).toMatchObject({ lastRoundId: 2, latest: { roundId: 1, value: 10000n } });
  });

  it('accepts a move of exactly the limit', () => {
    const world = withFeed();
    world.given(actors.agent, 'SubmitOracleRound', report(world, 1, [10000n, 10000n, 10000n]));
    world.advance(MINUTE);
    world.given(actors.agent, 'SubmitOracleRound', report(world, 2, [9000n, 9000n, 9000n]));
    expect(feedOf(world).latest).toMatchObject({ roundId: 2, value: 9000n });
  });

  it('makes the round the value in use once two administrator orgs release it', () => {
    const world = jumped();
    world.given(actors.admin, 'ReleaseOracleRound', { feedId: 'acme', roundId: 2 });
    expect(feedOf(world).latest?.roundId).toBe(1);
    world.given(actors.admin2, 'ApproveConsortiumChange', { subject: 'round:acme:2' });
    expect(world.slice.rounds[roundRef('acme', 2)]?.status).toBe('released');
    expect(feedOf(world).latest).toMatchObject({ roundId: 2, value: 11001n });
  });

  it('leaves a later round in use when an older quarantined one is released', () => {
    const world = jumped();
    world.advance(MINUTE);
    world.given(actors.agent, 'SubmitOracleRound', report(world, 3, [10100n, 10100n, 10100n]));
    world.givenGoverned('ReleaseOracleRound', { feedId: 'acme', roundId: 2 });
    expect(feedOf(world).latest?.roundId).toBe(3);
  });

  it('refuses to release a round that is not quarantined with ST2-ORACLE-NOT-QUARANTINED, and an unknown one with ST2-NOT-FOUND', () => {
    const world = jumped();
    const before = world.slice;
    expect(codeOf(world.run(actors.admin, 'ReleaseOracleRound', { feedId: 'acme', roundId: 1 }))).toBe('ST2-ORACLE-NOT-QUARANTINED');
    expect(codeOf(world.run(actors.admin, 'ReleaseOracleRound', { feedId: 'acme', roundId: 9 }))).toBe('ST2-NOT-FOUND');
    expect(world.slice).toBe(before);
  });

  it('refuses a release by an agent with ST2-UNAUTHORIZED', () => {
    const world = jumped();
    const before = world.slice;
    expect(codeOf(world.run(actors.agent, 'ReleaseOracleRound', { feedId: 'acme', roundId: 2 }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });
});

describe('reading a feed', () => {
  function priced(changes: Record<string, unknown> = {}): World {
    const world = withFeed(changes);
    world.given(actors.agent, 'SubmitOracleRound', report(world, 1, [10000n, 10010n, 10040n]));
    return world;
  }

  it('answers ok with the value, its age and its confidence width', () => {
    const world = priced();
    const reading = readFeed(feedOf(world), feedOf(world).latest, world.now);
    expect(reading).toMatchObject({ status: 'ok', round: { value: 10010n }, ageMs: 1000, confidenceWidth: 40n });
    expect(requireUsable(reading)).toMatchObject({ ok: true, round: { roundId: 1 } });
  });

  it('answers stale past the feed\'s maximum age or the reader\'s tighter one, and st2\'s own use fails with ST2-ORACLE-STALE', () => {
    const world = priced();
    expect(readFeed(feedOf(world), feedOf(world).latest, world.now, { maxAgeMs: 999 }).status).toBe('stale');
    const late = readFeed(feedOf(world), feedOf(world).latest, world.now + 10 * MINUTE);
    expect(late.status).toBe('stale');
    expect(requireUsable(late)).toMatchObject({ ok: false, code: 'ST2-ORACLE-STALE' });
    expect(readFeed(feedOf(world), undefined, world.now).status).toBe('stale');
  });

  it('answers out-of-band when the band changed since the round, failing st2\'s use with ST2-ORACLE-OUT-OF-BAND', () => {
    const world = priced();
    world.givenGoverned('SetOracleFeed', { feedId: 'acme', definition: definition({ band: { min: '20000', max: '30000' } }) });
    const reading = readFeed(feedOf(world), feedOf(world).latest, world.now);
    expect(reading.status).toBe('out-of-band');
    expect(requireUsable(reading)).toMatchObject({ ok: false, code: 'ST2-ORACLE-OUT-OF-BAND' });
  });

  it('answers low-confidence when the signed values spread wider than the reader accepts (ST2-ORACLE-LOW-CONFIDENCE)', () => {
    const world = priced();
    expect(readFeed(feedOf(world), feedOf(world).latest, world.now, { maxConfidenceWidth: 40n }).status).toBe('ok');
    const wide = readFeed(feedOf(world), feedOf(world).latest, world.now, { maxConfidenceWidth: 39n });
    expect(requireUsable(wide)).toMatchObject({ ok: false, code: 'ST2-ORACLE-LOW-CONFIDENCE' });
  });

  it('answers market-closed outside market hours (T0 is a Monday, 09:00 UTC), failing st2\'s use with ST2-ORACLE-MARKET-CLOSED', () => {
    const world = priced({ marketHours: { days: [1, 2, 3, 4, 5], opensAt: 8 * 60, closesAt: 16 * 60 + 30 } });
    expect(new Date(T0).getUTCDay()).toBe(1);
    expect(readFeed(feedOf(world), feedOf(world).latest, world.now).status).toBe('ok');
    const evening = readFeed(feedOf(world), feedOf(world).latest, T0 + 8 * 60 * MINUTE);
    expect(evening.status).toBe('market-closed');
    expect(requireUsable(evening)).toMatchObject({ ok: false, code: 'ST2-ORACLE-MARKET-CLOSED' });
  });
});
