import { TransformKind, TypeGuard, type TSchema } from '@sinclair/typebox';
import { CommandSchemas, DomainEventSchema, HoldingSchema, IdentitySchema, InputSchemas, SecuritySchema, SecurityStatsSchema, ClaimIssuerSchema } from '@st2/chaincode';
import { cast } from '../gateway/support/cast';
import { startHarness, type Harness } from '../gateway/support/harness';
import { call, equity, ok, standardWorld } from '../gateway/support/world';
import { AttackLedger } from './support';

/** Every object schema inside `schema` (nested objects, array items, union members, record values), with its path. */
function objectsIn(schema: TSchema, path: string): [string, TSchema][] {
  if (TypeGuard.IsObject(schema)) {
    return [[path, schema], ...Object.entries(schema.properties).flatMap(([key, child]) => objectsIn(child, `${path}/${key}`))];
  }
  if (TypeGuard.IsArray(schema)) return objectsIn(schema.items, `${path}/[]`);
  if (TypeGuard.IsUnion(schema)) return schema.anyOf.flatMap((member, i) => objectsIn(member, `${path}|${i}`));
  if (TypeGuard.IsRecord(schema)) return Object.values(schema.patternProperties).flatMap((child) => objectsIn(child, `${path}/*`));
  return [];
}

/**
 * A field st2 does not know, anywhere in a command, is refused (400 / ST2-INVALID-INPUT), never accepted
 * and ignored: a client must not believe it set a rule the chaincode does not enforce. The chaincode's
 * schemas say so themselves, and the gateway reuses them for its request bodies.
 */
describe('unknown fields', () => {
  it('are refused by every object of every command schema, nested ones included, and of every stored record and event', () => {
    const schemas: Record<string, TSchema> = {
      ...InputSchemas, identity: IdentitySchema, claimIssuer: ClaimIssuerSchema, security: SecuritySchema, stats: SecurityStatsSchema, holding: HoldingSchema, event: DomainEventSchema,
    };
    const open = Object.entries(schemas).flatMap(([name, schema]) => objectsIn(schema, name)).filter(([, object]) => object.additionalProperties !== false);
    expect(open.map(([path]) => path)).toEqual([]);
    // The walk does reach nested objects: terms, conversion windows, agents, rule sets.
    const reached = objectsIn(InputSchemas.CreateSecurity, 'CreateSecurity').map(([path]) => path);
    expect(reached).toEqual(expect.arrayContaining(['CreateSecurity/rules', 'CreateSecurity/agents/[]', 'CreateSecurity/terms|2/conversion']));
    expect(Object.keys(InputSchemas)).toEqual(Object.keys(CommandSchemas));
    expect(Reflect.get(SecurityStatsSchema.properties.supply, TransformKind)).toBeDefined();
  });

  describe('on the embedded ledger', () => {
    let world: AttackLedger;
    beforeAll(async () => {
      world = await AttackLedger.open();
      await world.createEquity('ACME', { requiredClaims: ['kyc'] });
    });
    afterAll(async () => world.close());

    const security = () => world.st2.evaluate(world.cast.audit, 'security:get', 'ACME');

    it('refuses a rule the chaincode does not know ({ supplyCeiling }) with ST2-INVALID-INPUT, leaving the rules as they were', async () => {
      expect(await world.refusal(world.cast.issuer, 'security:setRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], supplyCeiling: '1600' } }, security)).toBe('ST2-INVALID-INPUT');
    });

    it('refuses unknown fields at the top level, in terms, in a conversion and in an agent with ST2-INVALID-INPUT', async () => {
      const { issuer, agent } = world.cast;
      const create = (patch: Record<string, unknown>) => ({
        securityId: 'NEW', name: 'New', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: [] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' }, ...patch,
      });
      const hybrid = { kind: 'hybrid', faceValue: '1', currency: 'EUR', couponRateBps: 1, couponFrequency: 'annual', maturityDate: Date.now() + 1e10 };
      const conversion = { equitySecurityId: 'ACME', ratioNumerator: 1, ratioDenominator: 1, windowStart: Date.now(), windowEnd: Date.now() + 1e9 };
      for (const input of [
        create({ votingCap: 3 }),
        create({ terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR', dividendsWaived: true } }),
        create({ terms: { ...hybrid, conversion: { ...conversion, bonus: 2 } } }),
        create({ agents: [{ org: agent.org, id: agent.id, role: 'issuer' }] }),
      ]) {
        expect(await world.refusal(issuer, 'security:create', input)).toBe('ST2-INVALID-INPUT');
      }
      expect(await world.st2.outcome(issuer, 'security:create', create({ terms: { ...hybrid, conversion } }))).toBe('accepted');
    });

    it('refuses an unknown field in a movement with ST2-INVALID-INPUT', async () => {
      expect(await world.refusal(world.cast.agent, 'token:issue', { securityId: 'ACME', to: 'nobody', amount: '1', memo: 'x' })).toBe('ST2-INVALID-INPUT');
    });
  });

  describe('at the gateway, whose route schemas are derived from the chaincode schemas', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
      await standardWorld(h);
    });
    afterAll(async () => h.close());

    it('answers PUT /rules with an unknown rule 400 ST2-INVALID-INPUT, and the rules stay as they were', async () => {
      // A write to wait for: the read model has folded everything before it.
      const { txId } = (await ok(h, cast.issuer, 'POST', '/v1/securities/ACME/documents', { name: 'Terms', hash: 'a'.repeat(64) })).body;
      const before = await call(h, cast.regulator, 'GET', `/v1/securities/ACME?consistentWith=${String(txId)}`);
      const reply = await call(h, cast.issuer, 'PUT', '/v1/securities/ACME/rules', { rules: { requiredClaims: ['kyc'], supplyCeiling: '1600' } });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: { code: 'ST2-INVALID-INPUT' } });
      expect((await call(h, cast.regulator, 'GET', '/v1/securities/ACME')).body).toEqual(before.body);
    });

    it('answers POST /securities with an unknown field in its terms 400 ST2-INVALID-INPUT', async () => {
      const body = equity('FZ');
      const reply = await call(h, cast.issuer, 'POST', '/v1/securities', { ...body, terms: { ...body.terms, dividendsWaived: true } });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: { code: 'ST2-INVALID-INPUT' } });
    });
  });
});
