import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sha256, St2Client } from './client';

const DAY = 86_400_000;

/**
 * Cash, operators and custody, written once and run on every backend: bank1's cash issuer creates EUR
 * cash, issues it to verified clients of both banks, who pay each other under the cash's rules; nobody
 * else mints it. A holder appoints the custodian as its operator, which moves the holder's cash within a
 * limit until revoked. Ids carry a run prefix because a real network keeps its state between runs.
 */
export function cashCustodyScenario(backend: Backend): void {
  describe(`cash, operators and custody scenario on ${backend.name}`, () => {
    const { id, investor, admin1, ops1, ops2, kyc, agent, audit, treasury } = scenarioCast(backend.msp, 'c');
    const alice = investor(backend.msp.bank1, 'alice');
    const desk: Caller = { org: backend.msp.custodian, role: 'custodian', id: id('custody-desk') };
    const bob = investor(backend.msp.bank2, 'bob');
    const EURC = id('EURC');

    let ledger: Ledger;
    let st2: St2Client;

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.submit(admin1, 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      for (const [onboarder, who] of [[ops1, alice], [ops2, bob]] as [Caller, Caller][]) {
        const record = JSON.stringify({ name: who.id });
        await st2.register(onboarder, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
        const evidence = `kyc of ${who.id}`;
        await st2.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      }
    });
    afterAll(async () => {
      await ledger?.close();
    });

    it('is created, issued and redeemed by bank1\'s cash issuer, and paid between clients of two banks under its rules', async () => {
      await st2.submit(treasury, 'security:create', {
        securityId: EURC, name: 'EUR deposit token', decimals: 2, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'], maxBalance: '1000000' }, terms: { kind: 'cash', currency: 'EUR' },
      });
      await st2.submit(treasury, 'token:issue', { securityId: EURC, to: alice.id, amount: '250000' });
      await st2.submit(alice, 'token:transfer', { securityId: EURC, from: alice.id, to: bob.id, amount: '100000' });
      await st2.submit(treasury, 'token:redeem', { securityId: EURC, from: bob.id, amount: '40000' });
      expect([await st2.balance(audit, EURC, alice.id), await st2.balance(audit, EURC, bob.id)]).toEqual([150000n, 60000n]);
      expect(await st2.stats(audit, EURC)).toEqual({ supply: '210000', holders: 2 });
    });

    it('refuses cash from anyone but its cash issuer, a rule unfit for money, and a payment past the balance cap', async () => {
      expect(await st2.outcome(agent, 'token:issue', { securityId: EURC, to: alice.id, amount: '1' })).toBe('ST2-UNAUTHORIZED');
      expect(await st2.outcome({ org: backend.msp.custodian, role: 'cash-issuer', id: treasury.id }, 'token:issue', { securityId: EURC, to: alice.id, amount: '1' })).toBe('ST2-UNAUTHORIZED');
      expect(await st2.outcome(treasury, 'security:setRules', { securityId: EURC, rules: { requiredClaims: ['kyc'], lockupUntil: Date.now() + DAY } })).toBe('ST2-RULE-NOT-APPLICABLE');
      await st2.submit(treasury, 'token:issue', { securityId: EURC, to: bob.id, amount: '900000' });
      expect(await st2.outcome(alice, 'token:transfer', { securityId: EURC, from: alice.id, to: bob.id, amount: '40001' })).toBe('ST2-MAX-BALANCE');
      expect(await st2.stats(audit, EURC)).toEqual({ supply: '1110000', holders: 2 });
    });

    it('lets a holder\'s operator (its custodian) move its cash under every rule and within its limit, until revoked at once', async () => {
      const operator = { org: desk.org, id: desk.id };
      const pay = (amount: string) => st2.outcome(desk, 'token:operatorTransfer', { securityId: EURC, from: alice.id, to: bob.id, amount });
      expect(await pay('1')).toBe('ST2-NOT-OPERATOR');
      await st2.submit(alice, 'token:authorizeOperator', { securityId: EURC, holder: alice.id, operator, limit: '30000' });
      const paid = await st2.submit(desk, 'token:operatorTransfer', { securityId: EURC, from: alice.id, to: bob.id, amount: '20000' });
      expect(paid.events).toEqual([expect.objectContaining({ type: 'Transferred', from: alice.id, to: bob.id, amount: 20000n, forced: false, operator })]);
      expect(await pay('10001')).toBe('ST2-OPERATOR-LIMIT');
      expect(await st2.outcome(bob, 'token:authorizeOperator', { securityId: EURC, holder: alice.id, operator })).toBe('ST2-UNAUTHORIZED');
      await st2.submit(alice, 'token:revokeOperator', { securityId: EURC, holder: alice.id, operator });
      expect(await pay('1')).toBe('ST2-NOT-OPERATOR');
      expect([await st2.balance(audit, EURC, alice.id), await st2.balance(audit, EURC, bob.id)]).toEqual([130000n, 980000n]);
    });
  });
}
