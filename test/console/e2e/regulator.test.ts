import { useConsoleWorld } from './support';

/** The regulator's main task in a real browser: the live audit stream shows a transaction as it commits. */
describe('the regulator in the console', () => {
  const world = useConsoleWorld('dev');

  it('sees a transfer in the live audit stream as it commits', async () => {
    const { cast, h } = world();
    const page = await world().newConsole();
    await page.signInAsDev(cast.regulator.id);
    expect(await page.signedInAs()).toContain(`${cast.regulator.id} · regulator`);
    await page.page.getByTestId('live-transactions').waitFor();
    const alice = world().auth(cast.alice);
    // The stream starts from the next commit, and a transfer may commit before the page has subscribed: transfer
    // again until one arrives (the wait only paces the retries; what is asserted is that it arrived).
    const sent: string[] = [];
    let seen: string | null = null;
    for (let attempt = 0; !seen && attempt < 10; attempt += 1) {
      const reply = await h.app.inject({ method: 'POST', url: '/v1/transfers', headers: { ...alice, 'idempotency-key': `e2e-live-${attempt}` }, payload: { securityId: 'ACME-EQ', from: 'alice', to: 'bob', amount: '1' } });
      expect(reply.statusCode).toBe(201);
      sent.push((reply.json() as { txId: string }).txId);
      seen = await page.seesLive(sent, 2_000);
    }
    expect(sent).toContain(seen);
    expect(await page.page.locator(`[data-tx-id="${seen ?? ''}"]`).innerText()).toContain('Transferred');
    await page.screenshot('regulator-live-audit');
  });
});
