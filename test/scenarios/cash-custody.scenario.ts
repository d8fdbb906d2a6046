import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
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
    const { id, investor, admin1, admin2, ops1, ops2, kyc, agent, audit, treasury, custodian, issuer } = scenarioCast(backend.msp, 'c');
    const alice = investor(backend.msp.bank1, 'alice');
    const desk: Caller = { org: backend.msp.custodian, role: 'custodian', id: id('custody-desk') };
    const bob = investor(backend.msp.bank2, 'bob');
    const EURC = id('EURC');

    let ledger: Ledger;
    let st2: St2Client;

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
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

    let moveTxId = '';
    let owners: string[] = [];

    it('keeps an omnibus account: the custodian deposits as the holder\'s operator and moves between owners privately; the sub-ledger reconciles; bank2 reads no owner, the regulator all', async () => {
      const desk = new CustodyDesk(ledger);
      const OMNI = id('OMNI');
      await st2.submit(custodian, 'custody:openAccount', { accountId: OMNI, accountType: 'omnibus', jurisdiction: 'LU' });
      const evidence = `kyc of ${OMNI}`;
      await st2.submit(kyc, 'identity:addClaim', { identityId: OMNI, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      expect(await st2.outcome(alice, 'token:transfer', { securityId: EURC, from: alice.id, to: OMNI, amount: '1' })).toBe('ST2-CUSTODY-ACCOUNT');
      await st2.submit(alice, 'token:authorizeOperator', { securityId: EURC, holder: alice.id, operator: { org: custodian.org, id: custodian.id } });
      const holdersBefore = (await st2.stats(audit, EURC)).holders;
      const owner1 = { owner: id('client-1'), jurisdiction: 'DE', investorType: 'retail' as const };
      const owner2 = { owner: id('client-2'), jurisdiction: 'FR', investorType: 'professional' as const };
      await desk.deposit(custodian, custodian, { securityId: EURC, accountId: OMNI, from: alice.id, amount: '50000' }, owner1);
      moveTxId = (await desk.move(custodian, { securityId: EURC, accountId: OMNI }, owner1, owner2, '20000')).txId;
      owners = [owner1.owner, owner2.owner];
      expect(await st2.balance(audit, EURC, OMNI)).toBe(50000n);
      // The two beneficial owners count as holders; the account itself does not.
      expect((await st2.stats(audit, EURC)).holders).toBe(holdersBefore + 2);
      const reconciliation = JSON.parse(await st2.evaluate(custodian, 'custody:reconciliation', OMNI)) as { reconciled: boolean };
      expect(reconciliation.reconciled).toBe(true);
      for (const reader of [custodian, audit]) {
        const positions = JSON.parse(await st2.evaluate(reader, 'custody:positions', OMNI)) as { owner: string; amount: string }[];
        expect(positions.map((p) => [p.owner, p.amount]).sort()).toEqual([[owner1.owner, '30000'], [owner2.owner, '20000']]);
      }
      for (const reader of [ops2, { ...admin1, org: backend.msp.bank2 }]) {
        expect(await st2.outcomeOf(() => st2.evaluate(reader, 'custody:positions', OMNI))).toBe('ST2-UNAUTHORIZED');
        expect(await st2.outcomeOf(() => st2.evaluate(reader, 'custody:position', OMNI, EURC, owner1.owner))).toBe('ST2-UNAUTHORIZED');
      }
      await desk.withdraw(custodian, { securityId: EURC, accountId: OMNI, to: bob.id, amount: '20000' }, owner2);
      expect(await st2.balance(audit, EURC, OMNI)).toBe(30000n);
      expect((JSON.parse(await st2.evaluate(audit, 'custody:reconciliation', OMNI)) as { reconciled: boolean }).reconciled).toBe(true);
    });

    it('settles a DvP between bank1\'s alice and the omnibus account for a beneficial owner: both legs and the owner\'s sub-ledger entries in one transaction; bank2 reads neither the price nor the owner, the regulator both', async () => {
      const desk = new CustodyDesk(ledger);
      const [OMNI, SEC, settlementId] = [id('OMNI'), id('SEC'), id('dvp')];
      const owner1 = { owner: id('client-1'), jurisdiction: 'DE', investorType: 'retail' as const };
      await st2.submit(issuer, 'security:create', {
        securityId: SEC, name: 'SEC shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '100' });
      const price = JSON.stringify({ amount: `7319.${Date.now() % 10_000}`, currency: 'EUR' });
      await st2.submit(alice, 'settlement:propose', {
        settlementId, seller: alice.id, buyer: OMNI, securities: { securityId: SEC, amount: '10' }, cash: { securityId: EURC, amount: '1000' }, settleBy: Date.now() + DAY, priceHash: sha256(price),
      }, { price: Buffer.from(price) });
      await st2.submit(custodian, 'settlement:affirm', { settlementId });
      await st2.submit(alice, 'settlement:affirm', { settlementId });
      // alice's bank cannot name the owner: the custodian settles.
      expect(await st2.outcome(alice, 'settlement:settle', { settlementId })).toBe('ST2-INVALID-INPUT');
      const settled = await desk.settle(custodian, { settlementId }, { accountId: OMNI, from: EURC, to: SEC, partyOrgs: [alice.org, custodian.org] }, owner1);
      const events = settled.payload.events as { type: string }[];
      expect(events.map((e) => e.type)).toEqual(['SettlementSettled', 'CustodyDeposited', 'CustodyWithdrawn']);
      expect(JSON.stringify(events)).not.toContain(owner1.owner);
      expect([await st2.balance(audit, SEC, OMNI), await st2.balance(audit, SEC, alice.id), await st2.balance(audit, EURC, OMNI)]).toEqual([10n, 90n, 29000n]);
      const reconciliation = JSON.parse(await st2.evaluate(custodian, 'custody:reconciliation', OMNI)) as { reconciled: boolean; securities: { securityId: string }[] };
      expect(reconciliation.reconciled).toBe(true);
      expect(reconciliation.securities.map((r) => r.securityId).sort()).toEqual([EURC, SEC].sort());
      expect(JSON.parse(await st2.evaluate(audit, 'settlement:getPrice', settlementId))).toEqual(JSON.parse(price));
      expect(JSON.parse(await st2.evaluate(audit, 'settlement:getOwner', settlementId))).toEqual({ owner: owner1.owner });
      expect(JSON.parse(await st2.evaluate(custodian, 'settlement:getOwner', settlementId))).toEqual({ owner: owner1.owner });
      for (const fn of ['settlement:getPrice', 'settlement:getOwner']) {
        expect(await st2.outcomeOf(() => st2.evaluate(ops2, fn, settlementId))).toBe('ST2-UNAUTHORIZED');
      }
    });

    if (backend.endorsedProposal) {
      const endorsedProposal = backend.endorsedProposal;
      it('keeps the owners and the amount of a move between owners out of the transaction bank2\'s peer holds: no transient data, no owner in its arguments', async () => {
        const received = await endorsedProposal('bank2', moveTxId);
        expect(received.args[0]).toBe('custody:move');
        expect(received.transientFields).toEqual([]);
        const text = received.args.join('\n');
        for (const owner of owners) expect(text).not.toContain(owner);
        expect(text).not.toContain('20000');
      });
    }
  });
}
