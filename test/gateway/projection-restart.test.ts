import pino from 'pino';
import { join } from 'node:path';
import { readiness } from '../../gateway/src/health/readiness';
import type { Ledger, LedgerEvent } from '../../gateway/src/ledger/ledger';
import { Metrics } from '../../gateway/src/metrics/metrics';
import { AuditLog } from '../../gateway/src/projections/audit-log';
import type { AuditEvent } from '../../gateway/src/projections/audit-entries';
import { ProjectionStore } from '../../gateway/src/projections/projection-store';
import { Projector } from '../../gateway/src/projections/projector';
import { ReadModel, type HolderBalance } from '../../gateway/src/projections/read-model';
import { GatewayStore } from '../../gateway/src/store/gateway-store';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { issue, ok, onboard, standardWorld } from './support/world';
import { everything } from '../support/paging';

const HOLDERS = ['alice', 'bob', 'carol', 'dan', 'erin', 'fay'];

interface Projection {
  readonly gatewayStore: GatewayStore;
  readonly projector: Projector;
  readonly readModel: ReadModel;
  readonly audit: AuditLog;
}

async function openProjection(h: Harness, name: string, batchLimit: number, ledger: Ledger = h.ledger): Promise<Projection> {
  const gatewayStore = await GatewayStore.open(join(h.directory, name));
  const store = new ProjectionStore(gatewayStore);
  const projector = await Projector.open(ledger, store, { metrics: new Metrics(), log: pino({ level: 'silent' }), batchLimit, reconnect: { initialMs: 20, maxMs: 80 } });
  return { gatewayStore, projector, readModel: new ReadModel(store), audit: new AuditLog(store) };
}

async function caughtUp(h: Harness, projector: Projector): Promise<void> {
  const last = (await h.ledger.height()) - 1n;
  while (projector.readThrough < last) await projector.changedSince(projector.changes, 1_000);
}

async function snapshot(p: Projection): Promise<{ holders: HolderBalance[]; events: AuditEvent[]; stats: unknown }> {
  return {
    holders: await everything((cursor) => p.readModel.holdersOf('ACME', { limit: 4, cursor })),
    events: await everything((cursor) => p.audit.events({}, { limit: 7, cursor })),
    stats: (await p.readModel.security('ACME'))?.stats,
  };
}

/** Balances as the chaincode itself holds them. */
async function ledgerBalances(h: Harness): Promise<HolderBalance[]> {
  const balances = await Promise.all(HOLDERS.map(async (holder) => {
    const bytes = await h.ledger.evaluate({ org: h.mspId('regulator'), role: 'regulator', id: 'regulator' }, { fn: 'token:getHolding', args: ['ACME', holder] });
    return { holder, balance: (JSON.parse(Buffer.from(bytes).toString('utf8')) as { balance: string }).balance };
  }));
  return balances.filter((b) => b.balance !== '0');
}

/**
 * The harness's ledger, whose event stream breaks after `eventsPerStream` events, `breaks` times (as a
 * peer's block stream does when the peer is killed; the real fault runs in `npm run fault:fabric`).
 */
function breakingStreams(ledger: Ledger, eventsPerStream: number, breaks: number): { readonly flaky: Ledger; readonly state: { opened: number } } {
  const state = { opened: 0 };
  async function* events(from: bigint, options: Parameters<Ledger['events']>[1]): AsyncIterable<LedgerEvent> {
    const breaking = ++state.opened <= breaks;
    let delivered = 0;
    for await (const event of ledger.events(from, options)) {
      if (breaking && delivered++ === eventsPerStream) throw new Error(`stream ${state.opened} broken`);
      yield event;
    }
  }
  const flaky: Ledger = { submit: ledger.submit.bind(ledger), evaluate: ledger.evaluate.bind(ledger), height: ledger.height.bind(ledger), report: ledger.report.bind(ledger), close: ledger.close.bind(ledger), events };
  return { flaky, state };
}

