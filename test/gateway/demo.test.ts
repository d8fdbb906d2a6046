import { Consortium } from '../../gateway/src/config/consortium';
import { demoCast, type DemoActor } from '../../gateway/src/demo/cast';
import { DEMO_SANCTIONS_LIST, loadDemo, type DemoTime } from '../../gateway/src/demo/seed';
import { demoFigures } from '../../gateway/src/demo/showcase';
import { startHarness, TOPOLOGY_FILE, type Actor, type Harness } from './support/harness';
import { call, ok } from './support/world';

/** The demo as a newcomer meets it: loaded through the chaincode, then driven through the API. */
describe('demo', () => {
  let h: Harness;
  let cast: ReturnType<typeof demoCast>;
  const as = (actor: DemoActor): Actor => ({ role: actor.role, id: actor.id, org: actor.org.name });

  beforeAll(async () => {
    h = await startHarness();
    cast = demoCast(await Consortium.load(TOPOLOGY_FILE));
  });
  afterAll(() => h.close());

  /** The test clock stands still until the demo waits for a time: then it jumps there, as `--clock dev` does. */
  const time = (): DemoTime => ({ now: h.clock.read, waitUntil: async (until) => void (until > h.clock.now && h.clock.advance(until - h.clock.now)) });

  it('loads once, and a second load changes nothing', async () => {
    const first = await loadDemo(h.ledger, cast, time());
    expect(first).toEqual({ applied: first.applied, skipped: 0 });
    const height = await h.ledger.height();
    expect(await loadDemo(h.ledger, cast, time())).toEqual({ applied: 0, skipped: first.applied });
    expect(await h.ledger.height()).toBe(height);
  });

  it('has an equity, a bond and a convertible with rules, and holdings in three jurisdictions', async () => {
    const { txId } = (await ok(h, as(cast.alice), 'POST', '/v1/transfers', { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '1' })).body;
    const list = await ok(h, as(cast.regulator), 'GET', `/v1/securities?consistentWith=${String(txId)}`);
    expect((list.body.items as { id: string; terms: { kind: string } }[]).map((s) => [s.id, s.terms.kind])).toEqual([['ACME-B', 'equity'], ['ACME-BOND-2030', 'debt'], ['ACME-CB-2029', 'hybrid'], ['ACME-EQ', 'equity'], ['ACME-P', 'equity'], ['ACME-REIT', 'equity'], ['EUR-T', 'cash']]);
    const holders = await ok(h, as(cast.regulator), 'GET', '/v1/audit/securities/ACME-EQ/holders');
    const jurisdictions = (holders.body.items as { identity: { jurisdiction: string } }[]).map((item) => item.identity.jurisdiction);
    expect(new Set(jurisdictions)).toEqual(new Set(['FR', 'DE', 'US']));
  });

  it('shows documents with their URI and hash on both securities', async () => {
    const position = await h.ledger.height();
    const equity = await ok(h, as(cast.alice), 'GET', `/v1/securities/ACME-EQ/documents?position=${position}`);
    expect((equity.body.documents as { name: string }[]).map((d) => d.name)).toEqual(['Prospectus', 'Articles of association']);
    const bond = await ok(h, as(cast.regulator), 'GET', `/v1/securities/ACME-BOND-2030/documents?position=${position}`);
    expect(bond.body.documents).toEqual([
      expect.objectContaining({ name: 'Offering memorandum', uri: expect.stringMatching(/^https:\/\//), hash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      expect.objectContaining({ name: 'Final terms', uri: expect.stringMatching(/^https:\/\//) }),
    ]);
  });

  it('shows the equity’s supply cap and monthly limit, an agent with one power, and a batch issuance', async () => {
    const position = await h.ledger.height();
    const equity = await ok(h, as(cast.regulator), 'GET', `/v1/securities/ACME-EQ?position=${position}`);
    expect(equity.body).toMatchObject({ security: { rules: { maxSupply: '1000000', transferLimits: [{ windowMs: 30 * 86_400_000, maxAmount: '5000', maxCount: 20 }] } } });
    expect((equity.body.security as { agents: unknown[] }).agents).toContainEqual({ org: cast.agent2.org.mspId, id: cast.agent2.id, powers: ['freeze'] });
    const dmitri = await ok(h, as(cast.regulator), 'GET', `/v1/securities/ACME-EQ/holdings/${cast.dmitri.id}?position=${position}`);
    expect(dmitri.body).toMatchObject({ balance: '110' });
    const limited = await ok(h, as(cast.agent), 'POST', '/v1/transfers/check', { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '5001' });
    expect(limited.body.trace).toContainEqual(expect.objectContaining({ ok: false, code: 'ST2-WINDOW-LIMIT' }));
  });

  it('refuses the bond to a US investor, with the rule that says why', async () => {
    const check = await ok(h, as(cast.agent), 'POST', '/v1/transfers/check', { securityId: 'ACME-BOND-2030', from: 'bob', to: 'carol', amount: '100' });
    expect(check.body).toMatchObject({ allowed: false });
    expect(check.body.trace).toContainEqual(expect.objectContaining({ ok: false, code: 'ST2-JURISDICTION-BLOCKED' }));
    const transfer = await call(h, as(cast.bob), 'POST', '/v1/transfers', { securityId: 'ACME-BOND-2030', from: 'bob', to: 'carol', amount: '100' });
    expect(transfer.status).toBe(422);
  });

  it('keeps restricted bonds in a partition the agent released part of, and a hold on bob\'s free bonds', async () => {
    const position = await h.ledger.height();
    const bob = await ok(h, as(cast.regulator), 'GET', `/v1/securities/ACME-BOND-2030/holdings/${cast.bob.id}?position=${position}`);
    expect(bob.body.partitions).toContainEqual({ partition: 'locked', amount: '4000' });
    expect(bob.body).toMatchObject({ held: '2500' });
    const moved = await call(h, as(cast.bob), 'POST', '/v1/transfers', { securityId: 'ACME-BOND-2030', from: cast.bob.id, to: cast.alice.id, amount: bob.body.total });
    expect(moved.status).toBe(422);
  });

  it('closed the holder vote with its result: one vote each way, weighted by the record-time balances', async () => {
    const vote = await ok(h, as(cast.regulator), 'GET', `/v1/proposals/ACME-AGM-2026?position=${await h.ledger.height()}`);
    expect(vote.body).toMatchObject({ status: 'closed' });
    // Alice held 1,040 and bob 500 of 1,900 at the record time; the transfer made after it above does not count.
    expect(vote.body).toMatchObject({ tallies: ['1040', '500'], voters: 2, result: { turnout: '1540', eligible: '1900', quorumMet: true, winner: 'for', passed: true } });
  });

  it('settled a trade delivery versus payment in the bank\'s tokenised EUR deposit', async () => {
    const position = await h.ledger.height();
    const trade = await ok(h, as(cast.alice), 'GET', `/v1/settlements/demo-trade-1?position=${position}`);
    expect(trade.body).toMatchObject({ status: 'settled', securities: { securityId: 'ACME-EQ', amount: '100' }, cash: { securityId: 'EUR-T', amount: '250000' } });
    const cash = await ok(h, as(cast.regulator), 'GET', `/v1/audit/securities/EUR-T/holders?position=${position}`);
    const balances = new Map((cash.body.items as { holding: { holder: string; balance: string } }[]).map(({ holding }) => [holding.holder, holding.balance]));
    // The trade's EUR 2,500.00, and each one's dividend later (alice 940 shares, bob 600, at 37/3 cents); then alice's
    // EUR 500.00 from the omnibus account's trade, paid from the EUR 1,000.00 bob's units put in custody; last, the
    // second dividend at 1 cent a share (alice 960 shares then, bob 600).
    expect([balances.get(cast.alice.id), balances.get(cast.bob.id)]).toEqual([String(250_000 + 11_593 + 50_000 + 960), String(4_750_000 + 7_400 - 100_000 + 600)]);
  });

  it('keeps carol\'s deposited units and a trade\'s in an omnibus account whose beneficial owner only the custodian and the regulator see', async () => {
    const position = await h.ledger.height();
    const reconciliation = await ok(h, as(cast.custodian), 'GET', `/v1/custody/accounts/CUST-OMNIBUS-1/reconciliation?position=${position}`);
    expect(reconciliation.body).toMatchObject({ reconciled: true });
    expect(reconciliation.body.securities).toEqual(expect.arrayContaining([
      { securityId: 'ACME-EQ', subLedger: '70', public: '70', reconciled: true }, { securityId: 'EUR-T', subLedger: '50070', public: '50070', reconciled: true },
    ]));
    // The owner's cash: EUR 500.00 left after the trade, and the second dividend on its 70 shares, 70 cents.
    const positions = await ok(h, as(cast.regulator), 'GET', '/v1/custody/accounts/CUST-OMNIBUS-1/positions');
    expect(positions.body.items).toEqual([
      expect.objectContaining({ securityId: 'ACME-EQ', owner: 'client-0001', amount: '70', jurisdiction: 'FR' }), expect.objectContaining({ securityId: 'EUR-T', owner: 'client-0001', amount: '50070' }),
    ]);
    const trade = await ok(h, as(cast.custodian), 'GET', `/v1/settlements/demo-trade-2?position=${position}`);
    expect(trade.body).toMatchObject({ status: 'settled', buyer: 'CUST-OMNIBUS-1', price: { amount: '500.00', currency: 'EUR' }, beneficialOwner: { owner: 'client-0001' } });
    expect((await ok(h, as(cast.agent2), 'GET', '/v1/settlements/demo-trade-2')).body).not.toHaveProperty('beneficialOwner');
    expect((await call(h, as(cast.agent2), 'GET', '/v1/custody/accounts/CUST-OMNIBUS-1/positions')).status).toBe(403);
  });

  it('paid a cash dividend at the record-time balances, each holder its floor, the remainder to the issuer\'s account', async () => {
    const dividend = (await ok(h, as(cast.regulator), 'GET', `/v1/distributions/ACME-DIV-2026?position=${await h.ledger.height()}`)).body;
    // 1,900 shares at 37/3 cents: 23,433 declared; 23,432 paid in floors to four holders, 1 cent of remainder.
    expect(dividend).toMatchObject({ status: 'closed', paidHolders: 4, eligibleUnits: '1900', declaredTotal: '23433', paidAmount: '23432', remainder: '1' });
  });

  it('paid a second dividend to the omnibus account\'s beneficial owner through its custodian, naming the owner nowhere public, and closed it', async () => {
    const position = await h.ledger.height();
    const dividend = (await ok(h, as(cast.regulator), 'GET', `/v1/distributions/ACME-DIV-2026-Q2?position=${position}`)).body;
    expect(dividend).toMatchObject({ status: 'closed', paidHolders: 5, declaredTotal: dividend.paidAmount, remainder: '0' });
    const payments = (await ok(h, as(cast.agent), 'GET', '/v1/distributions/ACME-DIV-2026-Q2/payments')).body;
    expect(payments.items).toEqual(expect.arrayContaining([expect.objectContaining({ holder: 'CUST-OMNIBUS-1', units: '70', amount: '70' })]));
    expect(JSON.stringify(payments)).not.toContain('client-0001');
  });

  it('publishes a price feed of the equity, defined by both banks: its second round\'s median is the price, read ok with its confidence', async () => {
    const feed = (await ok(h, as(cast.alice), 'GET', '/v1/oracles/feeds/ACME-EQ-EUR')).body;
    expect(feed).toMatchObject({ version: 1, lastRoundId: 2, definition: { kind: 'price', base: 'ACME-EQ', quote: 'EUR', f: 1 } });
    const value = (await ok(h, as(cast.alice), 'GET', '/v1/oracles/feeds/ACME-EQ-EUR/value')).body;
    expect(value).toMatchObject({ status: 'ok', round: { roundId: 2, value: '2520', low: '2515', high: '2530' }, confidenceWidth: '15' });
  });

  it('shows the bond\'s coupon calendar: ten semi-annual 4.25% coupons to maturity, and no record date left open on the equity', async () => {
    const bond = (await ok(h, as(cast.alice), 'GET', '/v1/securities/ACME-BOND-2030/calendar')).body;
    const coupons = (bond.debt as { coupons: { paymentDate: number; rate: { couponPerUnit?: string } }[] }).coupons;
    expect(coupons).toHaveLength(10);
    // Face value EUR 1,000.00 (in cents) at 4.25% a year, 30/360: 2,125 cents each regular half-year.
    expect(coupons.slice(1).map((c) => c.rate.couponPerUnit)).toEqual(Array(9).fill('2125'));
    expect((await ok(h, as(cast.alice), 'GET', '/v1/securities/ACME-EQ/calendar')).body).toMatchObject({ recordDates: [] });
    // Its first coupon is declared, payable in the tokenised deposit on the schedule's first payment date.
    const coupon = (await ok(h, as(cast.regulator), 'GET', '/v1/distributions/ACME-BOND-2030:coupon:1')).body;
    expect(coupon).toMatchObject({ securityId: 'ACME-BOND-2030', cashSecurityId: 'EUR-T', status: 'declared', paymentDate: coupons[0]?.paymentDate });
  });

  it('consolidated the B shares 1 for 4, paying carol\'s fraction in the tokenised deposit', async () => {
    const action = (await ok(h, as(cast.regulator), 'GET', `/v1/corporate-actions/ACME-B-CONSOLIDATION?position=${await h.ledger.height()}`)).body;
    // 1,000 → 250; 333 → 83 and one old share's worth at EUR 5.00.
    expect(action).toMatchObject({ type: 'reverse-split', status: 'completed', appliedHolders: 2, oldUnits: '1333', newUnits: '333', cashPaid: '500' });
    expect((await ok(h, as(cast.regulator), 'GET', '/v1/securities/ACME-B')).body).toMatchObject({ stats: { supply: '333', holders: 2 } });
  });

  it('prices the bond at par on a coupon date at its own 4.25% coupon, and shows the equity\'s holder concentration', async () => {
    const bond = (await ok(h, as(cast.alice), 'GET', '/v1/securities/ACME-BOND-2030/calendar')).body;
    const couponDate = (bond.debt as { coupons: { start: number }[] }).coupons[1]!.start;
    const price = (await ok(h, as(cast.alice), 'GET', `/v1/analytics/securities/ACME-BOND-2030/price?settlement=${couponDate}&yieldBps=425`)).body;
    expect(price).toMatchObject({ accruedInterest: 0, accruedPerUnit: '0' });
    expect(price.cleanPrice).toBeCloseTo(100, 9);
    const concentration = (await ok(h, as(cast.regulator), 'GET', '/v1/analytics/securities/ACME-EQ/holders')).body as { holders: number; hhi: number; complete: boolean };
    expect(concentration.complete).toBe(true);
    expect(concentration.hhi).toBeGreaterThanOrEqual(10_000 / concentration.holders);
    expect(concentration.hhi).toBeLessThan(10_000);
  });

  it('converted half of alice\'s convertible bonds into shares, 4 for 1, inside the window its calendar shows, and redeemed 6 more under four eyes', async () => {
    const position = await h.ledger.height();
    const holding = async (security: string) => (await ok(h, as(cast.regulator), 'GET', `/v1/securities/${security}/holdings/${cast.alice.id}?position=${position}`)).body.total;
    // 20 issued, 10 converted, then 6 redeemed with a second agent's approval (four eyes).
    expect(await holding('ACME-CB-2029')).toBe('4');
    const approval = (await ok(h, as(cast.regulator), 'GET', `/v1/agent-approvals/demo-redemption-1?position=${position}`)).body;
    expect(approval).toMatchObject({ status: 'executed', action: { kind: 'Redeem', amount: '6' }, decidedBy: { id: cast.agent2.id } });
    // And one left pending for the console's pending approvals, proposed by bank1's agent for bank2's.
    const pending = (await ok(h, as(cast.agent2), 'GET', `/v1/securities/ACME-CB-2029/agent-approvals?position=${position}`)).body;
    expect(pending.items).toContainEqual(expect.objectContaining({ id: 'demo-redemption-2', status: 'pending', action: { kind: 'Redeem', from: cast.alice.id, amount: '4' }, proposedBy: expect.objectContaining({ id: cast.agent.id }) }));
    const conversion = (await ok(h, as(cast.regulator), 'GET', `/v1/audit/events?type=Converted&identity=${cast.alice.id}&position=${position}`)).body;
    expect(conversion.items).toEqual([expect.objectContaining({ event: expect.objectContaining({ securityId: 'ACME-CB-2029', amount: '10', equitySecurityId: 'ACME-EQ', equityAmount: '40' }) })]);
    const calendar = (await ok(h, as(cast.alice), 'GET', '/v1/securities/ACME-CB-2029/calendar')).body;
    expect(calendar.conversion).toMatchObject({ equitySecurityId: 'ACME-EQ', ratio: { numerator: 4, denominator: 1 }, status: 'open' });
  });

  it('publishes a fund\'s NAV and a total-return REIT index with thirty weeks of history, and shows the fund\'s performance against it and the bond\'s price', async () => {
    const position = await h.ledger.height();
    const index = (await ok(h, as(cast.alice), 'GET', `/v1/oracles/feeds/EU-REIT-TR?position=${position}`)).body;
    expect(index).toMatchObject({ lastRoundId: 31, definition: { kind: 'index', returns: 'total-return' } });
    const fund = (await ok(h, as(cast.alice), 'GET', `/v1/analytics/securities/ACME-REIT?benchmark=EU-REIT-TR&freq=weekly&position=${position}`)).body;
    // 30 weekly closes of history, one week missing, and the close after the distribution: 30 closes, 28 one-period returns.
    expect(fund).toMatchObject({ feedId: 'ACME-REIT-NAV', observations: 28, distributions: 1, warnings: [], benchmark: { feedId: 'EU-REIT-TR', returns: 'total-return' } });
    expect(fund.gaps).toHaveLength(1);
    // Enough history for every ratio: none is absent.
    const figures = { ...(fund.metrics as Record<string, { value: number | null }>), ...(fund.benchmark as { metrics: Record<string, { value: number | null }> }).metrics };
    expect(Object.entries(figures).filter(([, f]) => !Number.isFinite(f.value)).map(([name]) => name)).toEqual([]);
    const lines = await demoFigures(h.app, h.auth(as(cast.regulator)).authorization, position);
    expect(lines).toEqual([
      expect.stringMatching(/^demo: ACME-BOND-2030 at a 4\.25% yield: clean \d+\.\d{4}, dirty \d+\.\d{4}, accrued \d+\.\d{4} per 100/),
      expect.stringMatching(/^demo: ACME-REIT against EU-REIT-TR \(total-return\), weekly, 28 returns, 1 gap, 1 distribution reinvested: total return -?\d+\.\d\d%.* beta \d+\.\d\d/),
    ]);
  });

  it('publishes a sanctions root, and moves the screened preference shares with proofs, each event naming the list version', async () => {
    const position = await h.ledger.height();
    const feed = (await ok(h, as(cast.alice), 'GET', `/v1/oracles/feeds/EU-SANCTIONS?position=${position}`)).body;
    expect(feed).toMatchObject({ definition: { kind: 'sanctions-list-root' }, latest: { roundId: 1, value: '3', listRoot: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const moved = (await ok(h, as(cast.regulator), 'GET', `/v1/audit/events?type=Transferred&identity=${cast.bob.id}&position=${position}`)).body as { items: { event: { securityId: string } }[] };
    expect(moved.items.filter((item) => item.event.securityId === 'ACME-P')).toEqual([expect.objectContaining({ event: expect.objectContaining({ amount: '40', sanctionsList: { feedId: 'EU-SANCTIONS', version: 1, root: (feed.latest as { listRoot: string }).listRoot } }) })]);
    // The demo server keeps the list (`npm start -- --demo`); this harness's gateway is given it as its publisher would.
    await ok(h, as(cast.agent), 'PUT', '/v1/oracles/feeds/EU-SANCTIONS/sanctions-list', { parties: DEMO_SANCTIONS_LIST.parties });
    const proof = async (party: string) => (await ok(h, as(cast.alice), 'GET', `/v1/oracles/feeds/EU-SANCTIONS/non-membership/${party}`)).body;
    const [from, to] = [await proof(cast.alice.id), await proof(cast.bob.id)];
    const sent = await ok(h, as(cast.alice), 'POST', '/v1/transfers', { securityId: 'ACME-P', from: cast.alice.id, to: cast.bob.id, amount: '1', sanctionsProofs: { listVersion: to.listVersion, from: from.proof, to: to.proof } });
    expect(sent.body.events).toEqual([expect.objectContaining({ type: 'Transferred', sanctionsList: expect.objectContaining({ version: 1 }) })]);
    expect(await call(h, as(cast.alice), 'GET', `/v1/oracles/feeds/EU-SANCTIONS/non-membership/${DEMO_SANCTIONS_LIST.parties[0] ?? ''}`)).toMatchObject({ status: 422, body: { error: { code: 'ST2-SANCTIONED' } } });
  });

  it('shows the regulator an agent power used: bank2\'s agent froze 25 of carol\'s shares and released them, her holding as it was', async () => {
    const position = await h.ledger.height();
    const read = async (type: string) => ((await ok(h, as(cast.regulator), 'GET', `/v1/audit/events?type=${type}&identity=${cast.carol.id}&position=${position}`)).body as { items: { event: Record<string, unknown> }[] }).items;
    const [frozen, unfrozen] = [await read('HoldingFrozen'), await read('HoldingUnfrozen')];
    for (const [events, type] of [[frozen, 'HoldingFrozen'], [unfrozen, 'HoldingUnfrozen']] as const) {
      expect(events.map((row) => row.event)).toEqual([expect.objectContaining({ type, securityId: 'ACME-EQ', holder: cast.carol.id, amount: '25' })]);
    }
    const holding = await ok(h, as(cast.agent), 'GET', `/v1/securities/ACME-EQ/holdings/${cast.carol.id}?position=${position}`);
    expect(holding.body).toMatchObject({ frozen: '0', wholeHoldingFrozen: false });
  });

  it('leaves the demo\'s request ids (demo-0 was sent by bank1, as alice is) to a newcomer\'s Idempotency-Key: the write applies, its repeat answers the same', async () => {
    const transfer = { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '1' };
    for (const key of ['demo-0', 'demo-1']) {
      const first = await call(h, as(cast.alice), 'POST', '/v1/transfers', transfer, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      const repeat = await call(h, as(cast.alice), 'POST', '/v1/transfers', transfer, { 'idempotency-key': key });
      expect(repeat).toMatchObject({ status: 201, body: { txId: first.body.txId } });
    }
  });
});
