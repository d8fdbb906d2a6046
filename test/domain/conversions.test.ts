import { conversionStep, convertedAmount, partyOf, type Actor, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, consortium, DAY, investor, T0, World, command } from './world';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';

/**
 * Hybrid conversion: during its window a holder converts hybrid units into the target equity at the terms'
 * ratio (here 5 equity units for 2 hybrid units), whole equity units only; the hybrid's units leave under the
 * rules a holder's units leaving obey, the equity's arrive under every rule an issuance to the holder obeys.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const alice = investor('alice');
const WINDOW = { windowStart: T0 + DAY, windowEnd: T0 + 30 * DAY };

/** alice holds 100 CONV (a hybrid converting into EQ at 5/2) and 10 EQ; bob holds 50 CONV; the window is open; then EQ's rules. */
function setup(equityRules?: Record<string, unknown>): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
  world.createEquity('EQ');
  world.given(actors.issuer, 'CreateSecurity', {
    securityId: 'CONV', name: 'ACME 2% convertible', isin: 'DE000A1B2C46', decimals: 0, agents: [partyOf(actors.agent)], rules: { requiredClaims: ['kyc'] },
    terms: {
      kind: 'hybrid', faceValue: '1000', currency: 'EUR', couponRateBps: 200, couponFrequency: 'annual', maturityDate: T0 + 365 * DAY,
      conversion: { equitySecurityId: 'EQ', ratioNumerator: 5, ratioDenominator: 2, ...WINDOW },
    },
  });
  world.given(actors.agent, 'Issue', { securityId: 'CONV', to: 'alice', amount: '100' });
  world.given(actors.agent, 'Issue', { securityId: 'CONV', to: 'bob', amount: '50' });
  world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'alice', amount: '10' });
  if (equityRules) world.given(actors.issuer, 'SetRules', { securityId: 'EQ', rules: equityRules });
  world.advance(DAY);
  return world;
}

const input = (amount: string, over: Record<string, unknown> = {}) => ({ securityId: 'CONV', holder: 'alice', amount, ...over });

/** Runs a conversion, checking that what the chaincode loads decides the same and that projections fold the same. */
function convert(world: World, amount: string, who: Actor = alice, over: Record<string, unknown> = {}): Decision<DomainEvent> {
  const before = world.slice;
  const decision = world.run(who, 'Convert', input(amount, over));
  if (decision.ok) expectProjectionsAgree(before, decision.events);
  expectLoadedSliceAgrees(before, world.slice, command('Convert', input(amount, over)), { actor: who, at: world.now, consortium }, decision);
  return decision;
}

/** Supply equals the sum of the holdings, for both securities. */
function expectConserved(world: World): void {
  for (const securityId of ['CONV', 'EQ']) {
    const held = Object.values(world.slice.holdings).filter((h) => h.securityId === securityId).reduce((sum, h) => sum + h.balance, 0n);
    expect(world.slice.stats[securityId]?.supply).toBe(held);
  }
}

describe('the conversion ratio', () => {
  it('converts only amounts that give whole equity units, and names the smallest such amount', () => {
    const terms = { equitySecurityId: 'EQ', ratioNumerator: 5, ratioDenominator: 2, ...WINDOW };
    expect([convertedAmount(terms, 2n), convertedAmount(terms, 10n), convertedAmount(terms, 3n)]).toEqual([5n, 25n, null]);
    expect(conversionStep(terms)).toBe(2n);
    expect(conversionStep({ ...terms, ratioNumerator: 4, ratioDenominator: 6 })).toBe(3n);
    expect(conversionStep({ ...terms, ratioNumerator: 3, ratioDenominator: 1 })).toBe(1n);
  });
});

describe('converting a hybrid', () => {
  it('burns the hybrid units and mints the equity at the ratio in one decision, both supplies the sum of their holdings', () => {
    const world = setup();
    const converted = convert(world, '10');
    expect(converted.ok && converted.events.map((e) => e.type)).toEqual(['Converted', 'Redeemed', 'Issued']);
    expect(converted.ok && converted.events[0]).toMatchObject({ securityId: 'CONV', holder: 'alice', amount: 10n, equitySecurityId: 'EQ', equityAmount: 25n });
    expect([world.balance('CONV', 'alice'), world.balance('EQ', 'alice')]).toEqual([90n, 35n]);
    expect([world.slice.stats['CONV']?.supply, world.slice.stats['EQ']?.supply]).toEqual([140n, 35n]);
    expectConserved(world);
  });

  it('moves the holder counts when a whole holding converts into a first equity holding', () => {
    const world = setup();
    expect(codeOf(convert(world, '50', investor('bob'), { holder: 'bob' }))).toBe('accepted');
    expect([world.slice.stats['CONV']?.holders, world.slice.stats['EQ']?.holders]).toEqual([1, 2]);
    expect([world.balance('CONV', 'bob'), world.balance('EQ', 'bob')]).toEqual([0n, 125n]);
    expectConserved(world);
  });

  it('converts up to the last moment of the window and not at its end', () => {
    const world = setup();
    world.now = WINDOW.windowEnd - 1;
    expect(codeOf(convert(world, '2'))).toBe('accepted');
    world.now = WINDOW.windowEnd;
    expect(codeOf(convert(world, '2'))).toBe('ST2-CONVERSION-CLOSED');
  });
});