describe('projection restart', () => {
  let h: Harness;
  let domainEvents: number;

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    for (const id of ['dan', 'erin', 'fay']) await onboard(h, id);
    // Concurrent writes on disjoint holdings share blocks, so a batch boundary can fall inside a block.
    const send = (from: string, to: string, amount: string) => ok(h, { role: 'investor', id: from, org: from === 'carol' ? 'bank2' : 'bank1' }, 'POST', '/v1/transfers', { securityId: 'ACME', from, to, amount });
    await issue(h, 'ACME', 'dan', '300');
    await issue(h, 'ACME', 'erin', '300');
    await Promise.all([send('alice', 'bob', '11'), send('dan', 'carol', '12'), send('erin', 'fay', '13')]);
    await Promise.all([send('bob', 'dan', '21'), send('carol', 'erin', '7'), send('fay', 'alice', '3')]);
    await ok(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'fay', to: 'carol', amount: '10' });
    await ok(h, cast.agent, 'POST', '/v1/securities/ACME/redemptions', { from: 'erin', amount: '100' });
    domainEvents = 0;
    const controller = new AbortController();
    const last = (await h.ledger.height()) - 1n;
    for await (const event of h.ledger.events(0n, { signal: controller.signal, onBlock: (block) => block >= last && controller.abort() })) domainEvents += event.payload.events.length;
  });
  afterAll(() => h.close());

  it('a full projection agrees with the ledger', async () => {
    const full = await openProjection(h, 'full', 1_000);
    full.projector.start();
    await caughtUp(h, full.projector);
    const { holders, events } = await snapshot(full);
    expect(holders).toEqual(await ledgerBalances(h));
    expect(events).toHaveLength(domainEvents);
    await full.projector.stop();
    await full.gatewayStore.close();
  });

  it('stopped mid-stream and restarted: same holdings, every event exactly once', async () => {
    const reference = await openProjection(h, 'reference', 1_000);
    reference.projector.start();
    await caughtUp(h, reference.projector);
    const expected = await snapshot(reference);
    await reference.projector.stop();
    await reference.gatewayStore.close();

    const first = await openProjection(h, 'restarted', 3);
    first.projector.start();
    await first.projector.changedSince(0, 5_000);
    await first.projector.stop();
    const stoppedAt = first.projector.position;
    await first.gatewayStore.close();
    expect(stoppedAt?.block).toBeLessThan((await h.ledger.height()) - 1n);

    const second = await openProjection(h, 'restarted', 3);
    expect(second.projector.position).toEqual(stoppedAt);
    second.projector.start();
    await caughtUp(h, second.projector);
    expect(await snapshot(second)).toEqual(expected);
    await second.projector.stop();
    await second.gatewayStore.close();
  });

  it('crashed while writing a batch: resumes from the last batch written, nothing lost or doubled', async () => {
    const crashing = await openProjection(h, 'crashed', 4);
    let batches = 0;
    const write = crashing.gatewayStore.write.bind(crashing.gatewayStore);
    // The third batch never reaches the disk, as if the process died while writing it.
    crashing.gatewayStore.write = async (ops) => {
      if (++batches === 3) throw new Error('simulated crash');
      return write(ops);
    };
    crashing.projector.start();
    while (!crashing.projector.failure) await crashing.projector.changedSince(crashing.projector.changes, 1_000);
    const survived = crashing.projector.position;
    await crashing.projector.stop();
    await crashing.gatewayStore.close();

    const resumed = await openProjection(h, 'crashed', 4);
    expect(resumed.projector.position).toEqual(survived);
    resumed.projector.start();
    await caughtUp(h, resumed.projector);
    const { holders, events } = await snapshot(resumed);
    expect(holders).toEqual(await ledgerBalances(h));
    expect(events).toHaveLength(domainEvents);
    expect(new Set(events.map((event) => event.seq)).size).toBe(domainEvents);
    await resumed.projector.stop();
    await resumed.gatewayStore.close();
  });

  it('its ledger event stream breaks again and again: it reopens after the last event read, says it waits meanwhile, and folds every event exactly once', async () => {
    const { flaky, state } = breakingStreams(h.ledger, 2, 4);
    const p = await openProjection(h, 'reconnected', 1_000, flaky);
    const seen: unknown[] = [];
    p.projector.start();
    while (state.opened <= 4) {
      const waiting = p.projector.waiting;
      if (waiting) seen.push(waiting);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await caughtUp(h, p.projector);
    expect(seen[0]).toMatchObject({ waiting: 'ledger events', attempts: 1, lastError: 'stream 1 broken' });
    expect(p.projector.failure).toBeUndefined();
    expect((await readiness(flaky, p.projector, 1_000)).ready).toBe(true);
    const { holders, events } = await snapshot(p);
    expect(holders).toEqual(await ledgerBalances(h));
    expect(events).toHaveLength(domainEvents);
    expect(new Set(events.map((event) => event.seq)).size).toBe(domainEvents);
    await p.projector.stop();
    await p.gatewayStore.close();
  });
});
