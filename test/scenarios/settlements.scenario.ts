import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sha256, St2Client } from './client';

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds and delivery versus payment across the consortium, written once against the Ledger interface and
 * run on every backend: a custodian holds and releases its client's cash, bank1's client sells equity to
 * the custodian's account for a cash token, both legs settling in one transaction or neither; the price
 * stays with the two parties' orgs and the regulator (bank2 cannot read it); an instruction past its date fails.
 */
export function settlementsScenario(backend: Backend): void {
  describe(`holds and settlements scenario on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, kyc, issuer, agent, audit, ops2 } = scenarioCast(backend.msp, 's');
    const { bank1, custodian } = backend.msp;
    const alice = investor(bank1, 'alice');
    const omnibus = investor(custodian, 'omnibus');
    const custodianOps: Caller = { org: custodian, role: 'agent', id: id('custody-ops') };
    const desk: Caller = { org: custodian, role: 'custodian', id: id('desk') };
    const EQUITY = id('ACME');
    const CASH = id('EURT');
    const PRICE = JSON.stringify({ amount: '10250.50', currency: 'EUR' });

    let ledger: Ledger;
    let st2: St2Client;
    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
    });
    afterAll(async () => {
      await ledger?.close();
    });

    const balances = async () => Promise.all([
      st2.balance(audit, EQUITY, alice.id), st2.balance(audit, EQUITY, omnibus.id), st2.balance(audit, CASH, alice.id), st2.balance(audit, CASH, omnibus.id),
    ]);
    const create = (securityId: string) => st2.submit(issuer, 'security:create', {
      securityId, name: `Security ${securityId}`, isin: 'DE000A1B2C38', decimals: 0, rules: { requiredClaims: ['kyc'] },
      agents: [{ org: agent.org, id: agent.id }, { org: desk.org, id: desk.id, powers: ['hold'] }],
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    });
    const propose = (settlementId: string, settleBy: number, price = PRICE) => st2.submit(alice, 'settlement:propose', {
      settlementId, seller: alice.id, buyer: omnibus.id, securities: { securityId: EQUITY, amount: '100' }, cash: { securityId: CASH, amount: '10000' },
      settleBy, priceHash: sha256(price),
    }, { price: Buffer.from(price) });

    it('onboards a bank1 client and the custodian\'s account, and issues the equity and the cash token', async () => {
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      for (const [onboarder, who] of [[ops1, alice], [custodianOps, omnibus]] as const) {
        const record = JSON.stringify({ name: `Investor ${who.id}` });
        await st2.register(onboarder, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'institutional', recordHash: sha256(record) }, Buffer.from(record));
        const evidence = `kyc of ${who.id}`;
        await st2.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      }
      await create(EQUITY);
      await create(CASH);
      await st2.submit(agent, 'token:issue', { securityId: EQUITY, to: alice.id, amount: '1000' });
      await st2.submit(agent, 'token:issue', { securityId: CASH, to: omnibus.id, amount: '100000' });
      expect(await balances()).toEqual([1000n, 0n, 0n, 100000n]);
    });

    it('lets the custodian hold its client\'s cash: held units move by no path until the hold is released or executed', async () => {
      const hold = { holdId: id('h1'), securityId: CASH, holder: omnibus.id, beneficiary: alice.id, amount: '95000', reason: 'margin', expiresAt: Date.now() + DAY };
      await st2.submit(desk, 'hold:place', hold);
      expect(await st2.outcome(omnibus, 'token:transfer', { securityId: CASH, from: omnibus.id, to: alice.id, amount: '5001' })).toBe('ST2-HELD');
      expect(await st2.outcome({ ...desk, org: bank1 }, 'hold:release', { holdId: hold.holdId })).toBe('ST2-UNAUTHORIZED');
      await st2.submit(desk, 'hold:release', { holdId: hold.holdId });
      expect(await st2.outcome(desk, 'hold:execute', { holdId: hold.holdId })).toBe('ST2-HOLD-CLOSED');
      await st2.submit(desk, 'hold:place', { ...hold, holdId: id('h2'), amount: '500' });
      await st2.submit(desk, 'hold:execute', { holdId: id('h2') });
      expect(await balances()).toEqual([1000n, 0n, 500n, 99500n]);
    });

    it('settles delivery versus payment: each side\'s affirmation holds its leg, both legs move in one transaction', async () => {
      const settlementId = id('dvp1');
      const proposed = await propose(settlementId, Date.now() + DAY);
      // The public event carries the price's hash, never the price.
      expect(proposed.events).toEqual([expect.objectContaining({ type: 'SettlementProposed', priceHash: sha256(PRICE) })]);
      expect(proposed.events[0]).not.toHaveProperty('price');
      expect(await st2.outcome(alice, 'settlement:settle', { settlementId })).toBe('ST2-SETTLEMENT-NOT-AFFIRMED');
      await st2.submit(alice, 'settlement:affirm', { settlementId });
      await st2.submit(omnibus, 'settlement:affirm', { settlementId });
      expect(await st2.outcome(alice, 'token:transfer', { securityId: EQUITY, from: alice.id, to: omnibus.id, amount: '901' })).toBe('ST2-HELD');
      const settled = await st2.submit(omnibus, 'settlement:settle', { settlementId });
      expect(settled.events.map((e) => e.type)).toEqual(['SettlementSettled', 'Transferred', 'Transferred']);
      expect(await balances()).toEqual([900n, 100n, 10500n, 89500n]);
      expect(await st2.outcome(omnibus, 'settlement:settle', { settlementId })).toBe('ST2-SETTLEMENT-CLOSED');
    });

    it('keeps the price with the parties\' orgs and the regulator: bank2 cannot read it', async () => {
      const settlementId = id('dvp1');
      for (const reader of [ops1, custodianOps, audit]) expect(await st2.evaluate(reader, 'settlement:getPrice', settlementId)).toBe(PRICE);
      await expect(st2.evaluate(ops2, 'settlement:getPrice', settlementId)).rejects.toMatchObject({ code: 'ST2-UNAUTHORIZED' });
    });

    it('refuses a settlement whose cash leg breaks a rule, with its code, moving neither leg', async () => {
      const settlementId = id('dvp2');
      await propose(settlementId, Date.now() + DAY);
      await st2.submit(alice, 'settlement:affirm', { settlementId });
      await st2.submit(omnibus, 'settlement:affirm', { settlementId });
      await st2.submit(issuer, 'security:setRules', { securityId: CASH, rules: { requiredClaims: ['kyc'], blockedParties: [alice.id] } });
      const before = await balances();
      expect(await st2.outcome(alice, 'settlement:settle', { settlementId })).toBe('ST2-PARTY-BLOCKED');
      expect(await balances()).toEqual(before);
      await st2.submit(issuer, 'security:setRules', { securityId: CASH, rules: { requiredClaims: ['kyc'] } });
      await st2.submit(omnibus, 'settlement:cancel', { settlementId });
      expect((await st2.holding(audit, EQUITY, alice.id)).holds).toEqual([]);
    });

    it('fails an instruction whose settlement date passed unsettled, releasing its holds', async () => {
      const settlementId = id('late');
      const settleBy = Date.now() + 15_000;
      await propose(settlementId, settleBy);
      await st2.submit(alice, 'settlement:affirm', { settlementId });
      expect(await st2.outcome(omnibus, 'settlement:expire', { settlementId })).toBe('ST2-SETTLEMENT-NOT-DUE');
      await sleep(Math.max(0, settleBy - Date.now()) + 2_000);
      expect(await st2.outcome(omnibus, 'settlement:affirm', { settlementId })).toBe('ST2-SETTLEMENT-EXPIRED');
      const failed = await st2.submit(omnibus, 'settlement:expire', { settlementId });
      expect(failed.events).toEqual([expect.objectContaining({ type: 'SettlementClosed', status: 'failed' })]);
      expect((await st2.holding(audit, EQUITY, alice.id)).holds).toEqual([]);
    });
  });
}
