import { holdersIn, partyOf, type Actor, type OwnerEntitlement } from '@st2/chaincode';
import { runChecked } from './slices';
import { SubLedger } from './sub-ledger';
import { actors, DAY, refusedWith, T0, World } from './world';

/**
 * Distributions reaching custody accounts: the account's custodian claims the account's payment, naming its
 * beneficial owners privately; each owner is paid for its record-time position into its cash position in the
 * account. From the record time until then the account's units in the security stay still.
 */
const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
const otherCustodian: Actor = { org: 'Bank2MSP', role: 'custodian', id: 'bank2-custody' };
const RECORD = T0 + DAY;
const PAYMENT = T0 + 2 * DAY;

/**
 * alice holds 600 EQ, bob 50; the omnibus account OMNI 300 for zoe (DE, 200) and yan (FR, 100), deposited from bob's
 * holding by the custodian as his operator; OMNI2 is empty. D1 pays 1/3 EURC cent per share from acme-pay.
 */
function setup(): { world: World; ledger: SubLedger } {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'acme-pay' }, { id: 'acme-rest' });
  world.createEquity('EQ');
  world.createCash('EURC', { 'acme-pay': '1000' });
  world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'alice', amount: '600' });
  world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: '350' });
  world.openOmnibus(custodian, 'OMNI', { holder: 'bob', securityId: 'EQ' });
  world.openOmnibus(custodian, 'OMNI2');
  const ledger = new SubLedger();
  deposit(world, ledger, 'zoe', 200n);
  deposit(world, ledger, 'yan', 100n, { jurisdiction: 'FR' });
  world.given(actors.issuer, 'DeclareDistribution', {
    distributionId: 'D1', securityId: 'EQ', cashSecurityId: 'EURC', rate: { numerator: '1', denominator: '3' },
    recordTime: RECORD, paymentDate: PAYMENT, payer: 'acme-pay', remainderAccount: 'acme-rest',
  });
  return { world, ledger };
}

function deposit(world: World, ledger: SubLedger, owner: string, amount: bigint, { jurisdiction = 'DE', accountId = 'OMNI', securityId = 'EQ' } = {}) {
  const to = ledger.owner(securityId, owner, jurisdiction);
  const decision = world.run(custodian, 'CustodyDeposit', { securityId, accountId, from: 'bob', amount: amount.toString() }, { custody: { to } });
  if (decision.ok) ledger.apply(securityId, to, amount, world.now);
  return decision;
}

/** The owners' entitlements as the custodian names them: their EQ positions, their EURC positions, and whether a batch of `distributionId` paid them. */
const owners = (ledger: SubLedger, names: string[], securityId = 'EQ', distributionId = 'D1'): OwnerEntitlement[] => names.map((name) => ({
  security: ledger.owner(securityId, name), cash: ledger.owner('EURC', name, ledger.owner(securityId, name).jurisdiction),
  ...(ledger.paid.has(`${distributionId}:${name}`) ? { marked: true } : {}),
}));

/** The custodian (or `actor`) claims a batch of OMNI's payment of D1 for `named`, the sub-ledger (positions, markers) following an accepted one. */
function claim(world: World, ledger: SubLedger, { actor = custodian, named = owners(ledger, ['zoe', 'yan']), accountId = 'OMNI' } = {}) {
  const decision = runChecked(world, actor, 'PayCustodyDistribution', { distributionId: 'D1', accountId }, { custody: { owners: named } });
  if (!decision.ok) return decision;
  for (const owner of named) {
    ledger.apply('EURC', owner.cash, (owner.security.position?.amount ?? 0n) / 3n, world.now);
    ledger.paid.add(`D1:${owner.security.owner}`);
  }
  return decision;
}

