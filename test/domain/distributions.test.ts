import { partyOf, type Actor, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, consortium, DAY, investor, T0, World, command } from './world';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';

/**
 * Cash distributions: each unit held at the record time earns the rate in cash, paid by the paying agent's
 * holding of a cash token in batches of holders, each holder once; the close pays the rounding remainder.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const [alice, bob] = [investor('alice'), investor('bob')];
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const otherAgent: Actor = { org: 'Bank2MSP', role: 'agent', id: 'bank2-ta' };

/** 1/3 EURC cent per share: 600, 300 and 100 shares earn 200, 100 and 33 (of 333): 0 left over. */
const declaration = (over: Record<string, unknown> = {}) => ({
  distributionId: 'D1', securityId: 'EQ', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '3' },
  recordTime: T0 + DAY, paymentDate: T0 + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-rest', ...over,
});

/** alice 600, bob 300, carol 100 shares of EQ; acme's paying account holds 1,000 EURC; D1 declared. */
function setup(over: Record<string, unknown> = {}): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol' }, { id: 'acme-pay' }, { id: 'acme-rest' }, { id: 'dave', org: 'Bank2MSP' });
  world.createEquity('EQ');
  world.given(treasury, 'CreateSecurity', { securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: '1000' });
  for (const [to, amount] of [['alice', '600'], ['bob', '300'], ['carol', '100']] as const) world.given(actors.agent, 'Issue', { securityId: 'EQ', to, amount });
  world.given(actors.issuer, 'DeclareDistribution', declaration(over));
  return world;
}
const pay = (world: World, holders: string[], who: Actor = actors.agent) => world.run(who, 'PayDistribution', { distributionId: 'D1', holders });
const close = (world: World, who: Actor = actors.agent) => world.run(who, 'CloseDistribution', { distributionId: 'D1' });
const cash = (world: World, holder: string) => world.balance('EURC', holder);

/** Runs a command, checking that what the chaincode loads decides the same and that projections fold the same. */
function checked(world: World, who: Actor, kind: 'PayDistribution' | 'CloseDistribution', input: Record<string, unknown>): Decision<DomainEvent> {
  const before = world.slice;
  const decision = world.run(who, kind, input);
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command(kind, input), { actor: who, at: world.now, consortium }, decision);
  return decision;
}

