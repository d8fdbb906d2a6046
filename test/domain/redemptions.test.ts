import { partyOf, statusAt, type Actor, type Decision, type DomainEvent } from '@st2/chaincode';
import { runChecked } from './slices';
import { actors, DAY, investor, T0, World } from './world';

/**
 * The end of a bond: from its redemption date (maturity, or the call date once called) nothing moves but the
 * redemption, a distribution of the principal per unit whose payments burn each holder's units; its close
 * marks the security redeemed. The clock starts on Monday 5 January 2026; BOND (1,000.00 EUR a unit) matures
 * on Monday 16 March 2026 and may be called from 2 February at 101.50% with 15 days' notice.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const opsAgent: Actor = { org: 'Bank1MSP', role: 'agent', id: 'acme-ops' };
const [alice, bob] = [investor('alice'), investor('bob')];
const MATURITY = d('2026-03-16');
const CASH = 10_000_000n;

const bondTerms = (over: Record<string, unknown> = {}) => ({
  kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 500, couponFrequency: 'annual', issueDate: d('2025-03-16'), maturityDate: MATURITY,
  call: { firstCallDate: d('2026-02-02'), priceBps: 10_150, noticeDays: 15 }, ...over,
});
const redemption = (over: Record<string, unknown> = {}) => ({ securityId: 'BOND', cashSecurityId: 'EURC', payer: 'acme-pay', remainderAccount: 'acme-rest', ...over });

/** alice holds 3 BOND, bob 2; acme's paying account 100,000.00 EURC; acme-ta has every power, acme-ops only `issue`. */
function setup(terms: Record<string, unknown> = {}): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol' }, { id: 'acme-pay' }, { id: 'acme-rest' });
  for (const [securityId, currency] of [['EURC', 'EUR'], ['USDC', 'USD']] as const) {
    world.given(treasury, 'CreateSecurity', { securityId, name: `${currency} deposit token`, decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency } });
  }
  world.given(treasury, 'Issue', { securityId: 'EURC', to: 'acme-pay', amount: CASH.toString() });
  world.given(actors.issuer, 'CreateSecurity', {
    securityId: 'BOND', name: '5% notes 2026', isin: 'DE000A1B2C46', decimals: 0, rules: { requiredClaims: ['kyc'] }, terms: bondTerms(terms),
    agents: [partyOf(actors.agent), { ...partyOf(opsAgent), powers: ['issue'] }],
  });
  world.createEquity('EQ');
  for (const [to, amount] of [['alice', '3'], ['bob', '2']] as const) world.given(actors.issuer, 'Issue', { securityId: 'BOND', to, amount });
  return world;
}

const pay = (world: World, holders: string[], who: Actor = actors.agent) => runChecked(world, who, 'PayDistribution', { distributionId: 'BOND:redemption', holders });
const close = (world: World) => runChecked(world, actors.agent, 'CloseDistribution', { distributionId: 'BOND:redemption' });
const cash = (world: World, holder: string) => world.balance('EURC', holder);

/** Expects a refusal with `code` that changed nothing at all. */
function expectRefused(world: World, who: Actor, kind: Parameters<World['run']>[1], input: Record<string, unknown>, code: string): void {
  const before = world.slice;
  expect(codeOf(world.run(who, kind, input))).toBe(code);
  expect(world.slice).toBe(before);
}

function matured(): World {
  const world = setup();
  world.now = MATURITY;
  return world;
}

