import type { Actor, Decision, DomainEvent } from '@st2/chaincode';
import { actors, DAY, investor, T0, World } from './world';

/**
 * Holder votes: weights are balances at the record time, kept by the first change after it (snapshots.ts),
 * so units bought after the record time do not vote and units sold after it still do.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const [alice, bob, carol] = [investor('alice'), investor('bob'), investor('carol')];
const proposal = (over: Record<string, unknown> = {}) => ({
  proposalId: 'P1', securityId: 'EQ', title: 'Approve the 2026 accounts', options: ['for', 'against'],
  recordTime: T0 + DAY, closesAt: T0 + 8 * DAY, quorumBps: 5_000, thresholdBps: 5_000, ...over,
});

/** alice 600, bob 300, carol 100; a proposal with record time tomorrow. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol' });
  world.createEquity('EQ');
  for (const [to, amount] of [['alice', '600'], ['bob', '300'], ['carol', '100']] as const) world.given(actors.agent, 'Issue', { securityId: 'EQ', to, amount });
  world.given(actors.issuer, 'CreateProposal', proposal());
  return world;
}
const vote = (world: World, who: Actor, option: string) => world.run(who, 'CastVote', { proposalId: 'P1', voter: who.id, option });
const tallies = (world: World) => world.slice.proposals['P1']?.tallies;

describe('record-date snapshots', () => {
  it('weights votes by the balances at the record time: units bought after it do not vote, units sold after it still do', () => {
    const world = setup();
    world.advance(2 * DAY);
    world.given(alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'carol', amount: '500' });
    world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: '1000' });
    expect([world.balance('EQ', 'alice'), world.balance('EQ', 'carol')]).toEqual([100n, 600n]);
    expect(codeOf(vote(world, alice, 'for'))).toBe('accepted');
    expect(codeOf(vote(world, carol, 'against'))).toBe('accepted');
    expect(codeOf(vote(world, bob, 'against'))).toBe('accepted');
    expect(tallies(world)).toEqual([600n, 400n]);
  });

  it('counts changes made before the record time: they are the balances on the record date', () => {
    const world = setup();
    world.given(alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'bob', amount: '200' });
    world.advance(DAY);
    vote(world, bob, 'for');
    expect(tallies(world)).toEqual([500n, 0n]);
  });

  it('gives a recovered identity\'s weight to its replacement, and none to the lost one', () => {
    const world = setup();
    world.onboard('alice2', { investor: 'person-alice' });
    world.advance(2 * DAY);
    world.given(actors.agent, 'Recover', { securityId: 'EQ', lost: 'alice', replacement: 'alice2' });
    expect(codeOf(vote(world, investor('alice2'), 'for'))).toBe('accepted');
    expect(tallies(world)).toEqual([600n, 0n]);
  });

  it('measures the quorum against the supply at the record time, not after later issuance', () => {
    const world = setup();
    world.advance(2 * DAY);
    world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'carol', amount: '100000' });
    vote(world, alice, 'for');
    world.advance(7 * DAY);
    const [closed] = world.given(actors.issuer, 'CloseProposal', { proposalId: 'P1' });
    expect(closed).toMatchObject({ type: 'ProposalClosed', result: { turnout: 600n, eligible: 1000n, quorumMet: true, winner: 'for', passed: true } });
  });

  it('releases the snapshot at the close: later changes keep no balance for it', () => {
    const world = setup();
    world.advance(8 * DAY);
    world.given(actors.issuer, 'CloseProposal', { proposalId: 'P1' });
    expect(world.slice.securities['EQ']?.snapshots).toBeUndefined();
    world.given(alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'bob', amount: '1' });
    expect(world.slice.holdings['EQ\u0000alice']?.snapshots).toBeUndefined();
  });
});

describe('holder votes', () => {
  it('lets a holder change its vote until the close; the same vote again is ST2-ALREADY-VOTED and changes nothing', () => {
    const world = setup();
    world.advance(DAY);
    vote(world, alice, 'for');
    vote(world, alice, 'against');
    expect(tallies(world)).toEqual([0n, 600n]);
    expect(world.slice.proposals['P1']?.voters).toBe(1);
    const before = world.slice;
    expect(codeOf(vote(world, alice, 'against'))).toBe('ST2-ALREADY-VOTED');
    expect(world.slice).toBe(before);
  });

  it.each([
    ['before the record time', 0, 'ST2-VOTING-NOT-OPEN'],
    ['at the closing time', 8 * DAY, 'ST2-VOTING-CLOSED'],
  ])('refuses a vote %s with its code and changes nothing', (_when, after, code) => {
    const world = setup();
    world.advance(after);
    const before = world.slice;
    expect(codeOf(vote(world, alice, 'for'))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it.each([
    ['another investor voting for alice', { ...bob }, 'alice', 'ST2-UNAUTHORIZED'],
    ['alice from another org', { ...alice, org: 'Bank2MSP' }, 'alice', 'ST2-UNAUTHORIZED'],
    ['an agent', actors.agent, 'alice', 'ST2-UNAUTHORIZED'],
    ['a holder with nothing at the record time', investor('dave'), 'dave', 'ST2-NO-VOTING-WEIGHT'],
  ])('refuses %s and changes nothing', (_who, actor, voter, code) => {
    const world = setup();
    world.onboard('dave');
    world.advance(DAY);
    const before = world.slice;
    expect(codeOf(world.run(actor, 'CastVote', { proposalId: 'P1', voter, option: 'for' }))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it('refuses an option the proposal does not offer, and an unknown proposal', () => {
    const world = setup();
    world.advance(DAY);
    expect(codeOf(vote(world, alice, 'abstain'))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(world.run(alice, 'CastVote', { proposalId: 'P9', voter: 'alice', option: 'for' }))).toBe('ST2-NOT-FOUND');
  });

  it('closes only after the closing time, by the issuer or an agent, once', () => {
    const world = setup();
    world.advance(DAY);
    expect(codeOf(world.run(actors.issuer, 'CloseProposal', { proposalId: 'P1' }))).toBe('ST2-VOTING-OPEN');
    world.advance(7 * DAY);
    expect(codeOf(world.run(alice, 'CloseProposal', { proposalId: 'P1' }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actors.agent, 'CloseProposal', { proposalId: 'P1' }))).toBe('accepted');
    expect(codeOf(world.run(actors.issuer, 'CloseProposal', { proposalId: 'P1' }))).toBe('ST2-VOTING-CLOSED');
  });

  it.each([
    ['no quorum: 300 of 1,000 voted, 50% needed', [[bob, 'for']], { quorumMet: false, winner: 'for', passed: false }],
    ['a clear majority passes', [[bob, 'for'], [carol, 'against'], [alice, 'for']], { quorumMet: true, winner: 'for', passed: true }],
    ['400 of 1,000 is below a 50% quorum', [[bob, 'for'], [carol, 'against']], { quorumMet: false, winner: 'for', passed: false }],
  ] as const)('computes the result: %s', (_case, votes, result) => {
    const world = setup();
    world.advance(DAY);
    for (const [who, option] of votes) vote(world, who, option);
    world.advance(7 * DAY);
    const [closed] = world.given(actors.issuer, 'CloseProposal', { proposalId: 'P1' });
    expect(closed).toMatchObject({ result });
  });

  it.each([
    ['a tie has no winner and does not pass', ['50', '50'], 5_000, { turnout: 100n, quorumMet: true, winner: null, passed: false }],
    ['a winner with exactly the threshold share does not pass', ['60', '40'], 6_000, { turnout: 100n, quorumMet: true, winner: 'for', passed: false }],
    ['a winner with more than the threshold share passes', ['61', '39'], 6_000, { turnout: 100n, quorumMet: true, winner: 'for', passed: true }],
  ])('%s (quorum 100%, met exactly by full turnout)', (_case, [forAmount, againstAmount], thresholdBps, result) => {
    const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
    world.createEquity('EQ');
    world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'alice', amount: forAmount });
    world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: againstAmount });
    world.given(actors.issuer, 'CreateProposal', proposal({ thresholdBps, quorumBps: 10_000 }));
    world.advance(DAY);
    vote(world, alice, 'for');
    vote(world, bob, 'against');
    world.advance(7 * DAY);
    expect(world.given(actors.issuer, 'CloseProposal', { proposalId: 'P1' })[0]).toMatchObject({ result });
  });

  it.each([
    ['a record time in the past', { proposalId: 'P2', recordTime: T0 - 1 }, 'ST2-INVALID-INPUT'],
    ['a close before the record time', { proposalId: 'P2', closesAt: T0 + DAY }, 'ST2-INVALID-INPUT'],
    ['an existing id', {}, 'ST2-ALREADY-EXISTS'],
  ])('refuses a proposal with %s', (_case, over, code) => {
    const world = setup();
    expect(codeOf(world.run(actors.issuer, 'CreateProposal', proposal(over)))).toBe(code);
  });

  it('lets only the issuer create a proposal, and at most eight open snapshots', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'CreateProposal', proposal({ proposalId: 'P2' })))).toBe('ST2-UNAUTHORIZED');
    for (let i = 2; i <= 8; i++) world.given(actors.issuer, 'CreateProposal', proposal({ proposalId: `P${i}` }));
    expect(codeOf(world.run(actors.issuer, 'CreateProposal', proposal({ proposalId: 'P9' })))).toBe('ST2-LIMIT-EXCEEDED');
  });
});

describe('custodians voting for beneficial owners (split votes)', () => {
  const desk: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
  const split = (world: World, splits: { option: string; weight: string }[], actor: Actor = desk, voter = 'OMNI') =>
    world.run(actor, 'CastSplitVote', { proposalId: 'P1', voter, splits });

  /** setup(), and an omnibus account holding 250 of alice's units for two owners at the record time. */
  function withAccount(): World {
    const world = setup();
    world.given(desk, 'OpenCustodyAccount', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
    world.given(actors.kycProvider, 'AddClaim', { identityId: 'OMNI', topic: 'kyc', expiresAt: world.now + 365 * DAY, evidenceHash: 'a'.repeat(64) });
    world.given(alice, 'AuthorizeOperator', { securityId: 'EQ', holder: 'alice', operator: { org: desk.org, id: desk.id } });
    const owner = (id: string) => ({ owner: id, position: null, jurisdiction: 'DE', investorType: 'retail' as const });
    world.given(desk, 'CustodyDeposit', { securityId: 'EQ', accountId: 'OMNI', from: 'alice', amount: '150' }, { custody: { to: owner('client-1') } });
    world.given(desk, 'CustodyDeposit', { securityId: 'EQ', accountId: 'OMNI', from: 'alice', amount: '100' }, { custody: { to: owner('client-2') } });
    world.advance(2 * DAY);
    return world;
  }

  it('counts the account\'s weight at the record time split across options, and a new split replaces the old one', () => {
    const world = withAccount();
    expect(split(world, [{ option: 'for', weight: '150' }, { option: 'against', weight: '100' }])).toMatchObject({
      ok: true, events: [expect.objectContaining({ type: 'SplitVoteCast', voter: 'OMNI', previous: false })],
    });
    vote(world, alice, 'against');
    expect(tallies(world)).toEqual([150n, 450n]);
    expect(split(world, [{ option: 'for', weight: '200' }])).toMatchObject({ ok: true, events: [expect.objectContaining({ previous: true })] });
    expect(tallies(world)).toEqual([200n, 350n]);
    expect(world.slice.proposals.P1?.voters).toBe(2);
  });

  it('refuses splits beyond the account\'s weight, options the proposal lacks, an option twice, another org\'s custodian, an investor, and a plain holder\'s id: nothing changes', () => {
    const world = withAccount();
    const before = world.slice;
    expect(codeOf(split(world, [{ option: 'for', weight: '200' }, { option: 'against', weight: '51' }]))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(split(world, [{ option: 'abstain', weight: '1' }]))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(split(world, [{ option: 'for', weight: '1' }, { option: 'for', weight: '1' }]))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(split(world, [{ option: 'for', weight: '1' }], { ...desk, org: 'Bank2MSP' }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(split(world, [{ option: 'for', weight: '1' }], alice))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(split(world, [{ option: 'for', weight: '1' }], { ...desk, org: 'Bank1MSP' }, 'bob'))).toBe('ST2-INVALID-INPUT');
    expect(world.slice).toBe(before);
  });
});
