import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_PARTITION, heldAmount, holdersIn, partitionBalance, partitionsOf, st2Contracts, type Actor, type CommandKind, type Slice } from '@st2/chaincode';
import { openEmbeddedLedger, type EmbeddedLedger } from '../../gateway/src/ledger/embedded';
import { submitCommand } from '../../gateway/src/ledger/identity-record';
import { St2Client } from '../scenarios/client';
import { topology } from '../scenarios/embedded-backend';
import { expectLoadedSliceAgrees, expectProjectionsAgree } from './slices';
import { actors, command, consortium, DAY, investor, T0, World } from './world';

const HOLDERS = ['alice', 'alice2', 'bob', 'carol', 'dave'] as const;
const holder = fc.constantFrom(...HOLDERS);
const amount = fc.bigInt({ min: 1n, max: 600n }).map(String);

const transferId = fc.constantFrom('t1', 't2', 't3');
/** Absent (the default partition), named explicitly as the default, or one of two named partitions (see setup's partition rules). */
const partition = fc.constantFrom(undefined, 'default', 'locked', 'reg-s');
const inPartition = (p: string | undefined) => (p === undefined ? {} : { partition: p });
const partitionChange = fc.record({ h: holder, from: fc.constantFrom('default', 'locked', 'reg-s'), to: fc.constantFrom('default', 'locked', 'reg-s'), amount })
  .map(({ h, from, to, amount }) => ({ kind: 'ChangePartition', holder: h, from, to, amount }));
const holdId = fc.constantFrom('h1', 'h2', 'h3');
const settlementId = fc.constantFrom('s1', 's2', 's3');

type Op = { actor: Actor; kind: CommandKind; input: Record<string, unknown>; advance: number };

const optionalAmount = fc.option(amount, { nil: undefined });
const agentItem = fc.oneof(
  fc.record({ to: holder, amount, p: partition }).map(({ p, ...i }) => ({ kind: 'Issue', ...i, ...inPartition(p) })),
  fc.record({ from: holder, to: holder, amount, p: partition }).map(({ p, ...i }) => ({ kind: 'ForcedTransfer', ...i, ...inPartition(p) })),
  fc.record({ h: holder, amount: optionalAmount, kind: fc.constantFrom('Freeze', 'Unfreeze') })
    .map(({ h, amount, kind }) => ({ kind, holder: h, ...(amount ? { amount } : {}) })),
  fc.record({ from: holder, amount, p: partition }).map(({ p, ...i }) => ({ kind: 'Redeem', ...i, ...inPartition(p) })),
  fc.record({ lost: holder, replacement: holder }).map((i) => ({ kind: 'Recover', ...i })),
  partitionChange,
);
/** An agent's batch of any agent items, or an investor's batch of transfers from its own holding. */
const batchOp = fc.oneof(
  fc.array(agentItem, { minLength: 1, maxLength: 5 }).map((items) => ({ actor: actors.agent, kind: 'Batch' as const, input: { items } })),
  fc.record({ from: holder, sends: fc.array(fc.record({ to: holder, amount, p: partition }), { minLength: 1, maxLength: 5 }) })
    .map(({ from, sends }) => ({ actor: investor(from), kind: 'Batch' as const, input: { items: sends.map(({ p, ...send }) => ({ kind: 'Transfer', from, ...send, ...inPartition(p) })) } })),
);

