import type { Decision, DomainEvent, Feed } from '@st2/chaincode';
import { newReportSigner, signedReport, type ReportSigner } from '../../gateway/src/oracles/report-signer';
import { SanctionsList, sanctionsProofs } from '../../gateway/src/oracles/sanctions-list';
import { actors, DAY, investor, refusedWith, World } from './world';

/**
 * Sanctions screening (docs/compliance.md, docs/oracles.md): a `sanctions-list-root` feed publishes a list's
 * Merkle root per round, signed 2f + 1 like any round; a security with `rules.sanctions` moves units only with
 * proofs that its parties are absent from the current list, no older than `maxListAge`.
 */
const HOUR = 3_600_000;
const signers: ReportSigner[] = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const definition = (changes: Record<string, unknown> = {}) => ({
  kind: 'sanctions-list-root', base: 'SDN', quote: 'parties', decimals: 0, maxAgeMs: 7 * DAY, maxDeviationBps: 1_000_000,
  band: { min: '0', max: '1000000' }, signers: signers.map((s) => s.publicKey), f: 1, ...changes,
});
const feedOf = (world: World): Feed => world.slice.feeds.sdn as Feed;

/** A report publishing `list` as round `roundId`, signed by the first three signers one second ago. */
function listReport(world: World, roundId: number, list: SanctionsList, by = signers.slice(0, 3)) {
  return signedReport(by, { feedId: 'sdn', configDigest: feedOf(world).digest, roundId, listRoot: list.root }, [BigInt(list.size)], world.now - 1000);
}

function publish(world: World, roundId: number, list: SanctionsList): void {
  world.given(actors.agent, 'SubmitOracleRound', listReport(world, roundId, list));
  world.advance(1000);
}

const v1 = new SanctionsList(['mallory', 'oscar']);
/** alice holds 1,000 ACME; bob is verified; mallory is verified but listed. ACME screens against `sdn`, lists up to an hour old. */
function screened(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'mallory' });
  world.createEquity('ACME');
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'mallory', amount: '10' });
  world.givenGoverned('SetOracleFeed', { feedId: 'sdn', definition: definition() });
  world.advance(1000);
  publish(world, 1, v1);
  world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], sanctions: { feed: 'sdn', maxListAge: 3600 } } });
  return world;
}

const transfer = (world: World, from: string, to: string, proofs?: Record<string, unknown>) =>
  world.run(investor(from), 'Transfer', { securityId: 'ACME', from, to, amount: '5', ...(proofs ? { sanctionsProofs: proofs } : {}) });

describe('sanctions-list feeds', () => {
  it('records a round\'s list root, signed 2f + 1 like any round: the round id is the list version, its time the as-of time', () => {
    const world = screened();
    expect(feedOf(world).latest).toMatchObject({ roundId: 1, value: 2n, listRoot: v1.root });
    expect(world.slice.rounds[`sdn\u00000000000000000001`]).toMatchObject({ listRoot: v1.root, status: 'accepted' });
  });

  it('refuses a round whose signatures cover another root with ST2-ORACLE-BAD-SIGNATURE, and changes nothing', () => {
    const world = screened();
    const forged = { ...listReport(world, 2, new SanctionsList(['oscar'])), listRoot: new SanctionsList([]).root };
    refusedWith(world, 'ST2-ORACLE-BAD-SIGNATURE', () => world.run(actors.agent, 'SubmitOracleRound', forged));
  });

  it('refuses a sanctions round without a root, and a price round with one, with ST2-INVALID-INPUT', () => {
    const world = screened();
    const { listRoot: _root, ...bare } = listReport(world, 2, v1);
    refusedWith(world, 'ST2-INVALID-INPUT', () => world.run(actors.agent, 'SubmitOracleRound', bare));
    world.givenGoverned('SetOracleFeed', { feedId: 'px', definition: { ...definition(), kind: 'price', base: 'ACME', quote: 'EUR' } });
    const px = signedReport(signers.slice(0, 3), { feedId: 'px', configDigest: (world.slice.feeds.px as Feed).digest, roundId: 1, listRoot: v1.root }, [2n], world.now - 1);
    refusedWith(world, 'ST2-INVALID-INPUT', () => world.run(actors.agent, 'SubmitOracleRound', px));
  });

  it('refuses a sanctions-list feed with market hours with ST2-ORACLE-SIGNERS: a list holds at every hour', () => {
    const world = new World();
    expect(codeOf(world.run(actors.admin, 'SetOracleFeed', { feedId: 'sdn', definition: definition({ marketHours: { days: [1], opensAt: 540, closesAt: 1020 } }) }))).toBe('ST2-ORACLE-SIGNERS');
  });

  it('refuses a report with fewer than 2f + 1 signatures with ST2-ORACLE-QUORUM', () => {
    const world = screened();
    refusedWith(world, 'ST2-ORACLE-QUORUM', () => world.run(actors.agent, 'SubmitOracleRound', listReport(world, 2, v1, signers.slice(0, 2))));
  });
});

