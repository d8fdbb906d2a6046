import { CustodyPositionSchema, QUERIES } from '@st2/chaincode';
import type { Static } from '@sinclair/typebox';
import type { FastifyBaseLogger } from 'fastify';
import type { Caller, Ledger } from '../ledger/ledger';
import type { AuditEvent } from '../projections/audit-entries';
import type { Page, PageRequest } from '../projections/paging';
import type { Projector } from '../projections/projector';
import type { ProjectionStore } from '../projections/projection-store';
import type { ReadModel } from '../projections/read-model';
import { compoundKey, prefixRange, type GatewayStore, type StoreOp, type Sublevel } from '../store/gateway-store';

export type PositionRecord = Static<typeof CustodyPositionSchema>;

/** The chaincode's reconciliation of one account, and the audit position (event seq) it was checked after. */
export interface ReconciliationCheck {
  readonly accountId: string;
  readonly reconciled: boolean;
  readonly securities: { securityId: string; subLedger: string; public: string; reconciled: boolean }[];
  readonly checkedAfter: string;
}

const CUSTODY_EVENTS = ['CustodyAccountOpened', 'CustodyDeposited', 'CustodyWithdrawn', 'CustodyMoved', 'CustodyRedeemed'];
const CURSOR = 'cursor';

/**
 * The custodian's read model of its accounts' sub-ledgers. After every batch the projector writes, it reads
 * the custody events that batch added, and for each account of an org this gateway serves it re-reads the
 * positions through that org's own peer (the only peer that holds them) and the chaincode's reconciliation of
 * the account, and stores both: positions are then served in pages from LevelDB, and an account whose
 * sub-ledger no longer sums to its public balance is reported (logged at error level, kept in the check).
 *
 * Re-reading an account's whole sub-ledger costs one range read on the peer per block that moved it: the
 * events never name owners (they are private), so the book cannot tell which positions changed.
 */
export class CustodyBook {
  private readonly positions: Sublevel;
  private readonly checks: Sublevel;
  /** org ␀ account → '': the accounts of each served org, for the custodian's list. */
  private readonly accounts: Sublevel;
  private readonly meta: Sublevel;
  private running: Promise<void> | undefined;
  private stopped = false;
  private synced = -1;

  constructor(
    private readonly store: GatewayStore,
    private readonly projections: ProjectionStore,
    private readonly readModel: ReadModel,
    private readonly ledger: Pick<Ledger, 'evaluate'>,
    /** The MSP ids this gateway serves: it keeps the books of their accounts only. */
    private readonly servedOrgs: ReadonlySet<string>,
    private readonly log: FastifyBaseLogger,
  ) {
    this.positions = store.sublevel('custody', 'positions');
    this.checks = store.sublevel('custody', 'checks');
    this.accounts = store.sublevel('custody', 'accounts');
    this.meta = store.sublevel('custody', 'meta');
  }

