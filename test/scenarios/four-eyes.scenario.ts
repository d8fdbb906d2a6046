import type { Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { verifiedClient, type St2Client } from './client';

const DAY = 86_400_000;

/**
 * Four eyes, written once and run on every backend: the equity's forced transfers and redemptions of more than 100
 * need a second agent; bank1's transfer agent proposes, bank2's agent (another org) approves, and only then do the
 * units move. The proposer cannot approve its own proposal, nor can anyone approve twice.
 */
export function fourEyesScenario(backend: Backend): void {
  describe(`four-eyes agent approvals on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit } = scenarioCast(backend.msp, 'fe');
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank2, 'bob');
    const SEC = id('FE-EQ');
    let ledger: Ledger;
    let st2: St2Client;
    const balances = async () => [await st2.balance(audit, SEC, alice.id), await st2.balance(audit, SEC, bob.id)];

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = await verifiedClient(ledger, [admin1, admin2], kyc, [[ops1, alice], [ops2, bob]]);
      await st2.submit(issuer, 'security:create', {
        securityId: SEC, name: 'Four-eyes shares', isin: 'DE000A1B2C38', decimals: 0,
        agents: [{ org: agent.org, id: agent.id }, { org: ops2.org, id: ops2.id, powers: ['force', 'redeem'] }],
        rules: { requiredClaims: ['kyc'], fourEyes: { threshold: '100', powers: ['force', 'redeem'] } },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '500' });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('refuses one agent\'s forced transfer above the threshold; the proposal moves nothing and its proposer cannot approve it', async () => {
      expect(await st2.outcome(agent, 'token:forcedTransfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '300' })).toBe('ST2-FOUR-EYES-REQUIRED');
      const proposed = await st2.submit(agent, 'token:proposeAgentAction', {
        approvalId: id('FT'), securityId: SEC, action: { kind: 'ForcedTransfer', from: alice.id, to: bob.id, amount: '300' }, expiresAt: Date.now() + DAY,
      });
      expect(proposed.events.map((e) => e.type)).toEqual(['AgentActionProposed']);
      expect(await st2.outcome(agent, 'token:approveAgentAction', { approvalId: id('FT') })).toBe('ST2-SELF-APPROVAL');
      expect(await balances()).toEqual([500n, 0n]);
    }, 60_000);

    it('executes on the approval of an agent of another org, once', async () => {
      const approved = await st2.submit(ops2, 'token:approveAgentAction', { approvalId: id('FT') });
      expect(approved.events).toEqual([
        expect.objectContaining({ type: 'AgentActionApproved', approvalId: id('FT'), by: { org: ops2.org, id: ops2.id } }),
        expect.objectContaining({ type: 'Transferred', from: alice.id, to: bob.id, amount: 300n, forced: true }),
      ]);
      expect(await balances()).toEqual([200n, 300n]);
      expect(await st2.outcome(issuer, 'token:approveAgentAction', { approvalId: id('FT') })).toBe('ST2-REQUEST-CLOSED');
      expect(await st2.stats(audit, SEC)).toEqual({ supply: '500', holders: 2 });
    }, 60_000);

    it('lets the proposer cancel a pending redemption, which then cannot be approved', async () => {
      await st2.submit(ops2, 'token:proposeAgentAction', { approvalId: id('RD'), securityId: SEC, action: { kind: 'Redeem', from: bob.id, amount: '200' }, expiresAt: Date.now() + DAY });
      expect(await st2.outcome(agent, 'token:cancelAgentAction', { approvalId: id('RD') })).toBe('ST2-UNAUTHORIZED');
      await st2.submit(ops2, 'token:cancelAgentAction', { approvalId: id('RD') });
      expect(await st2.outcome(agent, 'token:approveAgentAction', { approvalId: id('RD') })).toBe('ST2-REQUEST-CLOSED');
      expect(await balances()).toEqual([200n, 300n]);
    }, 60_000);
  });
}
