import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

interface Row { seq: string; txId: string; event: { type: string }; identities: string[]; securities: string[] }

describe('audit', () => {
  let h: Harness;
  let transferTx: string;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    transferTx = String((await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '5' })).body.txId);
  });
  afterAll(() => h.close());

  it('lists every event in ledger order, paged without gaps or repeats', async () => {
    const all: Row[] = [];
    let cursor: unknown = null;
    do {
      const query = cursor ? `&cursor=${String(cursor)}` : `&consistentWith=${transferTx}`;
      const page = await ok(h, cast.regulator, 'GET', `/v1/audit/events?limit=3${query}`);
      all.push(...(page.body.items as Row[]));
      cursor = page.body.nextCursor;
    } while (cursor);
    const seqs = all.map((row) => row.seq);
    expect(seqs).toEqual([...seqs].sort());
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(all.map((row) => row.event.type)).toEqual([
      'ConsortiumChangeApproved', 'ConsortiumChangeApproved', 'ClaimIssuerTrusted',
      'IdentityRegistered', 'ClaimAdded',
      'IdentityRegistered', 'ClaimAdded', 'ClaimAdded', 'ClaimAdded',
      'IdentityRegistered', 'ClaimAdded', 'ClaimAdded', 'ClaimAdded',
      'SecurityCreated', 'Issued', 'Issued', 'Transferred',
    ]);
  });

  it('filters by type, security and identity, and their combination', async () => {
    const byType = await ok(h, cast.regulator, 'GET', '/v1/audit/events?type=Issued');
    expect((byType.body.items as Row[]).map((row) => row.event.type)).toEqual(['Issued', 'Issued']);
    const bySecurity = await ok(h, cast.regulator, 'GET', '/v1/audit/events?securityId=ACME');
    expect((bySecurity.body.items as Row[]).map((row) => row.event.type)).toEqual(['SecurityCreated', 'Issued', 'Issued', 'Transferred']);
    const byIdentity = await ok(h, cast.regulator, 'GET', '/v1/audit/events?identity=bob&type=Issued');
    expect(byIdentity.body.items).toEqual([expect.objectContaining({ event: expect.objectContaining({ type: 'Issued', to: 'bob' }) })]);
    const carolOnAcme = await ok(h, cast.regulator, 'GET', '/v1/audit/events?identity=carol&securityId=ACME');
    expect(carolOnAcme.body).toEqual({ items: [], nextCursor: null });
  });

  it('reads one transaction with its events', async () => {
    const reply = await ok(h, cast.regulator, 'GET', `/v1/audit/transactions/${transferTx}`);
    expect(reply.body).toMatchObject({ txId: transferTx, eventCount: 1, events: [{ event: { type: 'Transferred', from: 'alice', to: 'bob' } }] });
    const unknown = await call(h, cast.regulator, 'GET', `/v1/audit/transactions/${'0'.repeat(64)}`);
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('answers consistentWith for a transaction that will never exist with 404 once caught up', async () => {
    const reply = await call(h, cast.regulator, 'GET', `/v1/audit/events?consistentWith=${'f'.repeat(64)}`);
    expect(reply).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('is the regulator\'s only', async () => {
    expect((await call(h, cast.admin, 'GET', '/v1/audit/events')).status).toBe(403);
  });
});
