import { RuleSetSchema } from '@st2/chaincode';
import { catalogOf, entriesOf, ruleCatalog, ruleSetOf, type RuleCatalog, type RuleEntries } from '../../console/src/data/rule-catalog';
import { currentRules, setRules } from '../../console/src/data/rules';
import { startDemoGateway, valueOf, type DemoGateway } from './support/demo-gateway';

/**
 * The issuer's rules form, over real HTTP against a gateway holding the demo: it offers the rules of the gateway's own
 * schema (its OpenAPI document), checks an entry against it before sending, and shows the chaincode's refusal.
 */
describe('the console rules form', () => {
  let demo: DemoGateway;
  let catalog: RuleCatalog;
  const edit = (entries: RuleEntries, name: string, entry: Partial<RuleEntries[string]>): RuleEntries => ({ ...entries, [name]: { text: '', ...entries[name], on: true, ...entry } });
  const unchanged = async (securityId: string) => ({ height: await demo.h.ledger.height(), rules: valueOf(await currentRules(await demo.as(demo.cast.issuer), securityId)) });

  beforeAll(async () => {
    demo = await startDemoGateway('st2-console-');
    catalog = valueOf(await ruleCatalog(demo.base));
  });
  afterAll(() => demo.h.close());

  it('offers exactly the rules the chaincode\'s rule set has, requiredClaims always on, each with the input its schema calls for', () => {
    expect(catalog.rules.map((rule) => rule.name)).toEqual(Object.keys(RuleSetSchema.properties));
    expect(catalog.rules.filter((rule) => rule.required).map((rule) => rule.name)).toEqual(['requiredClaims']);
    const inputs = Object.fromEntries(catalog.rules.map((rule) => [rule.name, rule.input]));
    expect(inputs).toMatchObject({ requiredClaims: 'list', maxHolders: 'integer', maxSupply: 'text', accreditedOnly: 'flag', approvalRequired: 'flag', transferLimits: 'json', fourEyes: 'json' });
    expect(catalog.rules.find((rule) => rule.name === 'allowedJurisdictions')?.hint).toMatch(/ISO 3166-1/);
  });

  it('fills the form with the security\'s rules and reads them back unchanged, structured ones included', async () => {
    const rules = valueOf(await currentRules(await demo.as(demo.cast.issuer), 'ACME-EQ'));
    expect(rules).toHaveProperty('transferLimits');
    expect(ruleSetOf(catalog, entriesOf(catalog, rules))).toEqual({ ok: true, rules });
  });

  it('finds what is wrong before sending, by rule: a word for a number, a country that is no code, broken JSON, a missing field', async () => {
    const entries = entriesOf(catalog, valueOf(await currentRules(await demo.as(demo.cast.issuer), 'ACME-EQ')));
    expect(ruleSetOf(catalog, edit(entries, 'maxHolders', { text: 'many' }))).toEqual({ ok: false, problems: [{ path: 'maxHolders', message: 'must be a whole number' }] });
    expect(ruleSetOf(catalog, edit(entries, 'allowedJurisdictions', { text: 'FR, France' }))).toEqual({ ok: false, problems: [{ path: 'allowedJurisdictions.1', message: expect.stringMatching(/ISO 3166-1/) }] });
    expect(ruleSetOf(catalog, edit(entries, 'transferLimits', { text: '[{"windowMs": ' }))).toEqual({ ok: false, problems: [{ path: 'transferLimits', message: 'is not valid JSON' }] });
    expect(ruleSetOf(catalog, edit(entries, 'fourEyes', { text: '{"threshold": "10"}' }))).toEqual({ ok: false, problems: [{ path: 'fourEyes.powers', message: 'is required' }] });
    expect(ruleSetOf(catalog, edit(entries, 'maxSupply', { text: '-5' }))).toMatchObject({ ok: false, problems: [{ path: 'maxSupply' }] });
  });

  it('checks against the schema it is given, whatever it holds: a rule not in it is not offered and not accepted', () => {
    const narrow = catalogOf({ type: 'object', required: ['requiredClaims'], additionalProperties: false, properties: { requiredClaims: { type: 'array', items: { type: 'string' } } } });
    expect(narrow.rules.map((rule) => rule.name)).toEqual(['requiredClaims']);
    expect(ruleSetOf(narrow, { requiredClaims: { on: true, text: 'kyc' }, maxHolders: { on: true, text: '5' } })).toEqual({ ok: true, rules: { requiredClaims: ['kyc'] } });
  });

  it('sets a rule turned on in the form (the issuer), and the security has it after', async () => {
    const issuer = await demo.as(demo.cast.issuer);
    const entries = edit(entriesOf(catalog, valueOf(await currentRules(issuer, 'ACME-EQ'))), 'dailyLimit', { text: '1000000' });
    const checked = ruleSetOf(catalog, entries);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const written = valueOf(await setRules(issuer, 'ACME-EQ', checked.rules, 'console-rules-1'));
    expect(written.events).toEqual(['RulesSet']);
    expect(valueOf(await currentRules(issuer, 'ACME-EQ', written.txId))).toMatchObject({ dailyLimit: '1000000', maxSupply: '1000000' });
  });

  it('shows the chaincode\'s refusal of a cap below today\'s supply (422 ST2-CAP-BELOW-CURRENT), and nothing changed', async () => {
    const issuer = await demo.as(demo.cast.issuer);
    const before = await unchanged('ACME-EQ');
    const checked = ruleSetOf(catalog, edit(entriesOf(catalog, before.rules), 'maxSupply', { text: '1' }));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(await setRules(issuer, 'ACME-EQ', checked.rules, 'console-rules-cap')).toMatchObject({ ok: false, refusal: { code: 'ST2-CAP-BELOW-CURRENT', status: 422, message: expect.stringMatching(/\w/) } });
    expect(await unchanged('ACME-EQ')).toEqual(before);
  });

  it('refuses the form to an investor and to an agent (403 ST2-UNAUTHORIZED: rules are the issuer\'s), and nothing changed', async () => {
    const before = await unchanged('ACME-EQ');
    const loosened = { ...before.rules, requiredClaims: [] };
    for (const actor of [demo.cast.alice, demo.cast.agent]) {
      expect(await setRules(await demo.as(actor), 'ACME-EQ', loosened, `console-rules-${actor.id}`)).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
    }
    expect(await unchanged('ACME-EQ')).toEqual(before);
  });
});
