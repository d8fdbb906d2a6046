import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayClient, type St2Client } from '../../console/src/api/client';
import type { Outcome } from '../../console/src/api/outcome';
import { auditPage } from '../../console/src/data/audit';
import { followAudit, type LiveTransaction } from '../../console/src/data/audit-stream';
import { capTable } from '../../console/src/data/cap-table';
import { ownHoldings } from '../../console/src/data/holdings';
import { formatFigure, performance } from '../../console/src/data/performance';
import { securityRows } from '../../console/src/data/securities';
import { hrefOf, parseRoute } from '../../console/src/route';
import { preCheck, sendTransfer } from '../../console/src/data/transfer';
import { devIdentities, devSignIn } from '../../console/src/session/dev-sign-in';
import type { Session } from '../../console/src/session/session';
import { loadOrCreateDevKeys } from '../../gateway/src/auth/dev-keys';
import { Consortium } from '../../gateway/src/config/consortium';
import { castIdentities, demoCast, type DemoActor } from '../../gateway/src/demo/cast';
import { loadDemo } from '../../gateway/src/demo/seed';
import { startHarness, TOPOLOGY_FILE, type Harness } from '../gateway/support/harness';

/**
 * What the console's views show, from the functions they call, over real HTTP against a gateway holding the demo:
 * signed in as the console signs in (the dev sign-in), through the typed client.
 */