/** A broker (a custodian's desk) that holders may appoint as operator, with or without a limit. */
const broker: Actor = { org: 'Bank1MSP', role: 'custodian', id: 'broker' };
const operatorOp = fc.oneof(
  fc.record({ h: holder, limit: optionalAmount, p: partition }).map(({ h, limit, p }) => ({
    actor: investor(h), kind: 'AuthorizeOperator' as const, input: { holder: h, operator: { org: broker.org, id: broker.id }, ...(limit ? { limit } : {}), ...inPartition(p) },
  })),
  holder.map((h) => ({ actor: investor(h), kind: 'RevokeOperator' as const, input: { holder: h, operator: { org: broker.org, id: broker.id } } })),
  fc.record({ from: holder, to: holder, amount, p: partition }).map(({ from, to, amount, p }) => ({ actor: broker, kind: 'OperatorTransfer' as const, input: { from, to, amount, ...inPartition(p) } })),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  operatorOp,
  fc.record({ to: holder, amount, p: partition }).map(({ to, amount, p }) => ({ actor: actors.agent, kind: 'Issue' as const, input: { to, amount, ...inPartition(p) } })),
  fc.record({ from: holder, amount, p: partition }).map(({ from, amount, p }) => ({ actor: actors.agent, kind: 'Redeem' as const, input: { from, amount, ...inPartition(p) } })),
  fc.record({ from: holder, to: holder, amount, p: partition }).map(({ from, to, amount, p }) => ({ actor: investor(from), kind: 'Transfer' as const, input: { from, to, amount, ...inPartition(p) } })),
  fc.record({ from: holder, to: holder, amount, p: partition }).map(({ from, to, amount, p }) => ({ actor: actors.agent, kind: 'ForcedTransfer' as const, input: { from, to, amount, ...inPartition(p) } })),
  partitionChange.map(({ kind: _kind, ...input }) => ({ actor: actors.agent, kind: 'ChangePartition' as const, input })),
  fc.record({ h: holder, amount: fc.option(amount, { nil: undefined }) }).map(({ h, amount }) => ({ actor: actors.agent, kind: 'Freeze' as const, input: { holder: h, ...(amount ? { amount } : {}) } })),
  fc.record({ h: holder, amount: fc.option(amount, { nil: undefined }) }).map(({ h, amount }) => ({ actor: actors.agent, kind: 'Unfreeze' as const, input: { holder: h, ...(amount ? { amount } : {}) } })),
  fc.record({ lost: holder, replacement: holder }).map(({ lost, replacement }) => ({ actor: actors.agent, kind: 'Recover' as const, input: { lost, replacement } })),
  fc.constantFrom('Pause', 'Unpause').map((kind) => ({ actor: actors.agent, kind: kind as CommandKind, input: {} })),
  batchOp,
  fc.record({ from: holder, to: holder, amount, transferId, days: fc.integer({ min: 1, max: 30 }) }).map(({ from, to, amount, transferId, days }) => ({
    actor: investor(from), kind: 'RequestTransfer' as const, input: { transferId, from, to, amount, validUntil: T0 + days * DAY },
  })),
  fc.record({ transferId, kind: fc.constantFrom('ApproveTransfer' as const, 'RejectTransfer' as const) })
    .map(({ transferId, kind }) => ({ actor: actors.agent, kind, input: { transferId } })),
  fc.record({ transferId, by: holder }).map(({ transferId, by }) => ({ actor: investor(by), kind: 'CancelTransfer' as const, input: { transferId } })),
  fc.record({ holdId, h: holder, beneficiary: holder, amount, days: fc.integer({ min: 1, max: 5 }) }).map(({ holdId, h, beneficiary, amount, days }) => ({
    actor: actors.agent, kind: 'PlaceHold' as const, input: { holdId, holder: h, beneficiary, amount, reason: 'margin', expiresAt: T0 + days * DAY },
  })),
  fc.record({ holdId, kind: fc.constantFrom('ReleaseHold' as const, 'ExecuteHold' as const, 'ExpireHold' as const) })
    .map(({ holdId, kind }) => ({ actor: actors.agent, kind, input: { holdId } })),
  fc.record({ settlementId, seller: holder, buyer: holder, units: amount, cash: fc.option(amount, { nil: undefined }), days: fc.integer({ min: 1, max: 5 }) })
    .map(({ settlementId, seller, buyer, units, cash, days }) => ({
      actor: investor(seller), kind: 'ProposeSettlement' as const,
      input: { settlementId, seller, buyer, securities: { securityId: 'ACME', amount: units }, ...(cash ? { cash: { securityId: 'CASH', amount: cash } } : {}), settleBy: T0 + days * DAY },
    })),
  fc.record({ settlementId, party: holder, kind: fc.constantFrom('AffirmSettlement' as const, 'Settle' as const, 'CancelSettlement' as const, 'ExpireSettlement' as const) })
    .map(({ settlementId, party, kind }) => ({ actor: investor(party), kind, input: { settlementId } })),
  fc.record({ party: holder, ids: fc.uniqueArray(settlementId, { minLength: 2, maxLength: 3 }) })
    .map(({ party, ids }) => ({ actor: investor(party), kind: 'SettleNetted' as const, input: { settlementIds: ids } })),
  fc.record({ to: holder, amount }).map(({ to, amount }) => ({ actor: actors.agent, kind: 'Issue' as const, input: { securityId: 'CASH', to, amount } })),
).chain((o) => fc.integer({ min: 0, max: 3 }).map((days) => ({ ...o, advance: days * DAY })));

