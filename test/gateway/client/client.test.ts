import type { AddressInfo } from 'node:net';
import { createSt2Client, type St2Client } from '../../../gateway/src/client';
import { cast, party } from '../support/cast';
import { startHarness, type Actor, type Harness } from '../support/harness';
import { kycRecord, YEAR } from '../support/world';

/**
 * The contract proven by a consumer: a member's back office drives a real gateway over real HTTP through the
 * client generated from /openapi.json. Every path, parameter and body below is checked by the compiler against
 * the served document (npm run typecheck), so a contract change that breaks clients breaks this build.
 */
describe('the typed client over HTTP', () => {
  let h: Harness;
  let base: string;
  const as = (actor: Actor): St2Client => createSt2Client({ baseUrl: base, token: h.auth(actor).authorization.slice('Bearer '.length) });

  beforeAll(async () => {
    h = await startHarness();
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => h.close());

  /** The answer of a write the test expects to succeed, or a failure naming the refusal. */
  function applied<T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T {
    if (data === undefined) throw new Error(`${response.url}: ${response.status} ${JSON.stringify(error)}`);
    return data;
  }

  it('onboards investors, creates a security, issues, transfers and reads the holdings', async () => {
    const trust = { body: { issuer: party(cast.kyc), topics: ['kyc'] } };
    applied(await as(cast.admin).POST('/v1/claim-issuers', trust));
    applied(await as(cast.admin2).POST('/v1/claim-issuers', trust));
    for (const [id, jurisdiction] of [['alice', 'FR'], ['bob', 'DE']] as const) {
      applied(await as(cast.agent).POST('/v1/identities', { body: { identityId: id, investor: id, jurisdiction, investorType: 'retail', record: kycRecord(id) } }));
      applied(await as(cast.kyc).POST('/v1/identities/{id}/claims', {
        params: { path: { id } },
        body: { topic: 'kyc', expiresAt: h.clock.now + YEAR, evidence: { method: 'document-check', reference: `kyc-${id}` } },
      }));
    }
    applied(await as(cast.issuer).POST('/v1/securities', {
      body: {
        securityId: 'ACME', name: 'ACME ordinary shares', isin: 'FR0000000001', decimals: 0,
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
        rules: { requiredClaims: ['kyc'] }, agents: [party(cast.agent)],
      },
    }));
    const issuance = { params: { path: { id: 'ACME' }, header: { 'idempotency-key': 'issue-alice-1' } }, body: { to: 'alice', amount: '1000' } };
    const issued = applied(await as(cast.issuer).POST('/v1/securities/{id}/issuances', issuance));
    // The same Idempotency-Key answers the first response: nothing is issued twice.
    expect(applied(await as(cast.issuer).POST('/v1/securities/{id}/issuances', issuance)).txId).toBe(issued.txId);

    const transfer = applied(await as(cast.alice).POST('/v1/transfers', { body: { securityId: 'ACME', from: 'alice', to: 'bob', amount: '250' } }));
    expect(transfer.events).toEqual([expect.objectContaining({ type: 'Transferred', from: 'alice', to: 'bob', amount: '250' })]);

    const own = applied(await as(cast.alice).GET('/v1/holdings', { params: { query: { consistentWith: transfer.txId } } }));
    expect(own.holdings.map(({ securityId, balance }) => [securityId, balance])).toEqual([['ACME', '750']]);
    const bob = applied(await as(cast.regulator).GET('/v1/securities/{id}/holdings/{holder}', { params: { path: { id: 'ACME', holder: 'bob' }, query: { consistentWith: transfer.txId } } }));
    expect(bob).toMatchObject({ balance: '250', free: '250', frozen: '0', held: '0' });
  });

  it('hands a refusal over as its typed error body, with the reason code and nothing changed', async () => {
    const position = String(await h.ledger.height());
    const refused = await as(cast.alice).POST('/v1/transfers', { body: { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1000000' } });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.error.code).toBe('ST2-INSUFFICIENT-BALANCE');
    const own = applied(await as(cast.alice).GET('/v1/holdings', { params: { query: { position } } }));
    expect(own.holdings.map(({ balance }) => balance)).toEqual(['750']);
  });

  it('refuses at compile time what the gateway refuses at run time: an amount must be a decimal string', async () => {
    // @ts-expect-error amounts are decimal strings on the wire, never numbers (the document says so)
    const refused = await as(cast.alice).POST('/v1/transfers', { body: { securityId: 'ACME', from: 'alice', to: 'bob', amount: 5 } });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.error.code).toBe('ST2-INVALID-INPUT');
  });
});