describe('redemption at maturity', () => {
  it('refuses to declare the redemption before the maturity date with ST2-REDEMPTION-NOT-DUE, changing nothing', () => {
    const world = setup();
    world.now = MATURITY - 1;
    expectRefused(world, actors.issuer, 'DeclareRedemption', redemption(), 'ST2-REDEMPTION-NOT-DUE');
  });

  it.each([
    ['a holder transfer', alice, 'Transfer', { securityId: 'BOND', from: 'alice', to: 'bob', amount: '1' }],
    ['an issuance', actors.agent, 'Issue', { securityId: 'BOND', to: 'carol', amount: '1' }],
    ['a forced transfer', actors.agent, 'ForcedTransfer', { securityId: 'BOND', from: 'alice', to: 'bob', amount: '1' }],
    ['an agent\'s redemption, which would burn units without paying them', actors.agent, 'Redeem', { securityId: 'BOND', from: 'alice', amount: '1' }],
  ] as const)('refuses %s from the maturity date with ST2-MATURED, changing nothing', (_what, who, kind, input) => {
    const world = setup();
    world.now = MATURITY - 1;
    expect(codeOf(world.run(who, kind, input))).toBe('accepted');
    world.now = MATURITY;
    expectRefused(world, who, kind, input, 'ST2-MATURED');
  });

  it('declares the principal at face value per unit held on the eve of maturity, payable from the maturity\'s payment date', () => {
    const world = matured();
    expect(codeOf(runChecked(world, actors.issuer, 'DeclareRedemption', redemption()))).toBe('accepted');
    expect(world.slice.distributions['BOND:redemption']).toMatchObject({
      redemption: 'maturity', rate: { numerator: 100_000n, denominator: 1n }, recordTime: MATURITY - 1, paymentDate: MATURITY, status: 'declared',
    });
    expect(world.slice.securities['BOND']?.snapshots).toEqual([{ id: 'BOND:redemption', recordTime: MATURITY - 1 }]);
  });

  it('pays each holder its principal exactly and burns its units, in one transaction per batch', () => {
    const world = matured();
    world.given(actors.issuer, 'DeclareRedemption', redemption());
    const paid = pay(world, ['alice']);
    expect(paid.ok && paid.events.map((e) => e.type)).toEqual(['DistributionPaid', 'Transferred', 'Redeemed']);
    expect([cash(world, 'alice'), world.balance('BOND', 'alice'), world.slice.stats['BOND']?.supply, world.slice.stats['BOND']?.holders]).toEqual([300_000n, 0n, 2n, 1]);
    expect(codeOf(pay(world, ['alice', 'bob']))).toBe('ST2-ALREADY-PAID');
    expect(codeOf(pay(world, ['bob']))).toBe('accepted');
    expect([cash(world, 'bob'), cash(world, 'acme-pay'), world.slice.stats['BOND']?.supply]).toEqual([200_000n, CASH - 500_000n, 0n]);
  });

  it('closes once every unit is burned: the security is redeemed, and stays refused with ST2-MATURED', () => {
    const world = matured();
    world.given(actors.issuer, 'DeclareRedemption', redemption());
    pay(world, ['alice']);
    expect(codeOf(close(world))).toBe('ST2-DISTRIBUTION-INCOMPLETE');
    pay(world, ['bob']);
    const closed = close(world);
    expect(closed.ok && closed.events.map((e) => e.type)).toEqual(['DistributionClosed', 'SecurityRedeemed']);
    const security = world.slice.securities['BOND'];
    expect(security && [security.redeemedAt, statusAt(security, world.now), security.snapshots ?? []]).toEqual([MATURITY, 'redeemed', []]);
    expect(world.slice.distributions['BOND:redemption']).toMatchObject({ status: 'closed', eligibleUnits: 5n, declaredTotal: 500_000n, remainder: 0n });
    expectRefused(world, actors.agent, 'Issue', { securityId: 'BOND', to: 'carol', amount: '1' }, 'ST2-MATURED');
    expectRefused(world, actors.issuer, 'DeclareRedemption', redemption(), 'ST2-ALREADY-EXISTS');
  });

  it('burns units in every partition and frozen units, unfreezing them first', () => {
    const world = setup();
    world.given(actors.agent, 'ChangePartition', { securityId: 'BOND', holder: 'alice', from: 'default', to: 'locked', amount: '2' });
    world.given(actors.agent, 'Freeze', { securityId: 'BOND', holder: 'alice', amount: '1' });
    world.now = MATURITY;
    world.given(actors.issuer, 'DeclareRedemption', redemption());
    const paid = pay(world, ['alice']);
    expect(paid.ok && paid.events.map((e) => [e.type, 'amount' in e ? e.amount : null, 'partition' in e ? e.partition : undefined])).toEqual([
      ['DistributionPaid', null, undefined], ['Transferred', 300_000n, undefined], ['HoldingUnfrozen', 1n, undefined], ['Redeemed', 1n, undefined], ['Redeemed', 2n, 'locked'],
    ]);
    expect(world.slice.holdings['BOND\u0000alice'] ?? { balance: 0n }).toMatchObject({ balance: 0n });
  });

  it.each([
    ['an agent', actors.agent, {}, 'ST2-UNAUTHORIZED'],
    ['an investor', alice, {}, 'ST2-UNAUTHORIZED'],
    ['the issuer, in cash of another currency', actors.issuer, { cashSecurityId: 'USDC' }, 'ST2-INVALID-INPUT'],
    ['the issuer, in a security that is not cash', actors.issuer, { cashSecurityId: 'EQ' }, 'ST2-NOT-CASH'],
    ['the issuer, of an equity', actors.issuer, { securityId: 'EQ' }, 'ST2-INVALID-INPUT'],
  ])('refuses a declaration by %s, changing nothing', (_who, who, over, code) => {
    expectRefused(matured(), who, 'DeclareRedemption', redemption(over), code);
  });

  it('refuses a principal past the maximum amount with ST2-AMOUNT-LIMIT, changing nothing', () => {
    const world = setup({ faceValue: (3n * 10n ** 37n).toString() }); // 5 units: 1.5 × 10^38 in all
    world.now = MATURITY;
    expectRefused(world, actors.issuer, 'DeclareRedemption', redemption(), 'ST2-AMOUNT-LIMIT');
  });

  it('is paid by the issuer or an agent with the redeem power, nobody else, before nothing', () => {
    const world = matured();
    world.given(actors.issuer, 'DeclareRedemption', redemption());
    for (const who of [opsAgent, bob]) expectRefused(world, who, 'PayDistribution', { distributionId: 'BOND:redemption', holders: ['alice'] }, 'ST2-UNAUTHORIZED');
    expectRefused(world, actors.agent, 'PayDistribution', { distributionId: 'BOND:redemption', holders: ['carol'] }, 'ST2-NO-ENTITLEMENT');
  });

  it('refuses a payment whose holder\'s units are held, with ST2-HELD and its index, changing nothing', () => {
    const world = setup();
    world.given(actors.agent, 'PlaceHold', { holdId: 'H1', securityId: 'BOND', holder: 'bob', beneficiary: 'alice', amount: '1', reason: 'escrow', expiresAt: MATURITY + 30 * DAY });
    world.now = MATURITY;
    world.given(actors.issuer, 'DeclareRedemption', redemption());
    const before = world.slice;
    expect(world.run(actors.agent, 'PayDistribution', { distributionId: 'BOND:redemption', holders: ['alice', 'bob'] })).toMatchObject({ ok: false, code: 'ST2-HELD', details: { index: 1 } });
    expect(world.slice).toBe(before);
  });
});

