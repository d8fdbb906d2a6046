import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, ok, standardWorld } from './support/world';

const DAY = 86_400_000;

/** Holder votes over HTTP, on the standard world (alice 1,000 ACME, bob 500), with the ledger's dev clock. */
describe('holder votes over HTTP', () => {
  let h: Harness;
  /** The ledger and what the read model says about the proposal. */
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), proposal: (await call(h, cast.regulator, 'GET', '/v1/proposals/AGM')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/proposals', {
      proposalId: 'AGM', securityId: 'ACME', title: 'Re-elect the board', options: ['for', 'against'],
      recordTime: h.clock.now + DAY, closesAt: h.clock.now + 8 * DAY, quorumBps: 5_000, thresholdBps: 5_000,
    });
  });
  afterAll(() => h.close());

  it('refuses votes before the record time (422 ST2-VOTING-NOT-OPEN), changing nothing', async () => {
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/proposals/AGM/votes', { voter: 'alice', option: 'for' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-VOTING-NOT-OPEN' } } });
    expect(await state()).toEqual(before);
  });

  it('weighs votes by the balance at the record time, not after a later transfer, and lets a vote change', async () => {
    h.clock.now += 2 * DAY;
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '900' });
    await ok(h, cast.alice, 'POST', '/v1/proposals/AGM/votes', { voter: 'alice', option: 'against' });
    await ok(h, cast.alice, 'POST', '/v1/proposals/AGM/votes', { voter: 'alice', option: 'for' });
    const { txId } = (await ok(h, cast.bob, 'POST', '/v1/proposals/AGM/votes', { voter: 'bob', option: 'against' })).body;
    const proposal = (await ok(h, cast.regulator, 'GET', `/v1/proposals/AGM?consistentWith=${String(txId)}`)).body;
    expect(proposal).toMatchObject({ tallies: ['1000', '500'], voters: 2, status: 'open' });
    expect((await ok(h, cast.alice, 'GET', '/v1/proposals/AGM/votes/alice')).body).toMatchObject({ option: 'for', weight: '1000' });
  });

  it.each([
    ['a holder voting for another (403 from the ledger)', cast.alice, { voter: 'bob', option: 'for' }, 403, 'ST2-UNAUTHORIZED'],
    ['the same vote again (409)', cast.alice, { voter: 'alice', option: 'for' }, 409, 'ST2-ALREADY-VOTED'],
    ['an identity with nothing at the record time (422)', cast.carol, { voter: 'carol', option: 'for' }, 422, 'ST2-NO-VOTING-WEIGHT'],
    ['an option not offered (400)', cast.bob, { voter: 'bob', option: 'maybe' }, 400, 'ST2-INVALID-INPUT'],
  ])('refuses %s, changing nothing', async (_case, who, body, status, code) => {
    const before = await state();
    expect(await call(h, who, 'POST', '/v1/proposals/AGM/votes', body)).toMatchObject({ status, body: { error: { code } } });
    expect(await state()).toEqual(before);
  });

  it('refuses votes by non-investors at the gateway and another investor\'s vote read', async () => {
    expect(await call(h, cast.agent, 'POST', '/v1/proposals/AGM/votes', { voter: 'alice', option: 'for' })).toMatchObject({ status: 403 });
    expect(await call(h, cast.bob, 'GET', '/v1/proposals/AGM/votes/alice')).toMatchObject({ status: 403 });
  });

  it('closes after the closing time only, by an agent, with the result against the supply at the record time', async () => {
    expect(await call(h, cast.agent, 'POST', '/v1/proposals/AGM/close', {})).toMatchObject({ status: 422, body: { error: { code: 'ST2-VOTING-OPEN' } } });
    h.clock.now += 7 * DAY;
    expect(await call(h, cast.alice, 'POST', '/v1/proposals/AGM/votes', { voter: 'alice', option: 'against' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-VOTING-CLOSED' } } });
    const closed = (await ok(h, cast.agent, 'POST', '/v1/proposals/AGM/close', {})).body;
    expect(closed.events).toEqual([expect.objectContaining({ type: 'ProposalClosed', result: { turnout: '1500', eligible: '1500', quorumMet: true, winner: 'for', passed: true } })]);
    const proposal = (await ok(h, cast.regulator, 'GET', `/v1/proposals/AGM?consistentWith=${String(closed.txId)}`)).body;
    expect(proposal).toMatchObject({ status: 'closed', result: { winner: 'for', passed: true } });
    const security = (await ok(h, cast.regulator, 'GET', `/v1/securities/ACME?consistentWith=${String(closed.txId)}`)).body as { security: { snapshots?: unknown } };
    expect(security.security.snapshots).toBeUndefined();
  });

  it('lists a security\'s votes, paged and by status; another security has none', async () => {
    const { txId } = (await ok(h, cast.issuer, 'POST', '/v1/proposals', {
      proposalId: 'AGM-2', securityId: 'ACME', title: 'Appoint the auditor', options: ['for', 'against'],
      recordTime: h.clock.now + DAY, closesAt: h.clock.now + 2 * DAY, quorumBps: 0, thresholdBps: 5_000,
    })).body;
    const page = (await ok(h, cast.alice, 'GET', `/v1/securities/ACME/proposals?limit=1&consistentWith=${String(txId)}`)).body;
    expect(page).toMatchObject({ items: [{ id: 'AGM', status: 'closed' }], nextCursor: 'AGM' });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME/proposals?limit=1&cursor=AGM')).body).toMatchObject({ items: [{ id: 'AGM-2', status: 'open' }], nextCursor: null });
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/ACME/proposals?status=open')).body.items).toEqual([expect.objectContaining({ id: 'AGM-2' })]);
    expect((await ok(h, cast.alice, 'GET', '/v1/securities/OTHER/proposals')).body).toEqual({ items: [], nextCursor: null });
  });
});

/** A custodian voting for the beneficial owners of its omnibus account, over HTTP. */
describe('split votes of custody accounts over HTTP', () => {
  let h: Harness;
  const split = (actor: Actor, splits: { option: string; weight: string }[]) => call(h, actor, 'POST', '/v1/proposals/EGM/split-votes', { voter: 'OMNI', splits });

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.custodian, 'POST', '/v1/custody/accounts', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
    await ok(h, cast.kyc, 'POST', '/v1/identities/OMNI/claims', { topic: 'kyc', expiresAt: h.clock.now + 365 * DAY, evidence: { method: 'document-check', reference: 'OMNI' } });
    await ok(h, cast.alice, 'POST', '/v1/securities/ACME/operators', { holder: 'alice', operator: { org: 'CustodianMSP', id: cast.custodian.id } });
    for (const [owner, amount] of [['client-1', '300'], ['client-2', '100']] as const) {
      await ok(h, cast.custodian, 'POST', '/v1/custody/deposits', { securityId: 'ACME', accountId: 'OMNI', from: 'alice', amount, owner: { owner, jurisdiction: 'DE', investorType: 'retail' } });
    }
    await ok(h, cast.issuer, 'POST', '/v1/proposals', {
      proposalId: 'EGM', securityId: 'ACME', title: 'Approve the merger', options: ['for', 'against'],
      recordTime: h.clock.now + DAY, closesAt: h.clock.now + 8 * DAY, quorumBps: 5_000, thresholdBps: 5_000,
    });
    h.clock.now += 2 * DAY;
  });
  afterAll(() => h.close());

  it('counts the account\'s record-time weight as its custodian splits it; another org\'s custodian and an investor are refused, changing nothing', async () => {
    const { txId } = (await ok(h, cast.custodian, 'POST', '/v1/proposals/EGM/split-votes', { voter: 'OMNI', splits: [{ option: 'for', weight: '300' }, { option: 'against', weight: '100' }] })).body;
    const proposal = (await ok(h, cast.regulator, 'GET', `/v1/proposals/EGM?consistentWith=${String(txId)}`)).body;
    expect(proposal).toMatchObject({ tallies: ['300', '100'], voters: 1 });
    expect((await ok(h, cast.regulator, 'GET', '/v1/proposals/EGM/votes/OMNI')).body).toMatchObject({ voter: 'OMNI', splits: [{ option: 'for', weight: '300' }, { option: 'against', weight: '100' }] });
    const height = await h.ledger.height();
    expect(await split({ ...cast.custodian, org: 'bank2' }, [{ option: 'for', weight: '1' }])).toMatchObject({ status: 403 });
    expect(await split(cast.custodian, [{ option: 'for', weight: '401' }])).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    expect(await call(h, cast.alice, 'POST', '/v1/proposals/EGM/split-votes', { voter: 'OMNI', splits: [{ option: 'for', weight: '1' }] })).toMatchObject({ status: 403 });
    expect(await h.ledger.height()).toBe(height);
  });
});
