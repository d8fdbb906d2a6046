import { partyOf } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

function setup(): World {
  const world = World.withInvestors({ id: 'alice', investor: 'alice-person' }, { id: 'alice-new', investor: 'alice-person' }, { id: 'bob', jurisdiction: 'US' });
  world.createEquity('ACME', { requiredClaims: ['kyc'], blockedJurisdictions: ['US'], lockupUntil: world.now + 90 * DAY });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  return world;
}

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);

describe('issuance and redemption', () => {
  it('issues only to a compliant recipient', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '1' }))).toBe('ST2-JURISDICTION-BLOCKED');
    expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 1 });
  });

  it('lets only the issuer or an agent of the security issue', () => {
    const world = setup();
    const otherIssuer = { org: 'Bank2MSP', role: 'issuer' as const, id: 'globex' };
    expect(codeOf(world.run(otherIssuer, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1' }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(investor('alice'), 'Issue', { securityId: 'ACME', to: 'alice', amount: '1' }))).toBe('ST2-UNAUTHORIZED');
  });

  it('redeems from a holder, reducing supply, never below the balance', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '1001' }))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '1000' }))).toBe('accepted');
    expect(world.slice.stats.ACME).toEqual({ supply: 0n, holders: 0 });
  });

  it('refuses an unknown security with ST2-NOT-FOUND', () => {
    expect(codeOf(setup().run(actors.agent, 'Issue', { securityId: 'NOPE', to: 'alice', amount: '1' }))).toBe('ST2-NOT-FOUND');
  });
});

describe('forced transfer', () => {
  it('bypasses holder rules (lock-up, jurisdiction, freeze) but not the balance', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice' });
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1001' }))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '400' }))).toBe('accepted');
    expect(world.balance('ACME', 'bob')).toBe(400n);
    expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 2 });
  });

  it('never leaves units with an unverified identity: refused with the recipient\'s claim code, changing nothing', () => {
    const world = setup();
    world.onboard('dave', { topics: [] });
    world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' });
    const before = world.slice;
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'dave', amount: '1' }))).toBe('ST2-KYC-MISSING');
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }))).toBe('ST2-CLAIM-REVOKED');
    expect(world.slice).toBe(before);
  });

  it('unfreezes the amount it needs beyond the unfrozen balance first, and records it', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '900' });
    const events = world.given(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '300' });
    expect(events.map((e) => e.type)).toEqual(['HoldingUnfrozen', 'Transferred']);
    expect(events[0]).toMatchObject({ holder: 'alice', amount: 200n });
    expect(world.slice.holdings['ACME\u0000alice']).toMatchObject({ balance: 700n, frozenAmount: 700n });
    // Within the unfrozen balance, nothing is unfrozen.
    world.given(actors.agent, 'Unfreeze', { securityId: 'ACME', holder: 'alice', amount: '100' });
    expect(world.given(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100' }).map((e) => e.type)).toEqual(['Transferred']);
  });

  it('unfreezes what a redemption needs first, too', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '1000' });
    const events = world.given(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '10' });
    expect(events).toMatchObject([{ type: 'HoldingUnfrozen', amount: 10n }, { type: 'Redeemed', amount: 10n }]);
  });

  it('is refused to investors', () => {
    const world = setup();
    expect(codeOf(world.run(investor('alice'), 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }))).toBe('ST2-UNAUTHORIZED');
  });
});

describe('freeze', () => {
  it('cannot freeze more than the free balance', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '600' });
    expect(codeOf(world.run(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '401' }))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(world.run(actors.agent, 'Unfreeze', { securityId: 'ACME', holder: 'alice', amount: '601' }))).toBe('ST2-NOT-FROZEN');
  });
});

