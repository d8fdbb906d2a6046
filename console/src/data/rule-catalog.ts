import { mapOutcome, type Outcome } from '../api/outcome';
import { problemsOf, type JsonSchema, type Problem } from './json-schema';
import { openApiDocument, requestSchema } from './openapi';

/** How a rule is entered: a checkbox, a whole number, a line of text, a comma-separated list, or JSON for a structure. */
export type RuleInput = 'flag' | 'integer' | 'text' | 'list' | 'json';

/** One rule the chaincode enforces, as the form offers it. */
export interface RuleSpec {
  readonly name: string;
  /** Always present (requiredClaims): the form cannot turn it off. */
  readonly required: boolean;
  readonly input: RuleInput;
  readonly schema: JsonSchema;
  /** What to type, from the schema (its description, pattern or bounds). */
  readonly hint: string;
}

/** The rules a security can have and the schema a rule set must pass: exactly those of PUT /v1/securities/{id}/rules. */
export interface RuleCatalog {
  readonly rules: readonly RuleSpec[];
  readonly schema: JsonSchema;
}

const RULES_PATH = '/v1/securities/{id}/rules';

/**
 * The catalog from the gateway's OpenAPI document: the `rules` object of the rules route's body is the chaincode's
 * RuleSetSchema, so the form offers every rule it enforces and nothing else, and a rule added to the chaincode
 * appears here without a console change.
 */
export async function ruleCatalog(baseUrl: string, fetcher: typeof fetch = fetch): Promise<Outcome<RuleCatalog>> {
  return mapOutcome(await openApiDocument(baseUrl, fetcher), (document) => catalogOf(requestSchema(document, RULES_PATH, 'put').properties?.['rules'] ?? {}));
}

export function catalogOf(schema: JsonSchema): RuleCatalog {
  const required = new Set(schema.required ?? []);
  const rules = Object.entries(schema.properties ?? {}).map(([name, rule]) => ({ name, required: required.has(name), input: inputOf(rule), schema: rule, hint: hintOf(rule) }));
  return { rules, schema };
}

function inputOf(schema: JsonSchema): RuleInput {
  if (schema.type === 'boolean') return 'flag';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'string') return 'text';
  if (schema.type === 'array' && schema.items?.type === 'string') return 'list';
  return 'json';
}

function hintOf(schema: JsonSchema): string {
  if (inputOf(schema) === 'list' && schema.items) return `comma-separated; each ${hintOf(schema.items)}`;
  if (schema.description) return schema.description;
  if (schema.type === 'integer') return `a whole number${schema.minimum === undefined ? '' : ` from ${schema.minimum}`}${schema.maximum === undefined ? '' : ` to ${schema.maximum}`}`;
  if (schema.pattern) return `of the form ${schema.pattern}`;
  return schema.type === 'boolean' ? 'on or off' : 'JSON, as in the API documentation';
}

/** A rule as the form holds it: on or off, and what was typed. */
export interface RuleEntry {
  readonly on: boolean;
  readonly text: string;
}

export type RuleEntries = Readonly<Record<string, RuleEntry>>;

/** The form's entries for a rule set (the security's current rules): every rule of the catalog, off when absent. */
export function entriesOf(catalog: RuleCatalog, rules: Readonly<Record<string, unknown>>): RuleEntries {
  return Object.fromEntries(catalog.rules.map((spec) => {
    const value = rules[spec.name];
    return [spec.name, { on: spec.required || value !== undefined, text: value === undefined ? '' : textOf(spec.input, value) }];
  }));
}

function textOf(input: RuleInput, value: unknown): string {
  if (input === 'list' && Array.isArray(value)) return value.join(', ');
  if (input === 'json') return JSON.stringify(value);
  return input === 'flag' ? '' : String(value);
}

/** The rule set the entries say, or every problem (checked against the gateway's own schema) before anything is sent. */
export function ruleSetOf(catalog: RuleCatalog, entries: RuleEntries): { readonly ok: true; readonly rules: Record<string, unknown> } | { readonly ok: false; readonly problems: readonly Problem[] } {
  const parsed = catalog.rules.flatMap((spec) => {
    const entry = entries[spec.name];
    return entry && (entry.on || spec.required) ? [{ spec, value: valueOf(spec.input, entry.text) }] : [];
  });
  const unreadable = parsed.flatMap(({ spec, value }) => (value.ok ? [] : [{ path: spec.name, message: value.message }]));
  if (unreadable.length > 0) return { ok: false, problems: unreadable };
  const rules = Object.fromEntries(parsed.map(({ spec, value }) => [spec.name, value.ok ? value.value : undefined]));
  const problems = problemsOf(catalog.schema, rules);
  return problems.length === 0 ? { ok: true, rules } : { ok: false, problems };
}

function valueOf(input: RuleInput, text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  switch (input) {
    case 'flag': return { ok: true, value: true };
    case 'integer': return /^-?\d+$/.test(text.trim()) ? { ok: true, value: Number(text.trim()) } : { ok: false, message: 'must be a whole number' };
    case 'text': return { ok: true, value: text.trim() };
    case 'list': return { ok: true, value: text.split(',').map((item) => item.trim()).filter((item) => item !== '') };
    case 'json': return jsonOf(text);
  }
}

function jsonOf(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'is not valid JSON' };
  }
}
