import { stateCodecs, type Proposal } from '@st2/chaincode';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sha256, sleepUntil, St2Client } from './client';

const DAY = 86_400_000;
/** Fabric's only clock is the transaction timestamp: the vote's windows are seconds ahead of now, and the scenario waits for them. */
const RECORD_IN_MS = 6_000;
const CLOSE_IN_MS = 12_000;

/**
 * A holder vote, written once and run on every backend: the weights are the balances at the record time,
 * a transfer after it moves no vote, and the close computes the result against the supply then.
 */
export function votesScenario(backend: Backend): void {
  describe(`holder votes on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit, custodian } = scenarioCast(backend.msp, 'v');
    const alice = investor(backend.msp.bank1, 'alice');
    const bob = investor(backend.msp.bank2, 'bob');
    const SEC = id('VOTE-EQ');
    const PROPOSAL = id('AGM');
    /** The custodian's omnibus account, holding 100 of bob's units for a beneficial owner from before the record time. */
    const OMNI = id('OMNI');
    let ledger: Ledger;
    let st2: St2Client;
    let recordTime = 0;
    let closesAt = 0;
    const proposal = async (): Promise<Proposal> => stateCodecs.proposal.parse(await st2.evaluate(audit, 'vote:get', PROPOSAL));

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      for (const [onboarder, who] of [[ops1, alice], [ops2, bob]] as const) {
        const record = JSON.stringify({ name: who.id });
        await st2.register(onboarder, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
        const evidence = `kyc of ${who.id}`;
        await st2.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      }
      await st2.submit(issuer, 'security:create', {
        securityId: SEC, name: 'Voting shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '600' });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: bob.id, amount: '400' });
      await st2.submit(custodian, 'custody:openAccount', { accountId: OMNI, accountType: 'omnibus', jurisdiction: 'LU' });
      await st2.submit(kyc, 'identity:addClaim', { identityId: OMNI, topic: 'kyc', expiresAt: Date.now() + DAY, evidenceHash: sha256('kyc of the account') }, { evidence: Buffer.from('kyc of the account') });
      await st2.submit(bob, 'token:authorizeOperator', { securityId: SEC, holder: bob.id, operator: { org: custodian.org, id: custodian.id } });
      await new CustodyDesk(ledger).deposit(custodian, custodian, { securityId: SEC, accountId: OMNI, from: bob.id, amount: '100' }, { owner: id('client'), jurisdiction: 'DE', investorType: 'retail' });
      [recordTime, closesAt] = [Date.now() + RECORD_IN_MS, Date.now() + CLOSE_IN_MS];
      await st2.submit(issuer, 'vote:createProposal', {
        proposalId: PROPOSAL, securityId: SEC, title: 'Approve the accounts', options: ['for', 'against'], recordTime, closesAt, quorumBps: 5_000, thresholdBps: 5_000,
      });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('refuses a vote before the record time with ST2-VOTING-NOT-OPEN, and the proposal records none', async () => {
      expect(await st2.outcome(alice, 'vote:cast', { proposalId: PROPOSAL, voter: alice.id, option: 'for' })).toBe('ST2-VOTING-NOT-OPEN');
      expect(await proposal()).toMatchObject({ tallies: [0n, 0n], voters: 0, status: 'open' });
    });

    it('weighs votes by the balances at the record time: a transfer after it moves no vote', async () => {
      await sleepUntil(recordTime + 500);
      await st2.submit(alice, 'token:transfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '500' });
      await st2.submit(alice, 'vote:cast', { proposalId: PROPOSAL, voter: alice.id, option: 'for' });
      await st2.submit(bob, 'vote:cast', { proposalId: PROPOSAL, voter: bob.id, option: 'against' });
      expect(await st2.outcome(bob, 'vote:cast', { proposalId: PROPOSAL, voter: bob.id, option: 'against' })).toBe('ST2-ALREADY-VOTED');
      expect(await st2.outcome(alice, 'vote:cast', { proposalId: PROPOSAL, voter: bob.id, option: 'for' })).toBe('ST2-UNAUTHORIZED');
      expect(await proposal()).toMatchObject({ tallies: [600n, 300n], voters: 2 });
    }, 60_000);

    it('counts a custody account\'s vote as its custodian splits it for the owners, within the account\'s record-time balance', async () => {
      const split = (splits: { option: string; weight: string }[]) => ({ proposalId: PROPOSAL, voter: OMNI, splits });
      expect(await st2.outcome(custodian, 'vote:castSplit', split([{ option: 'for', weight: '101' }]))).toBe('ST2-INVALID-INPUT');
      expect(await st2.outcome(bob, 'vote:castSplit', split([{ option: 'for', weight: '1' }]))).toBe('ST2-UNAUTHORIZED');
      await st2.submit(custodian, 'vote:castSplit', split([{ option: 'for', weight: '60' }, { option: 'against', weight: '40' }]));
      expect(await proposal()).toMatchObject({ tallies: [660n, 340n], voters: 3 });
    }, 60_000);

    it('closes after the closing time with the result, and refuses later votes with ST2-VOTING-CLOSED', async () => {
      await sleepUntil(closesAt + 500);
      expect(await st2.outcome(bob, 'vote:cast', { proposalId: PROPOSAL, voter: bob.id, option: 'for' })).toBe('ST2-VOTING-CLOSED');
      const closed = await st2.submit(agent, 'vote:close', { proposalId: PROPOSAL });
      expect(closed.events).toEqual([expect.objectContaining({ type: 'ProposalClosed', result: { turnout: 1000n, eligible: 1000n, quorumMet: true, winner: 'for', passed: true } })]);
      expect(await proposal()).toMatchObject({ status: 'closed', result: { winner: 'for', passed: true } });
    }, 60_000);
  });
}
