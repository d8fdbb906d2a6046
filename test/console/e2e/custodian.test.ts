import type { DemoActor } from '../../../gateway/src/demo/cast';
import { useConsoleWorld } from './support';

/** The custodian's main task in a real browser: an omnibus account, its holdings and its beneficial owners' positions. */
describe('the custodian in the console', () => {
  const world = useConsoleWorld('dev');

  /** A GET of the gateway's API as one of the cast; answers its body. */
  const read = async <T>(actor: DemoActor, url: string): Promise<T> => {
    const reply = await world().h.app.inject({ method: 'GET', url, headers: world().auth(actor) });
    expect(reply.statusCode).toBe(200);
    return reply.json() as T;
  };

  it('opens the omnibus account: its holdings and owners\' positions as the ledger has them, the positions in each security adding up to its holding', async () => {
    const { cast } = world();
    const page = await world().newConsole();
    await page.signInAsDev(cast.custodian.id);
    expect(await page.signedInAs()).toContain(`${cast.custodian.id} · custodian`);
    const { holdings, positions } = await page.custodyAccount('CUST-OMNIBUS-1');

    const account = await read<{ holdings: { securityId: string; balance: string }[] }>(cast.custodian, '/v1/custody/accounts/CUST-OMNIBUS-1');
    const owned = await read<{ items: { securityId: string; owner: string; jurisdiction: string; amount: string }[] }>(cast.custodian, '/v1/custody/accounts/CUST-OMNIBUS-1/positions');
    expect(holdings.map(([security, balance]) => [security, balance])).toEqual(account.holdings.map((h) => [h.securityId, h.balance]));
    expect(positions).toEqual(owned.items.map((p) => [p.securityId, p.owner, p.jurisdiction, p.amount]));
    expect(holdings.map(([security]) => security)).toContain('ACME-EQ');
    for (const [security = '', balance = ''] of holdings) {
      const sum = positions.filter(([held]) => held === security).reduce((total, [, , , amount = '0']) => total + BigInt(amount), 0n);
      expect([security, sum]).toEqual([security, BigInt(balance)]);
    }
    await page.screenshot('custodian-omnibus-account');
  });
});
