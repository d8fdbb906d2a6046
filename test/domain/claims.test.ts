import { partyOf, topicVerdict, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, DAY, hash, investor, World } from './world';

const secondKyc = { org: 'Bank2MSP', role: 'claim-issuer', id: 'kyc-two' } as const;
const transfer = (world: World, to: string) => world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to, amount: '1' });
const codeOf = (d: Decision<DomainEvent>) => (d.ok ? 'accepted' : d.code);
const addClaim = (world: World, issuer: typeof secondKyc | typeof actors.kycProvider, identityId: string, expiresIn: number) =>
  world.run(issuer, 'AddClaim', { identityId, topic: 'kyc', expiresAt: world.now + expiresIn, evidenceHash: hash(`${issuer.id}:${identityId}`) });

/** alice holds ACME; bob's only kyc claim comes from kyc-provider (1 year); kyc-two is trusted for kyc too. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
  world.given(actors.admin, 'TrustClaimIssuer', { issuer: partyOf(secondKyc), topics: ['kyc'] });
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
      world.given(actors.admin, 'TrustClaimIssuer', { issuer: partyOf(issuer), topics: ['kyc'] });
      world.given(issuer, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: world.now + DAY, evidenceHash: hash(issuer.id) });
    }
    const before = world.slice;
    expect(codeOf(addClaim(world, secondKyc, 'bob', DAY))).toBe('ST2-LIMIT-EXCEEDED');
    expect(world.slice).toBe(before);
    // A re-issue by an issuer already on the topic is not a new entry.
    expect(codeOf(world.run(issuers[0]!, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: world.now + 2 * DAY, evidenceHash: hash('again') }))).toBe('accepted');
  });
});
