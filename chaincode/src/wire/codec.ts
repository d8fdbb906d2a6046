import { TypeGuard, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { fail } from './rejection-message';

/**
 * JSON <-> domain values through one compiled schema: decimal strings become bigints on the way in and
 * back on the way out, and anything that does not fit the schema is refused with ST2-INVALID-INPUT
 * and the first offending path.
 */
export interface Codec<T> {
  decode(value: unknown): T;
  encode(value: T): unknown;
  parse(text: string | Uint8Array): T;
  stringify(value: T): string;
}

export function codec<S extends TSchema>(schema: S): Codec<StaticDecode<S>> {
  const compiled = TypeCompiler.Compile(schema);
  const check = (value: unknown): void => {
    if (compiled.Check(value)) return;
    const first = compiled.Errors(value).First();
    const path = first?.path || '/';
    fail('ST2-INVALID-INPUT', `Invalid input at ${path}: ${first?.message ?? 'does not match the schema'}.`, { path });
  };
  const decode = (value: unknown): StaticDecode<S> => {
    check(value);
    return compiled.Decode(value);
  };
  const parseChecked = (text: string): StaticDecode<S> => {
    const value = parseJson(text);
    if (!reviver) return decode(value);
    check(value);
    return JSON.parse(text, reviver) as StaticDecode<S>;
  };
  const reviver = amountReviver(schema);
  const memo = new BoundedMemo<StaticDecode<S>>(MEMO_ENTRIES);
  return {
    decode,
    encode: (value) => compiled.Encode(value),
    // The hot path (every state read in chaincode): check the parsed JSON with the compiled schema, then
    // parse again reviving amounts by name. Two native parses beat TypeBox's generic transform walk.
    parse: (bytes) => {
      const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
      return memo.get(text) ?? memo.set(text, parseChecked(text));
    },
    // Our own values are already valid: encoding needs no schema walk, only bigints as decimal strings.
    stringify: (value) => JSON.stringify(value, bigintAsDecimal),
  };
}

/**
 * A JSON reviver turning the schema's amount fields (string -> bigint transforms) into bigints, keyed by
 * property name. Only sound when every transform sits directly under a property whose name is never a
 * plain string elsewhere: otherwise undefined, and `parse` falls back to the schema walk.
 */
function amountReviver(schema: TSchema): ((key: string, value: unknown) => unknown) | undefined {
  const amounts = new Set<string>();
  const strings = new Set<string>();
  if (!collect(schema, undefined, amounts, strings) || [...amounts].some((name) => strings.has(name))) return undefined;
  return (key, value) => (typeof value === 'string' && amounts.has(key) ? BigInt(value) : value);
}

/** Walks the schema; false when a transform sits where a reviver cannot see it by name. */
function collect(schema: TSchema, name: string | undefined, amounts: Set<string>, strings: Set<string>): boolean {
  if (TypeGuard.IsTransform(schema)) {
    if (name === undefined) return false;
    amounts.add(name);
    return true;
  }
  if (TypeGuard.IsObject(schema)) return Object.entries(schema.properties).every(([key, child]) => collect(child, key, amounts, strings));
  if (TypeGuard.IsUnion(schema)) return schema.anyOf.every((child) => collect(child, name, amounts, strings));
  if (TypeGuard.IsArray(schema)) return collect(schema.items, undefined, amounts, strings);
  if (TypeGuard.IsRecord(schema)) return Object.values(schema.patternProperties).every((child) => collect(child, undefined, amounts, strings));
  if (name !== undefined && TypeGuard.IsString(schema)) strings.add(name);
  return true;
}

/**
 * The same bytes always decode to the same value, and a chaincode process reads the same records (a
 * security, its investors) over and over: decoded values are remembered by their text. Safe because
 * st2 never mutates a decoded value (the domain builds new objects); deterministic because it only
 * skips recomputing an identical result.
 */
const MEMO_ENTRIES = 20_000;

class BoundedMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(text: string): T | undefined {
    return this.entries.get(text);
  }

  set(text: string, value: T): T {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(text, value);
    return value;
  }
}

function bigintAsDecimal(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail('ST2-INVALID-INPUT', 'The input is not valid JSON.');
  }
}
