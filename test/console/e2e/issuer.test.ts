import type { DemoActor } from '../../../gateway/src/demo/cast';
import { useConsoleWorld } from './support';

/**
 * The issuer's and its agents' main tasks in a real browser: a security's cap table as the ledger has it, its rules
 * set in the rules form (and refused with their code), and a forced transfer under four eyes, approved by a second agent.
 */
describe('the issuer and its agents in the console', () => {
  const world = useConsoleWorld('dev');

  /** A GET of the gateway's API as one of the cast; answers its body. */
  const read = async <T>(actor: DemoActor, url: string): Promise<T> => {
    const reply = await world().h.app.inject({ method: 'GET', url, headers: world().auth(actor) });
    expect(reply.statusCode).toBe(200);
    return reply.json() as T;
  };
  /** The holders of a security by the gateway's API, for the actor. */
  const holdersByApi = async (actor: DemoActor, securityId: string): Promise<Map<string, string>> => {
    const { items } = await read<{ items: { holder: string; balance: string }[] }>(actor, `/v1/securities/${securityId}/holders?limit=500`);
    return new Map(items.map((row) => [row.holder, row.balance]));
  };
  const rulesByApi = async (securityId: string) => (await read<{ security: { rules: Record<string, unknown> } }>(world().cast.issuer, `/v1/securities/${securityId}`)).security.rules;
  const balanceByApi = async (securityId: string, holder: string) => (await read<{ balance: string }>(world().cast.agent, `/v1/securities/${securityId}/holdings/${holder}`)).balance;
  const signedIn = async (actor: DemoActor) => {
    const page = await world().newConsole();
    await page.signInAsDev(actor.id);
    expect(await page.signedInAs()).toContain(`${actor.id} · ${actor.role}`);
    return page;
  };

  it.each([['issuer'], ['agent']] as const)('shows the %s the cap table of ACME-EQ: every holder with the balance the ledger holds, adding up to the supply', async (who) => {
    const actor = world().cast[who];
    const page = await signedIn(actor);
    const table = await page.capTable('ACME-EQ');
    expect(table.balances).toEqual(await holdersByApi(actor, 'ACME-EQ'));
    expect(table.balances.size).toBeGreaterThan(1);
    expect([...table.balances.values()].reduce((sum, balance) => sum + BigInt(balance), 0n)).toBe(BigInt(table.supply));
    await page.screenshot(`${who}-cap-table`);
  });

  it('lets the issuer set a rule in the rules form, which the ledger then holds, and shows a cap below today\'s figure refused with ST2-CAP-BELOW-CURRENT, changing nothing', async () => {
    const page = await signedIn(world().cast.issuer);
    await page.agentView('rules', 'ACME-EQ');
    const before = await rulesByApi('ACME-EQ');
    expect(await page.ruleValue('maxHolders')).toBe(String(before.maxHolders));

    const set = await page.setRule('maxHolders', '400');
    expect(set).toEqual({ ok: true, text: expect.stringMatching(/^Done: RulesSet \(transaction \w+…\)\.$/) });
    // Confirmed once the form has reloaded the rules from the gateway's read model, as that write left them.
    expect(await page.ruleValue('maxHolders')).toBe('400');
    expect(await rulesByApi('ACME-EQ')).toEqual({ ...before, maxHolders: 400 });
    await page.screenshot('issuer-rules-set');

    const refused = await page.setRule('maxSupply', '1');
    expect(refused).toEqual({ ok: false, code: 'ST2-CAP-BELOW-CURRENT', text: expect.stringMatching(/^ST2-CAP-BELOW-CURRENT \S.*/) });
    expect(await rulesByApi('ACME-EQ')).toEqual({ ...before, maxHolders: 400 });
    await page.screenshot('issuer-rules-refused');
  });

  it('refuses an agent\'s forced transfer above the four-eyes threshold with ST2-FOUR-EYES-REQUIRED, moving nothing, until a second agent approves its proposal', async () => {
    const { cast, h } = world();
    const securityId = 'ACME-CB-2029';
    // The convertible's issuer puts forced transfers of more than 2 bonds under four eyes, and gives bank2's agent
    // the power to force (and so to approve one): the demo's agents on it otherwise differ in powers.
    const issuer = world().auth(cast.issuer);
    const write = async (method: 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) => {
      const reply = await h.app.inject({ method, url, headers: { ...issuer, 'idempotency-key': `e2e-four-eyes-${method}-${url.split('/').pop() ?? ''}` }, ...(payload ? { payload } : {}) });
      expect({ status: reply.statusCode < 300 ? 'written' : reply.statusCode, body: reply.json() as unknown }).toMatchObject({ status: 'written' });
    };
    await write('PUT', `/v1/securities/${securityId}/rules`, { rules: { requiredClaims: ['kyc'], fourEyes: { threshold: '2', powers: ['redeem', 'force'] } } });
    await write('DELETE', `/v1/securities/${securityId}/agents/${cast.agent2.org.mspId}/${cast.agent2.id}`);
    await write('POST', `/v1/securities/${securityId}/agents`, { agent: { org: cast.agent2.org.mspId, id: cast.agent2.id, powers: ['redeem', 'force'] } });
    const [alice, bob] = [BigInt(await balanceByApi(securityId, 'alice')), BigInt(await balanceByApi(securityId, 'bob'))];
    expect(alice).toBeGreaterThanOrEqual(3n);

    const proposer = await world().newConsole();
    await proposer.signInAsDev(cast.agent.id);
    await proposer.agentView('forced-transfers', securityId);
    const refused = await proposer.forceTransfer({ from: 'alice', to: 'bob', amount: '3' });
    expect(refused).toEqual({ ok: false, code: 'ST2-FOUR-EYES-REQUIRED', text: expect.stringContaining(`${securityId} needs a second agent's approval for 'force' above 2`) });
    expect([await balanceByApi(securityId, 'alice'), await balanceByApi(securityId, 'bob')]).toEqual([String(alice), String(bob)]);
    const approvalId = await proposer.proposeForApproval();
    await proposer.screenshot('agent-four-eyes-proposed');

    // The second agent, in a browser of its own.
    const approver = await signedIn(cast.agent2);
    await approver.agentView('approvals', securityId);
    const row = await approver.approve(approvalId);
    expect(row).toEqual(expect.arrayContaining(['forced transfer of 3 from alice to bob', `${cast.agent.org.mspId}/${cast.agent.id}`, `executed by ${cast.agent2.org.mspId}/${cast.agent2.id}`]));
    await approver.screenshot('agent-four-eyes-approved');
    const approval = await read<{ status: string; decidedBy: { id: string } }>(cast.agent, `/v1/agent-approvals/${approvalId}`);
    expect(approval).toMatchObject({ status: 'executed', decidedBy: { id: cast.agent2.id } });
    expect([await balanceByApi(securityId, 'alice'), await balanceByApi(securityId, 'bob')]).toEqual([String(alice - 3n), String(bob + 3n)]);
  });
});
