import { MAX_LISTED_PARTIES, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, investor, World } from './world';

const outcome = (decision: Decision<DomainEvent>): string => (decision.ok ? 'accepted' : decision.code);
const transfer = (world: World, from: string, to: string) => world.run(investor(from), 'Transfer', { securityId: 'ACME', from, to, amount: '1' });
const issue = (world: World, to: string) => world.run(actors.agent, 'Issue', { securityId: 'ACME', to, amount: '1' });
const setRules = (world: World, rules: Record<string, unknown>) => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], ...rules } });

/** alice and bob hold 100 ACME each; carol is verified and holds nothing. */
function setup(rules: Record<string, unknown>): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol' });
  world.createEquity('ACME');
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '100' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '100' });
  world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], ...rules } });
  return world;
}

describe('party allow list', () => {
  it('lets listed identities send and receive, and refuses an unlisted recipient or sender with ST2-PARTY-BLOCKED', () => {
    const world = setup({ allowedParties: ['alice', 'bob'] });
    expect(outcome(transfer(world, 'alice', 'bob'))).toBe('accepted');
    expect(transfer(world, 'alice', 'carol')).toMatchObject({ ok: false, code: 'ST2-PARTY-BLOCKED', details: { party: 'carol', side: 'recipient', list: 'allowed' } });
    expect(outcome(issue(world, 'carol'))).toBe('ST2-PARTY-BLOCKED');
    world.given(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'bob', to: 'carol', amount: '10' });
    expect(transfer(world, 'carol', 'alice')).toMatchObject({ ok: false, code: 'ST2-PARTY-BLOCKED', details: { party: 'carol', side: 'sender' } });
    expect(world.balance('ACME', 'carol')).toBe(10n);
    expect(world.balance('ACME', 'alice')).toBe(99n);
  });
});

describe('party block list', () => {
  it('refuses a blocked recipient or sender with ST2-PARTY-BLOCKED; others move freely', () => {
    const world = setup({ blockedParties: ['bob'] });
    expect(transfer(world, 'alice', 'bob')).toMatchObject({ ok: false, code: 'ST2-PARTY-BLOCKED', details: { party: 'bob', side: 'recipient', list: 'blocked' } });
    expect(transfer(world, 'bob', 'alice')).toMatchObject({ ok: false, code: 'ST2-PARTY-BLOCKED', details: { party: 'bob', side: 'sender' } });
    expect(outcome(issue(world, 'bob'))).toBe('ST2-PARTY-BLOCKED');
    expect(outcome(transfer(world, 'alice', 'carol'))).toBe('accepted');
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob')]).toEqual([99n, 100n]);
  });

  it('lets an agent redeem a blocked holder’s units (the table: redemption skips the lists)', () => {
    const world = setup({ blockedParties: ['bob'] });
    expect(outcome(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'bob', amount: '100' }))).toBe('accepted');
  });
});

describe('party list size', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `investor-${i}`);

  it.each(['allowedParties', 'blockedParties'])(`accepts %s of ${MAX_LISTED_PARTIES} identities and refuses one more with ST2-LIMIT-EXCEEDED, keeping the rules`, (list) => {
    const world = setup({});
    expect(outcome(setRules(world, { [list]: ids(MAX_LISTED_PARTIES) }))).toBe('accepted');
    const before = world.slice.securities.ACME?.rules;
    expect(setRules(world, { [list]: ids(MAX_LISTED_PARTIES + 1) })).toMatchObject({ ok: false, code: 'ST2-LIMIT-EXCEEDED', details: { list, size: MAX_LISTED_PARTIES + 1, limit: MAX_LISTED_PARTIES } });
    expect(world.slice.securities.ACME?.rules).toEqual(before);
  });

  it('refuses a security created with an oversized list with ST2-LIMIT-EXCEEDED', () => {
    const world = World.withInvestors();
    const refused = world.run(actors.issuer, 'CreateSecurity', {
      securityId: 'BIG', name: 'Big', isin: 'DE000A1B2C38', decimals: 0, agents: [], rules: { requiredClaims: [], blockedParties: ids(MAX_LISTED_PARTIES + 1) },
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
    });
    expect(outcome(refused)).toBe('ST2-LIMIT-EXCEEDED');
    expect(world.slice.securities.BIG).toBeUndefined();
  });
});
