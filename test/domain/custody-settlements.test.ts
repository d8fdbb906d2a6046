import { availableBalance, holdingOf, type Actor, type CustodyFacts } from '@st2/chaincode';
import { SubLedger } from './sub-ledger';
import { actors, DAY, hash, investor, refusedWith, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
const alice = investor('alice');

/**
 * ACME (max 4 holders, US blocked), alice holds 1,000; CASH, bob holds 100,000; the custodian's omnibus account
 * OMNI (KYC'd) holds 50,000 CASH for its client zoe (deposited from bob's holding as his operator).
 */
function setup(): { world: World; ledger: SubLedger } {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol', org: 'Bank2MSP' });
  world.createEquity('ACME', { requiredClaims: ['kyc'], maxHolders: 4, blockedJurisdictions: ['US'] });
  world.createEquity('CASH');
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  world.given(actors.agent, 'Issue', { securityId: 'CASH', to: 'bob', amount: '100000' });
  world.openOmnibus(custodian, 'OMNI', { holder: 'bob', securityId: 'CASH' });
  const ledger = new SubLedger();
  const to = ledger.owner('CASH', 'zoe');
  world.given(custodian, 'CustodyDeposit', { securityId: 'CASH', accountId: 'OMNI', from: 'bob', amount: '50000' }, { custody: { to } });
  ledger.apply('CASH', to, 50000n, world.now);
  return { world, ledger };
}

/** alice sells `units` ACME to OMNI for 10,000 CASH (null: free of payment), proposed by alice, affirmed by both sides. */
function affirmed(world: World, id: string, { units = '100', cash = '10000' as string | null, buyer = 'OMNI' } = {}): void {
  expect(codeOf(world.run(alice, 'ProposeSettlement', {
    settlementId: id, seller: 'alice', buyer, securities: { securityId: 'ACME', amount: units }, ...(cash ? { cash: { securityId: 'CASH', amount: cash } } : {}),
    settleBy: world.now + DAY, priceHash: hash(`price of ${id}`),
  }))).toBe('accepted');
  expect(codeOf(world.run(custodian, 'AffirmSettlement', { settlementId: id }))).toBe('accepted');
  expect(codeOf(world.run(alice, 'AffirmSettlement', { settlementId: id }))).toBe('accepted');
}

/** The custodian settles for `owner`: its CASH position pays (`from`), its ACME position receives (`to`). */
function settleFor(world: World, ledger: SubLedger, id: string, owner: string, { jurisdiction = 'DE', actor = custodian, facts }: { jurisdiction?: string; actor?: Actor; facts?: CustodyFacts } = {}) {
  const custody = facts ?? { from: ledger.owner('CASH', owner), to: ledger.owner('ACME', owner, jurisdiction) };
  const decision = world.run(actor, 'Settle', { settlementId: id }, { custody });
  if (decision.ok) {
    const settlement = world.slice.settlements[id];
    if (custody.from && settlement?.cash) ledger.apply('CASH', custody.from, -settlement.cash.amount, world.now);
    if (custody.to && settlement) ledger.apply('ACME', custody.to, settlement.securities.amount, world.now);
  }
  return decision;
}

describe('settlements with a custody account as a party', () => {
  it('settles a DvP into an omnibus account for a beneficial owner: both legs as custody movements, the owner (not the account) counted, the sub-ledger reconciled', () => {
    const { world, ledger } = setup();
    affirmed(world, 's1');
    expect(availableBalance(holdingOf(world.slice, 'CASH', 'OMNI'), world.now)).toBe(40000n);
    const settled = settleFor(world, ledger, 's1', 'zoe');
    expect(settled.ok && settled.events.map((e) => e.type)).toEqual(['SettlementSettled', 'CustodyDeposited', 'CustodyWithdrawn']);
    expect(settled.ok && settled.events[1]).toMatchObject({ securityId: 'ACME', accountId: 'OMNI', from: 'alice', amount: 100n, owners: [{ jurisdiction: 'DE', delta: 1 }] });
    expect(settled.ok && settled.events[2]).toMatchObject({ securityId: 'CASH', accountId: 'OMNI', to: 'alice', amount: 10000n, owners: [] });
    // No event names the beneficial owner: the public ledger shows the account.
    expect(JSON.stringify(settled.ok && settled.events, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain('zoe');
    expect([world.balance('ACME', 'OMNI'), world.balance('ACME', 'alice'), world.balance('CASH', 'alice'), world.balance('CASH', 'OMNI')]).toEqual([100n, 900n, 10000n, 40000n]);
    expect(world.slice.settlements.s1?.status).toBe('settled');
    expect([ledger.sum('ACME'), ledger.sum('CASH')]).toEqual([world.balance('ACME', 'OMNI'), world.balance('CASH', 'OMNI')]);
    // alice and zoe hold ACME: the omnibus account is not a holder.
    expect(world.slice.stats.ACME?.holders).toBe(2);
  });

  it('settles free of payment out of the account to a public buyer, proposed and affirmed by the custodian for the account', () => {
    const { world, ledger } = setup();
    affirmed(world, 's1');
    settleFor(world, ledger, 's1', 'zoe');
    world.given(custodian, 'ProposeSettlement', { settlementId: 'fop', seller: 'OMNI', buyer: 'bob', securities: { securityId: 'ACME', amount: '40' }, settleBy: world.now + DAY });
    world.given(custodian, 'AffirmSettlement', { settlementId: 'fop' });
    world.given(investor('bob'), 'AffirmSettlement', { settlementId: 'fop' });
    const from = ledger.owner('ACME', 'zoe');
    const settled = world.run(custodian, 'Settle', { settlementId: 'fop' }, { custody: { from } });
    expect(settled.ok && settled.events.map((e) => e.type)).toEqual(['SettlementSettled', 'CustodyWithdrawn']);
    expect([world.balance('ACME', 'OMNI'), world.balance('ACME', 'bob')]).toEqual([60n, 40n]);
  });

  it.each([
    ['another custodian desk', { ...custodian, id: 'other-desk' }],
    ['bank2\'s custodian-role certificate', { org: 'Bank2MSP', role: 'custodian', id: 'custody-desk' }],
    ['the issuer\'s agent', actors.agent],
    ['the regulator', actors.regulator],
    ['bob, an investor who is not a party', investor('bob')],
  ] as const)('refuses %s affirming for the account with ST2-UNAUTHORIZED, changing nothing', (_who, actor) => {
    const { world } = setup();
    world.given(alice, 'ProposeSettlement', { settlementId: 's1', seller: 'alice', buyer: 'OMNI', securities: { securityId: 'ACME', amount: '1' }, cash: { securityId: 'CASH', amount: '1' }, settleBy: world.now + DAY });
    refusedWith(world, 'ST2-UNAUTHORIZED', () => world.run(actor, 'AffirmSettlement', { settlementId: 's1' }));
  });

  it('refuses the other party settling without the owner\'s private facts with ST2-INVALID-INPUT: the custodian settles, changing nothing', () => {
    const { world } = setup();
    affirmed(world, 's1');
    const details = refusedWith(world, 'ST2-INVALID-INPUT', () => world.run(alice, 'Settle', { settlementId: 's1' }));
    expect(details).toMatchObject({ settlementId: 's1', account: 'OMNI' });
  });

  it('refuses two owners on the two legs with ST2-INVALID-INPUT, changing nothing', () => {
    const { world, ledger } = setup();
    affirmed(world, 's1');
    refusedWith(world, 'ST2-INVALID-INPUT', () => settleFor(world, ledger, 's1', 'zoe', { facts: { from: ledger.owner('CASH', 'zoe'), to: ledger.owner('ACME', 'yan') } }));
  });

  it('refuses the whole settlement when the owner breaks a securities-leg rule (blocked jurisdiction), naming the leg, changing nothing', () => {
    const { world, ledger } = setup();
    affirmed(world, 's1');
    const details = refusedWith(world, 'ST2-JURISDICTION-BLOCKED', () => settleFor(world, ledger, 's1', 'zoe', { facts: { from: ledger.owner('CASH', 'zoe'), to: ledger.owner('ACME', 'zoe', 'US') } }));
    expect(details).toMatchObject({ settlementId: 's1', leg: 'securities' });
  });

  it('refuses when the owner\'s cash position is short (the account holds enough for others) with ST2-INSUFFICIENT-BALANCE on the cash leg, changing nothing', () => {
    const { world, ledger } = setup();
    affirmed(world, 's1');
    const poor = { owner: 'yan', position: null, jurisdiction: 'DE', investorType: 'retail' } as const;
    const details = refusedWith(world, 'ST2-INSUFFICIENT-BALANCE', () => settleFor(world, ledger, 's1', 'yan', { facts: { from: poor, to: ledger.owner('ACME', 'yan') } }));
    expect(details).toMatchObject({ settlementId: 's1', leg: 'cash' });
  });

  it('counts beneficial owners against maxHolders: a fifth holder through the account is ST2-MAX-HOLDERS, changing nothing', () => {
    const { world, ledger } = setup();
    for (const id of ['h2', 'h3', 'h4']) {
      world.onboard(id);
      world.given(alice, 'Transfer', { securityId: 'ACME', from: 'alice', to: id, amount: '1' });
    }
    affirmed(world, 's1');
    refusedWith(world, 'ST2-MAX-HOLDERS', () => settleFor(world, ledger, 's1', 'zoe'));
  });

  it('refuses two custody accounts as parties with ST2-CUSTODY-ACCOUNT, and netting an account\'s instructions the same way, changing nothing', () => {
    const { world, ledger } = setup();
    world.given(custodian, 'OpenCustodyAccount', { accountId: 'OMNI2', accountType: 'omnibus', jurisdiction: 'LU' });
    refusedWith(world, 'ST2-CUSTODY-ACCOUNT', () => world.run(custodian, 'ProposeSettlement', {
      settlementId: 'x', seller: 'OMNI2', buyer: 'OMNI', securities: { securityId: 'ACME', amount: '1' }, settleBy: world.now + DAY,
    }));
    affirmed(world, 's1');
    affirmed(world, 's2');
    refusedWith(world, 'ST2-CUSTODY-ACCOUNT', () => world.run(custodian, 'SettleNetted', { settlementIds: ['s1', 's2'] }));
    expect(codeOf(settleFor(world, ledger, 's1', 'zoe'))).toBe('accepted');
  });

  it('keeps a segregated account to its one owner: another owner is ST2-CUSTODY-OWNER, changing nothing', () => {
    const { world, ledger } = setup();
    world.given(custodian, 'OpenCustodyAccount', { accountId: 'SEG', accountType: 'segregated', jurisdiction: 'LU' });
    world.given(actors.kycProvider, 'AddClaim', { identityId: 'SEG', topic: 'kyc', expiresAt: world.now + DAY, evidenceHash: 'b'.repeat(64) });
    world.given(alice, 'ProposeSettlement', { settlementId: 'seg', seller: 'alice', buyer: 'SEG', securities: { securityId: 'ACME', amount: '5' }, settleBy: world.now + DAY });
    world.given(custodian, 'AffirmSettlement', { settlementId: 'seg' });
    world.given(alice, 'AffirmSettlement', { settlementId: 'seg' });
    const to = ledger.owner('ACME', 'yan');
    refusedWith(world, 'ST2-CUSTODY-OWNER', () => world.run(custodian, 'Settle', { settlementId: 'seg' }, { custody: { to, segregatedOwner: 'zoe' } }));
    expect(codeOf(world.run(custodian, 'Settle', { settlementId: 'seg' }, { custody: { to, segregatedOwner: 'yan' } }))).toBe('accepted');
    expect(world.balance('ACME', 'SEG')).toBe(5n);
  });
});
