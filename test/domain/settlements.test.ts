import { availableBalance, holdingOf, type Actor, type CommandKind } from '@st2/chaincode';
import { actors, DAY, hash, investor, refusedWith, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const alice = investor('alice');
const bob = investor('bob');

/** alice holds 1,000 ACME (the securities), bob 50,000 CASH (a cash token: any security); carol is a bank2 client. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol', org: 'Bank2MSP' });
  world.createEquity('ACME');
  world.createEquity('CASH');
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  world.given(actors.agent, 'Issue', { securityId: 'CASH', to: 'bob', amount: '50000' });
  return world;
}

/** alice sells `units` ACME to bob for `cash` CASH (none: free of payment), to settle within a day. */
const propose = (world: World, settlementId: string, { units = '100', cash = '10000' as string | null, by = alice, seller = 'alice', buyer = 'bob' } = {}) =>
  world.run(by, 'ProposeSettlement', {
    settlementId, seller, buyer, securities: { securityId: 'ACME', amount: units }, ...(cash ? { cash: { securityId: 'CASH', amount: cash } } : {}),
    settleBy: world.now + DAY, priceHash: hash(`price of ${settlementId}`),
  });
const act = (world: World, actor: Actor, kind: CommandKind, settlementId: string) => world.run(actor, kind, { settlementId });
const available = (world: World, securityId: string, holder: string) => availableBalance(holdingOf(world.slice, securityId, holder), world.now);

/** Proposed, affirmed by both: ready to settle. */
function affirmed(world: World, id: string, options: Parameters<typeof propose>[2] = {}): void {
  expect(codeOf(propose(world, id, options))).toBe('accepted');
  expect(codeOf(act(world, alice, 'AffirmSettlement', id))).toBe('accepted');
  expect(codeOf(act(world, bob, 'AffirmSettlement', id))).toBe('accepted');
}

describe('settlement instructions', () => {
  it('proposes: the instruction with its price hash, nothing held', () => {
    const world = setup();
    const proposed = propose(world, 's1');
    expect(proposed.ok && proposed.events).toEqual([expect.objectContaining({ type: 'SettlementProposed', settlementId: 's1', seller: 'alice', buyer: 'bob', priceHash: hash('price of s1') })]);
    expect(world.slice.settlements.s1).toMatchObject({ status: 'proposed', affirmations: { seller: false, buyer: false } });
    expect([available(world, 'ACME', 'alice'), available(world, 'CASH', 'bob')]).toEqual([1000n, 50000n]);
  });

  it('holds each side\'s leg when it affirms, until the settlement date', () => {
    const world = setup();
    propose(world, 's1');
    act(world, alice, 'AffirmSettlement', 's1');
    expect(world.slice.settlements.s1).toMatchObject({ status: 'affirmed', affirmations: { seller: true, buyer: false } });
    expect(available(world, 'ACME', 'alice')).toBe(900n);
    act(world, bob, 'AffirmSettlement', 's1');
    expect(world.slice.settlements.s1?.affirmations).toEqual({ seller: true, buyer: true });
    expect(available(world, 'CASH', 'bob')).toBe(40000n);
    refusedWith(world, 'ST2-HELD', () => world.run(alice, 'Transfer', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '901' }));
    refusedWith(world, 'ST2-HELD', () => world.run(actors.agent, 'Redeem', { securityId: 'CASH', from: 'bob', amount: '40001' }));
  });

  it('settles delivery versus payment: both legs in one transaction, the holds released', () => {
    const world = setup();
    affirmed(world, 's1');
    const settled = act(world, bob, 'Settle', 's1');
    expect(settled.ok && settled.events).toEqual([
      expect.objectContaining({ type: 'SettlementSettled', settlementId: 's1' }),
      expect.objectContaining({ type: 'Transferred', securityId: 'ACME', from: 'alice', to: 'bob', amount: 100n }),
      expect.objectContaining({ type: 'Transferred', securityId: 'CASH', from: 'bob', to: 'alice', amount: 10000n }),
    ]);
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob'), world.balance('CASH', 'alice'), world.balance('CASH', 'bob')]).toEqual([900n, 100n, 10000n, 40000n]);
    expect([available(world, 'ACME', 'alice'), available(world, 'CASH', 'bob')]).toEqual([900n, 40000n]);
    expect(world.slice.settlements.s1?.status).toBe('settled');
  });

  it('settles free of payment with the same machine: the buyer\'s affirmation holds nothing, only the securities move', () => {
    const world = setup();
    affirmed(world, 'f1', { cash: null });
    expect(available(world, 'CASH', 'bob')).toBe(50000n);
    const settled = act(world, alice, 'Settle', 'f1');
    expect(settled.ok && settled.events.map((e) => e.type)).toEqual(['SettlementSettled', 'Transferred']);
    expect([world.balance('ACME', 'bob'), world.balance('CASH', 'alice')]).toEqual([100n, 0n]);
  });

  describe('atomicity: a rule refusing either leg refuses the whole, with that leg\'s code and the leg named, changing nothing', () => {
    it('names the cash leg (the seller may not receive the cash token)', () => {
      const world = setup();
      affirmed(world, 's1');
      world.given(actors.issuer, 'SetRules', { securityId: 'CASH', rules: { requiredClaims: ['kyc'], blockedParties: ['alice'] } });
      const details = refusedWith(world, 'ST2-PARTY-BLOCKED', () => act(world, bob, 'Settle', 's1'));
      expect(details).toMatchObject({ leg: 'cash', settlementId: 's1' });
      expect([world.balance('ACME', 'alice'), world.balance('CASH', 'bob')]).toEqual([1000n, 50000n]);
      expect(world.slice.settlements.s1?.status).toBe('affirmed');
    });

    it('names the securities leg (the securities are paused)', () => {
      const world = setup();
      affirmed(world, 's1');
      world.given(actors.agent, 'Pause', { securityId: 'ACME' });
      expect(refusedWith(world, 'ST2-PAUSED', () => act(world, bob, 'Settle', 's1'))).toMatchObject({ leg: 'securities' });
    });
  });

  it('refuses an affirmation beyond the available balance with ST2-INSUFFICIENT-BALANCE, naming the leg', () => {
    const world = setup();
    propose(world, 's1', { cash: '50001' });
    expect(refusedWith(world, 'ST2-INSUFFICIENT-BALANCE', () => act(world, bob, 'AffirmSettlement', 's1'))).toMatchObject({ leg: 'cash' });
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '950' });
    expect(refusedWith(world, 'ST2-INSUFFICIENT-BALANCE', () => act(world, alice, 'AffirmSettlement', 's1'))).toMatchObject({ leg: 'securities' });
  });

  it('refuses a proposal between one identity and itself, with an unknown security, twice, or with a date not ahead', () => {
    const world = setup();
    refusedWith(world, 'ST2-SELF-TRANSFER', () => propose(world, 's1', { buyer: 'alice' }));
    refusedWith(world, 'ST2-NOT-FOUND', () => world.run(alice, 'ProposeSettlement', { settlementId: 's1', seller: 'alice', buyer: 'bob', securities: { securityId: 'NOPE', amount: '1' }, settleBy: world.now + DAY }));
    refusedWith(world, 'ST2-SETTLEMENT-EXPIRED', () => world.run(alice, 'ProposeSettlement', { settlementId: 's1', seller: 'alice', buyer: 'bob', securities: { securityId: 'ACME', amount: '1' }, settleBy: world.now }));
    propose(world, 's1');
    refusedWith(world, 'ST2-ALREADY-EXISTS', () => propose(world, 's1'));
  });

  it('fails an instruction whose date passed: its holds stopped counting at the date, expiry releases them with the reason', () => {
    const world = setup();
    affirmed(world, 's1');
    refusedWith(world, 'ST2-SETTLEMENT-NOT-DUE', () => act(world, investor('carol', 'Bank2MSP'), 'ExpireSettlement', 's1'));
    world.advance(DAY);
    expect([available(world, 'ACME', 'alice'), available(world, 'CASH', 'bob')]).toEqual([1000n, 50000n]);
    refusedWith(world, 'ST2-SETTLEMENT-EXPIRED', () => act(world, bob, 'Settle', 's1'));
    const failed = act(world, investor('carol', 'Bank2MSP'), 'ExpireSettlement', 's1');
    expect(failed.ok && failed.events).toEqual([expect.objectContaining({ type: 'SettlementClosed', status: 'failed', reason: 'The settlement date passed unsettled.' })]);
    expect(world.slice.settlements.s1).toMatchObject({ status: 'failed', reason: 'The settlement date passed unsettled.' });
    expect([holdingOf(world.slice, 'ACME', 'alice').holds, holdingOf(world.slice, 'CASH', 'bob').holds]).toEqual([[], []]);
  });

  describe('who may move an instruction', () => {
    it('refuses anyone but its parties (another client, a party\'s namesake in another org, an agent, the regulator) with ST2-UNAUTHORIZED, changing nothing', () => {
      const world = setup();
      propose(world, 's1');
      const strangers: Actor[] = [investor('carol', 'Bank2MSP'), investor('alice', 'Bank2MSP'), actors.agent, actors.issuer, actors.regulator];
      for (const actor of strangers) {
        for (const kind of ['AffirmSettlement', 'Settle', 'CancelSettlement'] as const) refusedWith(world, 'ST2-UNAUTHORIZED', () => act(world, actor, kind, 's1'));
      }
      refusedWith(world, 'ST2-UNAUTHORIZED', () => act(world, actors.regulator, 'ExpireSettlement', 's1'));
      refusedWith(world, 'ST2-UNAUTHORIZED', () => propose(world, 's2', { by: investor('carol', 'Bank2MSP') }));
    });
  });

  /** Every move from every state: the settlement state machine, cell by cell. */
  describe('state machine', () => {
    type State = 'proposed' | 'affirmed by the seller' | 'affirmed by the buyer' | 'affirmed by both' | 'past its date' | 'settled' | 'cancelled' | 'failed';
    type Move = 'seller affirms' | 'buyer affirms' | 'settle' | 'cancel' | 'expire';
    const reach: Record<State, (world: World) => void> = {
      proposed: () => undefined,
      'affirmed by the seller': (world) => void act(world, alice, 'AffirmSettlement', 's1'),
      'affirmed by the buyer': (world) => void act(world, bob, 'AffirmSettlement', 's1'),
      'affirmed by both': (world) => affirmBoth(world),
      'past its date': (world) => {
        affirmBoth(world);
        world.advance(DAY);
      },
      settled: (world) => {
        affirmBoth(world);
        act(world, alice, 'Settle', 's1');
      },
      cancelled: (world) => void act(world, bob, 'CancelSettlement', 's1'),
      failed: (world) => {
        world.advance(DAY);
        act(world, bob, 'ExpireSettlement', 's1');
      },
    };
    const affirmBoth = (world: World) => {
      act(world, alice, 'AffirmSettlement', 's1');
      act(world, bob, 'AffirmSettlement', 's1');
    };
    const moves: Record<Move, (world: World) => ReturnType<World['run']>> = {
      'seller affirms': (world) => act(world, alice, 'AffirmSettlement', 's1'),
      'buyer affirms': (world) => act(world, bob, 'AffirmSettlement', 's1'),
      settle: (world) => act(world, alice, 'Settle', 's1'),
      cancel: (world) => act(world, alice, 'CancelSettlement', 's1'),
      expire: (world) => act(world, investor('carol', 'Bank2MSP'), 'ExpireSettlement', 's1'),
    };
    const CLOSED = { 'seller affirms': 'ST2-SETTLEMENT-CLOSED', 'buyer affirms': 'ST2-SETTLEMENT-CLOSED', settle: 'ST2-SETTLEMENT-CLOSED', cancel: 'ST2-SETTLEMENT-CLOSED', expire: 'ST2-SETTLEMENT-CLOSED' };
    const expected: Record<State, Record<Move, string>> = {
      proposed: { 'seller affirms': 'affirmed', 'buyer affirms': 'affirmed', settle: 'ST2-SETTLEMENT-NOT-AFFIRMED', cancel: 'cancelled', expire: 'ST2-SETTLEMENT-NOT-DUE' },
      'affirmed by the seller': { 'seller affirms': 'ST2-ALREADY-AFFIRMED', 'buyer affirms': 'affirmed', settle: 'ST2-SETTLEMENT-NOT-AFFIRMED', cancel: 'cancelled', expire: 'ST2-SETTLEMENT-NOT-DUE' },
      'affirmed by the buyer': { 'seller affirms': 'affirmed', 'buyer affirms': 'ST2-ALREADY-AFFIRMED', settle: 'ST2-SETTLEMENT-NOT-AFFIRMED', cancel: 'cancelled', expire: 'ST2-SETTLEMENT-NOT-DUE' },
      'affirmed by both': { 'seller affirms': 'ST2-ALREADY-AFFIRMED', 'buyer affirms': 'ST2-ALREADY-AFFIRMED', settle: 'settled', cancel: 'cancelled', expire: 'ST2-SETTLEMENT-NOT-DUE' },
      'past its date': { 'seller affirms': 'ST2-SETTLEMENT-EXPIRED', 'buyer affirms': 'ST2-SETTLEMENT-EXPIRED', settle: 'ST2-SETTLEMENT-EXPIRED', cancel: 'cancelled', expire: 'failed' },
      settled: CLOSED,
      cancelled: CLOSED,
      failed: CLOSED,
    };
    const cells = (Object.keys(expected) as State[]).flatMap((state) => (Object.keys(expected[state]) as Move[]).map((move) => [state, move, expected[state][move]] as const));

    it.each(cells)('from %s, %s gives %s', (state, move, outcome) => {
      const world = setup();
      propose(world, 's1');
      reach[state](world);
      if (outcome.startsWith('ST2-')) {
        refusedWith(world, outcome, () => moves[move](world));
        return;
      }
      expect(codeOf(moves[move](world))).toBe('accepted');
      expect(world.slice.settlements.s1?.status).toBe(outcome);
      if (outcome !== 'affirmed') expect([holdingOf(world.slice, 'ACME', 'alice').holds ?? [], holdingOf(world.slice, 'CASH', 'bob').holds ?? []]).toEqual([[], []]);
    });

    it('refuses a move on an unknown instruction with ST2-NOT-FOUND', () => {
      const world = setup();
      refusedWith(world, 'ST2-NOT-FOUND', () => act(world, alice, 'Settle', 'nope'));
    });
  });

  describe('netting', () => {
    /** alice sells 100 ACME to bob for 10,000 CASH (s1); bob sells 40 ACME back for 5,000 (s2): net 60 ACME one way, 5,000 CASH the other. */
    function setupTwoWay(): World {
      const world = setup();
      world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '40' });
      world.given(actors.agent, 'Issue', { securityId: 'CASH', to: 'alice', amount: '5000' });
      affirmed(world, 's1');
      world.given(bob, 'ProposeSettlement', {
        settlementId: 's2', seller: 'bob', buyer: 'alice', securities: { securityId: 'ACME', amount: '40' }, cash: { securityId: 'CASH', amount: '5000' }, settleBy: world.now + DAY,
      });
      world.given(bob, 'AffirmSettlement', { settlementId: 's2' });
      world.given(alice, 'AffirmSettlement', { settlementId: 's2' });
      return world;
    }

    it('settles instructions between the same two parties in one transaction, moving only the net amounts', () => {
      const world = setupTwoWay();
      const settled = world.run(alice, 'SettleNetted', { settlementIds: ['s1', 's2'] });
      expect(settled.ok && settled.events).toEqual([
        expect.objectContaining({ type: 'SettlementSettled', settlementId: 's1' }),
        expect.objectContaining({ type: 'SettlementSettled', settlementId: 's2' }),
        expect.objectContaining({ type: 'Transferred', securityId: 'ACME', from: 'alice', to: 'bob', amount: 60n }),
        expect.objectContaining({ type: 'Transferred', securityId: 'CASH', from: 'bob', to: 'alice', amount: 5000n }),
      ]);
      expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob'), world.balance('CASH', 'alice'), world.balance('CASH', 'bob')]).toEqual([940n, 100n, 10000n, 45000n]);
      expect([world.slice.settlements.s1?.status, world.slice.settlements.s2?.status]).toEqual(['settled', 'settled']);
    });

    it('checks every rule for every instruction: a leg the net would hide still refuses the whole, naming its instruction and leg', () => {
      const world = setupTwoWay();
      // alice keeps only what s1 holds; bob holds 40 ACME: s1 alone takes him to 140 (over 120), the net only to 100.
      world.given(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '900' });
      world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], maxBalance: '120' } });
      const details = refusedWith(world, 'ST2-MAX-BALANCE', () => world.run(alice, 'SettleNetted', { settlementIds: ['s1', 's2'] }));
      expect(details).toMatchObject({ settlementId: 's1', leg: 'securities' });
    });

    it('refuses instructions between other parties with ST2-NETTING-MISMATCH, and a closed one with ST2-SETTLEMENT-CLOSED, changing nothing', () => {
      const world = setupTwoWay();
      world.onboard('dave');
      world.given(alice, 'ProposeSettlement', { settlementId: 's3', seller: 'alice', buyer: 'dave', securities: { securityId: 'ACME', amount: '1' }, settleBy: world.now + DAY });
      refusedWith(world, 'ST2-NETTING-MISMATCH', () => world.run(alice, 'SettleNetted', { settlementIds: ['s1', 's3'] }));
      world.given(bob, 'CancelSettlement', { settlementId: 's2' });
      refusedWith(world, 'ST2-SETTLEMENT-CLOSED', () => world.run(alice, 'SettleNetted', { settlementIds: ['s1', 's2'] }));
      refusedWith(world, 'ST2-UNAUTHORIZED', () => world.run(investor('carol', 'Bank2MSP'), 'SettleNetted', { settlementIds: ['s1', 's2'] }));
    });
  });
});