describe('recovery', () => {
  it('moves the holding, its lots and its freezes to another identity of the same investor', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '100' });
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' }))).toBe('accepted');
    expect(world.balance('ACME', 'alice')).toBe(0n);
    expect(world.balance('ACME', 'alice-new')).toBe(1000n);
    const recovered = world.slice.holdings[`ACME\u0000alice-new`];
    expect(recovered?.frozenAmount).toBe(100n);
    expect(recovered?.lots).toEqual([{ amount: 1000n, acquiredAt: world.now }]);
    expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 1 });
  });

  it('says all of it in one event and deactivates the lost identity', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '100' });
    const events = world.given(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' });
    expect(events).toEqual([{
      type: 'HoldingRecovered', v: 2, at: world.now, securityId: 'ACME', lost: 'alice', replacement: 'alice-new',
      amount: 1000n, frozen: false, frozenAmount: 100n, lots: [{ amount: 1000n, acquiredAt: world.now }], deactivated: true,
    }]);
    expect(world.slice.identities.alice?.recoveredTo).toBe('alice-new');
  });

  it('refuses anything sent to or from the lost identity later with ST2-IDENTITY-INACTIVE, and changes nothing', () => {
    const world = setup();
    world.given(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' });
    world.advance(91 * DAY);
    const before = world.slice;
    const attempts: [typeof actors.agent | ReturnType<typeof investor>, 'Transfer' | 'Issue' | 'ForcedTransfer' | 'Redeem', Record<string, unknown>][] = [
      [investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'alice-new', amount: '1' }],
      [investor('alice-new'), 'Transfer', { securityId: 'ACME', from: 'alice-new', to: 'alice', amount: '1' }],
      [actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1' }],
      [actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice-new', to: 'alice', amount: '1' }],
      [actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '1' }],
    ];
    for (const [actor, kind, input] of attempts) expect(`${kind}: ${codeOf(world.run(actor, kind, input))}`).toBe(`${kind}: ST2-IDENTITY-INACTIVE`);
    expect(world.slice).toBe(before);
  });

  it('moves the lost identity\'s other holdings later to the same replacement only', () => {
    const world = setup();
    world.createEquity('BETA');
    world.given(actors.agent, 'Issue', { securityId: 'BETA', to: 'alice', amount: '5' });
    world.given(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' });
    world.onboard('alice-third', { investor: 'alice-person' });
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'BETA', lost: 'alice', replacement: 'alice-third' }))).toBe('ST2-RECOVERY-MISMATCH');
    const [event] = world.given(actors.agent, 'Recover', { securityId: 'BETA', lost: 'alice', replacement: 'alice-new' });
    expect(event).toMatchObject({ amount: 5n, deactivated: false });
    expect(world.balance('BETA', 'alice-new')).toBe(5n);
  });

  it('refuses an inactive replacement with ST2-IDENTITY-INACTIVE', () => {
    const world = setup();
    world.given(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' });
    world.onboard('alice-third', { investor: 'alice-person' });
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice-third', amount: '1' });
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice-third', replacement: 'alice' }))).toBe('ST2-IDENTITY-INACTIVE');
  });

  it('refuses an identity of another investor with ST2-RECOVERY-MISMATCH', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'bob' }))).toBe('ST2-RECOVERY-MISMATCH');
  });
});

describe('pause', () => {
  it('lets a new security start paused: holders move nothing until an agent unpauses it', () => {
    const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
    world.given(actors.issuer, 'CreateSecurity', {
      securityId: 'NEW', name: 'New shares', isin: 'DE000A1B2C38', decimals: 0, agents: [partyOf(actors.agent)], rules: { requiredClaims: ['kyc'] }, paused: true,
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    });
    expect(world.slice.securities.NEW?.paused).toBe(true);
    world.given(actors.agent, 'Unpause', { securityId: 'NEW' });
    world.given(actors.agent, 'Issue', { securityId: 'NEW', to: 'alice', amount: '5' });
    expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'NEW', from: 'alice', to: 'bob', amount: '1' }))).toBe('accepted');
  });

  it('keeps agents\' operations available while paused (issuance, forced transfer, freeze, recovery)', () => {
    const world = setup();
    world.given(actors.agent, 'Pause', { securityId: 'ACME' });
    world.onboard('carl');
    expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'carl', amount: '1' }))).toBe('ST2-PAUSED');
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'carl', amount: '1' }))).toBe('accepted');
    expect(codeOf(world.run(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'carl', amount: '1' }))).toBe('accepted');
    expect(codeOf(world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'carl', amount: '1' }))).toBe('accepted');
    expect(codeOf(world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' }))).toBe('accepted');
  });
});

