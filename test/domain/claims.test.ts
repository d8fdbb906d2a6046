import { MAX_TRUSTED_ISSUERS, partyOf, topicVerdict, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, DAY, hash, investor, World } from './world';

const secondKyc = { org: 'Bank2MSP', role: 'claim-issuer', id: 'kyc-two' } as const;
const transfer = (world: World, to: string) => world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to, amount: '1' });
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const addClaim = (world: World, issuer: typeof secondKyc | typeof actors.kycProvider, identityId: string, expiresIn: number) =>
  world.run(issuer, 'AddClaim', { identityId, topic: 'kyc', expiresAt: world.now + expiresIn, evidenceHash: hash(`${issuer.id}:${identityId}`) });

/** alice holds ACME; bob's only kyc claim comes from kyc-provider (1 year); kyc-two is trusted for kyc too. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
  world.givenGoverned('TrustClaimIssuer', { issuer: partyOf(secondKyc), topics: ['kyc'] });
  world.createEquity('ACME');
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '10' });
  return world;
}

describe('claims from several trusted issuers', () => {
  it('keeps a second issuer\'s claim beside the first, never over it', () => {
    const world = setup();
    expect(codeOf(addClaim(world, secondKyc, 'bob', 30 * DAY))).toBe('accepted');
    const claims = world.slice.identities.bob?.claims.kyc ?? [];
    expect(claims.map((c) => c.issuer)).toEqual([partyOf(actors.kycProvider), partyOf(secondKyc)]);
  });

  it('replaces only the issuer\'s own claim when it re-issues', () => {
    const world = setup();
    addClaim(world, secondKyc, 'bob', 30 * DAY);
    world.advance(DAY);
    addClaim(world, secondKyc, 'bob', 60 * DAY);
    const claims = world.slice.identities.bob?.claims.kyc ?? [];
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ issuer: partyOf(secondKyc), issuedAt: world.now, expiresAt: world.now + 60 * DAY });
  });

  it('verifies with any claim that counts: a revoked one does not stop another issuer\'s', () => {
    const world = setup();
    addClaim(world, secondKyc, 'bob', 30 * DAY);
    world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' });
    expect(codeOf(transfer(world, 'bob'))).toBe('accepted');
    const verdict = topicVerdict(world.slice.identities.bob!, 'kyc', world.slice.issuers, world.now);
    expect(verdict).toMatchObject({ verified: true, claim: { issuer: partyOf(secondKyc) } });
  });

  it('reports the latest claim\'s reason, with every claim\'s, when none counts (ST2-CLAIM-EXPIRED, not an error)', () => {
    const world = setup();
    addClaim(world, secondKyc, 'bob', 30 * DAY);
    world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' });
    world.advance(31 * DAY);
    const refused = transfer(world, 'bob');
    expect(codeOf(refused)).toBe('ST2-CLAIM-EXPIRED');
    expect(!refused.ok && refused.details.claims).toEqual([
      { issuer: partyOf(actors.kycProvider), code: 'ST2-CLAIM-REVOKED' },
      { issuer: partyOf(secondKyc), code: 'ST2-CLAIM-EXPIRED' },
    ]);
  });

  it('counts a claim whose issuer is unknown to the slice as untrusted, never as an error', () => {
    const world = setup();
    const bob = world.slice.identities.bob!;
    const verdict = topicVerdict(bob, 'kyc', {}, world.now);
    expect(verdict).toMatchObject({ verified: false, rejection: { code: 'ST2-UNTRUSTED-ISSUER' } });
  });

  it('revokes only the named issuer\'s claim (an admin of the onboarding org names it)', () => {
    const world = setup();
    addClaim(world, secondKyc, 'bob', 30 * DAY);
    world.given(actors.admin, 'RevokeClaim', { identityId: 'bob', topic: 'kyc', issuer: partyOf(secondKyc) });
    expect(world.slice.identities.bob?.claims.kyc?.map((c) => c.revoked)).toEqual([false, true]);
  });

  it('refuses to revoke a claim the issuer never made with ST2-NOT-FOUND and changes nothing', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(secondKyc, 'RevokeClaim', { identityId: 'bob', topic: 'kyc' }))).toBe('ST2-NOT-FOUND');
    expect(world.slice).toBe(before);
  });

  it('refuses a claim from a ninth issuer on one topic with ST2-LIMIT-EXCEEDED and changes nothing', () => {
    const world = setup();
    const issuers = Array.from({ length: 7 }, (_, i) => ({ org: 'Bank2MSP', role: 'claim-issuer', id: `kyc-extra-${i}` }) as const);
    for (const issuer of issuers) {
      world.givenGoverned('TrustClaimIssuer', { issuer: partyOf(issuer), topics: ['kyc'] });
      world.given(issuer, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: world.now + DAY, evidenceHash: hash(issuer.id) });
    }
    const before = world.slice;
    expect(codeOf(addClaim(world, secondKyc, 'bob', DAY))).toBe('ST2-LIMIT-EXCEEDED');
    expect(world.slice).toBe(before);
    // A re-issue by an issuer already on the topic is not a new entry.
    expect(codeOf(world.run(issuers[0]!, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: world.now + 2 * DAY, evidenceHash: hash('again') }))).toBe('accepted');
  });
});

describe('trusted claim issuers', () => {
  const trustOf = (world: World) => world.slice.trust.consortium;

  it('adds an issuer once: adding it again is ST2-ALREADY-EXISTS, never a silent merge, and changes nothing', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.governed('TrustClaimIssuer', { issuer: partyOf(secondKyc), topics: ['aml'] }))).toBe('ST2-ALREADY-EXISTS');
    expect(world.slice).toBe(before);
    expect(trustOf(world)).toEqual({ issuers: 2, revision: 0 });
  });

  it('removes an issuer: its claims stop counting at once and the trust revision moves', () => {
    const world = setup();
    world.givenGoverned('RemoveClaimIssuer', { issuer: partyOf(actors.kycProvider) });
    expect(codeOf(transfer(world, 'bob'))).toBe('ST2-UNTRUSTED-ISSUER');
    addClaim(world, secondKyc, 'bob', DAY);
    addClaim(world, secondKyc, 'alice', DAY);
    expect(codeOf(transfer(world, 'bob'))).toBe('accepted');
    expect(trustOf(world)).toEqual({ issuers: 1, revision: 1 });
  });

  it('narrows an issuer\'s topics (revision moves) but widening does not move it', () => {
    const world = setup();
    world.givenGoverned('SetClaimIssuerTopics', { issuer: partyOf(secondKyc), topics: ['kyc', 'aml'] });
    expect(trustOf(world)?.revision).toBe(0);
    world.givenGoverned('SetClaimIssuerTopics', { issuer: partyOf(actors.kycProvider), topics: ['aml'] });
    expect(trustOf(world)?.revision).toBe(1);
    expect(codeOf(transfer(world, 'bob'))).toBe('ST2-UNTRUSTED-ISSUER');
  });

  it('refuses to change or remove an issuer that is not trusted with ST2-NOT-FOUND', () => {
    const world = setup();
    world.givenGoverned('RemoveClaimIssuer', { issuer: partyOf(secondKyc) });
    const before = world.slice;
    expect(codeOf(world.governed('RemoveClaimIssuer', { issuer: partyOf(secondKyc) }))).toBe('ST2-NOT-FOUND');
    expect(codeOf(world.governed('SetClaimIssuerTopics', { issuer: partyOf(secondKyc), topics: ['kyc'] }))).toBe('ST2-NOT-FOUND');
    expect(world.slice).toBe(before);
    // Re-adding a removed issuer is allowed.
    expect(codeOf(world.governed('TrustClaimIssuer', { issuer: partyOf(secondKyc), topics: ['kyc'] }))).toBe('accepted');
  });

  it.each([
    ['an admin of an org that is not a consortium administrator', { ...actors.admin, org: 'CustodianMSP' }],
    ['a claim issuer', actors.kycProvider],
    ['an agent of the administrator org', actors.agent],
  ])('refuses a change by %s with ST2-UNAUTHORIZED and changes nothing', (_who, actor) => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(actor, 'RemoveClaimIssuer', { issuer: partyOf(actors.kycProvider) }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actor, 'SetClaimIssuerTopics', { issuer: partyOf(actors.kycProvider), topics: ['aml'] }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actor, 'TrustClaimIssuer', { issuer: { org: 'Bank2MSP', id: 'new' }, topics: ['kyc'] }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('refuses the 65th trusted issuer with ST2-LIMIT-EXCEEDED and changes nothing', () => {
    const world = setup();
    for (let i = 2; i < MAX_TRUSTED_ISSUERS; i++) world.givenGoverned('TrustClaimIssuer', { issuer: { org: 'Bank2MSP', id: `issuer-${i}` }, topics: ['kyc'] });
    const before = world.slice;
    expect(codeOf(world.governed('TrustClaimIssuer', { issuer: { org: 'Bank2MSP', id: 'one-too-many' }, topics: ['kyc'] }))).toBe('ST2-LIMIT-EXCEEDED');
    expect(world.slice).toBe(before);
    world.givenGoverned('RemoveClaimIssuer', { issuer: { org: 'Bank2MSP', id: 'issuer-2' } });
    expect(codeOf(world.governed('TrustClaimIssuer', { issuer: { org: 'Bank2MSP', id: 'one-too-many' }, topics: ['kyc'] }))).toBe('accepted');
  });
});
