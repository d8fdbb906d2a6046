import { holdersIn, type Actor, type OwnerEntitlement } from '@st2/chaincode';
import { runChecked } from './slices';
import { SubLedger } from './sub-ledger';
import { actors, DAY, refusedWith, T0, World } from './world';

/**
 * Splits, reverse splits and stock dividends reaching custody accounts: the account's custodian applies the action
 * to the account through its beneficial owners, named privately; each owner is rescaled as a holder would be, its
 * fraction paid in lieu into its cash position in the account; the account ends at the sum of its owners' units.
 */
const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
const EFFECTIVE = T0 + DAY;

/** A 1:4 reverse split, fractions paid at 3 EURC cents per old share from acme-pay; or a 2:1 split. */
const reverse = { actionId: 'CA1', securityId: 'EQ', type: 'reverse-split', ratio: { numerator: '1', denominator: '4' }, effectiveTime: EFFECTIVE, cashInLieu: { cashSecurityId: 'EURC', payer: 'acme-pay', price: { numerator: '3', denominator: '1' } } };
const split = { actionId: 'CA1', securityId: 'EQ', type: 'split', ratio: { numerator: '2', denominator: '1' }, effectiveTime: EFFECTIVE };

/** alice holds 400 EQ, bob 2; the omnibus account OMNI 8 for zoe (DE, 5) and yan (FR, 3), deposited from bob's holding. */
function setup(action: Record<string, unknown>): { world: World; ledger: SubLedger } {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'acme-pay' });
  world.createEquity('EQ');
  world.createCash('EURC', { 'acme-pay': '1000' });
  world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'alice', amount: '400' });
  world.given(actors.agent, 'Issue', { securityId: 'EQ', to: 'bob', amount: '10' });
  world.openOmnibus(custodian, 'OMNI', { holder: 'bob', securityId: 'EQ' });
  const ledger = new SubLedger();
  for (const [owner, amount, jurisdiction] of [['zoe', 5n, 'DE'], ['yan', 3n, 'FR']] as const) {
    const to = ledger.owner('EQ', owner, jurisdiction);
    world.given(custodian, 'CustodyDeposit', { securityId: 'EQ', accountId: 'OMNI', from: 'bob', amount: amount.toString() }, { custody: { to } });
    ledger.apply('EQ', to, amount, world.now);
  }
  world.given(actors.issuer, 'DeclareCorporateAction', action);
  return { world, ledger };
}

/** The owners as the custodian names them: their EQ and EURC positions, and whether a batch of CA1 applied them (their private marker). */
const owners = (ledger: SubLedger, names: readonly string[]): OwnerEntitlement[] => names.map((name) => ({
  security: ledger.owner('EQ', name), cash: ledger.owner('EURC', name, ledger.owner('EQ', name).jurisdiction), ...(ledger.paid.has(`CA1:${name}`) ? { marked: true } : {}),
}));
const apply = (world: World, ledger: SubLedger, { actor = custodian, named = owners(ledger, ['zoe', 'yan']) } = {}) =>
  runChecked(world, actor, 'ApplyCustodyCorporateAction', { actionId: 'CA1', accountId: 'OMNI' }, { custody: { owners: named } });

/** A batch of the 1:4 reverse split at 3 cents per old share for `names`, the sub-ledger (positions, cash, markers) following an accepted one. */
function applyBatch(world: World, ledger: SubLedger, names: readonly string[]) {
  const named = owners(ledger, names);
  const decision = apply(world, ledger, { named });
  if (!decision.ok) return decision;
  for (const { security, cash } of named) {
    const units = security.position?.amount ?? 0n;
    ledger.apply('EQ', security, units / 4n - units, world.now);
    ledger.apply('EURC', cash, (units % 4n) * 3n, world.now);
    ledger.paid.add(`CA1:${security.owner}`);
  }
  return decision;
}