describe('declaring a distribution', () => {
  it('opens a snapshot of the security at the record time, as a proposal does', () => {
    const world = setup();
    expect(world.slice.distributions['D1']).toMatchObject({ status: 'declared', paidHolders: 0, paidUnits: 0n, paidAmount: 0n, declaredBy: partyOf(actors.issuer) });
    expect(world.slice.securities['EQ']?.snapshots).toEqual([{ id: 'D1', recordTime: T0 + DAY }]);
  });

  it.each([
    ['an agent', actors.agent, {}, 'ST2-UNAUTHORIZED'],
    ['an investor', alice, {}, 'ST2-UNAUTHORIZED'],
    ['the issuer, paying from another org\'s identity', actors.issuer, { payer: 'dave' }, 'ST2-UNAUTHORIZED'],
    ['the issuer, in a security that is not cash', actors.issuer, { cashSecurityId: 'EQ2' }, 'ST2-NOT-CASH'],
    ['the issuer, with a record time past', actors.issuer, { recordTime: T0 - 1 }, 'ST2-INVALID-INPUT'],
    ['the issuer, paying at the record time', actors.issuer, { paymentDate: T0 + DAY }, 'ST2-INVALID-INPUT'],
    ['the issuer, with an unknown remainder account', actors.issuer, { remainderAccount: 'nobody' }, 'ST2-NOT-FOUND'],
  ])('refuses a declaration by %s, changing nothing', (_who, actor, over, code) => {
    const world = setup();
    world.createEquity('EQ2');
    const before = world.slice;
    expect(codeOf(world.run(actor, 'DeclareDistribution', declaration({ distributionId: 'D2', ...over })))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it('refuses the same id twice with ST2-ALREADY-EXISTS, also against a proposal\'s snapshot on the security', () => {
    const world = setup();
    expect(codeOf(world.run(actors.issuer, 'DeclareDistribution', declaration()))).toBe('ST2-ALREADY-EXISTS');
    world.given(actors.issuer, 'CreateProposal', { proposalId: 'P1', securityId: 'EQ', title: 't', options: ['a', 'b'], recordTime: T0 + DAY, closesAt: T0 + 3 * DAY, quorumBps: 0, thresholdBps: 0 });
    expect(codeOf(world.run(actors.issuer, 'DeclareDistribution', declaration({ distributionId: 'P1' })))).toBe('ST2-ALREADY-EXISTS');
  });
});

describe('paying a distribution', () => {
  it('pays each holder floor(units at record time × rate) in cash, from the payer, by Transferred events', () => {
    const world = setup();
    world.advance(2 * DAY);
    const paid = checked(world, actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['alice', 'carol'] });
    expect(paid.ok && paid.events.map((e) => e.type)).toEqual(['DistributionPaid', 'Transferred', 'Transferred']);
    expect([cash(world, 'alice'), cash(world, 'carol'), cash(world, 'acme-pay')]).toEqual([200n, 33n, 767n]);
    expect(world.slice.payouts['D1\u0000carol']).toMatchObject({ units: 100n, amount: 33n, paidAt: world.now });
    expect(world.slice.distributions['D1']).toMatchObject({ paidHolders: 2, paidUnits: 700n, paidAmount: 233n });
  });

  it('pays for the units held at the record time: units sold after it are still paid to the seller, units bought after it earn nothing', () => {
    const world = setup();
    world.advance(DAY + 1);
    world.given(alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'bob', amount: '600' });
    world.advance(DAY);
    checked(world, actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['alice', 'bob'] });
    expect([cash(world, 'alice'), cash(world, 'bob')]).toEqual([200n, 100n]);
  });

  it('pays each holder once: a holder already paid is ST2-ALREADY-PAID, with its index, and the whole batch changes nothing', () => {
    const world = setup();
    world.advance(2 * DAY);
    pay(world, ['alice']);
    const before = world.slice;
    const again = pay(world, ['bob', 'alice']);
    expect(again).toMatchObject({ code: 'ST2-ALREADY-PAID', details: { holder: 'alice', index: 1 } });
    expect(world.slice).toBe(before);
  });

  it('refuses a non-holder at the record time with ST2-NO-ENTITLEMENT', () => {
    const world = setup();
    world.advance(2 * DAY);
    expect(pay(world, ['alice', 'acme-rest'])).toMatchObject({ code: 'ST2-NO-ENTITLEMENT', details: { holder: 'acme-rest', index: 1 } });
  });

  it('refuses a holder the cash cannot reach by the cash rules, naming it: the others are paid without it, and it stays claimable', () => {
    const world = setup();
    world.advance(2 * DAY);
    world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' });
    expect(pay(world, ['alice', 'bob', 'carol'])).toMatchObject({ code: 'ST2-CLAIM-REVOKED', details: { holder: 'bob', index: 1 } });
    expect(codeOf(pay(world, ['alice', 'carol']))).toBe('accepted');
    expect(codeOf(close(world))).toBe('ST2-DISTRIBUTION-INCOMPLETE');
    world.given(actors.kycProvider, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: world.now + DAY, evidenceHash: 'a'.repeat(64) });
    expect(codeOf(pay(world, ['bob']))).toBe('accepted');
    expect(codeOf(close(world))).toBe('accepted');
  });

  it('refuses a payment before the payment date with ST2-DISTRIBUTION-NOT-DUE', () => {
    const world = setup();
    world.advance(2 * DAY - 1);
    const before = world.slice;
    expect(codeOf(pay(world, ['alice']))).toBe('ST2-DISTRIBUTION-NOT-DUE');
    expect(world.slice).toBe(before);
  });

  it.each([
    ['an investor', alice, 'ST2-UNAUTHORIZED'],
    ['an agent of another org (the payer is not its own)', otherAgent, 'ST2-UNAUTHORIZED'],
    ['the cash issuer', treasury, 'ST2-UNAUTHORIZED'],
  ])('refuses a batch paid by %s, changing nothing', (_who, actor, code) => {
    const world = setup();
    world.advance(2 * DAY);
    const before = world.slice;
    expect(codeOf(pay(world, ['alice'], actor))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it('refuses a batch the payer cannot fund with ST2-INSUFFICIENT-BALANCE: nothing is paid', () => {
    const world = setup({ rate: { numerator: '10', denominator: '1' } });
    world.advance(2 * DAY);
    const before = world.slice;
    expect(pay(world, ['alice', 'bob'])).toMatchObject({ code: 'ST2-INSUFFICIENT-BALANCE', details: { holder: 'alice', index: 0 } });
    expect(world.slice).toBe(before);
  });

  it('refuses an entitlement past the maximum amount with ST2-AMOUNT-LIMIT: nothing is paid', () => {
    const world = setup({ rate: { numerator: (10n ** 38n - 1n).toString(), denominator: '1' } });
    world.advance(2 * DAY);
    expect(codeOf(pay(world, ['alice']))).toBe('ST2-AMOUNT-LIMIT');
    expect(world.slice.distributions['D1']?.paidAmount).toBe(0n);
  });
});

describe('closing a distribution', () => {
  it('pays the rounding remainder to the remainder account, releases the snapshot: paid == declared total', () => {
    const world = setup({ rate: { numerator: '1', denominator: '7' } });
    world.advance(2 * DAY);
    pay(world, ['alice', 'bob']);
    pay(world, ['carol']);
    const closed = checked(world, actors.issuer, 'CloseDistribution', { distributionId: 'D1' });
    // 600/7 = 85, 300/7 = 42, 100/7 = 14: 141 paid of floor(1000/7) = 142.
    expect(closed.ok && closed.events[0]).toMatchObject({ type: 'DistributionClosed', eligibleUnits: 1000n, declaredTotal: 142n, remainder: 1n });
    expect(cash(world, 'acme-rest')).toBe(1n);
    expect(cash(world, 'acme-pay')).toBe(1000n - 142n);
    expect(world.slice.securities['EQ']?.snapshots).toBeUndefined();
    expect(world.slice.distributions['D1']).toMatchObject({ status: 'closed', declaredTotal: 142n, remainder: 1n });
  });

  it('refuses a close before every unit at record time is paid for (ST2-DISTRIBUTION-INCOMPLETE), and anything after it (ST2-DISTRIBUTION-CLOSED)', () => {
    const world = setup();
    world.advance(2 * DAY);
    pay(world, ['alice', 'bob']);
    expect(codeOf(close(world))).toBe('ST2-DISTRIBUTION-INCOMPLETE');
    pay(world, ['carol']);
    expect(codeOf(close(world))).toBe('accepted');
    const before = world.slice;
    expect(codeOf(close(world))).toBe('ST2-DISTRIBUTION-CLOSED');
    expect(codeOf(pay(world, ['alice']))).toBe('ST2-DISTRIBUTION-CLOSED');
    expect(world.slice).toBe(before);
  });

  it('refuses an early close before the payment date, even with nothing to pay', () => {
    const world = setup();
    expect(codeOf(close(world))).toBe('ST2-DISTRIBUTION-INCOMPLETE');
  });

  it('refuses a close by an investor or another org\'s agent', () => {
    const world = setup();
    world.advance(2 * DAY);
    pay(world, ['alice', 'bob', 'carol']);
    expect(codeOf(close(world, bob))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(close(world, otherAgent))).toBe('ST2-UNAUTHORIZED');
  });
});
