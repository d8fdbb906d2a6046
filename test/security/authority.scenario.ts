import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from '../scenarios/backend';
import { scenarioCast } from '../scenarios/cast';
import { sha256, St2Client } from '../scenarios/client';

const DAY = 86_400_000;

/**
 * Powers belong to (org, id), never to an id alone: written from the attacker's side and run on every
 * backend. Each impostor holds a real certificate from its own org's CA (the embedded ledger's CA, or a
 * Fabric member's CA) carrying the same `st2.id` as the power holder it impersonates, with a role its
 * org may grant. Every attempt is refused, and the records it aimed at are exactly as before.
 */
export function authorityScenario(backend: Backend): void {
  describe(`authority bound to organisations on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, kyc, issuer, agent, audit } = scenarioCast(backend.msp, 'auth');
    const { bank1, bank2, custodian } = backend.msp;
    const alice = investor(bank1, 'alice');
    const bob = investor(bank1, 'bob');
    const SEC = id('ACME');
    /** The same st2 ids, certified by another member's CA. */
    const as = (org: string, who: Caller): Caller => ({ ...who, org });
    const fakeIssuer = as(bank2, issuer);
    const fakeAgent = as(custodian, agent);
    const fakeKyc = as(bank1, kyc);
    const custodianAdmin: Caller = { org: custodian, role: 'admin', id: id('custody-admin') };

    let ledger: Ledger;
    let st2: St2Client;

    /** Every record the attacks aim at, as the chaincode answers for it. */
    const snapshot = async () => ({
      security: await st2.evaluate(audit, 'security:get', SEC),
      holdings: await Promise.all([alice, bob].map((who) => st2.evaluate(audit, 'token:getHolding', SEC, who.id))),
      identities: await Promise.all([alice, bob].map((who) => st2.evaluate(audit, 'identity:get', who.id))),
    });

    /** The attempt is refused with `code`, and nothing it aimed at changed. */
    const refusedChangingNothing = async (code: string, caller: Caller, fn: string, input: object, transient?: Record<string, Uint8Array>) => {
      const before = await snapshot();
      expect(await st2.outcome(caller, fn, input, transient)).toBe(code);
      expect(await snapshot()).toEqual(before);
    };

    const evidence = (what: string) => ({ evidenceHash: sha256(what), transient: { evidence: Buffer.from(what) } });

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      for (const who of [alice, bob]) {
        const record = JSON.stringify({ name: who.id });
        await st2.register(ops1, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
        const claim = evidence(`kyc of ${who.id}`);
        await st2.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: claim.evidenceHash }, claim.transient);
      }
      await st2.submit(issuer, 'security:create', {
        securityId: SEC, name: 'ACME ordinary shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '100' });
    });
    afterAll(async () => {
      await ledger?.close();
    });

    it("refuses issuance by another org's certificate carrying the issuer's id with ST2-UNAUTHORIZED", async () => {
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeIssuer, 'token:issue', { securityId: SEC, to: bob.id, amount: '1000000' });
    });

    it("refuses the issuer's other powers (rules, pause, redemption) to another org's namesake with ST2-UNAUTHORIZED", async () => {
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeIssuer, 'security:setRules', { securityId: SEC, rules: { requiredClaims: [] } });
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeIssuer, 'security:pause', { securityId: SEC });
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeIssuer, 'token:redeem', { securityId: SEC, from: alice.id, amount: '100' });
    });

    it("refuses forced transfers, freezes and recovery by another org's certificate carrying the agent's id with ST2-UNAUTHORIZED", async () => {
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeAgent, 'token:forcedTransfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '100' });
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeAgent, 'token:freeze', { securityId: SEC, holder: alice.id });
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeAgent, 'token:recover', { securityId: SEC, lost: alice.id, replacement: bob.id });
    });

    it("refuses claims by another org's certificate carrying the trusted claim issuer's id with ST2-UNTRUSTED-ISSUER", async () => {
      const claim = evidence('forged accreditation');
      await refusedChangingNothing('ST2-UNTRUSTED-ISSUER', fakeKyc, 'identity:addClaim', { identityId: bob.id, topic: 'kyc', expiresAt: Date.now() + DAY, evidenceHash: claim.evidenceHash }, claim.transient);
    });

    it("refuses revocation of a claim by the issuer's namesake in another org with ST2-UNAUTHORIZED", async () => {
      // Naming the real issuer's claim: the namesake is not that party. (Without `issuer`, it names its own claim, which does not exist.)
      await refusedChangingNothing('ST2-UNAUTHORIZED', fakeKyc, 'identity:revokeClaim', { identityId: alice.id, topic: 'kyc', issuer: { org: kyc.org, id: kyc.id } });
      await refusedChangingNothing('ST2-NOT-FOUND', fakeKyc, 'identity:revokeClaim', { identityId: alice.id, topic: 'kyc' });
    });

    it("refuses removing or narrowing a trusted issuer by the custodian's admin (not a consortium administrator org) with ST2-UNAUTHORIZED", async () => {
      await refusedChangingNothing('ST2-UNAUTHORIZED', custodianAdmin, 'identity:removeIssuer', { issuer: { org: kyc.org, id: kyc.id } });
      await refusedChangingNothing('ST2-UNAUTHORIZED', custodianAdmin, 'identity:setIssuerTopics', { issuer: { org: kyc.org, id: kyc.id }, topics: ['aml'] });
    });

    it("refuses a custodian admin's change to the trusted claim issuers with ST2-UNAUTHORIZED, so its issuer stays untrusted", async () => {
      const rogue: Caller = { org: bank2, role: 'claim-issuer', id: id('rogue-kyc') };
      await refusedChangingNothing('ST2-UNAUTHORIZED', custodianAdmin, 'identity:trustIssuer', { issuer: { org: rogue.org, id: rogue.id }, topics: ['kyc', 'accredited'] });
      const claim = evidence('rogue accreditation');
      // Still untrusted: the refused setting left nothing behind.
      await refusedChangingNothing('ST2-UNTRUSTED-ISSUER', rogue, 'identity:addClaim', { identityId: bob.id, topic: 'kyc', expiresAt: Date.now() + DAY, evidenceHash: claim.evidenceHash }, claim.transient);
    });

    it('still lets the real power holders act (the refusals above are about the org, not the id)', async () => {
      expect(await st2.outcome(issuer, 'token:issue', { securityId: SEC, to: bob.id, amount: '5' })).toBe('accepted');
      expect(await st2.outcome(agent, 'token:freeze', { securityId: SEC, holder: bob.id, amount: '1' })).toBe('accepted');
      expect(await st2.stats(audit, SEC)).toEqual({ supply: '105', holders: 2 });
    });
  });
}
