import type { Decision, DomainEvent } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

const transfer = (world: World, from: string, to: string, amount: string, securityId = 'ACME') =>
  world.run(investor(from), 'Transfer', { securityId, from, to, amount });

function expectRejected(decision: Decision<DomainEvent>, code: string): void {
  expect(decision.ok ? 'accepted' : decision.code).toBe(code);
}

function expectAccepted(decision: Decision<DomainEvent>): void {
  expect(decision.ok ? 'accepted' : `${decision.code}: ${decision.message}`).toBe('accepted');
}

/** alice (DE) holds 1,000 ACME; bob (FR) and carol (US) are verified investors. */
function setup(rules: Record<string, unknown> = { requiredClaims: ['kyc'] }): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob', jurisdiction: 'FR' }, { id: 'carol', jurisdiction: 'US' });
  world.createEquity('ACME', rules);
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  return world;
}

describe('transfer rules', () => {
  it('moves units between verified investors and keeps supply', () => {
    const world = setup();
    expectAccepted(transfer(world, 'alice', 'bob', '400'));
    expect(world.balance('ACME', 'alice')).toBe(600n);
    expect(world.balance('ACME', 'bob')).toBe(400n);
    expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 2 });
  });

  describe('balance', () => {
    it('rejects more than the balance with ST2-INSUFFICIENT-BALANCE and changes nothing', () => {
      const world = setup();
      const before = world.slice;
      expectRejected(transfer(world, 'alice', 'bob', '1001'), 'ST2-INSUFFICIENT-BALANCE');
      expect(world.slice).toBe(before);
    });
  });

  describe('required claims', () => {
    it('rejects a recipient without KYC with ST2-KYC-MISSING', () => {
      const world = setup();
      world.onboard('dave', { topics: [] });
      expectRejected(transfer(world, 'alice', 'dave', '1'), 'ST2-KYC-MISSING');
    });

    it('rejects a recipient whose claim expired with ST2-CLAIM-EXPIRED, and accepted it the day before', () => {
      const world = setup();
      world.advance(364 * DAY);
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
      world.advance(1 * DAY);
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-CLAIM-EXPIRED');
    });

    it('rejects a revoked claim with ST2-CLAIM-REVOKED', () => {
      const world = setup();
      world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' });
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-CLAIM-REVOKED');
    });

    it('checks the sender too', () => {
      const world = setup();
      world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'alice', topic: 'kyc' });
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-CLAIM-REVOKED');
    });
  });

  describe('trusted claim issuers', () => {
    it('refuses a claim from an issuer not trusted for the topic with ST2-UNTRUSTED-ISSUER', () => {
      const world = setup();
      world.onboard('erin', { topics: [] });
      const decision = world.run(actors.untrusted, 'AddClaim', { identityId: 'erin', topic: 'kyc', expiresAt: world.now + DAY, evidenceHash: 'a'.repeat(64) });
      expectRejected(decision, 'ST2-UNTRUSTED-ISSUER');
    });

    it('stops counting claims of an issuer trusted for another topic only', () => {
      const world = setup();
      world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc', 'aml'] } });
      world.given(actors.admin, 'TrustClaimIssuer', { issuer: { org: 'Bank2MSP', id: 'aml-only' }, topics: ['aml'] });
      const amlIssuer = { org: 'Bank2MSP', role: 'claim-issuer' as const, id: 'aml-only' };
      world.given(amlIssuer, 'AddClaim', { identityId: 'bob', topic: 'aml', expiresAt: world.now + DAY, evidenceHash: 'b'.repeat(64) });
      world.given(amlIssuer, 'AddClaim', { identityId: 'alice', topic: 'aml', expiresAt: world.now + DAY, evidenceHash: 'b'.repeat(64) });
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
      expectRejected(world.run(amlIssuer, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: world.now + DAY, evidenceHash: 'c'.repeat(64) }), 'ST2-UNTRUSTED-ISSUER');
    });
  });

  describe('jurisdictions', () => {
    it('rejects a blocked jurisdiction with ST2-JURISDICTION-BLOCKED', () => {
      const world = setup({ requiredClaims: ['kyc'], blockedJurisdictions: ['US'] });
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
      expectRejected(transfer(world, 'alice', 'carol', '1'), 'ST2-JURISDICTION-BLOCKED');
    });

    it('rejects a jurisdiction outside the allowed list', () => {
      const world = setup({ requiredClaims: ['kyc'], allowedJurisdictions: ['DE', 'FR'] });
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
      expectRejected(transfer(world, 'alice', 'carol', '1'), 'ST2-JURISDICTION-BLOCKED');
    });
  });

  describe('max holders', () => {
    it('rejects a new holder beyond the maximum with ST2-MAX-HOLDERS, but lets a leaving sender make room', () => {
      const world = setup({ requiredClaims: ['kyc'], maxHolders: 2 });
      expectAccepted(transfer(world, 'alice', 'bob', '10'));
      expectRejected(transfer(world, 'alice', 'carol', '10'), 'ST2-MAX-HOLDERS');
      expectAccepted(transfer(world, 'bob', 'carol', '10'));
      expect(world.slice.stats.ACME?.holders).toBe(2);
    });
  });

  describe('max balance', () => {
    it('rejects a recipient ending above the maximum balance with ST2-MAX-BALANCE', () => {
      const world = setup({ requiredClaims: ['kyc'], maxBalance: '1000' });
      expectAccepted(transfer(world, 'alice', 'bob', '999'));
      world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '100' });
      expectRejected(transfer(world, 'alice', 'bob', '2'), 'ST2-MAX-BALANCE');
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
    });
  });

  describe('lock-up', () => {
    it('rejects transfers before the lock-up date with ST2-LOCKUP and accepts them from that date on', () => {
      const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
      world.createEquity('ACME', { requiredClaims: ['kyc'], lockupUntil: world.now + 30 * DAY });
      world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '100' });
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-LOCKUP');
      world.advance(30 * DAY);
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
    });
  });

  describe('minimum holding period', () => {
    it('counts per lot: only units held long enough may leave', () => {
      const world = setup({ requiredClaims: ['kyc'], minHoldingPeriodMs: 10 * DAY });
      world.advance(6 * DAY);
      world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '500' });
      world.advance(5 * DAY); // first lot is 11 days old, second 5 days
      expectRejected(transfer(world, 'alice', 'bob', '1001'), 'ST2-HOLDING-PERIOD');
      expectAccepted(transfer(world, 'alice', 'bob', '1000'));
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-HOLDING-PERIOD');
      world.advance(5 * DAY);
      expectAccepted(transfer(world, 'alice', 'bob', '500'));
    });
  });

  describe('accredited only', () => {
    it('rejects a recipient without a valid accredited claim with ST2-NOT-ACCREDITED', () => {
      const world = setup();
      world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], accreditedOnly: true } });
      world.onboard('fred', { topics: ['kyc', 'accredited'] });
      expectAccepted(transfer(world, 'alice', 'fred', '1'));
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-NOT-ACCREDITED');
    });
  });

  describe('daily limit', () => {
    it('limits what a holder sends per UTC day with ST2-DAILY-LIMIT', () => {
      const world = setup({ requiredClaims: ['kyc'], dailyLimit: '100' });
      expectAccepted(transfer(world, 'alice', 'bob', '60'));
      expectRejected(transfer(world, 'alice', 'bob', '41'), 'ST2-DAILY-LIMIT');
      expectAccepted(transfer(world, 'alice', 'bob', '40'));
      world.advance(DAY);
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
    });
  });

  describe('freezes', () => {
    it('rejects a frozen sender or recipient with ST2-FROZEN until unfrozen', () => {
      const world = setup();
      world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice' });
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-FROZEN');
      world.given(actors.agent, 'Unfreeze', { securityId: 'ACME', holder: 'alice' });
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
      world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'bob' });
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-FROZEN');
    });

    it('keeps a frozen partial amount in place', () => {
      const world = setup();
      world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '300' });
      expectRejected(transfer(world, 'alice', 'bob', '701'), 'ST2-FROZEN');
      expectAccepted(transfer(world, 'alice', 'bob', '700'));
      world.given(actors.agent, 'Unfreeze', { securityId: 'ACME', holder: 'alice', amount: '300' });
      expectAccepted(transfer(world, 'alice', 'bob', '300'));
    });
  });

  describe('pause and maturity', () => {
    it('rejects every transfer of a paused security with ST2-PAUSED until unpaused', () => {
      const world = setup();
      world.given(actors.agent, 'Pause', { securityId: 'ACME' });
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-PAUSED');
      world.given(actors.issuer, 'Unpause', { securityId: 'ACME' });
      expectAccepted(transfer(world, 'alice', 'bob', '1'));
    });

    it('rejects transfers of a matured bond with ST2-MATURED', () => {
      const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
      world.given(actors.issuer, 'CreateSecurity', {
        securityId: 'BOND', name: '5% 2027', isin: 'DE000A1B2C46', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 500, couponFrequency: 'annual', maturityDate: world.now + 10 * DAY },
      });
      world.given(actors.issuer, 'Issue', { securityId: 'BOND', to: 'alice', amount: '10' });
      expectAccepted(transfer(world, 'alice', 'bob', '1', 'BOND'));
      world.advance(10 * DAY);
      expectRejected(transfer(world, 'alice', 'bob', '1', 'BOND'), 'ST2-MATURED');
    });
  });

  describe('who may transfer', () => {
    it('lets an investor send only from its own holding', () => {
      const world = setup();
      expectRejected(world.run(investor('bob'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }), 'ST2-UNAUTHORIZED');
    });

    it('refuses an investor acting through another org', () => {
      const world = setup();
      expectRejected(world.run(investor('alice', 'Bank2MSP'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }), 'ST2-UNAUTHORIZED');
    });

    it('refuses every write by the regulator', () => {
      const world = setup();
      expectRejected(world.run(actors.regulator, 'Issue', { securityId: 'ACME', to: 'bob', amount: '1' }), 'ST2-UNAUTHORIZED');
      expectRejected(world.run(actors.regulator, 'Pause', { securityId: 'ACME' }), 'ST2-UNAUTHORIZED');
      expectRejected(world.run(actors.regulator, 'TrustClaimIssuer', { issuer: { org: 'Bank1MSP', id: 'x' }, topics: ['kyc'] }), 'ST2-UNAUTHORIZED');
    });

    it('rejects a transfer to oneself with ST2-SELF-TRANSFER', () => {
      expectRejected(transfer(setup(), 'alice', 'alice', '1'), 'ST2-SELF-TRANSFER');
    });
  });
});
