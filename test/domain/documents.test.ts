import { MAX_DOCUMENTS, type Decision, type DomainEvent } from '@st2/chaincode';
import { actors, DAY, hash, investor, World } from './world';

const prospectus = { securityId: 'ACME', name: 'prospectus', uri: 'https://acme.example/prospectus-v1.pdf', hash: hash('prospectus v1') };

function refusal(decision: Decision<DomainEvent>): string {
  return decision.ok ? 'accepted' : decision.code;
}

function acme(): World {
  const world = World.withInvestors();
  world.createEquity('ACME');
  return world;
}

describe('documents (ERC-1643)', () => {
  it('sets a document with its URI, hash and time, as a DocumentAttached v2 event', () => {
    const world = acme();
    const events = world.given(actors.issuer, 'AttachDocument', prospectus);
    expect(events).toEqual([{ type: 'DocumentAttached', v: 2, at: world.now, securityId: 'ACME', name: 'prospectus', uri: prospectus.uri, hash: prospectus.hash }]);
    expect(world.slice.securities.ACME?.documents).toEqual([{ name: 'prospectus', uri: prospectus.uri, hash: prospectus.hash, attachedAt: world.now }]);
  });

  it('replaces a document of the same name in place, keeping the others and their order', () => {
    const world = acme();
    world.given(actors.issuer, 'AttachDocument', prospectus);
    world.given(actors.issuer, 'AttachDocument', { securityId: 'ACME', name: 'articles', uri: 'ipfs://bafy-articles', hash: hash('articles') });
    world.advance(DAY);
    world.given(actors.issuer, 'AttachDocument', { ...prospectus, uri: 'https://acme.example/prospectus-v2.pdf', hash: hash('prospectus v2') });
    expect(world.slice.securities.ACME?.documents).toEqual([
      { name: 'prospectus', uri: 'https://acme.example/prospectus-v2.pdf', hash: hash('prospectus v2'), attachedAt: world.now },
      { name: 'articles', uri: 'ipfs://bafy-articles', hash: hash('articles'), attachedAt: world.now - DAY },
    ]);
  });

  it('removes a document with a DocumentRemoved event', () => {
    const world = acme();
    world.given(actors.issuer, 'AttachDocument', prospectus);
    expect(world.given(actors.issuer, 'RemoveDocument', { securityId: 'ACME', name: 'prospectus' })).toEqual([
      { type: 'DocumentRemoved', v: 1, at: world.now, securityId: 'ACME', name: 'prospectus' },
    ]);
    expect(world.slice.securities.ACME?.documents).toEqual([]);
  });

  it('refuses removing a document the security does not have with ST2-NOT-FOUND', () => {
    const world = acme();
    expect(refusal(world.run(actors.issuer, 'RemoveDocument', { securityId: 'ACME', name: 'prospectus' }))).toBe('ST2-NOT-FOUND');
  });

  it('refuses a document on an unknown security with ST2-NOT-FOUND', () => {
    const world = acme();
    expect(refusal(world.run(actors.issuer, 'AttachDocument', { ...prospectus, securityId: 'NOPE' }))).toBe('ST2-NOT-FOUND');
  });

  it.each([
    ['an investor', investor('alice')],
    ['the security’s own agent (documents are the issuer’s configuration)', actors.agent],
    ['another security’s agent', actors.onboarder2],
    ['the regulator', actors.regulator],
    ['the issuer’s id under another org', { ...actors.issuer, org: 'Bank2MSP' }],
  ])('refuses %s setting or removing a document with ST2-UNAUTHORIZED, changing nothing', (_who, actor) => {
    const world = acme();
    world.given(actors.issuer, 'AttachDocument', prospectus);
    const before = world.slice;
    expect(refusal(world.run(actor, 'AttachDocument', { ...prospectus, hash: hash('forged') }))).toBe('ST2-UNAUTHORIZED');
    expect(refusal(world.run(actor, 'RemoveDocument', { securityId: 'ACME', name: 'prospectus' }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it(`refuses a ${MAX_DOCUMENTS + 1}th name with ST2-DOCUMENT-LIMIT, yet replaces an existing one at the limit`, () => {
    const world = acme();
    for (let i = 0; i < MAX_DOCUMENTS; i++) world.given(actors.issuer, 'AttachDocument', { securityId: 'ACME', name: `doc-${i}`, hash: hash(`doc ${i}`) });
    expect(refusal(world.run(actors.issuer, 'AttachDocument', { securityId: 'ACME', name: 'one-more', hash: hash('more') }))).toBe('ST2-DOCUMENT-LIMIT');
    expect(refusal(world.run(actors.issuer, 'AttachDocument', { securityId: 'ACME', name: 'doc-0', hash: hash('doc 0 v2') }))).toBe('accepted');
    expect(world.slice.securities.ACME?.documents).toHaveLength(MAX_DOCUMENTS);
  });

  it('refuses a URI without a scheme at the schema (ST2-INVALID-INPUT on the wire)', () => {
    const world = acme();
    expect(() => world.run(actors.issuer, 'AttachDocument', { ...prospectus, uri: 'prospectus.pdf' })).toThrow(/\/uri/);
  });
});

describe('documents of a partition', () => {
  const memo = { securityId: 'ACME', name: 'offering-memorandum', uri: 'https://acme.example/reg-s-memo.pdf', hash: hash('reg-s memo'), partition: 'reg-s' };

  it('sets a document in a partition beside a security-wide one of the same name, each replaced and removed on its own', () => {
    const world = acme();
    world.given(actors.issuer, 'AttachDocument', { ...memo, partition: undefined, hash: hash('security memo') });
    const events = world.given(actors.issuer, 'AttachDocument', memo);
    expect(events).toEqual([{ type: 'DocumentAttached', v: 2, at: world.now, securityId: 'ACME', name: memo.name, partition: 'reg-s', uri: memo.uri, hash: memo.hash }]);
    world.given(actors.issuer, 'AttachDocument', { ...memo, hash: hash('reg-s memo v2') });
    expect(world.slice.securities.ACME?.documents.map((d) => [d.name, d.partition, d.hash])).toEqual([
      [memo.name, undefined, hash('security memo')], [memo.name, 'reg-s', hash('reg-s memo v2')],
    ]);
    world.given(actors.issuer, 'RemoveDocument', { securityId: 'ACME', name: memo.name, partition: 'reg-s' });
    expect(world.slice.securities.ACME?.documents.map((d) => [d.name, d.partition])).toEqual([[memo.name, undefined]]);
  });

  it('refuses removing a partition document that is not there with ST2-NOT-FOUND, and an agent setting one with ST2-UNAUTHORIZED, changing nothing', () => {
    const world = acme();
    world.given(actors.issuer, 'AttachDocument', { ...memo, partition: undefined });
    const before = world.slice;
    expect(refusal(world.run(actors.issuer, 'RemoveDocument', { securityId: 'ACME', name: memo.name, partition: 'reg-s' }))).toBe('ST2-NOT-FOUND');
    expect(refusal(world.run(actors.agent, 'AttachDocument', memo))).toBe('ST2-UNAUTHORIZED');
    expect(refusal(world.run(investor('alice'), 'AttachDocument', memo))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });
});
