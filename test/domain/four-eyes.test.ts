import { partyOf, type Actor, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, consortium, DAY, investor, T0, World, command } from './world';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';

/**
 * Four eyes: ACME's forced transfers, recoveries and redemptions of more than 100 units need a second party with
 * the same power. acme-ta (bank1) and bank2-ops (bank2) are agents with those powers, acme-freezer holds `freeze`
 * only; alice holds 500, bob 50.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const second: Actor = actors.onboarder2;
const freezer: Actor = { org: 'Bank1MSP', role: 'agent', id: 'acme-freezer' };
const FOUR_EYES = { threshold: '100', powers: ['force', 'redeem', 'recover'] };

function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
  world.onboard('alice-new', { investor: 'person-alice' });
  world.createEquity('ACME');
  world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(second), powers: ['force', 'redeem', 'recover'] } });
  world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(freezer), powers: ['freeze'] } });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '500' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '50' });
  world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], fourEyes: FOUR_EYES } });
  return world;
}

const forced = (amount: string) => ({ kind: 'ForcedTransfer', from: 'alice', to: 'bob', amount });
const propose = (world: World, action: Record<string, unknown>, who: Actor = actors.agent, over: Record<string, unknown> = {}) =>
  world.run(who, 'ProposeAgentAction', { approvalId: 'A1', securityId: 'ACME', action, expiresAt: world.now + DAY, ...over });

/** Runs an approval, checking that what the chaincode loads decides the same and that projections fold the same. */
function approve(world: World, who: Actor, approvalId = 'A1'): Decision<DomainEvent> {
  const before = world.slice;
  const decision = world.run(who, 'ApproveAgentAction', { approvalId });
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command('ApproveAgentAction', { approvalId }), { actor: who, at: world.now, consortium }, decision);
  return decision;
}

describe('the four-eyes threshold', () => {
  it('lets one agent act up to the threshold', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100' }))).toBe('accepted');
    expect(codeOf(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '100' }))).toBe('accepted');
  });

  it.each([
    ['a forced transfer', 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '101' }],
    ['a redemption', 'Redeem', { securityId: 'ACME', from: 'alice', amount: '101' }],
    ['a recovery of a whole holding', 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' }],
    ['a forced transfer inside a batch', 'Batch', { securityId: 'ACME', items: [{ kind: 'ForcedTransfer', from: 'alice', to: 'bob', amount: '101' }] }],
  ] as const)('refuses %s above it by one agent with ST2-FOUR-EYES-REQUIRED, changing nothing', (_what, kind, input) => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(actors.issuer, kind, input))).toBe('ST2-FOUR-EYES-REQUIRED');
    expect(codeOf(world.run(actors.agent, kind, input))).toBe('ST2-FOUR-EYES-REQUIRED');
    expect(world.slice).toBe(before);
  });

  it('leaves powers the rule does not list to one agent: a recovery when only force and redeem are listed', () => {
    const world = setup();
    world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], fourEyes: { threshold: '100', powers: ['force', 'redeem'] } } });
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' }))).toBe('accepted');
  });

  it('is the issuer\'s setting: an agent may not set it (ST2-UNAUTHORIZED)', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'] } }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice.securities['ACME']?.rules.fourEyes).toEqual({ threshold: 100n, powers: ['force', 'redeem', 'recover'] });
  });
});

describe('proposing and approving an agent operation', () => {
  it('proposes with its parameters fixed and nothing moved; a second agent\'s approval executes it as a forced transfer', () => {
    const world = setup();
    const proposed = propose(world, forced('300'));
    expect(proposed.ok && proposed.events.map((e) => e.type)).toEqual(['AgentActionProposed']);
    expect(world.slice.approvals['A1']).toMatchObject({ status: 'pending', proposedBy: partyOf(actors.agent), action: { kind: 'ForcedTransfer', amount: 300n } });
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob')]).toEqual([500n, 50n]);
    world.advance(DAY / 2);
    const approved = approve(world, second);
    expect(approved.ok && approved.events.map((e) => e.type)).toEqual(['AgentActionApproved', 'Transferred']);
    expect(approved.ok && approved.events[1]).toMatchObject({ from: 'alice', to: 'bob', amount: 300n, forced: true });
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob')]).toEqual([200n, 350n]);
    expect(world.slice.approvals['A1']).toMatchObject({ status: 'executed', decidedBy: partyOf(second), decidedAt: world.now });
  });

  it('executes a redemption approved by the issuer, and a recovery of the whole holding, the supply the sum of the holdings', () => {
    const world = setup();
    propose(world, { kind: 'Redeem', from: 'bob', amount: '50' }, second, { approvalId: 'R1' });
    expect(codeOf(approve(world, actors.issuer, 'R1'))).toBe('accepted');
    propose(world, { kind: 'Recover', lost: 'alice', replacement: 'alice-new' }, actors.agent, { approvalId: 'R2' });
    const recovered = approve(world, second, 'R2');
    expect(recovered.ok && recovered.events.map((e) => e.type)).toEqual(['AgentActionApproved', 'HoldingRecovered']);
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'alice-new'), world.balance('ACME', 'bob')]).toEqual([0n, 500n, 0n]);
    expect(world.slice.stats['ACME']).toMatchObject({ supply: 500n, holders: 1 });
  });

  it('judges the operation by the rules at the approval: refused while the units are held, changing nothing and staying pending', () => {
    const world = setup();
    propose(world, { kind: 'Redeem', from: 'alice', amount: '200' });
    world.given(actors.agent, 'PlaceHold', { holdId: 'H1', securityId: 'ACME', holder: 'alice', beneficiary: 'bob', amount: '450', reason: 'pledge', expiresAt: world.now + DAY });
    const before = world.slice;
    expect(codeOf(approve(world, second))).toBe('ST2-HELD');
    expect(world.slice).toBe(before);
    world.given(actors.agent, 'ReleaseHold', { holdId: 'H1' });
    expect(codeOf(approve(world, second))).toBe('accepted');
    expect(world.balance('ACME', 'alice')).toBe(300n);
  });
});

