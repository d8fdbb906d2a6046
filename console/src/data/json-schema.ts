/**
 * The part of JSON Schema the gateway's OpenAPI document uses for request bodies (TypeBox's output): enough to
 * check a form's value before it is sent, so a person sees what is wrong next to the field instead of a 400.
 * The gateway validates again with the same schema; this check only saves the round trip.
 */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly description?: string;
  readonly example?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly maxProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** What is wrong, and where: `rules.maxBalance`, `rules.transferLimits.0.windowMs`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Every problem of `value` against `schema` (none: it would pass the gateway's validation of the same schema). */
export function problemsOf(schema: JsonSchema, value: unknown, path = ''): readonly Problem[] {
  if (schema.anyOf) return schema.anyOf.some((option) => problemsOf(option, value, path).length === 0) ? [] : [{ path, message: 'matches none of the allowed forms' }];
  if (schema.enum && !schema.enum.includes(value)) return [{ path, message: `must be ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(' or ')}` }];
  switch (schema.type) {
    case 'object': return objectProblems(schema, value, path);
    case 'array': return arrayProblems(schema, value, path);
    case 'string': return stringProblems(schema, value, path);
    case 'integer':
    case 'number': return numberProblems(schema, value, path);
    case 'boolean': return typeof value === 'boolean' ? [] : [{ path, message: 'must be true or false' }];
    default: return [];
  }
}

function objectProblems(schema: JsonSchema, value: unknown, path: string): readonly Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path, message: 'must be an object' }];
  const entries = Object.entries(value);
  const properties = schema.properties ?? {};
  const missing = (schema.required ?? []).filter((name) => !(name in value)).map((name) => ({ path: join(path, name), message: 'is required' }));
  const tooMany = schema.maxProperties !== undefined && entries.length > schema.maxProperties ? [{ path, message: `at most ${schema.maxProperties} entries` }] : [];
  const fields = entries.flatMap(([name, field]): readonly Problem[] => {
    const known = properties[name];
    if (known) return problemsOf(known, field, join(path, name));
    if (typeof schema.additionalProperties === 'object') return problemsOf(schema.additionalProperties, field, join(path, name));
    return schema.additionalProperties === false ? [{ path: join(path, name), message: 'is not a field of this form' }] : [];
  });
  return [...missing, ...tooMany, ...fields];
}

function arrayProblems(schema: JsonSchema, value: unknown, path: string): readonly Problem[] {
  if (!Array.isArray(value)) return [{ path, message: 'must be a list' }];
  const items: readonly unknown[] = value;
  const size: Problem[] = [];
  if (schema.minItems !== undefined && items.length < schema.minItems) size.push({ path, message: `at least ${schema.minItems} item(s)` });
  if (schema.maxItems !== undefined && items.length > schema.maxItems) size.push({ path, message: `at most ${schema.maxItems} item(s)` });
  if (schema.uniqueItems && new Set(items.map((item) => JSON.stringify(item))).size !== items.length) size.push({ path, message: 'has an item twice' });
  const itemSchema = schema.items;
  return [...size, ...(itemSchema ? items.flatMap((item, index) => problemsOf(itemSchema, item, join(path, String(index)))) : [])];
}

function stringProblems(schema: JsonSchema, value: unknown, path: string): readonly Problem[] {
  if (typeof value !== 'string') return [{ path, message: 'must be text' }];
  if (schema.minLength !== undefined && value.length < schema.minLength) return [{ path, message: `at least ${schema.minLength} character(s)` }];
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return [{ path, message: `at most ${schema.maxLength} characters` }];
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return [{ path, message: `must be ${schema.description ?? `of the form ${schema.pattern}`}` }];
  return [];
}

function numberProblems(schema: JsonSchema, value: unknown, path: string): readonly Problem[] {
  if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value))) return [{ path, message: schema.type === 'integer' ? 'must be a whole number' : 'must be a number' }];
  if (schema.minimum !== undefined && value < schema.minimum) return [{ path, message: `at least ${schema.minimum}` }];
  if (schema.maximum !== undefined && value > schema.maximum) return [{ path, message: `at most ${schema.maximum}` }];
  return [];
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}
