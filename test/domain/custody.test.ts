import { partyOf, type Actor, type CustodyFacts, type CustodyPosition, type OwnerFacts } from '@st2/chaincode';
import { actors, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };

/** A beneficial owner as the adapter hands it over: its stored position (kept here by the spec) or its attested facts. */
class SubLedger {
  readonly positions = new Map<string, CustodyPosition>();
  owner(owner: string, jurisdiction = 'DE'): OwnerFacts {
    const position = this.positions.get(owner) ?? null;
    return { owner, position, jurisdiction: position?.jurisdiction ?? jurisdiction, investorType: position?.investorType ?? 'retail' };
  }
  apply(facts: CustodyFacts, amount: bigint, at: number): void {
    for (const [side, delta] of [[facts.from, -amount], [facts.to, amount]] as const) {
      if (!side) continue;
      this.positions.set(side.owner, { accountId: 'OMNI', securityId: 'ACME', owner: side.owner, jurisdiction: side.jurisdiction, investorType: side.investorType, amount: (side.position?.amount ?? 0n) + delta, updatedAt: at });
    }
  }
  sum(): bigint {
    return [...this.positions.values()].reduce((s, p) => s + p.amount, 0n);
  }
}

/** ACME (max 4 holders, US blocked); alice holds 1,000; the custodian's omnibus account OMNI (KYC'd as an institution). */
function setup(rules: Record<string, unknown> = { requiredClaims: ['kyc'], maxHolders: 4, blockedJurisdictions: ['US'] }): { world: World; ledger: SubLedger } {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
  world.createEquity('ACME', rules);
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  world.given(custodian, 'OpenCustodyAccount', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
  world.given(actors.kycProvider, 'AddClaim', { identityId: 'OMNI', topic: 'kyc', expiresAt: world.now + 365 * 86_400_000, evidenceHash: 'a'.repeat(64) });
  world.given(investor('alice'), 'AuthorizeOperator', { securityId: 'ACME', holder: 'alice', operator: partyOf(custodian) });
  return { world, ledger: new SubLedger() };
}

/** By the custodian as alice's operator (setup authorises it), for any owner it attests. */
function deposit(world: World, ledger: SubLedger, owner: string, amount: string, jurisdiction = 'DE', actor: Actor = custodian) {
  const facts = { to: ledger.owner(owner, jurisdiction) };
  const decision = world.run(actor, 'CustodyDeposit', { securityId: 'ACME', accountId: 'OMNI', from: 'alice', amount }, { custody: facts });
  if (decision.ok) ledger.apply(facts, BigInt(amount), world.now);
  return decision;
}

function move(world: World, ledger: SubLedger, from: string, to: string, amount: bigint, jurisdiction = 'DE') {
  const facts = { from: ledger.owner(from), to: ledger.owner(to, jurisdiction), amount };
  const decision = world.run(custodian, 'CustodyMove', { securityId: 'ACME', accountId: 'OMNI' }, { custody: facts });
  if (decision.ok) ledger.apply(facts, amount, world.now);
  return decision;
}

describe('custody accounts', () => {
  it('opens an account as an identity of the custodian\'s org, by a custodian only', () => {
    const { world } = setup();
    expect(world.slice.identities.OMNI).toMatchObject({ org: 'CustodianMSP', custody: { custodian: partyOf(custodian), kind: 'omnibus' } });
    for (const actor of [actors.agent, investor('alice'), actors.admin]) {
      expect(codeOf(world.run(actor, 'OpenCustodyAccount', { accountId: 'X', accountType: 'omnibus', jurisdiction: 'LU' }))).toBe('ST2-UNAUTHORIZED');
    }
    expect(codeOf(world.run(custodian, 'OpenCustodyAccount', { accountId: 'alice', accountType: 'omnibus', jurisdiction: 'LU' }))).toBe('ST2-ALREADY-EXISTS');
  });

  it.each([
    ['a holder transfer', investor('alice'), 'Transfer', { from: 'alice', to: 'OMNI', amount: '1' }],
    ['an issuance', actors.agent, 'Issue', { to: 'OMNI', amount: '1' }],
    ['a forced transfer', actors.agent, 'ForcedTransfer', { from: 'alice', to: 'OMNI', amount: '1' }],
  ] as const)('refuses %s into an account with ST2-CUSTODY-ACCOUNT (units enter with their sub-ledger entry only), changing nothing', (_what, actor, kind, input) => {
    const { world } = setup();
    const before = world.slice;
    expect(codeOf(world.run(actor, kind, { securityId: 'ACME', ...input }))).toBe('ST2-CUSTODY-ACCOUNT');
    expect(world.slice).toBe(before);
  });

  it('takes a holder\'s deposit for itself only (its public jurisdiction and type); for another owner, ST2-CUSTODY-OWNER, changing nothing', () => {
    const { world, ledger } = setup();
    const before = world.slice;
    expect(codeOf(deposit(world, ledger, 'zoe', '1', 'DE', investor('alice')))).toBe('ST2-CUSTODY-OWNER');
    expect(codeOf(deposit(world, ledger, 'alice', '1', 'FR', investor('alice')))).toBe('ST2-CUSTODY-OWNER');
    expect(world.slice).toBe(before);
    expect(codeOf(deposit(world, ledger, 'alice', '1', 'DE', investor('alice')))).toBe('accepted');
  });

  it('deposits: the account\'s public balance grows, the beneficial owner (not the account) is counted as a holder', () => {
    const { world, ledger } = setup();
    expect(codeOf(deposit(world, ledger, 'alice', '400'))).toBe('accepted');
    expect(world.balance('ACME', 'OMNI')).toBe(400n);
    expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 2 });
    expect(codeOf(deposit(world, ledger, 'zoe', '600', 'FR'))).toBe('accepted');
    // alice left the public holders (all her units are in custody); owners alice and zoe are counted.
    expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 2 });
    expect(ledger.sum()).toBe(world.balance('ACME', 'OMNI'));
  });

  it('moves between owners of an omnibus account with no public movement, rule-checked on the owners: a new owner past maxHolders is ST2-MAX-HOLDERS, a blocked jurisdiction ST2-JURISDICTION-BLOCKED', () => {
    const { world, ledger } = setup();
    deposit(world, ledger, 'o1', '500');
    deposit(world, ledger, 'o2', '300');
    expect(codeOf(move(world, ledger, 'o1', 'o3', 100n))).toBe('accepted');
    expect(world.balance('ACME', 'OMNI')).toBe(800n);
    expect(world.slice.stats.ACME?.holders).toBe(4);
    const before = world.slice;
    expect(codeOf(move(world, ledger, 'o1', 'o4', 1n))).toBe('ST2-MAX-HOLDERS');
    expect(codeOf(move(world, ledger, 'o2', 'usa', 1n, 'US'))).toBe('ST2-JURISDICTION-BLOCKED');
    expect(codeOf(move(world, ledger, 'o2', 'o1', 10_000n))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(world.slice).toBe(before);
    expect(codeOf(move(world, ledger, 'o1', 'o2', 1n))).toBe('accepted');
    expect(ledger.sum()).toBe(world.balance('ACME', 'OMNI'));
  });

  it('refuses a deposit for an owner in a blocked jurisdiction with ST2-JURISDICTION-BLOCKED, changing nothing', () => {
    const { world, ledger } = setup();
    const before = world.slice;
    expect(codeOf(deposit(world, ledger, 'usa', '1', 'US'))).toBe('ST2-JURISDICTION-BLOCKED');
    expect(world.slice).toBe(before);
  });

  it('lets the custodian deposit as the holder\'s operator only while authorised (ST2-NOT-OPERATOR once revoked), recording the operator', () => {
    const { world, ledger } = setup();
    world.given(investor('alice'), 'RevokeOperator', { securityId: 'ACME', holder: 'alice', operator: partyOf(custodian) });
    expect(codeOf(deposit(world, ledger, 'alice', '10', 'DE', custodian))).toBe('ST2-NOT-OPERATOR');
    world.given(investor('alice'), 'AuthorizeOperator', { securityId: 'ACME', holder: 'alice', operator: partyOf(custodian) });
    const done = deposit(world, ledger, 'alice', '10', 'DE', custodian);
    expect(done.ok && done.events[0]).toMatchObject({ type: 'CustodyDeposited', operator: partyOf(custodian), owners: [{ jurisdiction: 'DE', delta: 1 }] });
  });

  it('withdraws by the custodian to a verified recipient; another custodian, or the owner\'s position short, is refused', () => {
    const { world, ledger } = setup();
    deposit(world, ledger, 'o1', '500');
    const withdraw = (actor: Actor, amount: string) => world.run(actor, 'CustodyWithdraw', { securityId: 'ACME', accountId: 'OMNI', to: 'bob', amount }, { custody: { from: ledger.owner('o1') } });
    expect(codeOf(withdraw({ ...custodian, id: 'other-desk' }, '1'))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(withdraw(custodian, '501'))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(withdraw(custodian, '500'))).toBe('accepted');
    expect([world.balance('ACME', 'OMNI'), world.balance('ACME', 'bob'), world.slice.stats.ACME?.holders]).toEqual([0n, 500n, 2]);
  });

  it('keeps a segregated account to its one owner (ST2-CUSTODY-OWNER for another owner or a move between owners)', () => {
    const { world, ledger } = setup();
    world.given(custodian, 'OpenCustodyAccount', { accountId: 'SEG', accountType: 'segregated', jurisdiction: 'LU' });
    world.given(actors.kycProvider, 'AddClaim', { identityId: 'SEG', topic: 'kyc', expiresAt: world.now + 86_400_000, evidenceHash: 'b'.repeat(64) });
    const into = (owner: string, segregatedOwner?: string) => world.run(custodian, 'CustodyDeposit', { securityId: 'ACME', accountId: 'SEG', from: 'alice', amount: '1' }, {
      custody: { to: ledger.owner(owner), ...(segregatedOwner ? { segregatedOwner } : {}) },
    });
    expect(codeOf(into('alice', 'alice'))).toBe('accepted');
    expect(codeOf(into('mallory'))).toBe('ST2-CUSTODY-OWNER');
    expect(codeOf(world.run(custodian, 'CustodyMove', { securityId: 'ACME', accountId: 'SEG' }, { custody: { from: ledger.owner('alice'), to: ledger.owner('x'), amount: 1n } }))).toBe('ST2-CUSTODY-OWNER');
  });

  it('refuses to recover a custody account (its units move with their entries only) with ST2-CUSTODY-ACCOUNT, even to an identity naming it as investor', () => {
    const { world, ledger } = setup();
    deposit(world, ledger, 'o1', '100');
    world.onboard('thief', { investor: 'OMNI' });
    const before = world.slice;
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'OMNI', replacement: 'thief' }))).toBe('ST2-CUSTODY-ACCOUNT');
    expect(world.slice).toBe(before);
  });

  it('refuses a movement without its private facts with ST2-INVALID-INPUT', () => {
    const { world } = setup();
    expect(codeOf(world.run(custodian, 'CustodyMove', { securityId: 'ACME', accountId: 'OMNI' }))).toBe('ST2-INVALID-INPUT');
  });
});

describe('rules custody cannot keep', () => {
  it.each([
    ['a transfer fee', { transferFee: { bps: 100, collector: 'bob' } }, ['transferFee']],
    ['venue limits', { venueLimits: { venues: ['bob'], limits: [{ windowMs: 86_400_000, maxCount: 1 }] } }, ['venueLimits']],
  ])('refuses custody movements of a security with %s with ST2-CUSTODY-RULE, changing nothing', (_what, extra, rules) => {
    const { world, ledger } = setup({ requiredClaims: ['kyc'], ...extra });
    const before = world.slice;
    expect(deposit(world, ledger, 'alice', '1')).toMatchObject({ ok: false, code: 'ST2-CUSTODY-RULE', details: { rules } });
    expect(world.slice).toBe(before);
  });
});
