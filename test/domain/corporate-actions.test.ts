import { partyOf, type Actor, type CommandKind, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, command, consortium, DAY, investor, T0, World } from './world';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';

/**
 * Splits, reverse splits with cash in lieu, and stock dividends: declared with an effective time, applied to
 * the holders in batches; from the effective time until the last holder is applied no unit moves.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const [alice, bob] = [investor('alice'), investor('bob')];
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const otherAgent: Actor = { org: 'Bank2MSP', role: 'agent', id: 'bank2-ta' };
const EFFECTIVE = T0 + DAY;

/** A 1:10 reverse split, fractions paid at 3 EURC cents per old share from acme-pay. */
const reverse = (over: Record<string, unknown> = {}) => ({
  actionId: 'CA1', securityId: 'EQ', type: 'reverse-split', ratio: { numerator: '1', denominator: '10' }, effectiveTime: EFFECTIVE,
  cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: '3', denominator: '1' } }, ...over,
});
const split = (over: Record<string, unknown> = {}) => ({ actionId: 'CA1', securityId: 'EQ', type: 'split', ratio: { numerator: '2', denominator: '1' }, effectiveTime: EFFECTIVE, ...over });

/** alice 605, bob 300, carol 7 shares of EQ; acme's paying account holds 1,000 EURC. */
function setup(rules: Record<string, unknown> = { requiredClaims: ['kyc'] }): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol', jurisdiction: 'FR' }, { id: 'acme-pay' }, { id: 'dave', org: 'Bank2MSP' });
  world.createEquity('EQ', rules);
  world.given(treasury, 'CreateSecurity', { securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: '1000' });
  for (const [to, amount] of [['alice', '605'], ['bob', '300'], ['carol', '7']] as const) world.given(actors.agent, 'Issue', { securityId: 'EQ', to, amount });
  return world;
}
const apply = (world: World, holders: string[], who: Actor = actors.agent) => checked(world, who, 'ApplyCorporateAction', { actionId: 'CA1', holders });
const units = (world: World, holder: string) => world.balance('EQ', holder);
const cash = (world: World, holder: string) => world.balance('EURC', holder);

/** Runs a command, checking that what the chaincode loads decides the same and that projections fold the same. */
function checked(world: World, who: Actor, kind: CommandKind, input: Record<string, unknown>): Decision<DomainEvent> {
  const before = world.slice;
  const decision = world.run(who, kind, input);
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command(kind, input), { actor: who, at: world.now, consortium }, decision);
  return decision;
}

/** The refusal, and the world exactly as it was. */
function expectRefused(world: World, who: Actor, kind: CommandKind, input: Record<string, unknown>, code: string): void {
  const before = world.slice;
  expect(codeOf(checked(world, who, kind, input))).toBe(code);
  expect(world.slice).toBe(before);
}