describe('identities', () => {
  it('binds an identity to the org that registered it and refuses a duplicate id', () => {
    const world = World.withInvestors({ id: 'alice', org: 'Bank2MSP' });
    expect(world.slice.identities.alice?.org).toBe('Bank2MSP');
    const again = world.run(actors.onboarder1, 'RegisterIdentity', { identityId: 'alice', investor: 'x', jurisdiction: 'DE', investorType: 'retail', recordHash: 'a'.repeat(64) });
    expect(codeOf(again)).toBe('ST2-ALREADY-EXISTS');
  });

  it('refuses a claim that is already expired', () => {
    const world = World.withInvestors({ id: 'alice', topics: [] });
    const claim = world.run(actors.kycProvider, 'AddClaim', { identityId: 'alice', topic: 'kyc', expiresAt: world.now, evidenceHash: 'a'.repeat(64) });
    expect(codeOf(claim)).toBe('ST2-INVALID-INPUT');
  });

  it('lets only the claim issuer or the identity org admin revoke a claim', () => {
    const world = World.withInvestors({ id: 'alice', org: 'Bank2MSP' });
    const issuer = partyOf(actors.kycProvider);
    expect(codeOf(world.run(actors.admin, 'RevokeClaim', { identityId: 'alice', topic: 'kyc', issuer }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run({ ...actors.admin, org: 'Bank2MSP' }, 'RevokeClaim', { identityId: 'alice', topic: 'kyc', issuer }))).toBe('accepted');
  });
});

describe('securities', () => {
  it('creates a hybrid only when it converts into an existing equity within a valid window', () => {
    const world = World.withInvestors();
    const hybrid = (equitySecurityId: string, windowEnd: number) => world.run(actors.issuer, 'CreateSecurity', {
      securityId: 'CONV', name: 'Convertible 2030', isin: 'DE000A1B2C53', decimals: 0, agents: [], rules: { requiredClaims: [] },
      terms: {
        kind: 'hybrid', faceValue: '1000', currency: 'EUR', couponRateBps: 250, couponFrequency: 'semiannual', maturityDate: world.now + 1000 * DAY,
        conversion: { equitySecurityId, ratioNumerator: 10, ratioDenominator: 1, windowStart: world.now + DAY, windowEnd },
      },
    });
    expect(codeOf(hybrid('ACME', world.now + 30 * DAY))).toBe('ST2-INVALID-INPUT');
    world.createEquity('ACME');
    expect(codeOf(hybrid('ACME', world.now))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(hybrid('ACME', world.now + 30 * DAY))).toBe('accepted');
    expect(world.slice.securities.CONV?.terms.kind).toBe('hybrid');
  });

  it('records documents by hash, set by the issuer, and lets no investor change rules', () => {
    const world = World.withInvestors();
    world.createEquity('ACME');
    world.given(actors.issuer, 'AttachDocument', { securityId: 'ACME', name: 'prospectus.pdf', hash: 'd'.repeat(64) });
    expect(world.slice.securities.ACME?.documents).toEqual([{ name: 'prospectus.pdf', hash: 'd'.repeat(64), attachedAt: world.now }]);
    expect(codeOf(world.run(investor('alice'), 'SetRules', { securityId: 'ACME', rules: { requiredClaims: [] } }))).toBe('ST2-UNAUTHORIZED');
  });
});