  /** Follows the projector until `stop`. */
  start(projector: Projector): void {
    this.running ??= this.follow(projector).catch((error: unknown) => this.log.error({ err: error }, 'custody book stopped'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Waits (bounded) until the book has read every batch the projector had written when called. */
  async reach(projector: Projector, timeoutMs = 5_000): Promise<void> {
    const target = projector.changes;
    const deadline = Date.now() + timeoutMs;
    while (this.synced < target && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  async page(accountId: string, page: PageRequest): Promise<Page<PositionRecord>> {
    const range = prefixRange(accountId);
    const after = page.cursor === undefined ? { gte: range.gte } : { gt: range.gte + page.cursor };
    const entries = await this.positions.iterator({ ...after, lt: range.lt, limit: page.limit + 1 }).all();
    const items = entries.slice(0, page.limit);
    const last = items[items.length - 1];
    return { items: items.map(([, value]) => JSON.parse(value) as PositionRecord), nextCursor: entries.length > page.limit && last ? last[0].slice(range.gte.length) : null };
  }

  /** The custody accounts of one served org, by id. */
  async accountsOf(org: string, page: PageRequest): Promise<Page<string>> {
    const range = prefixRange(org);
    const after = page.cursor === undefined ? { gte: range.gte } : { gt: range.gte + page.cursor };
    const keys = await this.accounts.keys({ ...after, lt: range.lt, limit: page.limit + 1 }).all();
    const items = keys.slice(0, page.limit).map((key) => key.slice(range.gte.length));
    const last = items[items.length - 1];
    return { items, nextCursor: keys.length > page.limit && last !== undefined ? last : null };
  }

  async check(accountId: string): Promise<ReconciliationCheck | undefined> {
    const stored = await this.checks.get(accountId);
    return stored === undefined ? undefined : (JSON.parse(stored) as ReconciliationCheck);
  }

  /** Whether this gateway keeps the book of an account of `org`. */
  keeps(org: string): boolean {
    return this.servedOrgs.has(org);
  }

  private async follow(projector: Projector): Promise<void> {
    while (!this.stopped) {
      const version = projector.changes;
      await this.sync();
      this.synced = version;
      if (projector.changes === version) await projector.changedSince(version, 250);
    }
  }

  /**
   * One pass over the audit log's new events: the accounts they moved, re-read and checked. Only custody
   * events name accounts, so they are found through the log's event-type index, not by parsing every event.
   * The log's last seq is read first: a batch written meanwhile adds only later seqs, left for the next pass.
   */
  private async sync(): Promise<void> {
    const cursor = await this.meta.get(CURSOR);
    const [last] = await this.projections.events.keys({ reverse: true, limit: 1 }).all();
    if (last === undefined || (cursor !== undefined && last <= cursor)) return;
    const seqs = (await Promise.all(CUSTODY_EVENTS.map((type) => this.seqsOf(type, cursor, last)))).flat();
    const rows = await this.projections.events.getMany(seqs);
    const accounts = new Set(rows.flatMap((row) => (row === undefined ? [] : [String((JSON.parse(row) as AuditEvent).event['accountId'])])));
    const ops: StoreOp[] = [];
    for (const accountId of accounts) ops.push(...(await this.reread(accountId, last)));
    ops.push({ type: 'put', sublevel: this.meta, key: CURSOR, value: last });
    await this.store.write(ops);
  }

  /** The seqs of one type's events after `cursor`, up to `last`. */
  private async seqsOf(type: string, cursor: string | undefined, last: string): Promise<string[]> {
    const { gte } = prefixRange(type);
    const keys = await this.projections.byType.keys({ ...(cursor === undefined ? { gte } : { gt: gte + cursor }), lte: gte + last }).all();
    return keys.map((key) => key.slice(gte.length));
  }

  private async reread(accountId: string, after: string): Promise<StoreOp[]> {
    const account = await this.readModel.identity(accountId);
    if (!account || !this.keeps(account.org)) return [];
    const reader: Caller = { org: account.org, role: 'custodian', id: 'st2-custody-book' };
    const read = async (fn: string) => JSON.parse(Buffer.from(await this.ledger.evaluate(reader, { fn, args: [accountId] })).toString('utf8')) as unknown;
    const [positions, reconciliation] = await Promise.all([read(QUERIES.custodyPositions), read(QUERIES.custodyReconciliation)]) as [PositionRecord[], Omit<ReconciliationCheck, 'checkedAfter'>];
    if (!reconciliation.reconciled) this.log.error({ account: accountId, reconciliation }, 'custody sub-ledger does not reconcile with the public balance');
    const stale = await this.positions.keys(prefixRange(accountId)).all();
    return [
      ...stale.map((key): StoreOp => ({ type: 'del', sublevel: this.positions, key })),
      ...positions.map((p): StoreOp => ({ type: 'put', sublevel: this.positions, key: compoundKey(accountId, p.securityId, p.owner), value: JSON.stringify(p) })),
      { type: 'put', sublevel: this.checks, key: accountId, value: JSON.stringify({ ...reconciliation, checkedAfter: after }) },
      { type: 'put', sublevel: this.accounts, key: compoundKey(account.org, accountId), value: '' },
    ];
  }
}
