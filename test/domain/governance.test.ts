import { partyOf, type Actor, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, DAY, World } from './world';

/**
 * Consortium governance: a consortium-wide setting changes only when the policy's threshold of
 * administrator orgs (2 in network/topology.json: bank1 and bank2) approved the same change.
 */
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const newIssuer = { org: 'Bank2MSP', id: 'kyc-b' };
const trust = { issuer: newIssuer, topics: ['kyc'] };
const subject = 'issuer:Bank2MSP:kyc-b';
const custodianAdmin: Actor = { org: 'CustodianMSP', role: 'admin', id: 'custody-admin' };
const trusted = (world: World) => world.slice.issuers['Bank2MSP\u0000kyc-b']?.topics ?? [];

describe('consortium changes (N of M)', () => {
  it('a first approval only proposes: the issuer is not trusted until a second administrator org approves', () => {
    const world = World.withInvestors();
    const proposed = world.given(actors.admin, 'TrustClaimIssuer', trust);
    expect(proposed).toEqual([expect.objectContaining({ type: 'ConsortiumChangeApproved', subject, approvals: ['Bank1MSP'], required: 2, executed: false })]);
    expect(trusted(world)).toEqual([]);
    const executed = world.given(actors.admin2, 'TrustClaimIssuer', trust);
    expect(executed.map((e) => e.type)).toEqual(['ConsortiumChangeApproved', 'ClaimIssuerTrusted']);
    expect(trusted(world)).toEqual(['kyc']);
    expect(world.slice.changes[subject]).toMatchObject({ approvals: ['Bank1MSP', 'Bank2MSP'], executed: true });
  });

  it('approves a pending change by its subject, as proposed', () => {
    const world = World.withInvestors();
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    expect(codeOf(world.run(actors.admin2, 'ApproveConsortiumChange', { subject }))).toBe('accepted');
    expect(trusted(world)).toEqual(['kyc']);
  });

  it('refuses a second approval by the same org with ST2-ALREADY-APPROVED and changes nothing', () => {
    const world = World.withInvestors();
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    const before = world.slice;
    expect(codeOf(world.run({ ...actors.admin, id: 'another-bank1-admin' }, 'TrustClaimIssuer', trust))).toBe('ST2-ALREADY-APPROVED');
    expect(codeOf(world.run(actors.admin, 'ApproveConsortiumChange', { subject }))).toBe('ST2-ALREADY-APPROVED');
    expect(world.slice).toBe(before);
  });

  it('refuses a different change of the same subject while one is pending with ST2-CHANGE-CONFLICT', () => {
    const world = World.withInvestors();
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    const before = world.slice;
    const other = world.run(actors.admin2, 'TrustClaimIssuer', { issuer: newIssuer, topics: ['kyc', 'aml'] });
    expect(other).toMatchObject({ ok: false, code: 'ST2-CHANGE-CONFLICT', details: { subject, approvals: ['Bank1MSP'] } });
    expect(world.slice).toBe(before);
  });

  it('lets a change expire after seven days: approving it then is ST2-CHANGE-EXPIRED, and proposing it again starts afresh', () => {
    const world = World.withInvestors();
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    world.advance(7 * DAY);
    const before = world.slice;
    expect(codeOf(world.run(actors.admin2, 'ApproveConsortiumChange', { subject }))).toBe('ST2-CHANGE-EXPIRED');
    expect(world.slice).toBe(before);
    const again = world.given(actors.admin2, 'TrustClaimIssuer', trust);
    expect(again).toEqual([expect.objectContaining({ approvals: ['Bank2MSP'], executed: false })]);
    expect(trusted(world)).toEqual([]);
  });

  it('refuses to approve what is not pending with ST2-NOT-FOUND', () => {
    const world = World.withInvestors();
    expect(codeOf(world.run(actors.admin2, 'ApproveConsortiumChange', { subject }))).toBe('ST2-NOT-FOUND');
    world.givenGoverned('TrustClaimIssuer', trust);
    expect(codeOf(world.run(actors.admin, 'ApproveConsortiumChange', { subject }))).toBe('ST2-NOT-FOUND');
  });

  it.each([
    ['an admin of an org that does not administer the consortium', custodianAdmin],
    ['an agent of an administrator org', actors.agent],
    ['the regulator', actors.regulator],
  ])('refuses approvals by %s with ST2-UNAUTHORIZED and changes nothing', (_who, actor) => {
    const world = World.withInvestors();
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    const before = world.slice;
    expect(codeOf(world.run(actor, 'TrustClaimIssuer', trust))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actor, 'ApproveConsortiumChange', { subject }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actor, 'SetConsortiumAdmins', { admins: ['CustodianMSP'], approvals: 1 }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('checks a change against the state when it executes: an issuer trusted meanwhile is ST2-ALREADY-EXISTS', () => {
    const world = World.withInvestors();
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    world.givenGoverned('RemoveClaimIssuer', { issuer: partyOf(actors.kycProvider) });
    expect(codeOf(world.run(actors.admin, 'ApproveConsortiumChange', { subject: `issuer:${actors.kycProvider.org}:${actors.kycProvider.id}` }))).toBe('ST2-NOT-FOUND');
    expect(codeOf(world.governed('SetClaimIssuerTopics', { issuer: partyOf(actors.kycProvider), topics: ['kyc'] }))).toBe('ST2-NOT-FOUND');
  });
});

describe('the consortium policy on the ledger', () => {
  it('admits a new org by approved change: its admin certificates then act, before they were refused', () => {
    const world = World.withInvestors();
    const newcomer: Actor = { org: 'Bank3MSP', role: 'agent', id: 'bank3-ops' };
    const register = { identityId: 'zoe', investor: 'person-zoe', jurisdiction: 'DE', investorType: 'retail', recordHash: 'a'.repeat(64) };
    expect(world.governed('SetOrgRoles', { org: 'Bank3MSP', roles: ['agent', 'investor'] })).toMatchObject({ ok: true });
    expect(world.slice.consortium.policy?.orgs['Bank3MSP']).toEqual({ roles: ['agent', 'investor'], consortiumAdmin: false });
    expect(codeOf(world.run(newcomer, 'RegisterIdentity', register))).toBe('accepted');
  });

  it('refuses to take the admin role from an administrator org (nobody could approve for it) and changes nothing', () => {
    const world = World.withInvestors();
    const before = world.slice;
    expect(codeOf(world.run(actors.admin, 'SetOrgRoles', { org: 'Bank2MSP', roles: ['investor'] }))).toBe('ST2-INVALID-INPUT');
    expect(world.slice).toBe(before);
  });

  it('grants the cash-issuer role to a bank by approved change, never to the custodian nor to an org admitted without a kind', () => {
    const world = World.withInvestors();
    world.governed('SetOrgRoles', { org: 'Bank3MSP', roles: ['investor'] });
    const before = world.slice;
    for (const org of ['CustodianMSP', 'Bank3MSP']) {
      expect(world.run(actors.admin, 'SetOrgRoles', { org, roles: ['custodian', 'cash-issuer'] })).toMatchObject({ ok: false, code: 'ST2-INVALID-INPUT', details: { org, role: 'cash-issuer' } });
    }
    expect(world.slice).toBe(before);
    expect(world.governed('SetOrgRoles', { org: 'Bank2MSP', roles: ['admin', 'agent', 'investor', 'cash-issuer'] })).toMatchObject({ ok: true });
    expect(world.slice.consortium.policy?.orgs['Bank2MSP']).toMatchObject({ roles: expect.arrayContaining(['cash-issuer']), kind: 'bank' });
  });

  it('refuses administrators who cannot reach the threshold or lack the admin role', () => {
    const world = World.withInvestors();
    expect(codeOf(world.run(actors.admin, 'SetConsortiumAdmins', { admins: ['Bank1MSP'], approvals: 2 }))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(world.run(actors.admin, 'SetConsortiumAdmins', { admins: ['Bank1MSP', 'RegulatorMSP'], approvals: 1 }))).toBe('ST2-INVALID-INPUT');
  });

  it('changes the administrators and the threshold: the new ones decide from then on, an old one no longer may', () => {
    const world = World.withInvestors();
    world.givenGoverned('SetConsortiumAdmins', { admins: ['Bank1MSP', 'Bank2MSP', 'CustodianMSP'], approvals: 3 });
    expect(world.slice.consortium.policy?.approvals).toBe(3);
    world.given(actors.admin, 'TrustClaimIssuer', trust);
    world.given(actors.admin2, 'TrustClaimIssuer', trust);
    expect(trusted(world)).toEqual([]);
    world.given(custodianAdmin, 'ApproveConsortiumChange', { subject });
    expect(trusted(world)).toEqual(['kyc']);

    const shrink = { admins: ['Bank1MSP', 'Bank2MSP'], approvals: 2 };
    for (const admin of [actors.admin, actors.admin2, custodianAdmin]) world.given(admin, 'SetConsortiumAdmins', shrink);
    expect(world.slice.consortium.policy?.orgs['CustodianMSP']?.consortiumAdmin).toBe(false);
    expect(codeOf(world.run(custodianAdmin, 'RemoveClaimIssuer', { issuer: newIssuer }))).toBe('ST2-UNAUTHORIZED');
  });

  it('counts only the approvals of orgs that administer the consortium when a change executes', () => {
    const world = World.withInvestors();
    world.givenGoverned('SetConsortiumAdmins', { admins: ['Bank1MSP', 'Bank2MSP', 'CustodianMSP'], approvals: 2 });
    world.given(custodianAdmin, 'TrustClaimIssuer', trust);
    world.givenGoverned('SetConsortiumAdmins', { admins: ['Bank1MSP', 'Bank2MSP'], approvals: 2 });
    // The custodian's approval was given while it administered; it no longer counts.
    expect(world.given(actors.admin, 'ApproveConsortiumChange', { subject })).toEqual([expect.objectContaining({ approvals: ['Bank1MSP'], executed: false })]);
    expect(trusted(world)).toEqual([]);
    world.given(actors.admin2, 'ApproveConsortiumChange', { subject });
    expect(trusted(world)).toEqual(['kyc']);
  });
});
