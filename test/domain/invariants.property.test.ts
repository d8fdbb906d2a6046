import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  decide, dependentRefs, evolve, evolveAll, holdersIn, holdingRef, issuersReferencedBy, jurisdictionRef, mergeSlices, operatorRef, partyRef, refs, requestRef, requiredRefs, st2Contracts, touchedBy, touchedThrough,
  type Actor, type Command, type CommandKind, type Decision, type DomainEvent, type Envelope, type Refs, type Slice,
} from '@st2/chaincode';
import { openEmbeddedLedger, type EmbeddedLedger } from '../../gateway/src/ledger/embedded';
import { submitCommand } from '../../gateway/src/ledger/identity-record';
import { St2Client } from '../scenarios/client';
import { topology } from '../scenarios/embedded-backend';
import { actors, command, consortium, DAY, investor, T0, World } from './world';

const HOLDERS = ['alice', 'alice2', 'bob', 'carol', 'dave'] as const;
const holder = fc.constantFrom(...HOLDERS);
const amount = fc.bigInt({ min: 1n, max: 600n }).map(String);

const transferId = fc.constantFrom('t1', 't2', 't3');

type Op = { actor: Actor; kind: CommandKind; input: Record<string, unknown>; advance: number };

const optionalAmount = fc.option(amount, { nil: undefined });
const agentItem = fc.oneof(
  fc.record({ to: holder, amount }).map((i) => ({ kind: 'Issue', ...i })),
  fc.record({ from: holder, to: holder, amount }).map((i) => ({ kind: 'ForcedTransfer', ...i })),
  fc.record({ h: holder, amount: optionalAmount, kind: fc.constantFrom('Freeze', 'Unfreeze') })
    .map(({ h, amount, kind }) => ({ kind, holder: h, ...(amount ? { amount } : {}) })),
);
/** An agent's batch of any agent items, or an investor's batch of transfers from its own holding. */
const batchOp = fc.oneof(
  fc.array(agentItem, { minLength: 1, maxLength: 5 }).map((items) => ({ actor: actors.agent, kind: 'Batch' as const, input: { items } })),
  fc.record({ from: holder, sends: fc.array(fc.record({ to: holder, amount }), { minLength: 1, maxLength: 5 }) })
    .map(({ from, sends }) => ({ actor: investor(from), kind: 'Batch' as const, input: { items: sends.map((send) => ({ kind: 'Transfer', from, ...send })) } })),
);

/** A broker (a custodian's desk) that holders may appoint as operator, with or without a limit. */
const broker: Actor = { org: 'Bank1MSP', role: 'custodian', id: 'broker' };
const operatorOp = fc.oneof(
  fc.record({ h: holder, limit: optionalAmount }).map(({ h, limit }) => ({
    actor: investor(h), kind: 'AuthorizeOperator' as const, input: { holder: h, operator: { org: broker.org, id: broker.id }, ...(limit ? { limit } : {}) },
  })),
  holder.map((h) => ({ actor: investor(h), kind: 'RevokeOperator' as const, input: { holder: h, operator: { org: broker.org, id: broker.id } } })),
  fc.record({ from: holder, to: holder, amount }).map(({ from, to, amount }) => ({ actor: broker, kind: 'OperatorTransfer' as const, input: { from, to, amount } })),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  operatorOp,
  fc.record({ to: holder, amount }).map(({ to, amount }) => ({ actor: actors.agent, kind: 'Issue' as const, input: { to, amount } })),
  fc.record({ from: holder, amount }).map(({ from, amount }) => ({ actor: actors.agent, kind: 'Redeem' as const, input: { from, amount } })),
  fc.record({ from: holder, to: holder, amount }).map(({ from, to, amount }) => ({ actor: investor(from), kind: 'Transfer' as const, input: { from, to, amount } })),
  fc.record({ from: holder, to: holder, amount }).map(({ from, to, amount }) => ({ actor: actors.agent, kind: 'ForcedTransfer' as const, input: { from, to, amount } })),
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
).chain((o) => fc.integer({ min: 0, max: 3 }).map((days) => ({ ...o, advance: days * DAY })));

/** Only what `refs` names: what a projection (`touchedBy`) or the chaincode (`requiredRefs`...) loads. */
function restrict(slice: Slice, refs: Refs): Slice {
  const pick = <T>(records: Readonly<Record<string, T>>, ids: readonly string[]) =>
    Object.fromEntries(ids.flatMap((id) => (records[id] === undefined ? [] : [[id, records[id] as T]])));
  return {
    identities: pick(slice.identities, refs.identities),
    issuers: pick(slice.issuers, refs.issuers.map(partyRef)),
    securities: pick(slice.securities, refs.securities),
    stats: pick(slice.stats, refs.stats),
    holdings: pick(slice.holdings, refs.holdings.map(([s, h]) => holdingRef(s, h))),
    jurisdictions: pick(slice.jurisdictions, refs.jurisdictions.map(([s, j]) => jurisdictionRef(s, j))),
    trust: pick(slice.trust, refs.trust),
    requests: pick(slice.requests, refs.requests.map(([s, id]) => requestRef(s, id))),
    operators: pick(slice.operators, refs.operators.map(([s, h, o]) => operatorRef(s, h, o))),
  };
}

