import { holdersIn, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, investor, World } from './world';

const outcome = (decision: Decision<DomainEvent>): string => (decision.ok ? 'accepted' : decision.code);
const transfer = (world: World, from: string, to: string, amount: string) => world.run(investor(from), 'Transfer', { securityId: 'ACME', from, to, amount });
const issue = (world: World, to: string, amount = '10') => world.run(actors.agent, 'Issue', { securityId: 'ACME', to, amount });
const counts = (world: World) => ({ DE: holdersIn(world.slice, 'ACME', 'DE'), FR: holdersIn(world.slice, 'ACME', 'FR') });

/** alice (DE) holds 100 ACME; bob and carol live in FR, dave in DE; FR is capped at one holder. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob', jurisdiction: 'FR' }, { id: 'carol', jurisdiction: 'FR' }, { id: 'dave' });
  world.createEquity('ACME', { requiredClaims: ['kyc'], maxHoldersPerJurisdiction: { FR: 1 } });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '100' });
  return world;
}

describe('country caps (max holders per jurisdiction)', () => {
  it('counts holders per jurisdiction as holdings cross zero', () => {
    const world = setup();
    expect(counts(world)).toEqual({ DE: 1, FR: 0 });
    expect(outcome(transfer(world, 'alice', 'bob', '10'))).toBe('accepted');
    expect(outcome(transfer(world, 'alice', 'dave', '10'))).toBe('accepted');
    expect(counts(world)).toEqual({ DE: 2, FR: 1 });
    expect(outcome(transfer(world, 'bob', 'alice', '10'))).toBe('accepted');
    expect(counts(world)).toEqual({ DE: 2, FR: 0 });
  });

  it('refuses a second holder in FR with ST2-JURISDICTION-CAP, by transfer or issuance, changing no count', () => {
    const world = setup();
    expect(outcome(transfer(world, 'alice', 'bob', '10'))).toBe('accepted');
    expect(transfer(world, 'alice', 'carol', '1')).toMatchObject({ ok: false, code: 'ST2-JURISDICTION-CAP', details: { jurisdiction: 'FR', maxHolders: 1, holders: 1 } });
    expect(outcome(issue(world, 'carol'))).toBe('ST2-JURISDICTION-CAP');
    expect(counts(world)).toEqual({ DE: 1, FR: 1 });
    expect(world.balance('ACME', 'carol')).toBe(0n);
  });

  it('lets a holder already counted receive more, an uncapped jurisdiction grow, and a leaving FR sender make room', () => {
    const world = setup();
    expect(outcome(transfer(world, 'alice', 'bob', '10'))).toBe('accepted');
    expect(outcome(transfer(world, 'alice', 'bob', '10'))).toBe('accepted');
    expect(outcome(transfer(world, 'alice', 'dave', '10'))).toBe('accepted');
    expect(outcome(transfer(world, 'bob', 'carol', '20'))).toBe('accepted');
    expect(counts(world)).toEqual({ DE: 2, FR: 1 });
  });

  it('refuses a country cap below the holders there with ST2-CAP-BELOW-CURRENT naming the jurisdiction', () => {
    const world = setup();
    world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'] } });
    expect(outcome(transfer(world, 'alice', 'bob', '10'))).toBe('accepted');
    expect(outcome(transfer(world, 'alice', 'carol', '10'))).toBe('accepted');
    const before = world.slice.securities.ACME?.rules;
    expect(world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], maxHoldersPerJurisdiction: { DE: 5, FR: 1 } } }))
      .toMatchObject({ ok: false, code: 'ST2-CAP-BELOW-CURRENT', details: { figure: 'holders', jurisdiction: 'FR', cap: '1', current: '2' } });
    expect(world.slice.securities.ACME?.rules).toEqual(before);
    expect(outcome(world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], maxHoldersPerJurisdiction: { FR: 2 } } }))).toBe('accepted');
  });
});
