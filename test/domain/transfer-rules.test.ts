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
      world.givenGoverned('TrustClaimIssuer', { issuer: { org: 'Bank2MSP', id: 'aml-only' }, topics: ['aml'] });
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

  describe('transfer windows (transferLimits)', () => {
    const HOUR = 3_600_000;
    const holdingOf = (world: World, holder: string) => world.slice.holdings[`ACME\u0000${holder}`];

    it('applies several limits at once, per window, for amounts and for numbers of transfers, with ST2-WINDOW-LIMIT', () => {
      const world = setup({ requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxAmount: '200' }, { windowMs: 30 * DAY, maxAmount: '250' }, { windowMs: HOUR, maxCount: 2 }] });
      expectAccepted(transfer(world, 'alice', 'bob', '60'));
      expectAccepted(transfer(world, 'alice', 'bob', '10'));
      const before = structuredClone(world.slice);
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-WINDOW-LIMIT'); // a third transfer in the hour
      expect(world.slice).toEqual(before);
      world.advance(HOUR);
      expectRejected(transfer(world, 'alice', 'bob', '131'), 'ST2-WINDOW-LIMIT'); // 201 today
      expectAccepted(transfer(world, 'alice', 'bob', '30'));
      world.advance(DAY); // 2026-01-06, in the 30-day window that started on 2026-01-03 (day 20430 since the epoch)
      const refused = transfer(world, 'alice', 'bob', '151');
      expect(refused).toMatchObject({ ok: false, code: 'ST2-WINDOW-LIMIT', details: { windowMs: 30 * DAY, maxAmount: '250', sent: '100', count: 3 } });
      expectAccepted(transfer(world, 'alice', 'bob', '150'));
      world.advance(DAY); // 2026-01-07: a new 30-day window
      expectAccepted(transfer(world, 'alice', 'bob', '200'));
    });

    it('counts in fixed windows aligned to the epoch: a window of a day is a UTC day, whatever time the first transfer was', () => {
      const world = setup({ requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxAmount: '100' }] });
      expectAccepted(transfer(world, 'alice', 'bob', '100')); // at 09:00 UTC
      world.advance(15 * HOUR - 1); // 23:59:59.999 the same day
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-WINDOW-LIMIT');
      world.advance(1); // midnight UTC: a new window, although less than a day since the first transfer
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
    });

    it("counts per sending identity, on the sender's own holding: one holder's sending takes nothing from another's", () => {
      const world = setup({ requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxAmount: '100', maxCount: 5 }] });
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
      expectAccepted(transfer(world, 'bob', 'alice', '100'));
      expect(holdingOf(world, 'alice')?.windows).toEqual([{ windowMs: DAY, start: world.now - 9 * HOUR, sent: 100n, count: 1 }]);
      expect(holdingOf(world, 'bob')?.windows).toEqual([{ windowMs: DAY, start: world.now - 9 * HOUR, sent: 100n, count: 1 }]);
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-WINDOW-LIMIT');
    });

    it('does not limit or count an agent movement (forced transfer, redemption)', () => {
      const world = setup({ requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxAmount: '100' }] });
      expectAccepted(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '500' }));
      expectAccepted(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '100' }));
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
    });

    it('keeps dailyLimit as the one-day case: it shares the one-day counter and keeps its code ST2-DAILY-LIMIT', () => {
      const world = setup({ requiredClaims: ['kyc'], dailyLimit: '100', transferLimits: [{ windowMs: DAY, maxCount: 1 }, { windowMs: 7 * DAY, maxAmount: '150' }] });
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
      expect(holdingOf(world, 'alice')?.windows?.map((w) => w.windowMs)).toEqual([DAY, 7 * DAY]);
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-DAILY-LIMIT');
      world.advance(DAY);
      expectRejected(transfer(world, 'alice', 'bob', '51'), 'ST2-WINDOW-LIMIT');
    });

    it('keeps a counter only per window a rule names: removing the limits drops the counters at the next transfer', () => {
      const world = setup({ requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxAmount: '100' }] });
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
      world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'] } });
      expectAccepted(transfer(world, 'alice', 'bob', '100'));
      expect(holdingOf(world, 'alice')?.windows).toEqual([]);
    });

    it.each([
      ['a limit with neither an amount nor a count', [{ windowMs: DAY }]],
      ['an unknown field', [{ windowMs: DAY, maxAmount: '1', rolling: true }]],
      ['a zero-length window', [{ windowMs: 0, maxAmount: '1' }]],
      ['an amount past 10^38 - 1', [{ windowMs: DAY, maxAmount: '1'.padEnd(39, '0') }]],
      ['more than 8 limits', Array.from({ length: 9 }, (_, i) => ({ windowMs: (i + 1) * DAY, maxCount: 1 }))],
    ])('refuses rules with %s as ST2-INVALID-INPUT, changing nothing', (_, transferLimits) => {
      const world = setup();
      const before = structuredClone(world.slice);
      expect(() => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], transferLimits } })).toThrow(/^ST2-INVALID-INPUT/);
      expect(world.slice).toEqual(before);
    });

    it('lets only the issuer set them: the agent is refused with ST2-UNAUTHORIZED', () => {
      const world = setup();
      expectRejected(world.run(actors.agent, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], transferLimits: [{ windowMs: DAY, maxCount: 1 }] } }), 'ST2-UNAUTHORIZED');
    });
  });

  describe('transfer fee (transferFee)', () => {
    const FEE = { requiredClaims: ['kyc'], transferFee: { bps: 250, collector: 'fees' } };
    const feeWorld = (rules: Record<string, unknown> = FEE) => {
      const world = setup(rules);
      world.onboard('fees');
      return world;
    };

    it('charges floor(amount × bps / 10,000) to the collector, paid by the recipient in a separate movement, supply unchanged', () => {
      const world = feeWorld();
      const decision = transfer(world, 'alice', 'bob', '399');
      expect(decision.ok && decision.events).toEqual([
        expect.objectContaining({ type: 'Transferred', from: 'alice', to: 'bob', amount: 399n, forced: false }),
        expect.objectContaining({ type: 'TransferFeeCharged', payer: 'bob', collector: 'fees', amount: 9n, bps: 250 }), // 9.975 rounded down
      ]);
      expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob'), world.balance('ACME', 'fees')]).toEqual([601n, 390n, 9n]);
      expect(world.slice.stats.ACME).toEqual({ supply: 1000n, holders: 3 });
    });

    it('charges nothing, and records no fee movement, when the fee is under one unit', () => {
      const world = feeWorld();
      const decision = transfer(world, 'alice', 'bob', '39'); // 0.975
      expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['Transferred']);
    });

    it('never charges more than the amount: 10,000 bps is the whole of it', () => {
      const world = feeWorld({ requiredClaims: ['kyc'], transferFee: { bps: 10_000, collector: 'fees' } });
      world.given(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '7' });
      expect([world.balance('ACME', 'bob'), world.balance('ACME', 'fees')]).toEqual([0n, 7n]);
    });

    it('charges no fee to the collector itself, nor on agent movements', () => {
      const world = feeWorld();
      expect(world.given(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'fees', amount: '400' }).map((e) => e.type)).toEqual(['Transferred']);
      expect(world.given(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '400' }).map((e) => e.type)).toEqual(['Transferred']);
    });

    it('does not count the fee leg in the payer\'s transfer windows', () => {
      const world = feeWorld({ ...FEE, transferLimits: [{ windowMs: DAY, maxCount: 1 }] });
      world.given(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '400' });
      expectAccepted(transfer(world, 'bob', 'alice', '100'));
    });

    it.each([
      ['unknown', (_: World) => undefined, 'ST2-NOT-FOUND'],
      ['unverified (its kyc claim revoked)', (w: World) => void w.given(actors.kycProvider, 'RevokeClaim', { identityId: 'fees', topic: 'kyc' }), 'ST2-CLAIM-REVOKED'],
      ['recovered (inactive)', (w: World) => {
        w.onboard('fees-next', { investor: w.slice.identities.fees?.investor });
        w.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'fees', amount: '1' });
        w.given(actors.agent, 'Recover', { securityId: 'ACME', lost: 'fees', replacement: 'fees-next' });
      }, 'ST2-IDENTITY-INACTIVE'],
    ])('refuses every fee-bearing transfer with ST2-FEE-COLLECTOR-INVALID while the collector is %s, changing nothing', (_, breakCollector, cause) => {
      const world = cause === 'ST2-NOT-FOUND' ? setup(FEE) : feeWorld();
      breakCollector(world);
      const before = structuredClone(world.slice);
      expect(transfer(world, 'alice', 'bob', '400')).toMatchObject({ ok: false, code: 'ST2-FEE-COLLECTOR-INVALID', details: { collector: 'fees', fee: '10', cause } });
      expect(world.slice).toEqual(before);
      expectAccepted(transfer(world, 'alice', 'bob', '39')); // no fee, no collector needed
    });

    it.each([
      ['0 bps', { bps: 0, collector: 'fees' }],
      ['more than 10,000 bps', { bps: 10_001, collector: 'fees' }],
      ['a fractional bps', { bps: 2.5, collector: 'fees' }],
      ['no collector', { bps: 10 }],
      ['an unknown field', { bps: 10, collector: 'fees', payer: 'sender' }],
    ])('refuses a fee with %s as ST2-INVALID-INPUT', (_, transferFee) => {
      const world = feeWorld();
      expect(() => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], transferFee } })).toThrow(/^ST2-INVALID-INPUT/);
    });
  });

  describe('designated counterparties (venueLimits)', () => {
    const MONTH = 30 * DAY;
    /** bob is a venue: alice may move 300 units a month with it, in at most 3 transfers; carol is not a venue. */
    const venueWorld = () => setup({ requiredClaims: ['kyc'], venueLimits: { venues: ['bob'], limits: [{ windowMs: MONTH, maxAmount: '300' }, { windowMs: DAY, maxCount: 3 }] } });

    it('limits what an investor moves to and from a venue per window, both directions together, with ST2-VENUE-LIMIT', () => {
      const world = venueWorld();
      expectAccepted(transfer(world, 'alice', 'bob', '200'));
      expectAccepted(transfer(world, 'bob', 'alice', '50')); // from the venue: counted on alice's holding too
      const before = structuredClone(world.slice);
      expect(transfer(world, 'alice', 'bob', '51')).toMatchObject({ ok: false, code: 'ST2-VENUE-LIMIT', details: { venue: 'bob', investor: 'alice', windowMs: MONTH, moved: '250', count: 2 } });
      expect(world.slice).toEqual(before);
      expectAccepted(transfer(world, 'alice', 'bob', '50'));
      expectRejected(transfer(world, 'bob', 'alice', '1'), 'ST2-VENUE-LIMIT');
      expect(world.slice.holdings['ACME\u0000alice']?.venueWindows?.map((c) => [c.venue, c.windowMs, c.sent, c.count])).toEqual([['bob', MONTH, 300n, 3], ['bob', DAY, 300n, 3]]);
    });

    it('counts per investor: another investor, and transfers between investors, are not limited by it', () => {
      const world = venueWorld();
      expectAccepted(transfer(world, 'alice', 'bob', '300'));
      expectAccepted(transfer(world, 'alice', 'carol', '500'));
      expectAccepted(transfer(world, 'carol', 'bob', '300'));
      expectRejected(transfer(world, 'alice', 'bob', '1'), 'ST2-VENUE-LIMIT');
    });

    it('does not limit or count agent movements with the venue', () => {
      const world = venueWorld();
      expectAccepted(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '500' }));
      expectAccepted(transfer(world, 'alice', 'bob', '300'));
    });

    it.each([
      ['no venue', { venues: [], limits: [{ windowMs: DAY, maxCount: 1 }] }],
      ['a venue twice', { venues: ['bob', 'bob'], limits: [{ windowMs: DAY, maxCount: 1 }] }],
      ['nine venues', { venues: Array.from({ length: 9 }, (_, i) => `v${i}`), limits: [{ windowMs: DAY, maxCount: 1 }] }],
      ['three limits', { venues: ['bob'], limits: [1, 2, 3].map((d) => ({ windowMs: d * DAY, maxCount: 1 })) }],
      ['an unknown field', { venues: ['bob'], limits: [{ windowMs: DAY, maxCount: 1 }], direction: 'to' }],
    ])('refuses venue limits with %s as ST2-INVALID-INPUT', (_, venueLimits) => {
      const world = setup();
      expect(() => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], venueLimits } })).toThrow(/^ST2-INVALID-INPUT/);
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
