import { cast, party } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { call, ok, standardWorld } from '../gateway/support/world';

const DAY = 86_400_000;

/**
 * Four eyes from the attacker's side, over HTTP on the embedded ledger: approving under the proposer's id from
 * another org or role, by an investor or the regulator, with a replayed Idempotency-Key, proposing an oversized
 * amount. Each refusal is shown to change nothing: the ledger cut no block, and the read model (both holdings,
 * the approval record) reads back the same.
 */
describe('four-eyes approvals, from the attacker\'s side', () => {
  let h: Harness;
  const approve = (actor: Actor, id = 'FT-1', headers: Record<string, string> = {}) => call(h, actor, 'POST', `/v1/agent-approvals/${id}/approve`, {}, headers);

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/agents', { agent: { ...party(cast.agent2), powers: ['force'] } });
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], fourEyes: { threshold: '10', powers: ['force', 'redeem'] } } });
    await ok(h, cast.agent, 'POST', '/v1/securities/ACME/agent-approvals', {
      approvalId: 'FT-1', action: { kind: 'ForcedTransfer', from: 'alice', to: 'bob', amount: '300' }, expiresAt: h.clock.now + DAY,
    });
  });
  afterAll(() => h.close());

  /** The ledger's height, and what the read model shows at it. */
  async function everything(): Promise<unknown> {
    const height = await h.ledger.height();
    const read = (url: string) => call(h, cast.regulator, 'GET', `${url}?position=${height}`).then((r) => [r.status, r.body]);
    return {
      height,
      alice: await read('/v1/securities/ACME/holdings/alice'), bob: await read('/v1/securities/ACME/holdings/bob'),
      approval: await read('/v1/agent-approvals/FT-1'), other: await read('/v1/agent-approvals/RD-9'),
    };
  }

  async function expectRefusedUnchanged(attempt: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, code: string): Promise<void> {
    const before = await everything();
    expect(await attempt()).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  }

  it('refuses the proposer\'s id under another org\'s certificate, and under another role, changing nothing', async () => {
    await expectRefusedUnchanged(() => approve({ ...cast.agent, org: 'bank2' }), 403, 'ST2-UNAUTHORIZED');
    // The same (org, id) is the same party whatever role its certificate claims: still the proposer.
    await expectRefusedUnchanged(() => approve({ ...cast.agent, role: 'issuer' }), 403, 'ST2-SELF-APPROVAL');
    await expectRefusedUnchanged(() => approve({ ...cast.agent2, org: 'bank1' }), 403, 'ST2-UNAUTHORIZED');
  });

  it.each([
    ['an investor', cast.alice], ['the regulator', cast.regulator], ['a custodian', cast.custodian], ['an administrator', cast.admin],
  ])('refuses an approval by %s with 403, changing nothing', async (_who, actor) => {
    await expectRefusedUnchanged(() => approve(actor), 403, 'ST2-UNAUTHORIZED');
  });

  it('refuses a proposal by a party without the power, and one with an oversized amount (400), changing nothing', async () => {
    const proposal = (actor: Actor, amount: string) => call(h, actor, 'POST', '/v1/securities/ACME/agent-approvals', {
      approvalId: 'RD-9', action: { kind: 'Redeem', from: 'alice', amount }, expiresAt: h.clock.now + DAY,
    });
    await expectRefusedUnchanged(() => proposal(cast.agent2, '50'), 403, 'ST2-UNAUTHORIZED');
    await expectRefusedUnchanged(() => proposal(cast.agent, '9'.repeat(39)), 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(() => proposal(cast.alice, '50'), 403, 'ST2-UNAUTHORIZED');
  });

  it('executes once for a replayed Idempotency-Key, refuses the key for another body, and a second approval, changing nothing', async () => {
    const key = { 'idempotency-key': 'approve-once' };
    const first = await approve(cast.agent2, 'FT-1', key);
    expect(first.status).toBe(200);
    const after = await everything();
    expect(await approve(cast.agent2, 'FT-1', key)).toMatchObject({ status: 200, body: { txId: first.body.txId } });
    expect(await everything()).toEqual(after);
    await expectRefusedUnchanged(() => approve(cast.agent2, 'RD-9', key), 422, 'ST2-IDEMPOTENCY-MISMATCH');
    await expectRefusedUnchanged(() => approve(cast.issuer), 422, 'ST2-REQUEST-CLOSED');
  });
});
