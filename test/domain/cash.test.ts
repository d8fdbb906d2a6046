import { consortiumPolicyOf, partyOf, type Actor } from '@st2/chaincode';
import { actors, consortium, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const cashIssuer: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };

const cashInput = (securityId: string, rules: Record<string, unknown> = { requiredClaims: ['kyc'] }) => ({
  securityId, name: `${securityId} tokenised deposit`, decimals: 2, agents: [partyOf(actors.agent)], rules, terms: { kind: 'cash', currency: 'EUR' },
});

/** EUR cash of bank1's treasury (cash issuer), with acme-ta as an agent; alice and bob verified, carol without KYC. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob', org: 'Bank2MSP' });
  world.onboard('carol', { topics: [] });
  world.given(cashIssuer, 'CreateSecurity', cashInput('EURC'));
  return world;
}

describe('cash', () => {
  it('is created by a cash issuer as a security of kind cash without an ISIN, the cash issuer its issuer', () => {
    const world = setup();
    expect(world.slice.securities.EURC).toMatchObject({ issuer: partyOf(cashIssuer), terms: { kind: 'cash', currency: 'EUR' }, decimals: 2 });
    expect(world.slice.securities.EURC?.isin).toBeUndefined();
  });

  it.each([
    ['an issuer', actors.issuer],
    ['an agent', actors.agent],
    ['an admin', actors.admin],
  ])('refuses cash created by %s with ST2-UNAUTHORIZED, changing nothing', (_who, actor) => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(actor, 'CreateSecurity', cashInput('USDC')))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('refuses an equity created by a cash issuer (its role is for cash only) and an equity without an ISIN', () => {
    const world = setup();
    const equity = { securityId: 'ACME', name: 'ACME', decimals: 0, agents: [], rules: { requiredClaims: [] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' } };
    expect(codeOf(world.run(cashIssuer, 'CreateSecurity', { ...equity, isin: 'DE000A1B2C38' }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actors.issuer, 'CreateSecurity', equity))).toBe('ST2-INVALID-INPUT');
  });

  it.each([
    ['lockupUntil', 1], ['minHoldingPeriodMs', 1000], ['accreditedOnly', true], ['maxHolders', 10], ['maxHoldersPerJurisdiction', { DE: 1 }],
    ['approvalRequired', true], ['transferFee', { bps: 10, collector: 'alice' }], ['venueLimits', { venues: ['alice'], limits: [{ windowMs: 1000, maxCount: 1 }] }],
  ])('refuses a cash rule set with %s with ST2-RULE-NOT-APPLICABLE, at creation and later, changing nothing', (rule, value) => {
    const world = setup();
    const before = world.slice;
    const created = world.run(cashIssuer, 'CreateSecurity', cashInput('USDC', { requiredClaims: ['kyc'], [rule]: value }));
    expect(created).toMatchObject({ ok: false, code: 'ST2-RULE-NOT-APPLICABLE', details: { rules: [rule] } });
    expect(codeOf(world.run(cashIssuer, 'SetRules', { securityId: 'EURC', rules: { requiredClaims: ['kyc'], [rule]: value } }))).toBe('ST2-RULE-NOT-APPLICABLE');
    expect(world.slice).toBe(before);
  });

  it('keeps the rules that make sense for money: KYC, balance and supply caps, window limits, party lists', () => {
    const world = setup();
    const rules = { requiredClaims: ['kyc'], maxBalance: '100000', maxSupply: '1000000', dailyLimit: '50000', blockedParties: ['carol'], blockedJurisdictions: ['KP'] };
    expect(codeOf(world.run(cashIssuer, 'SetRules', { securityId: 'EURC', rules }))).toBe('accepted');
    expect(codeOf(world.run(cashIssuer, 'Issue', { securityId: 'EURC', to: 'alice', amount: '100001' }))).toBe('ST2-MAX-BALANCE');
  });

  it('is issued to a verified identity, paid by its holder under every rule, and redeemed, by the cash issuer alone', () => {
    const world = setup();
    expect(codeOf(world.run(cashIssuer, 'Issue', { securityId: 'EURC', to: 'alice', amount: '10000' }))).toBe('accepted');
    expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'EURC', from: 'alice', to: 'bob', amount: '2500' }))).toBe('accepted');
    expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'EURC', from: 'alice', to: 'carol', amount: '1' }))).toBe('ST2-KYC-MISSING');
    expect(codeOf(world.run(cashIssuer, 'Redeem', { securityId: 'EURC', from: 'bob', amount: '500' }))).toBe('accepted');
    expect([world.balance('EURC', 'alice'), world.balance('EURC', 'bob'), world.slice.stats.EURC?.supply]).toEqual([7500n, 2000n, 9500n]);
  });

  it('refuses issuance to an identity without KYC with ST2-KYC-MISSING, changing nothing', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(cashIssuer, 'Issue', { securityId: 'EURC', to: 'carol', amount: '1' }))).toBe('ST2-KYC-MISSING');
    expect(world.slice).toBe(before);
  });

  it.each([
    ['Issue', 'an agent of the cash security holding every power', actors.agent],
    ['Redeem', 'an agent of the cash security holding every power', actors.agent],
    ['Issue', 'an equity issuer', actors.issuer],
    ['Issue', 'another cash issuer of the same org', { ...cashIssuer, id: 'other-treasury' }],
    ['Issue', 'the cash issuer\'s id under another org', { ...cashIssuer, org: 'Bank2MSP' }],
  ])('refuses a cash %s by %s with ST2-UNAUTHORIZED, changing nothing', (kind, _who, actor: Actor) => {
    const world = setup();
    world.given(cashIssuer, 'Issue', { securityId: 'EURC', to: 'alice', amount: '100' });
    const before = world.slice;
    const input = kind === 'Issue' ? { securityId: 'EURC', to: 'alice', amount: '1' } : { securityId: 'EURC', from: 'alice', amount: '1' };
    expect(codeOf(world.run(actor, kind as 'Issue' | 'Redeem', input))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('lets the cash issuer configure its cash (rules, agents) and an agent freeze or force as for any security', () => {
    const world = setup();
    world.given(cashIssuer, 'Issue', { securityId: 'EURC', to: 'alice', amount: '100' });
    expect(codeOf(world.run(actors.agent, 'Freeze', { securityId: 'EURC', holder: 'alice', amount: '40' }))).toBe('accepted');
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'EURC', from: 'alice', to: 'bob', amount: '100' }))).toBe('accepted');
    expect(codeOf(world.run(actors.agent, 'SetRules', { securityId: 'EURC', rules: { requiredClaims: [] } }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(cashIssuer, 'AddAgent', { securityId: 'EURC', agent: { org: 'Bank1MSP', id: 'ops', powers: ['freeze'] } }))).toBe('accepted');
  });
});

describe('the cash-issuer role', () => {
  it('is granted by the topology to bank1 only, never to the custodian or the regulator', () => {
    const granting = Object.entries(consortium.orgs).filter(([, org]) => org.roles.includes('cash-issuer')).map(([msp]) => msp);
    expect(granting).toEqual(['Bank1MSP']);
  });

  it.each(['custodian', 'regulator'])('cannot be granted to a %s org: the policy refuses to load', (kind) => {
    expect(() => consortiumPolicyOf([{ mspId: 'XMSP', kind, roles: ['cash-issuer'], consortiumAdmin: false }])).toThrow("may not grant 'cash-issuer'");
    expect(() => consortiumPolicyOf([{ mspId: 'XMSP', kind: 'bank', roles: ['cash-issuer'], consortiumAdmin: false }])).not.toThrow();
  });
});
