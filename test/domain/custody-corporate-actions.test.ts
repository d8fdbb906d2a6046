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

const owners = (ledger: SubLedger, names: readonly string[]): OwnerEntitlement[] => names.map((name) => ({ security: ledger.owner('EQ', name), cash: ledger.owner('EURC', name, ledger.owner('EQ', name).jurisdiction) }));
const apply = (world: World, ledger: SubLedger, { actor = custodian, named = owners(ledger, ['zoe', 'yan']) } = {}) =>
  runChecked(world, actor, 'ApplyCustodyCorporateAction', { actionId: 'CA1', accountId: 'OMNI' }, { custody: { owners: named } });

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
    ['naming owners who do not hold the account\'s units', { names: ['zoe'] }, 'ST2-CUSTODY-POSITIONS'],
    ['naming an owner twice', { names: ['zoe', 'zoe', 'yan'] }, 'ST2-INVALID-INPUT'],
  ] as const)('refuses an application %s, changing nothing', (_how, over, code) => {
    const { world, ledger } = setup(reverse);
    world.now = 'at' in over ? over.at : EFFECTIVE;
    refusedWith(world, code, () => apply(world, ledger, { ...('actor' in over ? { actor: over.actor } : {}), named: owners(ledger, 'names' in over ? over.names : ['zoe', 'yan']) }));
  });

  it('applies an account once: again is ST2-ALREADY-ADJUSTED, changing nothing', () => {
    const { world, ledger } = setup(reverse);
    world.now = EFFECTIVE;
    expect(codeOf(apply(world, ledger))).toBe('accepted');
    refusedWith(world, 'ST2-ALREADY-ADJUSTED', () => apply(world, ledger));
  });
});
