import fc from 'fast-check';
import { heldAmount, type Actor, type CommandKind } from '@st2/chaincode';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';
import { actors, command, consortium, DAY, investor, World } from './world';

const PARTIES = ['alice', 'bob', 'carol'] as const;
const party = fc.constantFrom(...PARTIES);
const units = fc.bigInt({ min: 1n, max: 400n }).map(String);
const settlementId = fc.constantFrom('s1', 's2', 's3', 's4');
const holdId = fc.constantFrom('h1', 'h2');
const security = fc.constantFrom('ACME', 'CASH');

type Op = { actor: Actor; kind: CommandKind; input: Record<string, unknown> };
/** A command, or time passing (settlement dates and hold expiries come). */
type Step = Op | { wait: number };

/** A party acting as itself, through the org that onboarded it. */
const as = (who: string): Actor => investor(who, who === 'carol' ? 'Bank2MSP' : 'Bank1MSP');

const proposal = (settlementId: string, seller: string, buyer: string, amount: string, cash: string | undefined, days: number): Op => ({
  actor: as(seller), kind: 'ProposeSettlement',
  input: { settlementId, seller, buyer, securities: { securityId: 'ACME', amount }, ...(cash ? { cash: { securityId: 'CASH', amount: cash } } : {}), settleBy: days * DAY },
});
const move = (kind: CommandKind, who: string, settlementId: string): Op => ({ actor: as(who), kind, input: { settlementId } });
const maybe = (keep: boolean, o: Op): Op[] => (keep ? [o] : []);

/** One instruction's life: proposed, each side affirming (or not), then settled, cancelled or left to its date. */
const trade: fc.Arbitrary<Op[]> = fc.record({
  settlementId, seller: party, buyer: party, amount: units, cash: fc.option(units, { nil: undefined, freq: 4 }), days: fc.integer({ min: 1, max: 3 }),
  sellerAffirms: fc.boolean(), buyerAffirms: fc.boolean(), end: fc.constantFrom<CommandKind>('Settle', 'Settle', 'CancelSettlement', 'ExpireSettlement'),
}).map((t) => [
  proposal(t.settlementId, t.seller, t.buyer, t.amount, t.cash, t.days),
  ...maybe(t.sellerAffirms, move('AffirmSettlement', t.seller, t.settlementId)),
  ...maybe(t.buyerAffirms, move('AffirmSettlement', t.buyer, t.settlementId)),
  move(t.end, t.end === 'Settle' ? t.buyer : t.seller, t.settlementId),
]);

/** Two instructions in opposite directions between the same two parties, affirmed, settled by netting. */
const netted: fc.Arbitrary<Op[]> = fc.record({
  ids: fc.uniqueArray(settlementId, { minLength: 2, maxLength: 2 }), a: party, b: party, there: units, back: units, cash: units,
}).map(({ ids: [one = 's1', two = 's2'], a, b, there, back, cash }) => [
  proposal(one, a, b, there, cash, 2), proposal(two, b, a, back, undefined, 2),
  move('AffirmSettlement', a, one), move('AffirmSettlement', b, one), move('AffirmSettlement', b, two), move('AffirmSettlement', a, two),
  { actor: as(a), kind: 'SettleNetted', input: { settlementIds: [one, two] }},
]);

/** Anything else in between: stray moves, holds, transfers, time passing. */
const single: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ settlementId, who: party, kind: fc.constantFrom<CommandKind>('AffirmSettlement', 'Settle', 'CancelSettlement', 'ExpireSettlement') })
    .map(({ settlementId, who, kind }) => move(kind, who, settlementId)),
  fc.record({ holdId, securityId: security, holder: party, beneficiary: party, amount: units })
    .map((input): Op => ({ actor: actors.agent, kind: 'PlaceHold', input: { ...input, reason: 'margin', expiresAt: DAY } })),
  fc.record({ holdId, kind: fc.constantFrom<CommandKind>('ReleaseHold', 'ExecuteHold') }).map(({ holdId, kind }): Op => ({ actor: actors.agent, kind, input: { holdId } })),
  fc.record({ securityId: security, from: party, to: party, amount: units }).map((input): Op => ({ actor: as(input.from), kind: 'Transfer', input})),
  fc.integer({ min: 1, max: 36 }).map((hours): Step => ({ wait: hours * 3_600_000 })),
);

const steps: fc.Arbitrary<Step[]> = fc.array(fc.oneof<fc.Arbitrary<Step[]>[]>(trade, trade, netted, single.map((o) => [o])), { minLength: 1, maxLength: 12 }).map((groups) => groups.flat());

/** Times in the ops are relative to the world's clock when they run: settlement dates and expiries stay ahead of it. */
function absolute(o: Op, now: number): Record<string, unknown> {
  if (o.kind === 'ProposeSettlement') return { ...o.input, settleBy: now + (o.input.settleBy as number) };
  if (o.kind === 'PlaceHold') return { ...o.input, expiresAt: now + (o.input.expiresAt as number) };
  return o.input;
}

/** alice, bob and carol each hold 1,000 ACME (the securities) and 1,000 CASH (the cash token). */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol', org: 'Bank2MSP' });
  for (const securityId of ['ACME', 'CASH']) {
    world.createEquity(securityId);
    for (const holder of PARTIES) world.given(actors.agent, 'Issue', { securityId, to: holder, amount: '1000' });
  }
  return world;
}

describe('settlements under any sequence of proposals, affirmations, settlements (netted or not), cancellations, expiries, holds and transfers', () => {
  it('conserve the cash and the securities supply, keep every hold covered by its holding, and decide and fold alike on the loaded records', () => {
    let settled = 0;
    fc.assert(
      fc.property(steps, (sequence) => {
        const world = setup();
        for (const o of sequence) {
          if ('wait' in o) {
            world.advance(o.wait);
            continue;
          }
          const before = world.slice;
          const input = absolute(o, world.now);
          const decision = world.run(o.actor, o.kind, input);
          if (decision.ok) expectProjectionsAgree(before, decision.events);
          expectLoadedSliceAgrees(before, world.slice, command(o.kind, input), { actor: o.actor, at: world.now, consortium }, decision);
          if (decision.ok && (o.kind === 'Settle' || o.kind === 'SettleNetted')) settled += 1;
          for (const securityId of ['ACME', 'CASH']) {
            const holdings = Object.values(world.slice.holdings).filter((h) => h.securityId === securityId);
            expect(holdings.reduce((sum, h) => sum + h.balance, 0n)).toBe(3000n);
            expect(world.slice.stats[securityId]?.supply).toBe(3000n);
          }
          for (const h of Object.values(world.slice.holdings)) {
            expect(heldAmount(h, world.now) <= h.balance).toBe(true);
            for (const entry of h.holds ?? []) {
              if (entry.settlement) expect(world.slice.settlements[entry.id]?.status).toBe('affirmed');
              else expect(world.slice.holds[entry.id]?.status).toBe('active');
            }
          }
        }
      }),
      { numRuns: 100 },
    );
    // The property says something only if instructions did settle.
    expect(settled).toBeGreaterThan(20);
  });
});
