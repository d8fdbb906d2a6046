import { WRITE_FUNCTIONS } from '@st2/chaincode';
import { join } from 'node:path';
import { AlreadyApplied, Idempotency, ledgerRequestId } from '../../gateway/src/idempotency/idempotency';
import { StoredResponses, type StoredResponse } from '../../gateway/src/idempotency/responses';
import { LedgerError } from '../../gateway/src/ledger/ledger';
import { GatewayStore, type Sublevel } from '../../gateway/src/store/gateway-store';
import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { call, ok, standardWorld } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';

/** Exactly-once replies: a key belongs to its caller, and a lost response is read back from the ledger. */
describe('Idempotency-Key: scoped to the caller, outcomes recovered from the ledger', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const keyed = (key: string) => ({ 'idempotency-key': key });
  const transfer = (from: string, to: string, amount: string) => ({ securityId: 'ACME', from, to, amount });
  const callerOf = (actor: Actor) => ({ org: h.mspId(actor.org), role: actor.role, id: actor.id });
  const balances = async () => {
    const holders = (await ok(h, cast.regulator, 'GET', `/v1/audit/securities/ACME/holders?consistentWith=${await lastTx()}`)).body.items as { holding: { holder: string; balance: string } }[];
    return Object.fromEntries(holders.map(({ holding }) => [holding.holder, holding.balance]));
  };
  const lastTx = async () => {
    const events = (await ok(h, cast.regulator, 'GET', '/v1/audit/events?limit=1000')).body.items as { txId: string }[];
    return events[events.length - 1]?.txId ?? '';
  };

  it('never replays alice\'s 201 to bob sending her key and body: bob gets his own refusal, and nothing changes', async () => {
    const alices = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('alice', 'bob', '10'), keyed('shared-1'));
    expect(alices.status).toBe(201);
    const before = await ledgerView(h);
    const bobs = await call(h, cast.bob, 'POST', '/v1/transfers', transfer('alice', 'bob', '10'), keyed('shared-1'));
    expect(bobs.status).toBeGreaterThanOrEqual(400);
    expect(bobs.headers['idempotent-replayed']).toBeUndefined();
    expect(bobs.body).not.toHaveProperty('txId');
    expect(await ledgerView(h)).toEqual(before);
  });

  it('applies both when alice and bob of one org pick the same key for their own transfers', async () => {
    const start = await balances();
    const alices = await ok(h, cast.alice, 'POST', '/v1/transfers', transfer('alice', 'bob', '7'), keyed('shared-2'));
    const bobs = await ok(h, cast.bob, 'POST', '/v1/transfers', transfer('bob', 'alice', '3'), keyed('shared-2'));
    expect(bobs.body.txId).not.toBe(alices.body.txId);
    expect(bobs.headers['idempotent-replayed']).toBeUndefined();
    const after = await balances();
    expect(BigInt(after['alice'] ?? 0) - BigInt(start['alice'] ?? 0)).toBe(-4n);
    expect(BigInt(after['bob'] ?? 0) - BigInt(start['bob'] ?? 0)).toBe(4n);
  });

  it('answers a key whose response was lost (committed on the ledger, nothing stored) with the original outcome, applying nothing again', async () => {
    const body = transfer('alice', 'bob', '2');
    // The first attempt's transaction, committed with the request id the gateway derives for alice and this key.
    const committed = await h.ledger.submit(callerOf(cast.alice), { fn: WRITE_FUNCTIONS.Transfer, args: [JSON.stringify({ ...body, requestId: ledgerRequestId(callerOf(cast.alice), 'lost-1') })] });
    const before = await ledgerView(h);
    const retry = await ok(h, cast.alice, 'POST', '/v1/transfers', body, keyed('lost-1'));
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual({ txId: committed.txId, blockNumber: Number(committed.blockNumber), events: committed.payload.events });
    expect(await ledgerView(h)).toEqual(before);
    // Stored now: a second retry gets the same answer, and a different request under the key is refused.
    expect((await ok(h, cast.alice, 'POST', '/v1/transfers', body, keyed('lost-1'))).body).toEqual(retry.body);
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', transfer('alice', 'bob', '3'), keyed('lost-1'))).toMatchObject({ status: 422, body: { error: { code: 'ST2-IDEMPOTENCY-MISMATCH' } } });
    expect(await ledgerView(h)).toEqual(before);
  });

  it('recovers a lost response on a gateway that never saw the request (a restarted member with an empty store)', async () => {
    const first = await ok(h, cast.agent, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME', amount: '1' }, keyed('freeze-1'));
    const amnesiac = await h.secondApp();
    const before = await ledgerView(h);
    const again = await amnesiac.inject({ method: 'POST', url: '/v1/identities/bob/freeze', payload: { securityId: 'ACME', amount: '1' }, headers: { ...h.auth(cast.agent), ...keyed('freeze-1') } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.body);
    expect(await ledgerView(h)).toEqual(before);
  });

  describe('a response the gateway\'s store failed to keep', () => {
    /** The real store, whose write of a response (not of a pending request) fails once, as a full disk or a crash would. */
    function failingOnce(sublevel: Sublevel): Sublevel {
      let failed = false;
      return new Proxy(sublevel, {
        get(target, property) {
          if (property === 'put') {
            return async (key: string, value: string) => {
              if (!failed && !('pending' in (JSON.parse(value) as object))) {
                failed = true;
                throw new Error('disk full');
              }
              return target.put(key, value);
            };
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
    }

    /** The first st2 transaction committed from `block` on, read from the ledger itself. */
    async function firstTransactionFrom(block: bigint): Promise<string> {
      const controller = new AbortController();
      for await (const event of h.ledger.events(block, { signal: controller.signal })) {
        controller.abort();
        return event.txId;
      }
      throw new Error(`no transaction from block ${block}`);
    }

    it('answers the retry with the committed outcome, and refuses another request under the key meanwhile', async () => {
      const store = await GatewayStore.open(join(h.directory, 'failing-store'));
      try {
        const idempotency = new Idempotency<unknown>(new StoredResponses(failingOnce(store.sublevel('idempotency'))));
        const owner = callerOf(cast.alice);
        const body = transfer('alice', 'bob', '1');
        const work = (print: string) => async (): Promise<StoredResponse<unknown>> => {
          const input = { ...body, requestId: ledgerRequestId(owner, 'flaky-1') };
          try {
            const committed = await h.ledger.submit(owner, { fn: WRITE_FUNCTIONS.Transfer, args: [JSON.stringify(input)] });
            return { status: 201, body: { txId: committed.txId }, fingerprint: print };
          } catch (error) {
            if (error instanceof LedgerError && error.code === 'ST2-DUPLICATE-REQUEST') throw new AlreadyApplied(String(error.details['txId']));
            throw error;
          }
        };
        const recover = (print: string) => async (txId: string): Promise<StoredResponse<unknown>> => ({ status: 201, body: { txId }, fingerprint: print });
        const run = (print: string) => idempotency.run(owner, 'flaky-1', print, work(print), recover(print));

        const height = await h.ledger.height();
        await expect(run('first')).rejects.toThrow('disk full');
        const committedAt = await h.ledger.height();
        expect(committedAt).toBe(height + 1n);
        await expect(run('another request')).rejects.toMatchObject({ code: 'ST2-IDEMPOTENCY-MISMATCH' });
        const retry = await run('first');
        expect(retry.replayed).toBe(true);
        expect(retry.response.body).toEqual({ txId: await firstTransactionFrom(height) });
        expect(await h.ledger.height()).toBe(committedAt);
      } finally {
        await store.close();
      }
    });
  });
});