/** bob's `issued` BOND notes, 2 of them in OMNI for zoe (DE) and 1 for yan (FR), at maturity with the redemption declared. */
function bondInCustody(issued: string): { world: World; ledger: SubLedger } {
  const world = World.withInvestors({ id: 'bob' }, { id: 'acme-pay' }, { id: 'acme-rest' });
  const maturity = Date.UTC(2026, 2, 16);
  world.createCash('EURC', { 'acme-pay': '1000000' });
  world.given(actors.issuer, 'CreateSecurity', {
    securityId: 'BOND', name: '5% notes 2026', isin: 'DE000A1B2C46', decimals: 0, rules: { requiredClaims: ['kyc'] }, agents: [partyOf(actors.agent)],
    terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 500, couponFrequency: 'annual', issueDate: Date.UTC(2025, 2, 16), maturityDate: maturity },
  });
  world.given(actors.issuer, 'Issue', { securityId: 'BOND', to: 'bob', amount: issued });
  world.openOmnibus(custodian, 'OMNI', { holder: 'bob', securityId: 'BOND' });
  const ledger = new SubLedger();
  deposit(world, ledger, 'zoe', 2n, { securityId: 'BOND' });
  deposit(world, ledger, 'yan', 1n, { securityId: 'BOND', jurisdiction: 'FR' });
  world.now = maturity;
  world.given(actors.issuer, 'DeclareRedemption', { securityId: 'BOND', cashSecurityId: 'EURC', payer: 'acme-pay', remainderAccount: 'acme-rest' });
  return { world, ledger };
}