describe('declaring a corporate action', () => {
  it('records the action and marks it pending on the security', () => {
    const world = setup();
    checked(world, actors.issuer, 'DeclareCorporateAction', reverse());
    expect(world.slice.corporateActions['CA1']).toMatchObject({ type: 'reverse-split', status: 'declared', appliedHolders: 0, oldUnits: 0n, newUnits: 0n, cashPaid: 0n, declaredBy: partyOf(actors.issuer) });
    expect(world.slice.securities['EQ']?.corporateAction).toEqual({ id: 'CA1', effectiveTime: EFFECTIVE });
  });

  it.each([
    ['an agent', actors.agent, {}, 'ST2-UNAUTHORIZED'],
    ['an investor', alice, {}, 'ST2-UNAUTHORIZED'],
    ['the issuer, paying from another org\'s identity', actors.issuer, { cashInLieu: { cashSecurityId: 'EURC', payer: 'dave', price: { numerator: '3', denominator: '1' } } }, 'ST2-UNAUTHORIZED'],
    ['the issuer, paying in a security that is not cash', actors.issuer, { cashInLieu: { cashSecurityId: 'EQ2', payer: 'acme-pay', price: { numerator: '3', denominator: '1' } } }, 'ST2-NOT-CASH'],
    ['the issuer, with fractions and no cash in lieu', actors.issuer, { cashInLieu: undefined }, 'ST2-INVALID-INPUT'],
    ['the issuer, with a reverse split that gives more units', actors.issuer, { ratio: { numerator: '10', denominator: '1' } }, 'ST2-INVALID-INPUT'],
    ['the issuer, with a split that gives fewer units', actors.issuer, { type: 'split' }, 'ST2-INVALID-INPUT'],
    ['the issuer, effective in the past', actors.issuer, { effectiveTime: T0 - 1 }, 'ST2-INVALID-INPUT'],
    ['the issuer, on a security that is not equity', treasury, { securityId: 'EURC' }, 'ST2-INVALID-INPUT'],
    ['the issuer, with a ratio that overflows the maximum amount', actors.issuer, { type: 'split', ratio: { numerator: (10n ** 37n).toString(), denominator: '1' }, cashInLieu: undefined }, 'ST2-AMOUNT-LIMIT'],
  ])('refuses a declaration by %s, changing nothing', (_who, actor, over, code) => {
    const world = setup();
    world.createEquity('EQ2');
    expectRefused(world, actor, 'DeclareCorporateAction', reverse(over), code);
  });

  it('refuses a split past the maximum supply with ST2-MAX-SUPPLY', () => {
    const world = setup({ requiredClaims: ['kyc'], maxSupply: '1500' });
    expectRefused(world, actors.issuer, 'DeclareCorporateAction', split(), 'ST2-MAX-SUPPLY');
  });

  it('refuses the same id with ST2-ALREADY-EXISTS and a second pending action with ST2-CORPORATE-ACTION-PENDING', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', split());
    expectRefused(world, actors.issuer, 'DeclareCorporateAction', split(), 'ST2-ALREADY-EXISTS');
    expectRefused(world, actors.issuer, 'DeclareCorporateAction', split({ actionId: 'CA2' }), 'ST2-CORPORATE-ACTION-PENDING');
  });

  it('refuses an effective time at or before an open snapshot\'s record time with ST2-CORPORATE-ACTION-PENDING', () => {
    const world = setup();
    world.given(actors.issuer, 'CreateProposal', { proposalId: 'P1', securityId: 'EQ', title: 't', options: ['a', 'b'], recordTime: EFFECTIVE, closesAt: T0 + 3 * DAY, quorumBps: 0, thresholdBps: 0 });
    expectRefused(world, actors.issuer, 'DeclareCorporateAction', split(), 'ST2-CORPORATE-ACTION-PENDING');
  });
});

