import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { Role } from '@st2/chaincode';
import fc from 'fast-check';
import { ROUTES, type Route } from '../../gateway/src/routes/table';
import { cast, party } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { equity, kycRecord, ok, standardWorld, YEAR } from './support/world';

/** One well-formed body per route that takes one: the fuzzer breaks it in one place. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  'POST /v1/identities': { identityId: 'fz', investor: 'fz', jurisdiction: 'FR', investorType: 'retail', record: kycRecord('fz') },
  'POST /v1/identities/:id/claims': { topic: 'kyc', expiresAt: Date.UTC(2031, 0, 1), evidence: { method: 'x', reference: 'y' } },
  'POST /v1/identities/:id/freeze': { securityId: 'ACME', amount: '1' },
  'POST /v1/identities/:id/unfreeze': { securityId: 'ACME' },
  'POST /v1/identities/:id/recover': { securityId: 'ACME', replacement: 'bob' },
  'POST /v1/claim-issuers': { issuer: { ...party(cast.kyc), id: 'fz-kyc' }, topics: ['kyc'] },
  'PUT /v1/consortium/orgs/:org': { roles: ['investor'] },
  'PUT /v1/consortium/admins': { admins: ['Bank1MSP', 'Bank2MSP'], approvals: 2 },
  'POST /v1/proposals': { proposalId: 'FZ', securityId: 'ACME', title: 'x', options: ['a', 'b'], recordTime: Date.UTC(2031, 0, 1), closesAt: Date.UTC(2031, 0, 2), quorumBps: 1, thresholdBps: 1 },
  'POST /v1/proposals/:id/votes': { voter: 'alice', option: 'a' },
  'POST /v1/securities': equity('FZ'),
  'PUT /v1/securities/:id/rules': { rules: { requiredClaims: ['kyc'], maxHolders: 10 } },
  'POST /v1/securities/:id/documents': { name: 'Prospectus', hash: 'a'.repeat(64) },
  'PUT /v1/securities/:id/documents/:name': { uri: 'https://acme.example/prospectus.pdf', hash: 'a'.repeat(64) },
  'POST /v1/securities/:id/issuances': { to: 'alice', amount: '1' },
  'POST /v1/securities/:id/redemptions': { from: 'alice', amount: '1' },
  'POST /v1/transfers': { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' },
  'POST /v1/transfers/check': { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' },
  'POST /v1/transfers/forced': { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' },
};

const ACTORS: Record<Role, Actor> = {
  admin: cast.admin, issuer: cast.issuer, agent: cast.agent, 'claim-issuer': cast.kyc, custodian: cast.custodian, investor: cast.alice, regulator: cast.regulator, 'cash-issuer': cast.treasury,
};

const QUERY_KEYS = ['limit', 'cursor', 'consistentWith', 'position', 'holder', 'type', 'securityId', 'identity', 'fromBlock', 'unexpected'];

interface Attempt {
  readonly route: Route;
  readonly params: Record<string, string>;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly rawBody: string | undefined;
  readonly idempotencyKey: string | undefined;
}

const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), printable(300), fc.constantFrom('', '-1', '0', '1e3', 'NaN', 'null', '../..', 'ACME', 'alice', '%00', 'a'.repeat(200)));

/** A sample body broken in one place: a field dropped, replaced by anything, or one field too many. */
function brokenBody(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample);
  return fc.oneof(
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(sample).filter(([k]) => k !== key))),
    fc.tuple(fc.constantFrom(...keys), fc.jsonValue()).map(([key, value]) => ({ ...sample, [key]: value })),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue()).filter(([key]) => !keys.includes(key)).map(([key, value]) => ({ ...sample, [key]: value })),
    fc.jsonValue(),
  );
}

const attempts: fc.Arbitrary<Attempt> = fc.constantFrom(...ROUTES).chain((route) => fc.record({
  route: fc.constant(route),
  params: fc.record(Object.fromEntries((route.url.match(/:(\w+)/g) ?? []).map((p) => [p.slice(1), fc.oneof(anyText, fc.constantFrom('ACME', 'alice', 'kyc'))]))),
  query: fc.dictionary(fc.constantFrom(...QUERY_KEYS), anyText, { maxKeys: 3 }),
  body: SAMPLES[`${route.method} ${route.url}`] ? brokenBody(SAMPLES[`${route.method} ${route.url}`] ?? {}) : fc.jsonValue(),
  rawBody: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('{', '{"a":', '[1,', 'null', '"x"')), { freq: 5, nil: undefined }),
  idempotencyKey: fc.option(printable(60), { nil: undefined }),
}));

const compiled = new Map<TSchema, ReturnType<typeof TypeCompiler.Compile>>();
function fails(schema: TSchema | undefined, value: unknown): boolean {
  if (!schema) return false;
  let check = compiled.get(schema);
  if (!check) compiled.set(schema, (check = TypeCompiler.Compile(schema)));
  return !check.Check(value);
}

