import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { RefusalLog, scopeOf, type Refusal } from '../../gateway/src/refusals/refusal-log';
import { GatewayStore } from '../../gateway/src/store/gateway-store';

describe('the refusal log', () => {
  let directory: string;
  let store: GatewayStore;
  let log: RefusalLog;
  const refusal = (at: number, org: string, identity: string): Refusal => ({ at, code: 'ST2-LOCKUP', message: 'locked', route: 'POST /v1/transfers', org, role: 'investor', identity });
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'st2-refusal-log-'));
    store = await GatewayStore.open(directory);
    log = new RefusalLog(store.sublevel('refusals'), pino({ level: 'silent' }));
    // Ten refusals of bank1's alice at t = 1..10, and one of bank2's carol at t = 5.
    for (let at = 1; at <= 10; at++) await log.record(refusal(at, 'Bank1MSP', 'alice'));
    await log.record(refusal(5, 'Bank2MSP', 'carol'));
  });
  afterAll(async () => {
    await store.close();
    await rm(directory, { recursive: true, force: true });
  });

  const all = { from: 0, to: 100, scope: { kind: 'all' } as const };

  it('pages newest first, each page after the last one returned, until none is left', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await log.page(all, { limit: 4, cursor }, 1_000);
      seen.push(...page.items.map((r) => r.at));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual([10, 9, 8, 7, 6, 5, 5, 4, 3, 2, 1]);
  });

  it('keeps to the period, both ends included', async () => {
    expect((await log.page({ ...all, from: 3, to: 4 }, { limit: 100 }, 1_000)).items.map((r) => r.at)).toEqual([4, 3]);
  });

  it('shows an investor its own refusals and another org\'s staff none of them', async () => {
    const carol = await log.page({ ...all, scope: scopeOf({ org: 'Bank2MSP', role: 'investor', id: 'carol' }) }, { limit: 100 }, 1_000);
    expect(carol.items.map((r) => r.identity)).toEqual(['carol']);
    const bank2 = await log.page({ ...all, scope: scopeOf({ org: 'Bank2MSP', role: 'admin', id: 'bank2-admin' }) }, { limit: 100 }, 1_000);
    expect(bank2.items.every((r) => r.org === 'Bank2MSP')).toBe(true);
    expect(await log.page({ ...all, scope: scopeOf({ org: 'Bank2MSP', role: 'investor', id: 'alice' }) }, { limit: 100 }, 1_000)).toMatchObject({ items: [] });
  });

  it('stops a sparse scan at its bound and hands back a cursor that goes on from there', async () => {
    const carolOnly = { ...all, scope: { kind: 'self', org: 'Bank2MSP', identity: 'carol' } as const };
    const first = await log.page(carolOnly, { limit: 10 }, 3);
    expect(first).toMatchObject({ items: [], complete: false });
    const rest = await log.page(carolOnly, { limit: 10, cursor: first.nextCursor ?? undefined }, 1_000);
    expect(rest.items.map((r) => r.identity)).toEqual(['carol']);
  });
});