describe('applying a split', () => {
  it('doubles each applied holding and the supply by as much, and completes with the last holder', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', split());
    world.advance(DAY);
    const first = apply(world, ['alice', 'carol']);
    expect(first.ok && first.events.map((e) => e.type)).toEqual(['CorporateActionApplied']);
    expect([units(world, 'alice'), units(world, 'carol'), units(world, 'bob')]).toEqual([1210n, 14n, 300n]);
    expect(world.slice.stats['EQ']).toMatchObject({ supply: 1210n + 14n + 300n, holders: 3 });
    const last = apply(world, ['bob']);
    expect(last.ok && last.events.map((e) => e.type)).toEqual(['CorporateActionApplied', 'CorporateActionCompleted']);
    expect(world.slice.stats['EQ']?.supply).toBe(1824n);
    expect(world.slice.corporateActions['CA1']).toMatchObject({ status: 'completed', appliedHolders: 3, oldUnits: 912n, newUnits: 1824n, completedAt: world.now });
    expect(world.slice.securities['EQ']?.corporateAction).toBeUndefined();
  });

  it('lets units move before the effective time and after the completion, and refuses any movement in between with ST2-CORPORATE-ACTION-PENDING', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', split());
    expect(codeOf(world.run(alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'bob', amount: '5' }))).toBe('accepted');
    world.advance(DAY);
    apply(world, ['alice']);
    for (const [who, kind, input] of [
      [alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'bob', amount: '10' }],
      [bob, 'Transfer', { securityId: 'EQ', from: 'bob', to: 'carol', amount: '10' }],
      [actors.agent, 'Issue', { securityId: 'EQ', to: 'alice', amount: '10' }],
      [actors.agent, 'Redeem', { securityId: 'EQ', from: 'bob', amount: '10' }],
      [actors.agent, 'ForcedTransfer', { securityId: 'EQ', from: 'bob', to: 'alice', amount: '10' }],
      [actors.agent, 'Batch', { securityId: 'EQ', items: [{ kind: 'Issue', to: 'carol', amount: '1' }] }],
    ] as const) expectRefused(world, who, kind, input, 'ST2-CORPORATE-ACTION-PENDING');
    expectRefused(world, actors.issuer, 'CreateProposal', { proposalId: 'P1', securityId: 'EQ', title: 't', options: ['a', 'b'], recordTime: world.now, closesAt: world.now + DAY, quorumBps: 0, thresholdBps: 0 }, 'ST2-CORPORATE-ACTION-PENDING');
    expect(codeOf(world.run(actors.agent, 'Freeze', { securityId: 'EQ', holder: 'bob', amount: '100' }))).toBe('accepted');
    apply(world, ['bob', 'carol']);
    expect(world.slice.holdings['EQ\u0000bob']).toMatchObject({ balance: 610n, frozenAmount: 200n });
    expect(codeOf(world.run(alice, 'Transfer', { securityId: 'EQ', from: 'alice', to: 'bob', amount: '10' }))).toBe('accepted');
  });

  it('scales named partitions and lots, keeping them consistent with the balance', () => {
    const world = setup({ requiredClaims: ['kyc'], partitionRules: { locked: {} } });
    world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: '3', partition: 'locked' });
    world.given(actors.issuer, 'DeclareCorporateAction', split({ ratio: { numerator: '3', denominator: '2' }, cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: '10', denominator: '1' } } }));
    world.advance(DAY);
    apply(world, ['bob']);
    const bobs = world.slice.holdings['EQ\u0000bob'];
    // 303 × 3/2 = 454.5: 454 units, of which floor(3 × 3/2) = 4 locked; half a new unit is a third of an old one: 10/3 → 3 cents.
    expect(bobs).toMatchObject({ balance: 454n, partitions: [{ partition: 'locked', amount: 4n }], corporateAction: 'CA1' });
    expect(bobs?.lots.reduce((sum, lot) => sum + lot.amount, 0n)).toBe(454n);
    expect(cash(world, 'bob')).toBe(3n);
  });
});