describe('the console over the demo', () => {
  let h: Harness;
  let base: string;
  let cast: ReturnType<typeof demoCast>;
  const sessions = new Map<string, Session>();

  const value = <T>(outcome: Outcome<T>): T => {
    if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
    return outcome.value;
  };
  const as = (actor: DemoActor): St2Client => {
    const session = sessions.get(actor.id);
    if (!session) throw new Error(`${actor.id} did not sign in`);
    return gatewayClient(base, session.token);
  };

  beforeAll(async () => {
    const directory = await mkdtemp(join(tmpdir(), 'st2-console-data-'));
    const { privateKey } = await loadOrCreateDevKeys(join(directory, 'keys'));
    cast = demoCast(await Consortium.load(TOPOLOGY_FILE));
    h = await startHarness({ directory, app: { devSignIn: { privateKey, identities: castIdentities(cast) } } });
    await loadDemo(h.ledger, cast, { now: h.clock.read, waitUntil: async (until) => void (until > h.clock.now && h.clock.advance(until - h.clock.now)) });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => h.close());

  it('signs in as any identity of the cast the dev gateway lists', async () => {
    const offered = value(await devIdentities(base));
    for (const actor of [cast.issuer, cast.alice, cast.bob, cast.regulator]) {
      const identity = offered.find((item) => item.sub === actor.id && item.role === actor.role);
      if (!identity) throw new Error(`${actor.id} is not offered`);
      sessions.set(actor.id, value(await devSignIn(base, identity)));
    }
    expect(sessions.get(cast.alice.id)).toMatchObject({ method: 'dev', role: 'investor', sub: 'alice', org: cast.alice.org.mspId, expiresAt: expect.any(Number) });
  });

  it('refuses to sign in with a role the org may not hold, with its reason code', async () => {
    const refused = await devSignIn(base, { role: 'regulator', sub: 'alice', org: cast.alice.org.mspId });
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
  });

  it('lists the securities for the issuer, with their kinds', async () => {
    const { items, truncated } = value(await securityRows(as(cast.issuer)));
    expect(truncated).toBe(false);
    expect(items.map((row) => [row.id, row.kind])).toEqual(expect.arrayContaining([['ACME-EQ', 'equity'], ['ACME-BOND-2030', 'debt'], ['ACME-CB-2029', 'hybrid']]));
  });

  it('shows a cap table whose balances add up to the supply, largest holder first', async () => {
    const table = value(await capTable(as(cast.issuer), 'ACME-EQ'));
    const balances = table.holders.map((row) => BigInt(row.balance));
    expect(balances.reduce((sum, balance) => sum + balance, 0n)).toBe(BigInt(table.supply));
    expect(table.holderCount).toBe(table.holders.length);
    expect([...balances].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(balances);
    expect(table.holders.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 3);
    expect(table.hhi).toBeGreaterThan(0);
  });

  it('charts the demo fund against its total-return index: the gap left open, every figure with its basis', async () => {
    const view = value(await performance(as(cast.regulator), 'ACME-REIT', { benchmark: 'EU-REIT-TR', freq: 'weekly' }));
    expect(view.periods).toHaveLength(view.index.length);
    expect(view.index.filter((level) => level === null)).toHaveLength(view.gaps);
    expect(view.gaps).toBe(1);
    expect(view.index.find((level) => level !== null)).toBe(1);
    expect(view.benchmark).toMatchObject({ feedId: 'EU-REIT-TR', returns: 'total-return' });
    expect(view.benchmark?.figures.map((row) => row.name)).toEqual(expect.arrayContaining(['beta', 'trackingError', 'informationRatio']));
    const total = view.figures.find((row) => row.name === 'totalReturn');
    expect(total && formatFigure(total)).toMatch(/^-?\d+\.\d\d %$/);
    expect(view.inputsHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a benchmark that is not an index feed, with its reason code', async () => {
    expect(await performance(as(cast.regulator), 'ACME-REIT', { benchmark: 'ACME-REIT-NAV' })).toMatchObject({ ok: false, refusal: { code: expect.stringMatching(/^ST2-/), status: 400 } });
  });

  it('keeps the performance view and its benchmark in the fragment, and reads it back', () => {
    const route = { view: 'performance', securityId: 'ACME-REIT', benchmark: 'EU-REIT-TR' } as const;
    expect(hrefOf(route)).toBe('#/performance/ACME-REIT/EU-REIT-TR');
    expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(parseRoute('#/performance')).toBeNull();
  });

  it('refuses the cap table to an investor, with its reason code', async () => {
    expect(await capTable(as(cast.alice), 'ACME-EQ')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
  });

  it('shows the investor its own holdings, as the cap table has them', async () => {
    const own = value(await ownHoldings(as(cast.alice)));
    const table = value(await capTable(as(cast.regulator), 'ACME-EQ'));
    const inTable = table.holders.find((row) => row.holder === 'alice');
    expect(own.find((row) => row.securityId === 'ACME-EQ')?.balance).toBe(inTable?.balance);
  });

  it('pre-checks a refused transfer rule by rule, and sending it is refused with the same code and changes nothing', async () => {
    const draft = { securityId: 'ACME-BOND-2030', from: 'bob', to: 'carol', amount: '100' };
    const check = value(await preCheck(as(cast.bob), draft));
    expect(check.allowed).toBe(false);
    expect(check.rules).toContainEqual(expect.objectContaining({ ok: false, code: 'ST2-JURISDICTION-BLOCKED' }));
    expect(check.rules.some((rule) => rule.ok)).toBe(true);
    // The refusal a transfer would get is the first broken rule's.
    const firstBroken = check.rules.find((rule) => !rule.ok);
    expect(check.refusal?.code).toBe(firstBroken?.code);
    const before = value(await ownHoldings(as(cast.bob)));
    const height = await h.ledger.height();
    const sent = await sendTransfer(as(cast.bob), draft, 'console-refused-1');
    expect(sent).toMatchObject({ ok: false, refusal: { code: check.refusal?.code, status: 422, message: expect.stringMatching(/\w/) } });
    expect(await h.ledger.height()).toBe(height);
    expect(value(await ownHoldings(as(cast.bob)))).toEqual(before);
  });

  it('pre-checks an allowed transfer, sends it once under its key, and the holdings follow', async () => {
    const draft = { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '1' };
    const balance = async () => BigInt(value(await ownHoldings(as(cast.alice))).find((row) => row.securityId === 'ACME-EQ')?.balance ?? '0');
    const before = await balance();
    expect(value(await preCheck(as(cast.alice), draft))).toMatchObject({ allowed: true, rules: expect.arrayContaining([expect.objectContaining({ ok: true })]) });
    const sent = value(await sendTransfer(as(cast.alice), draft, 'console-sent-1'));
    // The same key again (a double click, a retry): the first answer, nothing moved twice.
    expect(value(await sendTransfer(as(cast.alice), draft, 'console-sent-1'))).toEqual(sent);
    await as(cast.alice).GET('/v1/holdings', { params: { query: { consistentWith: sent.txId } } });
    expect(await balance()).toBe(before - 1n);
  });

  it('pages the regulator through the audit events, and refuses them to an investor', async () => {
    const first = value(await auditPage(as(cast.regulator), undefined, 5));
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).not.toBeNull();
    const second = value(await auditPage(as(cast.regulator), first.nextCursor ?? undefined, 5));
    expect(second.items.map((row) => row.seq)).not.toContain(first.items[0]?.seq);
    expect(first.items.every((row) => row.type.length > 0 && row.txId.length > 0)).toBe(true);
    expect(await auditPage(as(cast.alice))).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
  });

  it('follows the audit stream live: a transfer committed while it is open arrives, and closing it ends the follow', async () => {
    const stop = new AbortController();
    const arrived: LiveTransaction[] = [];
    let changed: () => void = () => undefined;
    const following = followAudit(as(cast.regulator), (transaction) => {
      arrived.push(transaction);
      changed();
    }, stop.signal);
    // The stream starts from the next commit, and a transfer may commit before the follower has subscribed: transfer
    // again until one that committed since arrives (the pause only paces the retries; nothing is asserted on time).
    const sentArrived = (txId: string) => arrived.some((transaction) => transaction.txId === txId);
    let sent = '';
    for (let attempt = 0; !sentArrived(sent) && attempt < 50; attempt += 1) {
      sent = value(await sendTransfer(as(cast.alice), { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '1' }, `console-live-${attempt}`)).txId;
      while (!sentArrived(sent)) {
        const next = new Promise<boolean>((resolve) => {
          changed = () => resolve(true);
          setTimeout(() => resolve(false), 200);
        });
        if (!(await next)) break;
      }
    }
    expect(arrived.find((transaction) => transaction.txId === sent)).toMatchObject({ types: ['Transferred'], id: expect.stringMatching(/^\d+\.\d+$/) });
    stop.abort();
    expect(await following).toEqual({ ok: true, value: undefined });
  });

  it('refuses the audit stream to an investor, with its reason code', async () => {
    expect(await followAudit(as(cast.alice), () => undefined, new AbortController().signal)).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
  });
});
