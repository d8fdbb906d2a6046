import type { Decision, DomainEvent } from '@st2/chaincode';
import { actors, investor, World } from './world';

const outcome = (decision: Decision<DomainEvent>): string => (decision.ok ? 'accepted' : decision.code);
const issue = (world: World, to: string, amount: string) => world.run(actors.agent, 'Issue', { securityId: 'ACME', to, amount });
const setRules = (world: World, rules: Record<string, unknown>) => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], ...rules } });

/** alice holds 600 ACME and bob 400 (supply 1,000, two holders); carol is verified and holds nothing. */
function setup(rules: Record<string, unknown> = {}): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol' });
  world.createEquity('ACME', { requiredClaims: ['kyc'], ...rules });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '600' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '400' });
  return world;
}

describe('max supply', () => {
  it('issues up to the maximum supply and refuses one unit past it with ST2-MAX-SUPPLY, changing nothing', () => {
    const world = setup({ maxSupply: '1500' });
    expect(outcome(issue(world, 'carol', '500'))).toBe('accepted');
    const refused = issue(world, 'carol', '1');
    expect(refused).toMatchObject({ ok: false, code: 'ST2-MAX-SUPPLY', details: { maxSupply: '1500', supply: '1500', amount: '1' } });
    expect(world.slice.stats.ACME).toEqual({ supply: 1500n, holders: 3 });
    expect(world.balance('ACME', 'carol')).toBe(500n);
  });

  it('lets holders move units at the cap (a transfer does not change the supply), and issuance resume after a redemption', () => {
    const world = setup({ maxSupply: '1000' });
    expect(outcome(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '100' }))).toBe('accepted');
    expect(outcome(issue(world, 'carol', '1'))).toBe('ST2-MAX-SUPPLY');
    world.given(actors.agent, 'Redeem', { securityId: 'ACME', from: 'bob', amount: '10' });
    expect(outcome(issue(world, 'carol', '10'))).toBe('accepted');
    expect(outcome(issue(world, 'carol', '1'))).toBe('ST2-MAX-SUPPLY');
  });

});

describe('lowering a cap below the current figure', () => {
  it.each([
    ['maxSupply below the supply', { maxSupply: '999' }, { figure: 'supply', cap: '999', current: '1000' }],
    ['maxHolders below the holder count', { maxHolders: 1 }, { figure: 'holders', cap: '1', current: '2' }],
    ['maxBalance below what some holder surely holds (ceil(1000 / 2))', { maxBalance: '499' }, { figure: 'balance', cap: '499', current: '500' }],
  ])('refuses %s with ST2-CAP-BELOW-CURRENT naming the figure, and keeps the old rules', (_case, rules, details) => {
    const world = setup();
    const before = world.slice.securities.ACME?.rules;
    expect(setRules(world, rules)).toMatchObject({ ok: false, code: 'ST2-CAP-BELOW-CURRENT', details });
    expect(world.slice.securities.ACME?.rules).toEqual(before);
  });

  it('accepts a cap equal to the current figure', () => {
    const world = setup();
    expect(outcome(setRules(world, { maxSupply: '1000', maxHolders: 2 }))).toBe('accepted');
    expect(world.slice.securities.ACME?.rules).toMatchObject({ maxSupply: 1000n, maxHolders: 2 });
  });

  it('refuses a maxBalance below the only holder’s balance (one holder holds the whole supply)', () => {
    const world = World.withInvestors({ id: 'alice' });
    world.createEquity('ACME');
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '600' });
    expect(setRules(world, { maxBalance: '599' })).toMatchObject({ ok: false, code: 'ST2-CAP-BELOW-CURRENT', details: { figure: 'balance', current: '600' } });
  });

  it('accepts a maxBalance the stats cannot show broken (alice holds 600 > 550); alice then keeps her units and receives nothing more', () => {
    const world = setup();
    expect(outcome(setRules(world, { maxBalance: '550' }))).toBe('accepted');
    expect(world.balance('ACME', 'alice')).toBe(600n);
    expect(outcome(world.run(investor('bob'), 'Transfer', { securityId: 'ACME', from: 'bob', to: 'alice', amount: '1' }))).toBe('ST2-MAX-BALANCE');
    expect(outcome(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '100' }))).toBe('accepted');
  });
});