describe('refusing a conversion, changing nothing', () => {
  const refusals: [string, (world: World) => Decision<DomainEvent>, string][] = [
    ['before the window opens', (w) => { w.now = WINDOW.windowStart - 1; return convert(w, '10'); }, 'ST2-CONVERSION-CLOSED'],
    ['after the window closed', (w) => { w.now = WINDOW.windowEnd + DAY; return convert(w, '10'); }, 'ST2-CONVERSION-CLOSED'],
    ['of an amount that leaves a fraction of an equity unit', (w) => convert(w, '3'), 'ST2-CONVERSION-FRACTION'],
    ['of a security that is not a hybrid', (w) => convert(w, '2', alice, { securityId: 'EQ' }), 'ST2-INVALID-INPUT'],
    ['of an unknown security', (w) => convert(w, '2', alice, { securityId: 'NOPE' }), 'ST2-NOT-FOUND'],
    ['by another investor for alice', (w) => convert(w, '10', investor('bob')), 'ST2-UNAUTHORIZED'],
    ['by a certificate of another org with alice\'s id', (w) => convert(w, '10', investor('alice', 'Bank2MSP')), 'ST2-UNAUTHORIZED'],
    ['by an agent of the security', (w) => convert(w, '10', actors.agent), 'ST2-UNAUTHORIZED'],
    ['by the issuer', (w) => convert(w, '10', actors.issuer), 'ST2-UNAUTHORIZED'],
    ['of more than the holder has', (w) => convert(w, '102'), 'ST2-INSUFFICIENT-BALANCE'],
    ['of frozen hybrid units', (w) => { w.given(actors.agent, 'Freeze', { securityId: 'CONV', holder: 'alice', amount: '95' }); return convert(w, '10'); }, 'ST2-FROZEN'],
    ['from a frozen hybrid holding', (w) => { w.given(actors.agent, 'Freeze', { securityId: 'CONV', holder: 'alice' }); return convert(w, '2'); }, 'ST2-FROZEN'],
    ['of held hybrid units', (w) => {
      w.given(actors.agent, 'PlaceHold', { holdId: 'H1', securityId: 'CONV', holder: 'alice', beneficiary: 'bob', amount: '95', reason: 'pledge', expiresAt: w.now + DAY });
      return convert(w, '10');
    }, 'ST2-HELD'],
    ['while the hybrid is paused', (w) => { w.given(actors.agent, 'Pause', { securityId: 'CONV' }); return convert(w, '2'); }, 'ST2-PAUSED'],
    ['while the equity is paused', (w) => { w.given(actors.agent, 'Pause', { securityId: 'EQ' }); return convert(w, '2'); }, 'ST2-PAUSED'],
    ['into a frozen equity holding', (w) => { w.given(actors.agent, 'Freeze', { securityId: 'EQ', holder: 'alice' }); return convert(w, '2'); }, 'ST2-FROZEN'],
  ];

  it.each(refusals)('refuses a conversion %s with its code', (_what, attempt, code) => {
    const world = setup();
    const ready = world.slice;
    const decision = attempt(world);
    expect(codeOf(decision)).toBe(code);
    // Setting up the refusal (a freeze, a hold, a pause) is the only change: the conversion changed nothing.
    expect(world.balance('CONV', 'alice')).toBe(100n);
    expect(world.balance('EQ', 'alice')).toBe(10n);
    expect([world.slice.stats['CONV'], world.slice.stats['EQ']]).toEqual([ready.stats['CONV'], ready.stats['EQ']]);
  });

  const equityRules: [string, Record<string, unknown>, string][] = [
    ['a claim the holder lacks', { requiredClaims: ['kyc', 'accredited'] }, 'ST2-KYC-MISSING'],
    ['the holder\'s jurisdiction blocked', { requiredClaims: ['kyc'], blockedJurisdictions: ['DE'] }, 'ST2-JURISDICTION-BLOCKED'],
    ['a supply cap the new units would pass', { requiredClaims: ['kyc'], maxSupply: '15' }, 'ST2-MAX-SUPPLY'],
    ['a balance cap the holder would pass', { requiredClaims: ['kyc'], maxBalance: '10' }, 'ST2-MAX-BALANCE'],
    ['a holder cap a new holder would pass', { requiredClaims: ['kyc'], maxHolders: 1 }, 'ST2-MAX-HOLDERS'],
    ['a country cap a new holder would pass', { requiredClaims: ['kyc'], maxHoldersPerJurisdiction: { DE: 1 } }, 'ST2-JURISDICTION-CAP'],
    ['the holder on its block list', { requiredClaims: ['kyc'], blockedParties: ['bob'] }, 'ST2-PARTY-BLOCKED'],
  ];

  it.each(equityRules)('refuses a conversion into an equity with %s, as an issuance to the holder would be', (_what, rules, code) => {
    const world = setup(rules);
    const before = world.slice;
    // bob holds no equity yet: he is a new holder for the caps that count holders.
    expect(codeOf(convert(world, '6', investor('bob'), { holder: 'bob' }))).toBe(code);
    expect(codeOf(world.run(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: '15' }))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it('refuses a holder recovered to another identity with ST2-IDENTITY-INACTIVE, as any movement does', () => {
    const world = setup();
    world.onboard('alice2', { investor: 'person-alice' });
    world.given(actors.agent, 'Recover', { securityId: 'CONV', lost: 'alice', replacement: 'alice2' });
    const before = world.slice;
    expect(codeOf(world.run(alice, 'Convert', input('2')))).toBe('ST2-IDENTITY-INACTIVE');
    expect(world.slice).toBe(before);
  });
});