describe('the sanctions transfer rule', () => {
  it('accepts a transfer with both parties\' proofs, its event naming the list version used', () => {
    const world = screened();
    const decision = transfer(world, 'alice', 'bob', sanctionsProofs(v1, 1, 'alice', 'bob'));
    expect(decision.ok && decision.events).toEqual([expect.objectContaining({ type: 'Transferred', sanctionsList: { feedId: 'sdn', version: 1, root: v1.root } })]);
    expect(world.balance('ACME', 'bob')).toBe(5n);
  });

  it('accepts an issuance with the recipient\'s proof, recorded in the Issued event', () => {
    const world = screened();
    const decision = world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '5', sanctionsProofs: sanctionsProofs(v1, 1, null, 'bob') });
    expect(decision.ok && decision.events[0]).toMatchObject({ type: 'Issued', sanctionsList: { feedId: 'sdn', version: 1 } });
  });

  it('refuses a listed recipient with ST2-SANCTIONED, whatever list its proof was made from, and changes nothing', () => {
    const world = screened();
    const elsewhere = new SanctionsList(['oscar']);
    refusedWith(world, 'ST2-SANCTIONED', () => transfer(world, 'alice', 'mallory', sanctionsProofs(elsewhere, 1, 'alice', 'mallory')));
  });

  it('refuses a listed sender with ST2-SANCTIONED', () => {
    const world = screened();
    const details = refusedWith(world, 'ST2-SANCTIONED', () => transfer(world, 'mallory', 'bob', sanctionsProofs(new SanctionsList([]), 1, 'mallory', 'bob')));
    expect(details).toMatchObject({ party: 'mallory', side: 'sender', version: 1 });
  });

  it('refuses a transfer without proofs, or without the sender\'s, with ST2-SANCTIONS-PROOF', () => {
    const world = screened();
    refusedWith(world, 'ST2-SANCTIONS-PROOF', () => transfer(world, 'alice', 'bob'));
    refusedWith(world, 'ST2-SANCTIONS-PROOF', () => transfer(world, 'alice', 'bob', sanctionsProofs(v1, 1, null, 'bob')));
  });

  it('refuses proofs made for the previous version once a new list is published with ST2-SANCTIONS-PROOF, even for a party still absent', () => {
    const world = screened();
    const old = sanctionsProofs(v1, 1, 'alice', 'bob');
    publish(world, 2, new SanctionsList(['mallory', 'oscar', 'bob']));
    refusedWith(world, 'ST2-SANCTIONS-PROOF', () => transfer(world, 'alice', 'bob', old));
    // The old proof relabelled as the new version does not verify against the new root: bob is listed now.
    refusedWith(world, 'ST2-SANCTIONED', () => transfer(world, 'alice', 'bob', { ...old, listVersion: 2 }));
  });

  it('refuses every movement with ST2-SANCTIONS-STALE once the list is older than maxListAge', () => {
    const world = screened();
    world.advance(HOUR);
    refusedWith(world, 'ST2-SANCTIONS-STALE', () => transfer(world, 'alice', 'bob', sanctionsProofs(v1, 1, 'alice', 'bob')));
    refusedWith(world, 'ST2-SANCTIONS-STALE', () => world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '5', sanctionsProofs: sanctionsProofs(v1, 1, null, 'bob') }));
  });

  it('refuses with ST2-SANCTIONS-STALE while the feed has published no list', () => {
    const world = screened();
    world.givenGoverned('SetOracleFeed', { feedId: 'sdn2', definition: definition() });
    world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], sanctions: { feed: 'sdn2', maxListAge: 3600 } } });
    refusedWith(world, 'ST2-SANCTIONS-STALE', () => transfer(world, 'alice', 'bob', sanctionsProofs(v1, 1, 'alice', 'bob')));
  });

  it('refuses rules naming an unknown feed (ST2-NOT-FOUND) or a feed that is no sanctions list (ST2-INVALID-INPUT), at creation and later', () => {
    const world = screened();
    world.givenGoverned('SetOracleFeed', { feedId: 'px', definition: { ...definition(), kind: 'price', base: 'ACME', quote: 'EUR' } });
    const setRules = (feed: string) => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], sanctions: { feed, maxListAge: 3600 } } });
    refusedWith(world, 'ST2-NOT-FOUND', () => setRules('unknown'));
    refusedWith(world, 'ST2-INVALID-INPUT', () => setRules('px'));
    refusedWith(world, 'ST2-INVALID-INPUT', () => {
      const { isin: _isin, ...rest } = { isin: '', securityId: 'NEW', name: 'New', decimals: 0, agents: [], rules: { requiredClaims: [], sanctions: { feed: 'px', maxListAge: 60 } },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' } };
      return world.run(actors.issuer, 'CreateSecurity', rest);
    });
  });

  it('lets an agent\'s forced transfer take units from a listed party without proofs (a corrective power)', () => {
    const world = screened();
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'mallory', to: 'bob', amount: '10' }))).toBe('accepted');
  });

  it('ignores proofs on a security without the rule: its events name no list', () => {
    const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
    world.createEquity('ACME');
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '10' });
    const decision = transfer(world, 'alice', 'bob', sanctionsProofs(v1, 1, 'alice', 'bob'));
    expect(decision.ok && decision.events[0]).not.toHaveProperty('sanctionsList');
  });
});