/** Folding each event into just the records `touchedBy` then `touchedThrough` name gives the same records as folding it into the world. */
function expectProjectionsAgree(before: Slice, events: readonly Parameters<typeof evolve>[1][]): void {
  let world = before;
  for (const event of events) {
    const first = restrict(world, touchedBy(event));
    const through = touchedThrough(event, first);
    const refs = { ...touchedBy(event), jurisdictions: through.jurisdictions };
    const partial = evolve(restrict(world, refs), event);
    world = evolve(world, event);
    expect(partial).toEqual(restrict(world, refs));
  }
}

/** What the chaincode's repository loads for a command: its required refs, then `dependentRefs` until they ask for nothing new, each with their claim issuers. */
function loadedFor(world: Slice, cmd: Command, env: Envelope): Slice {
  const load = (wanted: Refs) => {
    const loaded = restrict(world, wanted);
    return mergeSlices(loaded, restrict(world, refs({ issuers: issuersReferencedBy(Object.values(loaded.identities)) })));
  };
  let slice = load(requiredRefs(cmd, env));
  for (let loaded = ''; ;) {
    const more = dependentRefs(cmd, slice);
    const wanted = JSON.stringify(more);
    if (wanted === loaded) return slice;
    slice = mergeSlices(slice, load(more));
    loaded = wanted;
  }
}

/**
 * Deciding on only what the chaincode loads (a transfer between holders who keep a balance loads no
 * stats) gives the same decision as on the whole world, and folding its events there writes the same records.
 */
function expectLoadedSliceAgrees(before: Slice, after: Slice, cmd: Command, env: Envelope, expected: Decision<DomainEvent>): void {
  const loaded = loadedFor(before, cmd, env);
  const decision = decide(cmd, env, loaded);
  expect(decision).toEqual(expected);
  if (!decision.ok) return;
  const written = evolveAll(loaded, decision.events);
  expect(written).toEqual(restrict(after, {
    identities: Object.keys(written.identities), issuers: Object.values(written.issuers), securities: Object.keys(written.securities),
    stats: Object.keys(written.stats), holdings: Object.values(written.holdings).map((h) => [h.securityId, h.holder] as const), trust: Object.keys(written.trust),
    jurisdictions: Object.values(written.jurisdictions).map((j) => [j.securityId, j.jurisdiction] as const),
    requests: Object.values(written.requests).map((r) => [r.securityId, r.id] as const),
    operators: Object.values(written.operators).map((o) => [o.securityId, o.holder, o.operator] as const),
  }));
}

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
  });
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
          const input = { securityId: 'ACME', ...o.input };
          const decision = world.run(o.actor, o.kind, input);
          if (decision.ok) expectProjectionsAgree(before, decision.events);
          expectLoadedSliceAgrees(before, world.slice, command(o.kind, input), { actor: o.actor, at: world.now, consortium }, decision);

          const holdings = Object.values(world.slice.holdings).filter((h) => h.securityId === 'ACME');
          const sum = holdings.reduce((s, h) => s + h.balance, 0n);
          const stats = world.slice.stats.ACME;
          expect(stats?.supply).toBe(sum);
          expect(stats?.holders).toBe(holdings.filter((h) => h.balance > 0n).length);
          for (const country of ['DE', 'FR', 'US']) {
            const residents = holdings.filter((h) => h.balance > 0n && world.slice.identities[h.holder]?.jurisdiction === country);
            expect(holdersIn(world.slice, 'ACME', country)).toBe(residents.length);
          }
          for (const o of Object.values(world.slice.operators)) expect(o.limit === null || o.moved <= o.limit).toBe(true);
          for (const h of holdings) {
            expect(h.balance >= 0n).toBe(true);
            expect(h.frozenAmount >= 0n && h.frozenAmount <= h.balance).toBe(true);
            expect(h.lots.reduce((s, l) => s + l.amount, 0n)).toBe(h.balance);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('batches under any sequence of operations', () => {
  it('no batch creates or destroys units: an accepted one changes supply by exactly what it issued and supply stays the sum of holdings; a refused one changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), batchOp, (ops, b) => {
        const world = setup();
        for (const o of ops) world.run(o.actor, o.kind, { securityId: 'ACME', ...o.input });
        const before = world.slice;
        const decision = world.run(b.actor, b.kind, { securityId: 'ACME', ...b.input });
        const issued = b.input.items.reduce((sum, item) => sum + (item.kind === 'Issue' && 'amount' in item ? BigInt(String(item.amount)) : 0n), 0n);
        const supply = (slice: Slice) => slice.stats.ACME?.supply ?? 0n;
        const held = Object.values(world.slice.holdings).filter((h) => h.securityId === 'ACME').reduce((sum, h) => sum + h.balance, 0n);
        if (decision.ok) expect(supply(world.slice)).toBe(supply(before) + issued);
        else expect(world.slice).toBe(before);
        expect(held).toBe(supply(world.slice));
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
            const input = { securityId: 'ACME', ...o.input };
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
