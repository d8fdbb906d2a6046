import pino from 'pino';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import { Metrics } from '../../gateway/src/metrics/metrics';
import { AuditLog } from '../../gateway/src/projections/audit-log';
import type { AuditEvent } from '../../gateway/src/projections/audit-entries';
import type { Position } from '../../gateway/src/projections/position';
import { ProjectionStore } from '../../gateway/src/projections/projection-store';
import { Projector } from '../../gateway/src/projections/projector';
import { ReadModel, type HolderBalance } from '../../gateway/src/projections/read-model';
import { GatewayStore } from '../../gateway/src/store/gateway-store';
import { scenarioCast } from '../scenarios/cast';
import { sha256, St2Client, type Submitted } from '../scenarios/client';
import { fabricBackend } from './fabric-backend';
import { everything } from '../support/paging';

// Issue 5 on real Fabric peers: a gateway's projector stopped mid-stream resumes from its checkpoint with
// no event lost or doubled, and a fresh one rebuilds the same projections from block 0.
jest.setTimeout(20 * 60_000);

interface Projection {
  readonly gatewayStore: GatewayStore;
  readonly projector: Projector;
  readonly readModel: ReadModel;
  readonly audit: AuditLog;
}

describe('projections on real Fabric peers', () => {
  const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit } = scenarioCast(fabricBackend.msp, 'p');
  const { bank1, bank2 } = fabricBackend.msp;
  const investors = [investor(bank1, 'alice'), investor(bank2, 'bob'), investor(bank1, 'carol'), investor(bank2, 'dan')];
  const [alice, bob, carol, dan] = investors as [Caller, Caller, Caller, Caller];
  const SECURITY = id('ACME');

  let ledger: Ledger;
  let st2: St2Client;
  let directory: string;
  const opened: Projection[] = [];
  /** Every transaction this run submitted, in order, with the events the chaincode returned. */
  const submitted: Submitted[] = [];

  const submit = async (caller: Caller, fn: string, input: object, transient?: Record<string, Uint8Array>) => {
    const result = await st2.submit(caller, fn, input, transient);
    submitted.push(result);
    return result;
  };

  async function openProjection(name: string, batchLimit: number): Promise<Projection> {
    const gatewayStore = await GatewayStore.open(join(directory, name));
    const store = new ProjectionStore(gatewayStore);
    const projector = await Projector.open(ledger, store, { metrics: new Metrics(), log: pino({ level: 'silent' }), batchLimit });
    const projection = { gatewayStore, projector, readModel: new ReadModel(store), audit: new AuditLog(store) };
    opened.push(projection);
    return projection;
  }

  async function close(p: Projection): Promise<void> {
    opened.splice(opened.indexOf(p), 1);
    await p.projector.stop();
    await p.gatewayStore.close();
  }

  /** Waits until the projector has applied every block up to the ledger's height when called. */
  async function caughtUp(projector: Projector): Promise<void> {
    const last = (await ledger.height()) - 1n;
    while (projector.readThrough < last) {
      if (projector.failure) throw projector.failure;
      await projector.changedSince(projector.changes, 1_000);
    }
  }

  /** The run's part of a projection: its security's holders and stats, and the audit rows of the run's transactions. */
  async function snapshot(p: Projection): Promise<{ holders: HolderBalance[]; stats: unknown; securityEvents: AuditEvent[]; runEvents: AuditEvent[] }> {
    const runTxIds = new Set(submitted.map((tx) => tx.txId));
    const all = await everything((cursor) => p.audit.events({}, { limit: 200, cursor }));
    return {
      holders: await everything((cursor) => p.readModel.holdersOf(SECURITY, { limit: 3, cursor })),
      stats: (await p.readModel.security(SECURITY))?.stats,
      securityEvents: await everything((cursor) => p.audit.events({ securityId: SECURITY }, { limit: 5, cursor })),
      runEvents: all.filter((event) => runTxIds.has(event.txId)),
    };
  }

  /** Balances as the chaincode itself holds them, nonzero only, in the read model's order (by holder). */
  async function chaincodeBalances(): Promise<HolderBalance[]> {
    const balances = await Promise.all(investors.map(async (who) => {
      const bytes = await ledger.evaluate(audit, { fn: 'token:getHolding', args: [SECURITY, who.id] });
      return { holder: who.id, balance: (JSON.parse(Buffer.from(bytes).toString('utf8')) as { balance: string }).balance };
    }));
    return balances.filter((b) => b.balance !== '0').sort((a, b) => (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0));
  }

  /** Each of the run's transactions exactly once in the audit log: its events, in order, under its txId. */
  function expectEachRunTransactionOnce(events: readonly AuditEvent[]): void {
    expect(new Set(events.map((event) => event.seq)).size).toBe(events.length);
    const rows = new Map<string, AuditEvent[]>();
    for (const event of events) rows.set(event.txId, [...(rows.get(event.txId) ?? []), event]);
    const expected = submitted.filter((tx) => tx.events.length > 0);
    expect([...rows.keys()].sort()).toEqual(expected.map((tx) => tx.txId).sort());
    for (const tx of expected) {
      const got = rows.get(tx.txId) ?? [];
      expect({ txId: tx.txId, types: got.map((row) => row.event.type), indexes: got.map((row) => row.eventIndex) })
        .toEqual({ txId: tx.txId, types: tx.events.map((event) => event.type), indexes: tx.events.map((_, i) => i) });
    }
  }

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'st2-fabric-projections-'));
    ledger = await fabricBackend.open();
    st2 = new St2Client(ledger);

    await submit(admin1, 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
    await submit(admin2, 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
    const inAYear = Date.now() + 365 * 86_400_000;
    // One at a time: concurrent writes to shared state (the security's stats, the registry) conflict at commit (MVCC).
    for (const who of investors) {
      const record = JSON.stringify({ name: `Investor ${who.id}`, passport: `P-${who.id}` });
      submitted.push(await st2.register(who.org === bank1 ? ops1 : ops2, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record)));
      const evidence = `kyc evidence for ${who.id}`;
      await submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: inAYear, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    }
    await submit(issuer, 'security:create', {
      securityId: SECURITY, name: 'ACME projection shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
      rules: { requiredClaims: ['kyc'] },
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    });
    await submit(agent, 'token:issue', { securityId: SECURITY, to: alice.id, amount: '1000' });
    await submit(agent, 'token:issue', { securityId: SECURITY, to: bob.id, amount: '500' });
    const transfer = (from: Caller, to: Caller, amount: string) => submit(from, 'token:transfer', { securityId: SECURITY, from: from.id, to: to.id, amount });
    await transfer(alice, carol, '110');
    await transfer(bob, dan, '55');
    await transfer(carol, dan, '10');
    await transfer(dan, bob, '65');
    await transfer(alice, bob, '90');
    await transfer(bob, carol, '7');
    await submit(agent, 'token:redeem', { securityId: SECURITY, from: alice.id, amount: '100' });
  });

  afterAll(async () => {
    for (const p of [...opened]) await close(p).catch(() => undefined);
    await ledger?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  let restarted: Projection;

  it('stopped mid-stream and restarted on its directory: holdings as the chaincode holds them, each transaction exactly once', async () => {
    const blocks = submitted.map((tx) => tx.blockNumber);
    const firstRunBlock = blocks.reduce((a, b) => (a < b ? a : b));
    const lastRunBlock = blocks.reduce((a, b) => (a > b ? a : b));
    expect(lastRunBlock - firstRunBlock).toBeGreaterThanOrEqual(4n);

    // Small batches, stopped as soon as it has applied the first issue: the transfers are still to come.
    const firstIssue = submitted.find((tx) => tx.events.some((event) => event.type === 'Issued'));
    expect(firstIssue).toBeDefined();
    const first = await openProjection('a', 2);
    first.projector.start();
    for (;;) {
      if (first.projector.failure) throw first.projector.failure;
      const position = first.projector.position;
      if (position && position.block >= (firstIssue?.blockNumber ?? 0n)) break;
      await first.projector.changedSince(first.projector.changes, 1_000);
    }
    await first.projector.stop();
    const stoppedAt: Position | undefined = first.projector.position;
    expect(stoppedAt?.block).toBeGreaterThanOrEqual(firstRunBlock);
    expect(stoppedAt?.block).toBeLessThan(lastRunBlock);
    expect((await first.readModel.holdersOf(SECURITY, { limit: 10 })).items).not.toEqual(await chaincodeBalances());
    await close(first);

    restarted = await openProjection('a', 2);
    expect(restarted.projector.position).toEqual(stoppedAt);
    restarted.projector.start();
    await caughtUp(restarted.projector);

    const { holders, stats, runEvents } = await snapshot(restarted);
    const balances = await chaincodeBalances();
    expect(balances.length).toBeGreaterThanOrEqual(3);
    expect(holders).toEqual(balances);
    const chainStats = JSON.parse(await st2.evaluate(audit, 'security:get', SECURITY)) as { stats: { supply: string; holders: number } };
    expect(stats).toMatchObject(chainStats.stats);
    expectEachRunTransactionOnce(runEvents);
  });

  it('a fresh projector rebuilds from block 0 the same holders and audit rows as the restarted one', async () => {
    expect(restarted).toBeDefined();
    const fresh = await openProjection('b', 1_000);
    expect(fresh.projector.position).toBeUndefined();
    fresh.projector.start();
    await caughtUp(fresh.projector);
    await caughtUp(restarted.projector);

    const rebuilt = await snapshot(fresh);
    const live = await snapshot(restarted);
    expect(rebuilt.securityEvents.length).toBeGreaterThan(0);
    expect(rebuilt).toEqual(live);
    expect(await everything((cursor) => fresh.readModel.auditHoldersOf(SECURITY, { limit: 3, cursor })))
      .toEqual(await everything((cursor) => restarted.readModel.auditHoldersOf(SECURITY, { limit: 3, cursor })));
    expectEachRunTransactionOnce(rebuilt.runEvents);
  });
});
