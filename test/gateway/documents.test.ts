import { createHash } from 'node:crypto';
import { ledgerView } from '../security/support/ledger-view';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const prospectus = { uri: 'https://acme.example/prospectus-v1.pdf', hash: sha('prospectus v1') };

describe('documents of a security (ERC-1643) over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const documentsAt = async (actor: Actor, txId: unknown) => (await ok(h, actor, 'GET', `/v1/securities/ACME/documents?consistentWith=${String(txId)}`)).body;

  it('sets a document by name (PUT) and lists and reads it, for any role', async () => {
    const set = await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/documents/prospectus', prospectus);
    expect(set.status).toBe(200);
    expect(set.body.events).toEqual([expect.objectContaining({ type: 'DocumentAttached', v: 2, name: 'prospectus', ...prospectus })]);
    const listed = await documentsAt(cast.alice, set.body.txId);
    expect(listed).toEqual({ securityId: 'ACME', documents: [{ name: 'prospectus', ...prospectus, attachedAt: expect.any(Number) }] });
    const read = await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/documents/prospectus');
    expect(read.body).toMatchObject({ name: 'prospectus', ...prospectus });
  });

  it('replaces a document of the same name, from PUT or the POST that names it in the body', async () => {
    const v2 = { uri: 'https://acme.example/prospectus-v2.pdf', hash: sha('prospectus v2') };
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/documents/prospectus', v2);
    const posted = await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/documents', { name: 'articles', hash: sha('articles') });
    expect(posted.status).toBe(201);
    const listed = await documentsAt(cast.agent, posted.body.txId);
    expect(listed.documents).toEqual([
      { name: 'prospectus', ...v2, attachedAt: expect.any(Number) },
      { name: 'articles', hash: sha('articles'), attachedAt: expect.any(Number) },
    ]);
  });

  it('removes a document (DELETE): it is gone from the list and reading it is 404', async () => {
    const removed = await ok(h, cast.issuer, 'DELETE', '/v1/securities/ACME/documents/articles');
    expect(removed.body.events).toEqual([expect.objectContaining({ type: 'DocumentRemoved', v: 1, name: 'articles' })]);
    expect((await documentsAt(cast.issuer, removed.body.txId)).documents).toEqual([expect.objectContaining({ name: 'prospectus' })]);
    expect(await call(h, cast.issuer, 'GET', '/v1/securities/ACME/documents/articles')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('answers 404 ST2-NOT-FOUND for removing a document that does not exist, and for an unknown security', async () => {
    expect(await call(h, cast.issuer, 'DELETE', '/v1/securities/ACME/documents/nothing')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
    expect(await call(h, cast.issuer, 'GET', '/v1/securities/NOPE/documents')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });

  it('refuses a URI without a scheme with 400 ST2-INVALID-INPUT', async () => {
    expect(await call(h, cast.issuer, 'PUT', '/v1/securities/ACME/documents/prospectus', { ...prospectus, uri: 'prospectus.pdf' })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });

  describe('attacker side: nothing changes', () => {
    it.each([
      ['an investor (403 at the gateway)', cast.alice],
      ['the regulator (403 at the gateway)', cast.regulator],
      ['the security’s own agent (403 at the gateway: documents are the issuer’s configuration)', cast.agent],
      ['the issuer’s id under another org (403 from the chaincode)', { ...cast.issuer, org: 'bank2' } as Actor],
    ])('refuses %s setting or removing documents with ST2-UNAUTHORIZED', async (_who, attacker) => {
      const before = await ledgerView(h);
      const documentsBefore = (await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/documents')).body;
      const forged = { uri: 'https://evil.example/prospectus.pdf', hash: sha('forged') };
      expect(await call(h, attacker, 'PUT', '/v1/securities/ACME/documents/prospectus', forged)).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(await call(h, attacker, 'POST', '/v1/securities/ACME/documents', { name: 'evil', ...forged })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(await call(h, attacker, 'DELETE', '/v1/securities/ACME/documents/prospectus')).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(await ledgerView(h)).toEqual(before);
      expect((await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/documents')).body).toEqual(documentsBefore);
    });
  });
});

describe('documents of a partition over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  const memo = { uri: 'https://acme.example/reg-s-memo.pdf', hash: sha('reg-s memo') };
  const url = '/v1/securities/ACME/partitions/reg-s/documents';

  it('sets, lists, reads and removes a partition\'s document apart from the security\'s own of the same name', async () => {
    await ok(h, cast.issuer, 'PUT', '/v1/securities/ACME/documents/memo', { hash: sha('security memo') });
    const set = await ok(h, cast.issuer, 'PUT', `${url}/memo`, memo);
    expect(set.body.events).toEqual([expect.objectContaining({ type: 'DocumentAttached', name: 'memo', partition: 'reg-s', ...memo })]);
    const listed = await ok(h, cast.alice, 'GET', `${url}?consistentWith=${String(set.body.txId)}`);
    expect(listed.body).toEqual({ securityId: 'ACME', documents: [{ name: 'memo', partition: 'reg-s', ...memo, attachedAt: expect.any(Number) }] });
    expect((await ok(h, cast.regulator, 'GET', `${url}/memo`)).body).toMatchObject({ partition: 'reg-s', ...memo });
    expect((await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/documents/memo')).body).toMatchObject({ hash: sha('security memo') });
    expect((await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/documents')).body.documents).toHaveLength(2);
    const removed = await ok(h, cast.issuer, 'DELETE', `${url}/memo`, {});
    expect(removed.body.events).toEqual([expect.objectContaining({ type: 'DocumentRemoved', name: 'memo', partition: 'reg-s' })]);
    expect(await call(h, cast.agent, 'GET', `${url}/memo?consistentWith=${String(removed.body.txId)}`)).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
    expect((await ok(h, cast.regulator, 'GET', '/v1/securities/ACME/documents/memo')).body).toMatchObject({ hash: sha('security memo') });
  });

  it.each([
    ['an agent', 403, 'ST2-UNAUTHORIZED', cast.agent, 'PUT', `/v1/securities/ACME/partitions/reg-s/documents/memo`],
    ['the issuer\'s namesake of another org', 403, 'ST2-UNAUTHORIZED', { ...cast.issuer, org: 'bank2' }, 'PUT', `/v1/securities/ACME/partitions/reg-s/documents/memo`],
    ['a partition name that is not one', 400, 'ST2-INVALID-INPUT', cast.issuer, 'PUT', `/v1/securities/ACME/partitions/Reg%20S/documents/memo`],
    ['a missing document', 404, 'ST2-NOT-FOUND', cast.issuer, 'DELETE', `/v1/securities/ACME/partitions/reg-s/documents/nothing`],
  ] as const)('refuses %s with %i %s, changing nothing', async (_what, status, code, actor, method, target) => {
    const height = await h.ledger.height();
    const before = (await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/documents?position=${height}`)).body;
    expect(await call(h, actor, method, target, method === 'PUT' ? memo : {})).toMatchObject({ status, body: { error: { code } } });
    expect(await h.ledger.height()).toBe(height);
    expect((await ok(h, cast.regulator, 'GET', `/v1/securities/ACME/documents?position=${height}`)).body).toEqual(before);
  });
});