describe('applying a reverse split with cash in lieu', () => {
  it('floors each holding, pays the fraction at the declared price per old unit, and drops holders left with nothing', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', reverse());
    world.advance(DAY);
    const applied = apply(world, ['alice', 'bob', 'carol']);
    expect(applied.ok && applied.events.map((e) => e.type)).toEqual(['CorporateActionApplied', 'Transferred', 'Transferred', 'CorporateActionCompleted']);
    // alice 605 → 60 and 5 old units × 3; bob 300 → 30 exactly; carol 7 → 0 and 7 × 3.
    expect([units(world, 'alice'), units(world, 'bob'), units(world, 'carol')]).toEqual([60n, 30n, 0n]);
    expect([cash(world, 'alice'), cash(world, 'bob'), cash(world, 'carol'), cash(world, 'acme-pay')]).toEqual([15n, 0n, 21n, 964n]);
    expect(world.slice.stats['EQ']).toMatchObject({ supply: 90n, holders: 2 });
    expect(world.slice.jurisdictions['EQ\u0000FR']?.holders).toBe(0);
    expect(world.slice.corporateActions['CA1']).toMatchObject({ status: 'completed', cashPaid: 36n });
  });

  it.each([
    ['before the effective time', (w: World) => w, actors.agent, ['alice'], 'ST2-CORPORATE-ACTION-NOT-DUE'],
    ['by an investor', (w: World) => (w.advance(DAY), w), alice, ['alice'], 'ST2-UNAUTHORIZED'],
    ['by an agent of another org', (w: World) => (w.advance(DAY), w), otherAgent, ['alice'], 'ST2-UNAUTHORIZED'],
    ['to a holder with nothing', (w: World) => (w.advance(DAY), w), actors.agent, ['alice', 'dave'], 'ST2-NO-ENTITLEMENT'],
    ['to an unknown holder', (w: World) => (w.advance(DAY), w), actors.agent, ['nobody'], 'ST2-NOT-FOUND'],
    ['to a holder applied already', (w: World) => (w.advance(DAY), w.given(actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['bob'] }), w), actors.agent, ['alice', 'bob'], 'ST2-ALREADY-ADJUSTED'],
    ['to a holder with a hold', (w: World) => (w.given(actors.agent, 'PlaceHold', { holdId: 'H1', securityId: 'EQ', holder: 'bob', beneficiary: 'alice', amount: '10', reason: 'pledge', expiresAt: T0 + 5 * DAY }), w.advance(DAY), w), actors.agent, ['bob'], 'ST2-HELD'],
    ['when the payer has no cash for the fractions', (w: World) => (w.given(investor('acme-pay'), 'Transfer', { securityId: 'EURC', from: 'acme-pay', to: 'bob', amount: '990' }), w.advance(DAY), w), actors.agent, ['alice'], 'ST2-INSUFFICIENT-BALANCE'],
  ])('refuses a batch %s, changing nothing', (_when, given, who, holders, code) => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', reverse());
    given(world);
    expectRefused(world, who, 'ApplyCorporateAction', { actionId: 'CA1', holders }, code);
  });

  it('names the refused holder\'s index, so the batch can go again without it', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', reverse());
    world.advance(DAY);
    const refused = world.run(actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice', 'dave'] });
    expect(refused.ok ? null : refused.details).toMatchObject({ holder: 'dave', index: 1 });
  });

  it('refuses a batch once the action is complete with ST2-CORPORATE-ACTION-COMPLETED, and an unknown action with ST2-NOT-FOUND', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', reverse());
    world.advance(DAY);
    world.given(actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice', 'bob', 'carol'] });
    expectRefused(world, actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice'] }, 'ST2-CORPORATE-ACTION-COMPLETED');
    expectRefused(world, actors.agent, 'ApplyCorporateAction', { actionId: 'CA9', holders: ['alice'] }, 'ST2-NOT-FOUND');
  });

  it('keeps balances at an earlier record time in old units: a distribution declared before pays on them', () => {
    const world = setup();
    world.given(actors.issuer, 'DeclareDistribution', {
      distributionId: 'D1', securityId: 'EQ', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '10' }, recordTime: T0 + 1, paymentDate: T0 + 2 * DAY, payer: 'acme-pay', remainderAccount: 'acme-pay',
    });
    world.given(actors.issuer, 'DeclareCorporateAction', reverse());
    world.advance(DAY);
    world.given(actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice', 'bob', 'carol'] });
    world.advance(DAY);
    world.given(actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['alice'] });
    expect(world.slice.payouts['D1\u0000alice']).toMatchObject({ units: 605n, amount: 60n });
  });
});

describe('a stock dividend', () => {
  it('adds floor(units × n/d) to each holding, pays the fraction in cash, and is checked against the maximum supply', () => {
    const capped = setup({ requiredClaims: ['kyc'], maxSupply: '1000' });
    const dividend = { actionId: 'CA1', securityId: 'EQ', type: 'stock-dividend', ratio: { numerator: '1', denominator: '10' }, effectiveTime: EFFECTIVE, cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: '3', denominator: '1' } } };
    expectRefused(capped, actors.issuer, 'DeclareCorporateAction', dividend, 'ST2-MAX-SUPPLY');
    const world = setup();
    world.given(actors.issuer, 'DeclareCorporateAction', dividend);
    world.advance(DAY);
    apply(world, ['alice', 'bob', 'carol']);
    // × 11/10: alice 605 → 665.5, its half unit worth 5/11 of an old unit at 3 cents: 1 cent; carol 7 → 7.7: 21/11 → 1 cent.
    expect([units(world, 'alice'), units(world, 'bob'), units(world, 'carol')]).toEqual([665n, 330n, 7n]);
    expect([cash(world, 'alice'), cash(world, 'bob'), cash(world, 'carol')]).toEqual([1n, 0n, 1n]);
    expect(world.slice.stats['EQ']?.supply).toBe(1002n);
    expect(world.slice.corporateActions['CA1']?.status).toBe('completed');
  });
});