describe('calls', () => {
  const CALL_DATE = d('2026-02-20');

  it('rejects call terms at creation whose first call date is not before maturity', () => {
    const world = setup();
    expect(codeOf(world.run(actors.issuer, 'CreateSecurity', {
      securityId: 'BOND2', name: 'n', isin: 'DE000A1B2C46', decimals: 0, agents: [], rules: { requiredClaims: ['kyc'] },
      terms: bondTerms({ call: { firstCallDate: MATURITY, priceBps: 10_000, noticeDays: 0 } }),
    }))).toBe('ST2-INVALID-INPUT');
  });

  it('calls the security for a date with the notice its terms require: holders trade until then', () => {
    const world = setup();
    expect(codeOf(runChecked(world, actors.issuer, 'CallSecurity', { securityId: 'BOND', callDate: CALL_DATE }))).toBe('accepted');
    expect(world.slice.securities['BOND']?.called).toEqual({ callDate: CALL_DATE, priceBps: 10_150, calledAt: T0 });
    world.now = CALL_DATE - 1;
    expect(codeOf(world.run(alice, 'Transfer', { securityId: 'BOND', from: 'alice', to: 'bob', amount: '1' }))).toBe('accepted');
    world.now = CALL_DATE;
    expectRefused(world, alice, 'Transfer', { securityId: 'BOND', from: 'alice', to: 'bob', amount: '1' }, 'ST2-MATURED');
  });

  it('redeems a called security on its call date at the call price: 1,015.00 per unit', () => {
    const world = setup();
    world.given(actors.issuer, 'CallSecurity', { securityId: 'BOND', callDate: CALL_DATE });
    world.now = CALL_DATE - 1;
    expectRefused(world, actors.issuer, 'DeclareRedemption', redemption(), 'ST2-REDEMPTION-NOT-DUE');
    world.now = CALL_DATE;
    world.given(actors.issuer, 'DeclareRedemption', redemption());
    expect(world.slice.distributions['BOND:redemption']).toMatchObject({ redemption: 'call', rate: { numerator: 101_500n, denominator: 1n }, paymentDate: CALL_DATE });
    pay(world, ['alice', 'bob']);
    expect(codeOf(close(world))).toBe('accepted');
    expect([cash(world, 'alice'), cash(world, 'bob'), world.slice.stats['BOND']?.supply, world.slice.securities['BOND']?.redeemedAt]).toEqual([304_500n, 203_000n, 0n, CALL_DATE]);
  });

  it.each([
    ['less notice than the terms require', actors.issuer, d('2026-02-02'), T0 + 20 * DAY, 'ST2-CALL-NOTICE'],
    ['a date before the first call date', actors.issuer, d('2026-02-01'), T0, 'ST2-CALL-DATE-INVALID'],
    ['the maturity date itself', actors.issuer, MATURITY, T0, 'ST2-CALL-DATE-INVALID'],
    ['an agent', actors.agent, CALL_DATE, T0, 'ST2-UNAUTHORIZED'],
    ['an investor', alice, CALL_DATE, T0, 'ST2-UNAUTHORIZED'],
    ['anyone once matured', actors.issuer, MATURITY + DAY, MATURITY, 'ST2-MATURED'],
  ])('refuses a call with %s, changing nothing', (_what, who, callDate, now, code) => {
    const world = setup();
    world.now = now;
    expectRefused(world, who, 'CallSecurity', { securityId: 'BOND', callDate }, code);
  });

  it('refuses a second call with ST2-ALREADY-CALLED and a security without call terms with ST2-NOT-CALLABLE', () => {
    const world = setup();
    world.given(actors.issuer, 'CallSecurity', { securityId: 'BOND', callDate: CALL_DATE });
    expectRefused(world, actors.issuer, 'CallSecurity', { securityId: 'BOND', callDate: CALL_DATE + DAY }, 'ST2-ALREADY-CALLED');
    const plain = setup({ call: undefined });
    expectRefused(plain, actors.issuer, 'CallSecurity', { securityId: 'BOND', callDate: CALL_DATE }, 'ST2-NOT-CALLABLE');
    expectRefused(plain, actors.issuer, 'CallSecurity', { securityId: 'EQ', callDate: CALL_DATE }, 'ST2-NOT-CALLABLE');
  });
});