/** Holds are closed, and settlements moved, by their ids alone; every other command names the security (ACME unless it says). */
const CLOSING: readonly CommandKind[] = [
  'ReleaseHold', 'ExecuteHold', 'ExpireHold', 'ProposeSettlement', 'AffirmSettlement', 'Settle', 'CancelSettlement', 'ExpireSettlement', 'SettleNetted',
];
const inputOf = (o: { kind: CommandKind; input: Record<string, unknown> }) => (CLOSING.includes(o.kind) ? o.input : { securityId: 'ACME', ...o.input });

function setup(): World {
  const world = World.withInvestors(
    { id: 'alice', investor: 'alice-person' }, { id: 'alice2', investor: 'alice-person' }, { id: 'bob', jurisdiction: 'FR' },
    { id: 'carol', jurisdiction: 'US' }, { id: 'dave', topics: [] },
  );
  world.createEquity('ACME', {
    requiredClaims: ['kyc'], blockedJurisdictions: ['US'], maxHolders: 3, maxBalance: '1500', dailyLimit: '800', minHoldingPeriodMs: 2 * DAY,
    maxHoldersPerJurisdiction: { DE: 1 },
    transferLimits: [{ windowMs: 7 * DAY, maxAmount: '1200', maxCount: 5 }, { windowMs: 3_600_000, maxCount: 2 }],
    // bob collects: transfers to him pay no fee, his own and everyone else's do.
    transferFee: { bps: 500, collector: 'bob' },
    venueLimits: { venues: ['alice2'], limits: [{ windowMs: 7 * DAY, maxAmount: '900' }, { windowMs: DAY, maxCount: 3 }] },
    // `locked` is locked up for 10 days and becomes default after 20 (applied when a holding is touched); `reg-s` is closed to FR.
    partitionRules: { locked: { lockupUntil: T0 + 10 * DAY, convert: { at: T0 + 20 * DAY, into: 'default' } }, 'reg-s': { blockedJurisdictions: ['FR'] } },
  });
  // The cash leg of settlements: a second security (a cash token), under the KYC rule only.
  world.createEquity('CASH');
  return world;
}