/**
 * At least one part the route validates is invalid, so nothing it could do may write (nor stream). Parts
 * other than the body are converted first, as the gateway's validator compiler does with query strings.
 */
function isBad({ route, params, query, body, rawBody, idempotencyKey }: Attempt): boolean {
  const { schema } = route.operation;
  // A DELETE is sent without a body (see send), which its empty-object body schema accepts: only its other parts can be bad.
  const hasBody = schema.body !== undefined && route.method !== 'DELETE';
  const headers = idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey };
  const converted = (part: TSchema | undefined, value: unknown) => fails(part, part ? Value.Convert(part, value) : value);
  return converted(schema.params, params)
    || converted(schema.querystring, query)
    || converted(schema.headers, headers)
    || (hasBody && badBody(schema.body, body, rawBody));
}

/** The body the gateway validates: the JSON sent (a JSON `null` is a body, and no object); text that is not JSON is bad. */
function badBody(schema: TSchema | undefined, body: unknown, rawBody: string | undefined): boolean {
  if (rawBody === undefined) return fails(schema, body);
  try {
    return fails(schema, JSON.parse(rawBody));
  } catch {
    return true;
  }
}

function urlOf({ route, params, query }: Attempt): string {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

describe('fuzz: generated bad requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
  }, 60_000);
  afterAll(() => h.close());

  async function send(attempt: Attempt) {
    const { route, body, rawBody, idempotencyKey } = attempt;
    const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
    const actor = ACTORS[route.roles[0] ?? 'admin'];
    return h.app.inject({
      method: route.method,
      url: urlOf(attempt),
      headers: { ...h.auth(actor), ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      ...(hasBody ? { payload: rawBody ?? JSON.stringify(body) } : {}),
    });
  }

  /** The ledger and the read model, once the projection has folded every block. */
  async function state() {
    await projectionCaughtUp(h);
    const events = await h.app.inject({ method: 'GET', url: '/v1/audit/events?limit=1000', headers: h.auth(cast.regulator) });
    const holders = await h.app.inject({ method: 'GET', url: '/v1/audit/securities/ACME/holders', headers: h.auth(cast.regulator) });
    return { height: await h.ledger.height(), events: events.body, holders: holders.body };
  }

  it('answers 2,000 malformed requests with a 4xx and changes nothing', async () => {
    const before = await state();
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(attempts.filter(isBad), async (attempt) => {
        const reply = await send(attempt);
        seen.set(reply.statusCode, (seen.get(reply.statusCode) ?? 0) + 1);
        expect(reply.statusCode).toBeGreaterThanOrEqual(400);
        expect(reply.statusCode).toBeLessThan(500);
        expect(reply.json()).toMatchObject({ error: { code: expect.stringMatching(/^ST2-/), message: expect.any(String) } });
        expect(await h.ledger.height()).toBe(before.height);
      }),
      { numRuns: 2_000 },
    );
    expect(await state()).toEqual(before);
    expect(seen.get(400)).toBeGreaterThan(1_000);
  }, 300_000);

  it('answers well-formed writes about things that do not exist with a 4xx from the ledger and changes nothing', async () => {
    const unknown = fc.stringMatching(/^[a-z]{6,12}$/).map((s) => `zz-${s}`);
    const writes = fc.oneof(
      unknown.map((id) => ({ actor: cast.alice, url: '/v1/transfers', body: { securityId: id, from: 'alice', to: 'bob', amount: '1' } })),
      unknown.map((id) => ({ actor: cast.alice, url: '/v1/transfers', body: { securityId: 'ACME', from: 'alice', to: id, amount: '1' } })),
      fc.bigInt({ min: 10n ** 6n, max: 10n ** 30n }).map((amount) => ({ actor: cast.alice, url: '/v1/transfers', body: { securityId: 'ACME', from: 'alice', to: 'bob', amount: amount.toString() } })),
      unknown.map((id) => ({ actor: cast.issuer, url: `/v1/securities/${id}/issuances`, body: { to: 'alice', amount: '1' } })),
      unknown.map((id) => ({ actor: cast.issuer, url: '/v1/securities/ACME/issuances', body: { to: id, amount: '1' } })),
      unknown.map((id) => ({ actor: cast.kyc, url: `/v1/identities/${id}/claims`, body: { topic: 'kyc', expiresAt: h.clock.now + YEAR, evidence: { method: 'x', reference: 'y' } } })),
      unknown.map((id) => ({ actor: cast.agent, url: `/v1/identities/${id}/freeze`, body: { securityId: 'ACME' } })),
      unknown.map((id) => ({ actor: cast.agent, url: `/v1/securities/${id}/pause`, body: undefined })),
    );
    const before = await state();
    await fc.assert(
      fc.asyncProperty(writes, async ({ actor, url, body }) => {
        const reply = await h.app.inject({ method: 'POST', url, headers: h.auth(actor), ...(body === undefined ? {} : { payload: body }) });
        expect([403, 404, 409, 422]).toContain(reply.statusCode);
      }),
      { numRuns: 300 },
    );
    expect(await state()).toEqual(before);
  }, 300_000);
});
