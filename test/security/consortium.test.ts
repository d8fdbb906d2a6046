import { CONSORTIUM_POLICY_ENV, consortiumPolicyFromEnvironment, consortiumPolicyOf, st2Contracts } from '@st2/chaincode';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { topology } from '../scenarios/embedded-backend';
import { AttackLedger, msp } from './support';

/**
 * Consortium-wide settings and the roles each org may grant, from the attacker's side: only an admin of
 * an org the topology names a consortium administrator changes trusted claim issuers; a certificate
 * whose role its org may not grant is nobody; and a chaincode started without the policy authorizes
 * nobody at all (fail closed).
 */
describe('consortium policy', () => {
  describe('under the topology of network/topology.json', () => {
    let world: AttackLedger;
    beforeAll(async () => {
      world = await AttackLedger.open();
    });
    afterAll(async () => world.close());

    it('trusts a claim issuer once admins of both consortium administrator orgs approved it, not on one approval', async () => {
      const trust = { issuer: { org: msp.bank2, id: 'kyc-b' }, topics: ['kyc'] };
      const listed = async () => (JSON.parse(await world.st2.evaluate(world.cast.audit, 'identity:listIssuers')) as { id: string }[]).map((i) => i.id);
      const proposed = await world.st2.submit({ org: msp.bank2, role: 'admin', id: 'bank2-admin' }, 'identity:trustIssuer', trust);
      expect(proposed.events).toEqual([expect.objectContaining({ type: 'ConsortiumChangeApproved', executed: false })]);
      expect(await listed()).not.toContain('kyc-b');
      await world.st2.submit({ org: msp.bank1, role: 'admin', id: 'bank1-admin' }, 'consortium:approve', { subject: `issuer:${msp.bank2}:kyc-b` });
      expect(await listed()).toContain('kyc-b');
    });

    it("refuses a custodian admin's and a bank issuer's change to trusted claim issuers with ST2-UNAUTHORIZED, changing nothing", async () => {
      const trust = { issuer: { org: msp.custodian, id: 'custody-kyc' }, topics: ['kyc', 'accredited'] };
      expect(await world.refusal({ org: msp.custodian, role: 'admin', id: 'custody-admin' }, 'identity:trustIssuer', trust)).toBe('ST2-UNAUTHORIZED');
      expect(await world.refusal({ org: msp.bank1, role: 'issuer', id: 'bank1-issuer' }, 'identity:trustIssuer', trust)).toBe('ST2-UNAUTHORIZED');
    });

    it("refuses a certificate whose role its org may not grant (a regulator from a bank's CA, an issuer from the custodian's) with ST2-UNAUTHORIZED", async () => {
      const { cast } = world;
      const alice = cast.investor(msp.bank1, 'alice');
      await world.onboard(alice);
      const bankRegulator: Caller = { org: msp.bank1, role: 'regulator', id: cast.audit.id };
      await expect(world.st2.evaluate(bankRegulator, 'identity:getRecord', alice.id)).rejects.toMatchObject({ code: 'ST2-UNAUTHORIZED' });
      expect(JSON.parse(await world.st2.evaluate(cast.audit, 'identity:getRecord', alice.id))).toEqual({ name: alice.id });
      const custodianIssuer: Caller = { org: msp.custodian, role: 'issuer', id: cast.issuer.id };
      const security = () => world.st2.outcomeOf(() => world.st2.evaluate(cast.ops1, 'security:get', 'CUST-EQ'));
      expect(await world.refusal(custodianIssuer, 'security:create', {
        securityId: 'CUST-EQ', name: 'Custodian shares', isin: 'DE000A1B2C38', decimals: 0, agents: [], rules: { requiredClaims: [] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
      }, security)).toBe('ST2-UNAUTHORIZED');
      expect(await security()).toBe('ST2-NOT-FOUND');
    });
  });

  describe('when the host supplies no policy', () => {
    it("fails closed: every write is refused with ST2-UNAUTHORIZED, a consortium administrator's included", async () => {
      const world = await AttackLedger.open({ contracts: st2Contracts(null) });
      try {
        const { admin1, kyc, issuer } = world.cast;
        expect(await world.refusal(admin1, 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] })).toBe('ST2-UNAUTHORIZED');
        expect(await world.refusal(issuer, 'security:create', {
          securityId: 'EQ', name: 'Shares', isin: 'DE000A1B2C38', decimals: 0, agents: [], rules: { requiredClaims: [] },
          terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
        })).toBe('ST2-UNAUTHORIZED');
        expect(await world.ledger.height()).toBe(0n);
      } finally {
        await world.close();
      }
    });

    it('fails closed when the topology grants no roles: nobody acts', async () => {
      const world = await AttackLedger.open({ topology: { ...topology, orgs: topology.orgs.map((org) => ({ ...org, roles: [], consortiumAdmin: false })) } });
      try {
        const { admin1, kyc } = world.cast;
        expect(await world.refusal(admin1, 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] })).toBe('ST2-UNAUTHORIZED');
      } finally {
        await world.close();
      }
    });
  });

  describe('on a Fabric chaincode server', () => {
    it(`reads the policy from ${CONSORTIUM_POLICY_ENV} as scripts/network writes it from the topology`, () => {
      const policy = consortiumPolicyOf(topology.orgs);
      expect(consortiumPolicyFromEnvironment({ [CONSORTIUM_POLICY_ENV]: JSON.stringify(policy) })).toEqual(policy);
      expect(policy.orgs[msp.custodian]).toEqual({ kind: 'custodian', roles: ['admin', 'agent', 'custodian', 'investor'], consortiumAdmin: false });
      expect(policy.orgs[msp.regulator]).toEqual({ kind: 'regulator', roles: ['regulator'], consortiumAdmin: false });
    });

    it('has no policy (so authorizes nobody) when the variable is absent, and refuses to start on a malformed one', () => {
      expect(consortiumPolicyFromEnvironment({})).toBeNull();
      expect(() => consortiumPolicyFromEnvironment({ [CONSORTIUM_POLICY_ENV]: JSON.stringify({ orgs: { Bank1MSP: { roles: ['root'], consortiumAdmin: true } } }) })).toThrow('ST2-INVALID-INPUT');
      expect(() => consortiumPolicyOf([{ mspId: 'Bank1MSP', roles: ['root'], consortiumAdmin: true }])).toThrow('invalid consortium policy');
    });
  });
});