describe('invariants under any sequence of operations', () => {
  it('supply equals the sum of holdings, nothing goes negative, holder counts (overall and per jurisdiction) are exact, and deciding or folding on only the loaded records agrees with the whole world', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
        const world = setup();
        for (const o of ops) {
          world.advance(o.advance);
          const before = world.slice;
          const input = inputOf(o);
          const decision = world.run(o.actor, o.kind, input);
          if (decision.ok) expectProjectionsAgree(before, decision.events);
          expectLoadedSliceAgrees(before, world.slice, command(o.kind, input), { actor: o.actor, at: world.now, consortium }, decision);

          // Supplies: each the sum of its holdings; holds and settlements (netted or not) never change one.
          for (const securityId of ['ACME', 'CASH']) {
            const sumOf = Object.values(world.slice.holdings).filter((h) => h.securityId === securityId).reduce((s, h) => s + h.balance, 0n);
            expect(world.slice.stats[securityId]?.supply).toBe(sumOf);
            if (decision.ok && !['Issue', 'Redeem', 'Batch'].includes(o.kind)) expect(world.slice.stats[securityId]?.supply).toBe(before.stats[securityId]?.supply);
          }
          const holdings = Object.values(world.slice.holdings).filter((h) => h.securityId === 'ACME');
          const sum = holdings.reduce((s, h) => s + h.balance, 0n);
          const stats = world.slice.stats.ACME;
          expect(stats?.supply).toBe(sum);
          expect(holdings.flatMap(partitionsOf).reduce((s, p) => s + p.amount, 0n)).toBe(sum);
          expect(stats?.holders).toBe(holdings.filter((h) => h.balance > 0n).length);
          for (const country of ['DE', 'FR', 'US']) {
            const residents = holdings.filter((h) => h.balance > 0n && world.slice.identities[h.holder]?.jurisdiction === country);
            expect(holdersIn(world.slice, 'ACME', country)).toBe(residents.length);
          }
          for (const o of Object.values(world.slice.operators)) expect(o.limit === null || o.moved <= o.limit).toBe(true);
          for (const h of Object.values(world.slice.holdings)) {
            expect(h.balance >= 0n).toBe(true);
            expect(h.frozenAmount >= 0n && h.frozenAmount <= h.balance).toBe(true);
            expect(h.lots.reduce((s, l) => s + l.amount, 0n)).toBe(h.balance);
            expect(partitionBalance(h, DEFAULT_PARTITION) >= 0n && (h.partitions ?? []).every((p) => p.amount > 0n && p.partition !== DEFAULT_PARTITION)).toBe(true);
            // Held units never leave: what active holds reserve is always there, and each entry is its hold's.
            expect(heldAmount(h, world.now) <= h.balance).toBe(true);
            for (const entry of h.holds ?? []) {
              if (entry.settlement) expect(world.slice.settlements[entry.id]).toMatchObject({ status: 'affirmed' });
              else expect(world.slice.holds[entry.id]).toMatchObject({ status: 'active', holder: h.holder, amount: entry.amount });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('batches under any sequence of operations', () => {
  it('no batch creates or destroys units: an accepted one changes supply by exactly what it issued less what it redeemed, supply stays the sum of holdings and of their partitions; a refused one changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), batchOp, (ops, b) => {
        const world = setup();
        for (const o of ops) world.run(o.actor, o.kind, inputOf(o));
        const before = world.slice;
        const decision = world.run(b.actor, b.kind, { securityId: 'ACME', ...b.input });
        const signed = { Issue: 1n, Redeem: -1n } as Record<string, bigint>;
        const issued = b.input.items.reduce((sum, item) => sum + (signed[item.kind] ?? 0n) * ('amount' in item ? BigInt(String(item.amount)) : 0n), 0n);
        const supply = (slice: Slice) => slice.stats.ACME?.supply ?? 0n;
        const holdings = Object.values(world.slice.holdings).filter((h) => h.securityId === 'ACME');
        if (decision.ok) expect(supply(world.slice)).toBe(supply(before) + issued);
        else expect(world.slice).toBe(before);
        expect(holdings.reduce((sum, h) => sum + h.balance, 0n)).toBe(supply(world.slice));
        expect(holdings.flatMap(partitionsOf).reduce((sum, p) => sum + p.amount, 0n)).toBe(supply(world.slice));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The same world on the real chaincode over the embedded ledger (LevelDB): its setup replayed at the
 * same times, with the private records and evidence its hashes name.
 */
async function onLedger(world: World): Promise<{ ledger: EmbeddedLedger; directory: string; clock: { now: number } }> {
  const directory = await mkdtemp(join(tmpdir(), 'st2-invariants-'));
  const clock = { now: world.now };
  const ledger = await openEmbeddedLedger({ directory, contracts: st2Contracts, topology, clock: () => clock.now });
  for (const { actor, kind, input, at } of world.accepted) {
    clock.now = at;
    await submitCommand(ledger, actor, kind, input, transientOf(kind, input));
  }
  return { ledger, directory, clock };
}

/** The private data whose hash world.ts registers: an identity's record is its id, a claim's evidence `id:topic`. */
function transientOf(kind: CommandKind, input: Record<string, unknown>): Record<string, Uint8Array> | undefined {
  const id = String(input['identityId']);
  if (kind === 'RegisterIdentity') return { record: Buffer.from(id) };
  if (kind === 'AddClaim') return { evidence: Buffer.from(`${id}:${String(input['topic'])}`) };
  return undefined;
}

/** What the chaincode serves of every record the operations can touch, and the ledger's height. */
async function storeOf(ledger: EmbeddedLedger): Promise<Record<string, string>> {
  const read = async (fn: string, ...args: string[]) => Buffer.from(await ledger.evaluate(actors.agent, { fn, args })).toString('utf8');
  const entries = await Promise.all([
    read('security:get', 'ACME').then((v) => ['security', v] as const),
    ...HOLDERS.map((h) => read('token:getHolding', 'ACME', h).then((v) => [`holding ${h}`, v] as const)),
    ...HOLDERS.map((h) => read('identity:get', h).then((v) => [`identity ${h}`, v] as const)),
  ]);
  return { ...Object.fromEntries(entries), height: String(await ledger.height()) };
}

describe('refusals on the real chaincode and store', () => {
  it('refuses exactly what the domain refuses, with the same code, and a refused command changes nothing the store holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const world = setup();
        const { ledger, directory, clock } = await onLedger(world);
        const client = new St2Client(ledger);
        try {
          for (const o of ops) {
            world.advance(o.advance);
            clock.now = world.now;
            const input = inputOf(o);
            const expected = world.run(o.actor, o.kind, input);
            const before = await storeOf(ledger);
            const outcome = await client.outcomeOf(() => submitCommand(ledger, o.actor, o.kind, input));
            expect(outcome).toBe(expected.ok ? 'accepted' : expected.code);
            if (outcome !== 'accepted') expect(await storeOf(ledger)).toEqual(before);
          }
        } finally {
          await ledger.close();
          await rm(directory, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
