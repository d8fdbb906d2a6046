import type { DemoActor } from '../../../gateway/src/demo/cast';
import { useConsoleWorld } from './support';

/** The issuer's and an agent's main task in a real browser: a security's cap table, as the ledger has it. */
describe('the issuer and its agent in the console', () => {
  const world = useConsoleWorld('dev');

  /** The holders of a security by the gateway's API, for the actor. */
  const holdersByApi = async (actor: DemoActor, securityId: string): Promise<Map<string, string>> => {
    const reply = await world().h.app.inject({ method: 'GET', url: `/v1/securities/${securityId}/holders?limit=500`, headers: world().auth(actor) });
    expect(reply.statusCode).toBe(200);
    return new Map((reply.json() as { items: { holder: string; balance: string }[] }).items.map((row) => [row.holder, row.balance]));
  };

  it.each([['issuer'], ['agent']] as const)('shows the %s the cap table of ACME-EQ: every holder with the balance the ledger holds, adding up to the supply', async (who) => {
    const actor = world().cast[who];
    const page = await world().newConsole();
    await page.signInAsDev(actor.id);
    expect(await page.signedInAs()).toContain(`${actor.id} · ${actor.role}`);
    const table = await page.capTable('ACME-EQ');
    expect(table.balances).toEqual(await holdersByApi(actor, 'ACME-EQ'));
    expect(table.balances.size).toBeGreaterThan(1);
    expect([...table.balances.values()].reduce((sum, balance) => sum + BigInt(balance), 0n)).toBe(BigInt(table.supply));
    await page.screenshot(`${who}-cap-table`);
  });
});