describe('refusing an approval, changing nothing', () => {
  const none = (): void => undefined;
  /** What sets the refusal up, then who approves. */
  const refusals: [string, (world: World) => void, Actor, string, string?][] = [
    ['by its proposer', none, actors.agent, 'ST2-SELF-APPROVAL'],
    ['by its proposer\'s (org, id) under another role', none, { ...actors.agent, role: 'issuer' }, 'ST2-SELF-APPROVAL'],
    ['by an agent without the power', none, freezer, 'ST2-UNAUTHORIZED'],
    ['by an investor', none, investor('bob'), 'ST2-UNAUTHORIZED'],
    ['by another org\'s certificate with the second agent\'s id', none, { ...second, org: 'Bank1MSP' }, 'ST2-UNAUTHORIZED'],
    ['twice', (w) => void approve(w, second), actors.issuer, 'ST2-REQUEST-CLOSED'],
    ['at its expiry', (w) => w.advance(DAY), second, 'ST2-REQUEST-EXPIRED'],
    ['after its proposer lost the power', (w) => void w.given(actors.issuer, 'RemoveAgent', { securityId: 'ACME', agent: partyOf(actors.agent) }), second, 'ST2-UNAUTHORIZED'],
    ['after its cancellation', (w) => void w.given(actors.agent, 'CancelAgentAction', { approvalId: 'A1' }), second, 'ST2-REQUEST-CLOSED'],
    ['of an unknown approval', none, second, 'ST2-NOT-FOUND', 'NOPE'],
  ];

  it.each(refusals)('refuses an approval %s with its code', (_what, arrange, approver, code, approvalId = 'A1') => {
    const world = setup();
    propose(world, forced('300'));
    arrange(world);
    const before = world.slice;
    expect(codeOf(approve(world, approver, approvalId))).toBe(code);
    expect(world.slice).toBe(before);
  });
});

describe('proposing and cancelling', () => {
  it.each([
    ['by an agent without the power', freezer, {}, 'ST2-UNAUTHORIZED'],
    ['by an investor', investor('alice'), {}, 'ST2-UNAUTHORIZED'],
    ['expiring before it is proposed', actors.agent, { expiresAt: T0 }, 'ST2-REQUEST-EXPIRED'],
    ['open longer than 90 days', actors.agent, { expiresAt: T0 + 91 * DAY }, 'ST2-INVALID-INPUT'],
    ['naming an unknown party', actors.agent, { action: { kind: 'ForcedTransfer', from: 'alice', to: 'nobody', amount: '300' } }, 'ST2-NOT-FOUND'],
    ['of an unknown security', actors.agent, { securityId: 'NOPE' }, 'ST2-NOT-FOUND'],
  ])('refuses a proposal %s, changing nothing', (_what, who, over, code) => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(propose(world, forced('300'), who, over))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it('refuses an id taken with ST2-ALREADY-EXISTS', () => {
    const world = setup();
    propose(world, forced('300'));
    expect(codeOf(propose(world, forced('200'), second))).toBe('ST2-ALREADY-EXISTS');
  });

  it('is cancelled by its proposer only, expired or not; nothing moves', () => {
    const world = setup();
    propose(world, forced('300'));
    world.advance(2 * DAY);
    const before = world.slice;
    expect(codeOf(world.run(second, 'CancelAgentAction', { approvalId: 'A1' }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(investor('alice'), 'CancelAgentAction', { approvalId: 'A1' }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
    const cancelled = world.run(actors.agent, 'CancelAgentAction', { approvalId: 'A1' });
    expect(cancelled.ok && cancelled.events.map((e) => e.type)).toEqual(['AgentActionCancelled']);
    expect(world.slice.approvals['A1']).toMatchObject({ status: 'cancelled', decidedBy: partyOf(actors.agent) });
    expect(codeOf(world.run(actors.agent, 'CancelAgentAction', { approvalId: 'A1' }))).toBe('ST2-REQUEST-CLOSED');
    expect(world.balance('ACME', 'alice')).toBe(500n);
  });
});
