import type { DemoActor } from '../../../gateway/src/demo/cast';
import { useConsoleWorld } from './support';

/**
 * The regulator's main tasks in a real browser: Oversight's alerts on an agent's power and a security's holders
 * looked through to a custody account's beneficial owners, the network view, and the live audit stream.
 */
describe('the regulator in the console', () => {
  const world = useConsoleWorld('dev');

  /** A GET of the gateway's API as one of the cast; answers its body. */
  const read = async <T>(actor: DemoActor, url: string): Promise<T> => {
    const reply = await world().h.app.inject({ method: 'GET', url, headers: world().auth(actor) });
    expect(reply.statusCode).toBe(200);
    return reply.json() as T;
  };
  const signedIn = async (actor: DemoActor) => {
    const page = await world().newConsole();
    await page.signInAsDev(actor.id);
    expect(await page.signedInAs()).toContain(`${actor.id} · ${actor.role}`);
    return page;
  };

  // These read before the live test below writes, so that the page and the API read the same ledger.
  it('alerts the regulator to the demo\'s freeze of carol\'s shares by an agent, as the audit log has it', async () => {
    const { cast } = world();
    const page = await signedIn(cast.regulator);
    const freezes = (await page.alerts()).filter(([, what]) => what === 'Agent power: freeze of carol');
    const { items } = await read<{ items: { txId: string; event: { securityId: string; amount: string } }[] }>(cast.regulator, '/v1/audit/events?type=HoldingFrozen&identity=carol');
    expect(items.length).toBeGreaterThan(0);
    expect(freezes.map(([, , security, detail]) => [security, detail])).toEqual(items.map(({ txId, event }) => [event.securityId, `${event.amount} units ${txId.slice(0, 12)}`]));
    await page.screenshot('regulator-oversight-alerts');
  });

  it('looks through ACME-EQ\'s holders to the omnibus account\'s beneficial owners, whose positions add up to its balance', async () => {
    const { cast } = world();
    const page = await signedIn(cast.regulator);
    const rows = await page.lookThrough('ACME-EQ');
    const { items } = await read<{ items: { holding: { holder: string; balance: string } }[] }>(cast.regulator, '/v1/audit/securities/ACME-EQ/holders?limit=500');
    expect(new Map(rows.map(([holder = '', balance]) => [holder.replace(/ \(frozen\)$/, ''), balance]))).toEqual(new Map(items.map(({ holding }) => [holding.holder, holding.balance])));

    const [, balance = '', , owners = ''] = rows.find(([holder]) => holder === 'CUST-OMNIBUS-1') ?? [];
    const shown = owners.split('\n').flatMap((line) => /^(\S+) \((\w+)\): (\d+)$/.exec(line.trim())?.slice(1) ?? []);
    const positions = await read<{ items: { securityId: string; owner: string; jurisdiction: string; amount: string }[] }>(cast.regulator, '/v1/custody/accounts/CUST-OMNIBUS-1/positions');
    const inEquity = positions.items.filter((p) => p.securityId === 'ACME-EQ');
    expect(inEquity.length).toBeGreaterThan(0);
    expect(shown).toEqual(inEquity.flatMap((p) => [p.owner, p.jurisdiction, p.amount]));
    expect(inEquity.reduce((sum, p) => sum + BigInt(p.amount), 0n)).toBe(BigInt(balance));
    await page.screenshot('regulator-look-through');
  });

  it('shows the member\'s administrator each peer\'s height and health and the read model\'s lag, as GET /v1/network answers', async () => {
    const { cast } = world();
    const page = await signedIn(cast.admin);
    const shown = await page.network();
    const network = await read<{ peers: { org: string; name: string; height: number | null; healthy: boolean }[]; gateway: { ready: boolean; readThrough: number; lagBlocks: number | null } }>(cast.admin, '/v1/network');
    expect(shown.peers.map(([org, name, height, health]) => [org, name, height, health])).toEqual(network.peers.map((p) => [p.org, p.name, p.height === null ? '—' : String(p.height), p.healthy ? 'healthy' : 'UNHEALTHY']));
    expect(network.peers.every((p) => p.height !== null && p.height > 0)).toBe(true);
    expect(shown.lag).toBe(`through block ${network.gateway.readThrough}, ${network.gateway.lagBlocks ?? '?'} block(s) behind`);
    expect(shown.ready).toBe(network.gateway.ready ? 'ready' : 'not ready');
    await page.screenshot('network');
  });

  it('sees a transfer in the live audit stream as it commits', async () => {
    const { cast, h } = world();
    const page = await signedIn(cast.regulator);
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
