import { availableBalance, holdingOf, partyOf, type Actor, type CommandKind } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
/** A custodian's desk, named by the issuer as an agent of ACME with the hold power alone, acting in its custodian role. */
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'desk' };

/** alice holds 1,000 ACME; bob and carol are verified; the custodian desk may hold. */
function setup(rules: Record<string, unknown> = { requiredClaims: ['kyc'] }): World {
  const world = World.withInvestors({ id: 'alice', investor: 'alice-person' }, { id: 'alice-new', investor: 'alice-person' }, { id: 'bob' }, { id: 'carol' });
  world.createEquity('ACME', rules);
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(custodian), powers: ['hold'] } });
  return world;
}

const place = (world: World, holdId: string, amount = '600', { actor = custodian, expiresIn = DAY, beneficiary = 'bob', holder = 'alice' } = {}) =>
  world.run(actor, 'PlaceHold', { holdId, securityId: 'ACME', holder, beneficiary, amount, reason: 'margin for trade 42', expiresAt: world.now + expiresIn });
const close = (world: World, kind: 'ReleaseHold' | 'ExecuteHold' | 'ExpireHold', holdId: string, actor: Actor = custodian) => world.run(actor, kind, { holdId });
const available = (world: World, holder = 'alice') => availableBalance(holdingOf(world.slice, 'ACME', holder), world.now);

/** A refused command changes nothing: the same slice object (evolve replaces whatever it touches). */
function refusedWith(world: World, code: string, attempt: () => { ok: boolean; code?: string }): void {
  const before = world.slice;
  expect(codeOf(attempt())).toBe(code);
  expect(world.slice).toBe(before);
}

