import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, issue, ok, onboard, standardWorld } from './support/world';

/** Holdings of one identity in one security, read back consistently with a transaction. */
async function balanceOf(h: Harness, holder: string, securityId: string, txId: unknown): Promise<string | undefined> {
  const reply = await ok(h, cast.regulator, 'GET', `/v1/holdings?holder=${holder}&consistentWith=${String(txId)}`);
  return (reply.body.holdings as { securityId: string; balance: string }[]).find((x) => x.securityId === securityId)?.balance;
}

describe('issuance, redemption and transfers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('transfers between investors and shows both holdings', async () => {
    const reply = await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100' });
    expect(reply.status).toBe(201);
    expect(reply.body.events).toEqual([expect.objectContaining({ type: 'Transferred', from: 'alice', to: 'bob', amount: '100', forced: false })]);
    expect(await balanceOf(h, 'alice', 'ACME', reply.body.txId)).toBe('900');
    expect(await balanceOf(h, 'bob', 'ACME', reply.body.txId)).toBe('600');
  });

  it('refuses a transfer breaking a rule with 422 and its reason code', async () => {
    const reply = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100000' });
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-INSUFFICIENT-BALANCE' } } });
  });

  it('names the refusal’s ERC-1066 status code next to its reason code', async () => {
    const refused = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100000' });
    expect(refused.body.error).toMatchObject({ code: 'ST2-INSUFFICIENT-BALANCE', erc1066: { code: '0x54', description: 'Insufficient Funds' } });
    const forbidden = await call(h, cast.bob, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(forbidden.body.error).toMatchObject({ code: 'ST2-UNAUTHORIZED', erc1066: { code: '0x10' } });
    const malformed = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: 'many' });
    expect(malformed.body.error).toMatchObject({ code: 'ST2-INVALID-INPUT', erc1066: null });
  });

  it('refuses an investor sending from someone else with 403', async () => {
    const reply = await call(h, cast.bob, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
  });

  it('dry-runs a transfer: allowed, with every rule in the trace', async () => {
    const reply = await ok(h, cast.alice, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'carol', amount: '10' });
    expect(reply.body.allowed).toBe(true);
    expect((reply.body.trace as { rule: string; ok: boolean }[]).every((verdict) => verdict.ok)).toBe(true);
    expect((reply.body.trace as unknown[]).length).toBeGreaterThan(5);
    expect(reply.body.erc1066).toEqual({ code: '0x51', description: 'Transfer Successful' });
  });

  it('dry-runs a refused transfer: the reason code and the broken rule in the trace, nothing written', async () => {
    await onboard(h, 'dave', { claims: [] });
    const height = await h.ledger.height();
    const reply = await ok(h, cast.alice, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'dave', amount: '10' });
    expect(reply.body).toMatchObject({ allowed: false, code: 'ST2-KYC-MISSING', erc1066: { code: '0x10' }, position: height.toString() });
    expect(reply.body.trace).toContainEqual(expect.objectContaining({ ok: false, code: 'ST2-KYC-MISSING' }));
    expect(await h.ledger.height()).toBe(height);
  });

  it('lets an investor dry-run only its own transfers', async () => {
    const reply = await call(h, cast.bob, 'POST', '/v1/transfers/check', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(reply.status).toBe(403);
  });

  it('forces a transfer past a rule the holder could not pass (agent), never to an unverified identity', async () => {
    const height = await h.ledger.height();
    const refused = await call(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'bob', to: 'dave', amount: '50' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-KYC-MISSING' } } });
    expect(await h.ledger.height()).toBe(height);
    await ok(h, cast.agent, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME' });
    const reply = await ok(h, cast.agent, 'POST', '/v1/transfers/forced', { securityId: 'ACME', from: 'bob', to: 'carol', amount: '50' });
    expect(reply.body.events).toEqual([expect.objectContaining({ type: 'Transferred', forced: true })]);
    expect(await balanceOf(h, 'carol', 'ACME', reply.body.txId)).toBe('50');
    expect(await balanceOf(h, 'dave', 'ACME', reply.body.txId)).toBeUndefined();
  });

  it('issues and redeems, keeping the supply', async () => {
    await issue(h, 'ACME', 'carol', '200');
    const redeemed = await ok(h, cast.agent, 'POST', '/v1/securities/ACME/redemptions', { from: 'carol', amount: '80' });
    const security = await ok(h, cast.regulator, 'GET', `/v1/securities/ACME?consistentWith=${String(redeemed.body.txId)}`);
    expect(security.body.stats).toEqual({ supply: String(1000 + 500 + 200 - 80), holders: 3 });
    const overdraw = await call(h, cast.agent, 'POST', '/v1/securities/ACME/redemptions', { from: 'carol', amount: '1000' });
    expect(overdraw).toMatchObject({ status: 422, body: { error: { code: 'ST2-INSUFFICIENT-BALANCE' } } });
  });
});

describe('agent actions and holdings', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('freezes a whole holding: transfers are refused with ST2-FROZEN until unfrozen', async () => {
    await ok(h, cast.agent, 'POST', '/v1/identities/alice/freeze', { securityId: 'ACME' });
    const refused = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-FROZEN' } } });
    await ok(h, cast.agent, 'POST', '/v1/identities/alice/unfreeze', { securityId: 'ACME' });
    expect((await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' })).status).toBe(201);
  });

  it('freezes part of a holding and shows it in the cap table', async () => {
    const frozen = await ok(h, cast.issuer, 'POST', '/v1/identities/bob/freeze', { securityId: 'ACME', amount: '400' });
    const refused = await call(h, cast.bob, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'bob', to: 'alice', amount: '200' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-FROZEN' } } });
    const capTable = await ok(h, cast.regulator, 'GET', `/v1/audit/securities/ACME/holders?consistentWith=${String(frozen.body.txId)}`);
    expect(capTable.body.items).toContainEqual(expect.objectContaining({
      holding: expect.objectContaining({ holder: 'bob', frozenAmount: '400' }),
      identity: expect.objectContaining({ id: 'bob', jurisdiction: 'DE' }),
    }));
  });

  it('recovers a lost identity\'s holding to a new identity of the same investor', async () => {
    await onboard(h, 'alice-2', { investor: 'alice' });
    const recovered = await ok(h, cast.agent, 'POST', '/v1/identities/alice/recover', { securityId: 'ACME', replacement: 'alice-2' });
    expect(recovered.body.events).toEqual([expect.objectContaining({ type: 'HoldingRecovered', lost: 'alice', replacement: 'alice-2', amount: '999' })]);
    const holdings = await ok(h, cast.regulator, 'GET', `/v1/holdings?holder=alice&consistentWith=${String(recovered.body.txId)}`);
    expect(holdings.body.holdings).toEqual([]);
    const mismatch = await call(h, cast.agent, 'POST', '/v1/identities/bob/recover', { securityId: 'ACME', replacement: 'alice-2' });
    expect(mismatch).toMatchObject({ status: 422, body: { error: { code: 'ST2-RECOVERY-MISMATCH' } } });
  });

  it('lists holders sorted and paged', async () => {
    for (const id of ['h1', 'h2', 'h3']) {
      await onboard(h, id);
      await issue(h, 'ACME', id, '7');
    }
    const last = await issue(h, 'ACME', 'h3', '1');
    const first = await ok(h, cast.agent, 'GET', `/v1/securities/ACME/holders?limit=2&consistentWith=${String(last.body.txId)}`);
    expect(first.body.items).toEqual([{ holder: 'alice-2', balance: '999' }, { holder: 'bob', balance: '501' }]);
    const rest = [];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await ok(h, cast.agent, 'GET', `/v1/securities/ACME/holders?limit=2&cursor=${String(cursor)}`);
      rest.push(...(page.body.items as { holder: string }[]).map((item) => item.holder));
      cursor = page.body.nextCursor;
    }
    expect(rest).toEqual(['h1', 'h2', 'h3']);
  });

  it('shows an investor its own holdings only', async () => {
    expect((await ok(h, cast.bob, 'GET', '/v1/holdings?holder=bob')).body.holdings).toEqual([expect.objectContaining({ securityId: 'ACME', holder: 'bob' })]);
    expect((await call(h, cast.bob, 'GET', '/v1/holdings?holder=alice-2')).status).toBe(403);
  });
});