describe('a corporate action applied to a custody account', () => {
  it('consolidates each owner 1 for 4 with its fraction in cash into its cash position; the account ends at its owners\' sum (1, not floor(8 / 4)); an owner left with nothing stops counting', () => {
    const { world, ledger } = setup(reverse);
    world.now = EFFECTIVE;
    expect(codeOf(runChecked(world, actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice', 'bob'] }))).toBe('accepted');
    expect(codeOf(runChecked(world, actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['OMNI'] }))).toBe('ST2-CUSTODY-ACCOUNT');
    const applied = apply(world, ledger);
    // zoe 5 → 1 and 1 old share's cash, 3; yan 3 → 0 and 3 old shares' cash, 9.
    expect(applied.ok && applied.events).toEqual([
      expect.objectContaining({ type: 'CorporateActionApplied', adjustments: [{ holder: 'OMNI', units: 8n, newUnits: 1n, cash: 12n }] }),
      expect.objectContaining({ type: 'CustodyMoved', securityId: 'EQ', accountId: 'OMNI', owners: [{ jurisdiction: 'FR', delta: -1 }] }),
      expect.objectContaining({ type: 'CustodyDeposited', securityId: 'EURC', accountId: 'OMNI', from: 'acme-pay', amount: 12n }),
      expect.objectContaining({ type: 'CorporateActionCompleted', supply: 101n }),
    ]);
    expect(JSON.stringify(applied.ok && applied.events, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).not.toMatch(/zoe|yan/);
    expect([world.balance('EQ', 'OMNI'), world.balance('EQ', 'alice'), world.balance('EURC', 'OMNI'), world.slice.stats['EQ']?.supply]).toEqual([1n, 100n, 12n, 101n]);
    // alice and zoe hold EQ now; bob and yan were paid out.
    expect([world.slice.stats['EQ']?.holders, holdersIn(world.slice, 'EQ', 'FR'), holdersIn(world.slice, 'EQ', 'LU')]).toEqual([2, 0, 0]);
    expect(world.slice.corporateActions['CA1']).toMatchObject({ status: 'completed', oldUnits: 410n, newUnits: 101n, cashPaid: 18n });
  });

  it('splits each owner 2 for 1 without cash; the account doubles; the action completes with the last holding', () => {
    const { world, ledger } = setup(split);
    world.now = EFFECTIVE;
    const applied = apply(world, ledger);
    expect(applied.ok && applied.events.map((e) => e.type)).toEqual(['CorporateActionApplied']);
    expect(world.balance('EQ', 'OMNI')).toBe(16n);
    expect(codeOf(runChecked(world, actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice', 'bob'] }))).toBe('accepted');
    expect(world.slice.corporateActions['CA1']?.status).toBe('completed');
    expect(world.slice.stats['EQ']?.supply).toBe(820n);
  });

  it('keeps the account\'s units still under the action\'s lock: a move between its owners is refused with ST2-CORPORATE-ACTION-PENDING, changing nothing', () => {
    const { world, ledger } = setup(split);
    world.now = EFFECTIVE;
    refusedWith(world, 'ST2-CORPORATE-ACTION-PENDING', () => world.run(custodian, 'CustodyMove', { securityId: 'EQ', accountId: 'OMNI' }, { custody: { from: ledger.owner('EQ', 'zoe'), to: ledger.owner('EQ', 'yan'), amount: 1n } }));
  });

  it.each([
    ['before the effective time', { at: EFFECTIVE - 1 }, 'ST2-CORPORATE-ACTION-NOT-DUE'],
    ['by the security\'s agent', { actor: actors.agent }, 'ST2-UNAUTHORIZED'],
    ['by another org\'s custodian', { actor: { ...custodian, org: 'Bank2MSP' } }, 'ST2-UNAUTHORIZED'],
    ['naming an owner twice', { names: ['zoe', 'zoe', 'yan'] }, 'ST2-INVALID-INPUT'],
  ] as const)('refuses an application %s, changing nothing', (_how, over, code) => {
    const { world, ledger } = setup(reverse);
    world.now = 'at' in over ? over.at : EFFECTIVE;
    refusedWith(world, code, () => apply(world, ledger, { ...('actor' in over ? { actor: over.actor } : {}), named: owners(ledger, 'names' in over ? over.names : ['zoe', 'yan']) }));
  });

  it('refuses positions past the account\'s units with ST2-CUSTODY-POSITIONS, changing nothing', () => {
    const { world, ledger } = setup(reverse);
    world.now = EFFECTIVE;
    const [zoe, yan] = owners(ledger, ['zoe', 'yan']) as [OwnerEntitlement, OwnerEntitlement];
    const position = zoe.security.position;
    const grown = { ...zoe, security: { ...zoe.security, position: position && { ...position, amount: position.amount + 1n } } };
    expect(refusedWith(world, 'ST2-CUSTODY-POSITIONS', () => apply(world, ledger, { named: [grown, yan] }))).toMatchObject({ named: '9', outstanding: '8' });
  });

  it('applies an account in batches of owners: the account changes by its batch\'s owners and the action completes only with the last; an owner applied is not applied again (ST2-ALREADY-ADJUSTED)', () => {
    const { world, ledger } = setup(reverse);
    world.now = EFFECTIVE;
    world.given(actors.agent, 'ApplyCorporateAction', { actionId: 'CA1', holders: ['alice', 'bob'] });
    const first = applyBatch(world, ledger, ['zoe']);
    expect(first.ok && first.events.map((e) => e.type)).toEqual(['CorporateActionApplied', 'CustodyDeposited']);
    expect(first.ok && first.events[0]).toMatchObject({ adjustments: [{ holder: 'OMNI', units: 5n, newUnits: 1n, cash: 3n, outstanding: 3n }] });
    expect([world.balance('EQ', 'OMNI'), world.slice.holdings['EQ\u0000OMNI']?.corporateActionOutstanding, world.slice.corporateActions['CA1']?.status]).toEqual([4n, 3n, 'declared']);
    expect(refusedWith(world, 'ST2-ALREADY-ADJUSTED', () => applyBatch(world, ledger, ['yan', 'zoe']))).toMatchObject({ index: 1 });
    const last = applyBatch(world, ledger, ['yan']);
    expect(last.ok && last.events.map((e) => e.type)).toEqual(['CorporateActionApplied', 'CustodyMoved', 'CustodyDeposited', 'CorporateActionCompleted']);
    // As in one batch: the account at its owners' 1, 12 cents in lieu, the supply 100 + 1.
    expect([world.balance('EQ', 'OMNI'), ledger.sum('EQ'), world.balance('EURC', 'OMNI'), ledger.sum('EURC'), world.slice.stats['EQ']?.supply]).toEqual([1n, 1n, 12n, 12n, 101n]);
    expect(world.slice.holdings['EQ\u0000OMNI']).toMatchObject({ corporateAction: 'CA1' });
    expect(world.slice.holdings['EQ\u0000OMNI']?.corporateActionOutstanding).toBeUndefined();
    refusedWith(world, 'ST2-CORPORATE-ACTION-COMPLETED', () => apply(world, ledger));
  });

  it('applies an account once: again is ST2-ALREADY-ADJUSTED, changing nothing', () => {
    const { world, ledger } = setup(reverse);
    world.now = EFFECTIVE;
    expect(codeOf(apply(world, ledger))).toBe('accepted');
    refusedWith(world, 'ST2-ALREADY-ADJUSTED', () => apply(world, ledger));
  });
});