describe('a distribution paid into a custody account', () => {
  it('pays each beneficial owner for its record-time position into its cash position in the account, in one public deposit naming no owner; the close balances to the declared total', () => {
    const { world, ledger } = setup();
    world.now = PAYMENT;
    expect(codeOf(runChecked(world, actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['alice', 'bob'] }))).toBe('accepted');
    expect(codeOf(runChecked(world, actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['OMNI'] }))).toBe('ST2-CUSTODY-ACCOUNT');
    const paid = claim(world, ledger);
    expect(paid.ok && paid.events).toEqual([
      expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: 300n, amount: 99n }] }),
      expect.objectContaining({ type: 'CustodyDeposited', securityId: 'EURC', accountId: 'OMNI', from: 'acme-pay', amount: 99n, owners: [{ jurisdiction: 'DE', delta: 1 }, { jurisdiction: 'FR', delta: 1 }] }),
    ]);
    expect(JSON.stringify(paid.ok && paid.events, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).not.toMatch(/zoe|yan/);
    expect([ledger.owner('EURC', 'zoe').position?.amount, ledger.owner('EURC', 'yan').position?.amount]).toEqual([66n, 33n]);
    expect([world.balance('EURC', 'OMNI'), ledger.sum('EURC')]).toEqual([99n, 99n]);
    // The owners are the cash's holders, the account is not: acme-pay, alice, bob, zoe, yan.
    expect(world.slice.stats['EURC']?.holders).toBe(5);
    expect([holdersIn(world.slice, 'EURC', 'FR'), holdersIn(world.slice, 'EURC', 'LU')]).toEqual([1, 0]);
    expect(codeOf(runChecked(world, actors.agent, 'CloseDistribution', { distributionId: 'D1' }))).toBe('accepted');
    // floor(950 / 3) = 316 declared: 200 to alice, 16 to bob, 66 + 33 to the owners, the remainder 1 to acme-rest.
    expect(world.slice.distributions['D1']).toMatchObject({ status: 'closed', declaredTotal: 316n, paidAmount: 315n, remainder: 1n });
    expect([world.balance('EURC', 'acme-pay'), world.balance('EURC', 'acme-rest')]).toEqual([684n, 1n]);
  });

  it('keeps the account\'s units still from the record time until it is paid: a move, deposit or withdrawal of the security is refused with ST2-CUSTODY-RECORD-PENDING, changing nothing', () => {
    const { world, ledger } = setup();
    world.now = RECORD;
    expect(codeOf(world.run(custodian, 'CustodyMove', { securityId: 'EQ', accountId: 'OMNI' }, { custody: { from: ledger.owner('EQ', 'zoe'), to: ledger.owner('EQ', 'yan'), amount: 1n } }))).toBe('accepted');
    ledger.apply('EQ', ledger.owner('EQ', 'zoe'), -1n, world.now);
    ledger.apply('EQ', ledger.owner('EQ', 'yan'), 1n, world.now);
    world.now = RECORD + 1;
    const attempts = [
      () => runChecked(world, custodian, 'CustodyMove', { securityId: 'EQ', accountId: 'OMNI' }, { custody: { from: ledger.owner('EQ', 'zoe'), to: ledger.owner('EQ', 'yan'), amount: 1n } }),
      () => runChecked(world, custodian, 'CustodyDeposit', { securityId: 'EQ', accountId: 'OMNI', from: 'bob', amount: '1' }, { custody: { to: ledger.owner('EQ', 'zoe') } }),
      () => runChecked(world, custodian, 'CustodyWithdraw', { securityId: 'EQ', accountId: 'OMNI', to: 'bob', amount: '1' }, { custody: { from: ledger.owner('EQ', 'zoe') } }),
    ];
    for (const attempt of attempts) expect(refusedWith(world, 'ST2-CUSTODY-RECORD-PENDING', attempt)).toMatchObject({ account: 'OMNI', distributionId: 'D1' });
    world.now = PAYMENT;
    expect(codeOf(claim(world, ledger))).toBe('accepted');
    expect([ledger.owner('EURC', 'zoe').position?.amount, ledger.owner('EURC', 'yan').position?.amount]).toEqual([66n, 33n]);
    expect(codeOf(attempts[0]?.() ?? { ok: false })).toBe('accepted');
  });

  it('pays an account that held nothing at the record time nothing, and lets it move: units deposited after the record time earn nothing (ST2-NO-ENTITLEMENT)', () => {
    const { world } = setup();
    world.now = RECORD + 1;
    const late = new SubLedger('OMNI2');
    expect(codeOf(deposit(world, late, 'xia', 50n, { accountId: 'OMNI2' }))).toBe('accepted');
    world.now = PAYMENT;
    refusedWith(world, 'ST2-NO-ENTITLEMENT', () => claim(world, late, { accountId: 'OMNI2', named: [{ security: late.owner('EQ', 'xia'), cash: late.owner('EURC', 'xia') }] }));
  });

  it.each([
    ['by the security\'s agent', { actor: actors.agent }, 'ST2-UNAUTHORIZED'],
    ['by another org\'s custodian', { actor: otherCustodian }, 'ST2-UNAUTHORIZED'],
    ['naming no owner', { named: [] }, 'ST2-INVALID-INPUT'],
    ['naming an owner twice', { named: 'twice' }, 'ST2-INVALID-INPUT'],
    ['naming an owner who holds nothing', { named: 'stranger' }, 'ST2-INVALID-INPUT'],
    ['naming positions past the account\'s record-time units', { named: 'overshoot' }, 'ST2-CUSTODY-POSITIONS'],
  ] as const)('refuses a payment %s, changing nothing', (_how, over, code) => {
    const { world, ledger } = setup();
    world.now = PAYMENT;
    const [zoe, yan] = owners(ledger, ['zoe', 'yan']) as [OwnerEntitlement, OwnerEntitlement];
    const stranger = { security: ledger.owner('EQ', 'nobody'), cash: ledger.owner('EURC', 'nobody') };
    const position = zoe.security.position;
    const grown = { ...zoe, security: { ...zoe.security, position: position && { ...position, amount: position.amount + 1n } } };
    const named = { 'twice': [zoe, zoe, yan], 'stranger': [zoe, yan, stranger], 'overshoot': [grown, yan] } as const;
    const input = { ...('actor' in over ? { actor: over.actor } : {}), named: 'named' in over ? (typeof over.named === 'string' ? [...named[over.named]] : [...over.named]) : [zoe, yan] };
    refusedWith(world, code, () => claim(world, ledger, input));
  });

  it('pays an account in batches of owners: the account stays still and the distribution open until the batch that names its last record-time unit', () => {
    const { world, ledger } = setup();
    world.now = PAYMENT;
    world.given(actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['alice', 'bob'] });
    const first = claim(world, ledger, { named: owners(ledger, ['zoe']) });
    expect(first.ok && first.events).toEqual([
      expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: 200n, amount: 66n, outstanding: 100n }] }),
      expect.objectContaining({ type: 'CustodyDeposited', securityId: 'EURC', accountId: 'OMNI', amount: 66n }),
    ]);
    expect(world.slice.payouts['D1\u0000OMNI']).toMatchObject({ units: 200n, amount: 66n, outstanding: 100n });
    expect(world.slice.distributions['D1']).toMatchObject({ paidHolders: 2, paidUnits: 850n, paidAmount: 282n });
    const move = () => runChecked(world, custodian, 'CustodyMove', { securityId: 'EQ', accountId: 'OMNI' }, { custody: { from: ledger.owner('EQ', 'zoe'), to: ledger.owner('EQ', 'yan'), amount: 1n } });
    refusedWith(world, 'ST2-CUSTODY-RECORD-PENDING', move);
    refusedWith(world, 'ST2-DISTRIBUTION-INCOMPLETE', () => runChecked(world, actors.agent, 'CloseDistribution', { distributionId: 'D1' }));
    const last = claim(world, ledger, { named: owners(ledger, ['yan']) });
    expect(last.ok && last.events[0]).toMatchObject({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: 100n, amount: 33n }] });
    expect(world.slice.payouts['D1\u0000OMNI']).toEqual(expect.objectContaining({ units: 300n, amount: 99n }));
    expect(world.slice.payouts['D1\u0000OMNI']?.outstanding).toBeUndefined();
    expect(world.slice.distributions['D1']).toMatchObject({ paidHolders: 3, paidUnits: 950n, paidAmount: 315n });
    expect([world.balance('EURC', 'OMNI'), ledger.sum('EURC')]).toEqual([99n, 99n]);
    refusedWith(world, 'ST2-ALREADY-PAID', () => claim(world, ledger, { named: owners(ledger, ['yan']) }));
    expect(codeOf(move())).toBe('accepted');
    expect(world.given(actors.agent, 'CloseDistribution', { distributionId: 'D1' })[0]).toMatchObject({ declaredTotal: 316n, remainder: 1n });
  });

  it('refuses a batch naming an owner an earlier batch paid with ST2-ALREADY-PAID and its index, and one whose positions pass what is outstanding with ST2-CUSTODY-POSITIONS, changing nothing', () => {
    const { world, ledger } = setup();
    world.now = PAYMENT;
    expect(codeOf(claim(world, ledger, { named: owners(ledger, ['zoe']) }))).toBe('accepted');
    expect(refusedWith(world, 'ST2-ALREADY-PAID', () => claim(world, ledger, { named: owners(ledger, ['zoe']) }))).toMatchObject({ account: 'OMNI', index: 0 });
    expect(refusedWith(world, 'ST2-ALREADY-PAID', () => claim(world, ledger, { named: owners(ledger, ['yan', 'zoe']) }))).toMatchObject({ index: 1 });
    // Were zoe's marker missed, her position would pass the 100 units left: the sums stop her too.
    const unmarked = owners(ledger, ['yan', 'zoe']).map(({ marked: _marked, ...owner }) => owner);
    expect(refusedWith(world, 'ST2-CUSTODY-POSITIONS', () => claim(world, ledger, { named: unmarked }))).toMatchObject({ named: '300', outstanding: '100' });
  });

  it('refuses a payment before the payment date, a second one, and one after the close, changing nothing', () => {
    const { world, ledger } = setup();
    world.now = PAYMENT - 1;
    refusedWith(world, 'ST2-DISTRIBUTION-NOT-DUE', () => claim(world, ledger));
    world.now = PAYMENT;
    expect(codeOf(claim(world, ledger))).toBe('accepted');
    refusedWith(world, 'ST2-ALREADY-PAID', () => claim(world, ledger));
    world.given(actors.agent, 'PayDistribution', { distributionId: 'D1', holders: ['alice', 'bob'] });
    world.given(actors.agent, 'CloseDistribution', { distributionId: 'D1' });
    refusedWith(world, 'ST2-DISTRIBUTION-CLOSED', () => claim(world, ledger));
  });

  it('refuses an owner the cash cannot reach with the cash rule\'s code and the owner\'s index, changing nothing', () => {
    const { world, ledger } = setup();
    world.given(treasury, 'SetRules', { securityId: 'EURC', rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['FR'] } });
    world.now = PAYMENT;
    expect(refusedWith(world, 'ST2-JURISDICTION-BLOCKED', () => claim(world, ledger))).toMatchObject({ index: 1 });
  });

  it('redeems a bond held in custody: the principal into the owners\' cash positions, the account\'s units burned with its owners\' positions, the owners no longer counted', () => {
    const { world, ledger } = bondInCustody('5');
    const holders = world.slice.stats['BOND']?.holders;
    const named = owners(ledger, ['zoe', 'yan'], 'BOND');
    const paid = runChecked(world, custodian, 'PayCustodyDistribution', { distributionId: 'BOND:redemption', accountId: 'OMNI' }, { custody: { owners: named } });
    expect(paid.ok && paid.events.map((e) => e.type)).toEqual(['DistributionPaid', 'CustodyDeposited', 'CustodyRedeemed']);
    expect(paid.ok && paid.events[2]).toMatchObject({ securityId: 'BOND', accountId: 'OMNI', amount: 3n, owners: [{ jurisdiction: 'DE', delta: -1 }, { jurisdiction: 'FR', delta: -1 }] });
    expect([world.balance('BOND', 'OMNI'), world.balance('EURC', 'OMNI'), world.slice.stats['BOND']?.supply, world.slice.stats['BOND']?.holders]).toEqual([0n, 300000n, 2n, (holders ?? 0) - 2]);
    world.given(actors.agent, 'PayDistribution', { distributionId: 'BOND:redemption', holders: ['bob'] });
    expect(world.given(actors.agent, 'CloseDistribution', { distributionId: 'BOND:redemption' }).map((e) => e.type)).toEqual(['DistributionClosed', 'SecurityRedeemed']);
  });

  it('redeems a bond held in custody in batches: each batch burns its owners\' units; a paid owner named again is ST2-ALREADY-PAID', () => {
    const { world, ledger } = bondInCustody('3');
    const redeem = (names: string[]) => {
      const named = owners(ledger, names, 'BOND', 'BOND:redemption');
      const decision = runChecked(world, custodian, 'PayCustodyDistribution', { distributionId: 'BOND:redemption', accountId: 'OMNI' }, { custody: { owners: named } });
      if (!decision.ok) return decision;
      for (const owner of named) {
        ledger.apply('BOND', owner.security, -(owner.security.position?.amount ?? 0n), world.now);
        ledger.paid.add(`BOND:redemption:${owner.security.owner}`);
      }
      return decision;
    };
    const first = redeem(['zoe']);
    expect(first.ok && first.events[2]).toMatchObject({ type: 'CustodyRedeemed', amount: 2n, owners: [{ jurisdiction: 'DE', delta: -1 }] });
    expect([world.balance('BOND', 'OMNI'), world.balance('EURC', 'OMNI'), world.slice.stats['BOND']?.supply]).toEqual([1n, 200000n, 1n]);
    expect(refusedWith(world, 'ST2-ALREADY-PAID', () => redeem(['zoe']))).toMatchObject({ index: 0 });
    expect(codeOf(redeem(['yan']))).toBe('accepted');
    expect([world.balance('BOND', 'OMNI'), world.balance('EURC', 'OMNI'), world.slice.stats['BOND']?.supply]).toEqual([0n, 300000n, 0n]);
    expect(world.given(actors.agent, 'CloseDistribution', { distributionId: 'BOND:redemption' }).map((e) => e.type)).toEqual(['DistributionClosed', 'SecurityRedeemed']);
  });
});