describe('holds', () => {
  it('reserves units of a holding for a beneficiary: HoldPlaced, the hold on its own record and on the holding, available = balance - frozen - held', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '100' });
    const placed = place(world, 'h1', '600');
    expect(placed.ok && placed.events).toEqual([expect.objectContaining({
      type: 'HoldPlaced', holdId: 'h1', holder: 'alice', beneficiary: 'bob', amount: 600n, reason: 'margin for trade 42', by: partyOf(custodian),
    })]);
    expect(world.slice.holds.h1).toMatchObject({ status: 'active', securityId: 'ACME', holder: 'alice', amount: 600n, placedAt: world.now });
    expect(holdingOf(world.slice, 'ACME', 'alice').holds).toEqual([{ id: 'h1', amount: 600n, expiresAt: world.now + DAY }]);
    expect([world.balance('ACME', 'alice'), available(world)]).toEqual([1000n, 300n]);
  });

  describe('who places holds', () => {
    it('lets the issuer and an agent with the hold power place holds', () => {
      const world = setup();
      expect(codeOf(place(world, 'h1', '1', { actor: actors.issuer }))).toBe('accepted');
      expect(codeOf(place(world, 'h2', '1', { actor: actors.agent }))).toBe('accepted');
    });

    it('refuses an agent without the hold power, the custodian\'s namesake in another org, a custodian not named, an investor and the regulator with ST2-UNAUTHORIZED, changing nothing', () => {
      const world = setup();
      const freezer: Actor = { org: 'Bank1MSP', role: 'agent', id: 'freezer' };
      world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(freezer), powers: ['freeze'] } });
      const strangers: Actor[] = [freezer, { ...custodian, org: 'Bank2MSP' }, { ...custodian, id: 'other-desk' }, investor('alice'), actors.regulator];
      for (const actor of strangers) refusedWith(world, 'ST2-UNAUTHORIZED', () => place(world, 'h1', '1', { actor }));
    });

    it('refuses a stranger releasing or executing someone\'s hold (ST2-UNAUTHORIZED), the hold staying active', () => {
      const world = setup();
      place(world, 'h1');
      for (const actor of [investor('alice'), investor('bob'), { ...custodian, org: 'Bank2MSP' }]) {
        refusedWith(world, 'ST2-UNAUTHORIZED', () => close(world, 'ReleaseHold', 'h1', actor));
        refusedWith(world, 'ST2-UNAUTHORIZED', () => close(world, 'ExecuteHold', 'h1', actor));
      }
      expect(world.slice.holds.h1?.status).toBe('active');
    });
  });

  describe('refuses to place', () => {
    it('more than the available balance (ST2-INSUFFICIENT-BALANCE): frozen and held units are not available', () => {
      const world = setup();
      world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '300' });
      place(world, 'h1', '600');
      refusedWith(world, 'ST2-INSUFFICIENT-BALANCE', () => place(world, 'h2', '101'));
      expect(codeOf(place(world, 'h2', '100'))).toBe('accepted');
    });

    it('a hold id in use (ST2-ALREADY-EXISTS), a hold for the holder itself (ST2-SELF-TRANSFER), an unknown beneficiary (ST2-NOT-FOUND)', () => {
      const world = setup();
      place(world, 'h1', '1');
      refusedWith(world, 'ST2-ALREADY-EXISTS', () => place(world, 'h1', '1'));
      refusedWith(world, 'ST2-SELF-TRANSFER', () => place(world, 'h2', '1', { beneficiary: 'alice' }));
      refusedWith(world, 'ST2-NOT-FOUND', () => place(world, 'h2', '1', { beneficiary: 'nobody' }));
    });

    it('an expiry that is not ahead (ST2-HOLD-EXPIRED) or more than a year ahead (ST2-INVALID-INPUT)', () => {
      const world = setup();
      refusedWith(world, 'ST2-HOLD-EXPIRED', () => place(world, 'h1', '1', { expiresIn: 0 }));
      refusedWith(world, 'ST2-INVALID-INPUT', () => place(world, 'h1', '1', { expiresIn: 367 * DAY }));
    });

    it('the 33rd active hold on one holding (ST2-LIMIT-EXCEEDED); expired holds no longer count towards it', () => {
      const world = setup();
      for (let i = 0; i < 32; i++) place(world, `h${i}`, '1', { expiresIn: DAY + i });
      refusedWith(world, 'ST2-LIMIT-EXCEEDED', () => place(world, 'h32', '1'));
      world.advance(DAY);
      expect(codeOf(place(world, 'h32', '1', { expiresIn: 2 * DAY }))).toBe('accepted');
      expect(holdingOf(world.slice, 'ACME', 'alice').holds).toHaveLength(32);
    });
  });

  describe('held units move by no path', () => {
    const blocked: [string, CommandKind, Record<string, unknown>, Actor][] = [
      ['a holder transfer', 'Transfer', { from: 'alice', to: 'carol', amount: '401' }, investor('alice')],
      ['a batch transfer', 'Batch', { items: [{ kind: 'Transfer', from: 'alice', to: 'carol', amount: '401' }] }, investor('alice')],
      ['a redemption', 'Redeem', { from: 'alice', amount: '401' }, actors.agent],
      ['a forced transfer', 'ForcedTransfer', { from: 'alice', to: 'carol', amount: '401' }, actors.agent],
      ['a recovery', 'Recover', { lost: 'alice', replacement: 'alice-new' }, actors.agent],
    ];

    it.each(blocked)('refuses %s of held units with ST2-HELD, changing nothing', (_name, kind, input, actor) => {
      const world = setup();
      place(world, 'h1', '600');
      refusedWith(world, 'ST2-HELD', () => world.run(actor, kind, { securityId: 'ACME', ...input }));
    });

    it('still moves the available part', () => {
      const world = setup();
      place(world, 'h1', '600');
      expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '400' }))).toBe('accepted');
      expect(codeOf(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '1' }))).toBe('ST2-HELD');
    });

    it('refuses an approval that would execute a transfer of held units with ST2-HELD, leaving the request open', () => {
      const world = setup({ requiredClaims: ['kyc'], approvalRequired: true });
      world.given(investor('alice'), 'RequestTransfer', { securityId: 'ACME', transferId: 't1', from: 'alice', to: 'carol', amount: '500', validUntil: world.now + DAY });
      place(world, 'h1', '600');
      refusedWith(world, 'ST2-HELD', () => world.run(actors.agent, 'ApproveTransfer', { securityId: 'ACME', transferId: 't1' }));
      expect(world.slice.requests['ACME\u0000t1']?.status).toBe('requested');
    });

    it('does not let a freeze take held units (ST2-INSUFFICIENT-BALANCE)', () => {
      const world = setup();
      place(world, 'h1', '600');
      refusedWith(world, 'ST2-INSUFFICIENT-BALANCE', () => world.run(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '401' }));
    });
  });

  describe('ending a hold', () => {
    it('releases it: nothing moves, the units are available again, the hold is closed', () => {
      const world = setup();
      place(world, 'h1');
      const released = close(world, 'ReleaseHold', 'h1');
      expect(released.ok && released.events).toEqual([expect.objectContaining({ type: 'HoldReleased', holdId: 'h1', amount: 600n, expired: false })]);
      expect([world.balance('ACME', 'alice'), available(world), world.balance('ACME', 'bob')]).toEqual([1000n, 1000n, 0n]);
      expect(world.slice.holds.h1).toMatchObject({ status: 'released', closedBy: partyOf(custodian) });
      expect(holdingOf(world.slice, 'ACME', 'alice').holds).toEqual([]);
    });

    it('executes it: the held units move to the beneficiary as a holder transfer, in the same transaction', () => {
      const world = setup();
      place(world, 'h1');
      const executed = close(world, 'ExecuteHold', 'h1');
      expect(executed.ok && executed.events).toEqual([
        expect.objectContaining({ type: 'HoldExecuted', holdId: 'h1', holder: 'alice', beneficiary: 'bob', amount: 600n }),
        expect.objectContaining({ type: 'Transferred', from: 'alice', to: 'bob', amount: 600n, forced: false }),
      ]);
      expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob'), available(world)]).toEqual([400n, 600n, 400n]);
      expect(world.slice.holds.h1?.status).toBe('executed');
    });

    it('refuses an execution that a holder-transfer rule forbids with that rule\'s code; the hold stays active and held', () => {
      const world = setup();
      place(world, 'h1');
      world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' });
      refusedWith(world, 'ST2-CLAIM-REVOKED', () => close(world, 'ExecuteHold', 'h1'));
      world.given(actors.agent, 'Pause', { securityId: 'ACME' });
      refusedWith(world, 'ST2-PAUSED', () => close(world, 'ExecuteHold', 'h1'));
      expect(available(world)).toBe(400n);
    });
  });

  describe('expiry', () => {
    it('stops counting at its expiry: the units move again before anyone closes the hold', () => {
      const world = setup();
      place(world, 'h1', '600', { expiresIn: DAY });
      world.advance(DAY);
      expect(available(world)).toBe(1000n);
      expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '1000' }))).toBe('accepted');
      expect(world.slice.holds.h1?.status).toBe('active');
    });

    it('is closed as expired by anyone who writes once it passed, and by a release; never before (ST2-HOLD-NOT-EXPIRED), never by the regulator', () => {
      const world = setup();
      place(world, 'h1', '1', { expiresIn: DAY });
      place(world, 'h2', '1', { expiresIn: DAY });
      refusedWith(world, 'ST2-HOLD-NOT-EXPIRED', () => close(world, 'ExpireHold', 'h1', investor('bob')));
      world.advance(DAY);
      refusedWith(world, 'ST2-UNAUTHORIZED', () => close(world, 'ExpireHold', 'h1', actors.regulator));
      const expired = close(world, 'ExpireHold', 'h1', investor('bob'));
      expect(expired.ok && expired.events).toEqual([expect.objectContaining({ type: 'HoldReleased', holdId: 'h1', expired: true, by: partyOf(investor('bob')) })]);
      expect(close(world, 'ReleaseHold', 'h2').ok && world.slice.holds.h2?.status).toBe('expired');
      expect(world.slice.holds.h1?.status).toBe('expired');
    });
  });

  /** Every command from every state of a hold: the hold state machine, cell by cell. */
  describe('state machine', () => {
    type State = 'active' | 'lapsed' | 'released' | 'executed' | 'expired';
    const reach: Record<State, (world: World) => void> = {
      active: () => undefined,
      lapsed: (world) => world.advance(DAY),
      released: (world) => void close(world, 'ReleaseHold', 'h1'),
      executed: (world) => void close(world, 'ExecuteHold', 'h1'),
      expired: (world) => {
        world.advance(DAY);
        close(world, 'ExpireHold', 'h1');
      },
    };
    const expected: Record<State, Record<'ReleaseHold' | 'ExecuteHold' | 'ExpireHold', string>> = {
      active: { ReleaseHold: 'released', ExecuteHold: 'executed', ExpireHold: 'ST2-HOLD-NOT-EXPIRED' },
      lapsed: { ReleaseHold: 'expired', ExecuteHold: 'ST2-HOLD-EXPIRED', ExpireHold: 'expired' },
      released: { ReleaseHold: 'ST2-HOLD-CLOSED', ExecuteHold: 'ST2-HOLD-CLOSED', ExpireHold: 'ST2-HOLD-CLOSED' },
      executed: { ReleaseHold: 'ST2-HOLD-CLOSED', ExecuteHold: 'ST2-HOLD-CLOSED', ExpireHold: 'ST2-HOLD-CLOSED' },
      expired: { ReleaseHold: 'ST2-HOLD-CLOSED', ExecuteHold: 'ST2-HOLD-CLOSED', ExpireHold: 'ST2-HOLD-CLOSED' },
    };
    const cells = (Object.keys(expected) as State[]).flatMap((state) => Object.entries(expected[state]).map(([kind, outcome]) => [state, kind, outcome] as const));

    it.each(cells)('from %s, %s gives %s', (state, kind, outcome) => {
      const world = setup();
      place(world, 'h1', '600', { expiresIn: DAY });
      reach[state](world);
      const before = world.slice;
      const decision = close(world, kind as 'ReleaseHold' | 'ExecuteHold' | 'ExpireHold', 'h1', kind === 'ExpireHold' ? investor('bob') : custodian);
      if (outcome.startsWith('ST2-')) {
        expect(codeOf(decision)).toBe(outcome);
        expect(world.slice).toBe(before);
      } else {
        expect(codeOf(decision)).toBe('accepted');
        expect(world.slice.holds.h1?.status).toBe(outcome);
        expect(holdingOf(world.slice, 'ACME', 'alice').holds).toEqual([]);
      }
    });

    it('refuses closing an unknown hold with ST2-NOT-FOUND', () => {
      const world = setup();
      refusedWith(world, 'ST2-NOT-FOUND', () => close(world, 'ReleaseHold', 'nope'));
    });
  });
});
