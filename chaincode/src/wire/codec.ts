import { TransformKind, TypeGuard, type StaticDecode, type TSchema } from '@sinclair/typebox';
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
  // Values handed to `decode` belong to the caller (a projector's event is also kept as it came): decoded into a copy.
  const toDomain = specialised(schema, 'Decode', 'copy');
  const toDomainInPlace = specialised(schema, 'Decode', 'in place');
  const toWire = specialised(schema, 'Encode', 'copy');
  const decode = (value: unknown): StaticDecode<S> => {
    check(value);
    return (toDomain === undefined ? compiled.Decode(value) : toDomain ? toDomain(value) : value) as StaticDecode<S>;
  };
  const parseChecked = (text: string): StaticDecode<S> => {
    const value = parseJson(text);
    check(value);
    return (toDomainInPlace === undefined ? compiled.Decode(value) : toDomainInPlace ? toDomainInPlace(value) : value) as StaticDecode<S>;
  };
  // Checked on the way out as on the way in: a value that does not fit (a total past MAX_AMOUNT) is never
  // written, so no stored record can become unreadable and brick what reads it.
  const encode = (value: StaticDecode<S>): unknown => {
    const wire = toWire === undefined ? compiled.Encode(value) : toWire ? toWire(value) : value;
    check(wire);
    return wire;
  };
  const memo = new BoundedMemo<StaticDecode<S>>(MEMO_ENTRIES);
  return {
    decode,
    encode,
    // The hot path (every state read in chaincode): the compiled check, then the specialised converter.
    parse: (bytes) => {
      // A view of the bytes, not a copy (Buffer.from(Uint8Array) copies): only the text is kept.
      const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      return memo.get(text) ?? memo.set(text, parseChecked(text));
    },
    stringify: (value) => JSON.stringify(encode(value)),
  };
}

/** Applies a schema's transforms to a value: in place (freshly parsed JSON of our own) or into a copy. */
type Converter = (value: unknown) => unknown;
type Direction = 'Decode' | 'Encode';
type Target = 'in place' | 'copy';

/**
 * A converter specialised to the schema: it visits only the paths that hold transforms (amounts) and
 * applies each transform's own Decode or Encode. Null when the schema has no transform. Several times
 * faster than TypeBox's generic walk (which copies every value and re-checks unions) and than a
 * JSON.stringify replacer (which is called for every key and leaves V8's fast path).
 */
function converterFor(schema: TSchema, direction: Direction, target: Target): Converter | null {
  const transform = Reflect.get(schema, TransformKind) as Record<Direction, Converter> | undefined;
  if (transform) return transform[direction];
  // Only our own fresh JSON.parse output may be written in place; domain values and callers' values must not be touched.
  const inPlace = target === 'in place';
  if (TypeGuard.IsObject(schema)) {
    const fields = Object.entries(schema.properties).flatMap(([key, child]) => {
      const convert = converterFor(child, direction, target);
      return convert ? [[key, convert] as const] : [];
    });
    return fields.length === 0 ? null : fieldsConverter(fields, inPlace);
  }
  if (TypeGuard.IsArray(schema)) {
    const convert = converterFor(schema.items, direction, target);
    return convert && ((value) => (value as unknown[]).map(convert));
  }
  if (TypeGuard.IsRecord(schema)) {
    const convert = Object.values(schema.patternProperties).map((child) => converterFor(child, direction, target))[0];
    if (!convert) return null;
    return (value) => {
      const record = (inPlace ? value : { ...(value as object) }) as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = convert(record[key]);
      return record;
    };
  }
  if (TypeGuard.IsUnion(schema)) return unionConverter(schema.anyOf, direction, target);
  return null;
}

/**
 * Unions are told apart by a discriminating literal property (an event's `type`, terms' `kind`), or, for
 * a transform beside plain values (an amount or null), by JavaScript type. Any other union with
 * transforms inside is refused, and the codec uses TypeBox's generic walk instead.
 */
function unionConverter(variants: TSchema[], direction: Direction, target: Target): Converter | null {
  const converters = variants.map((variant) => converterFor(variant, direction, target));
  if (converters.every((c) => c === null)) return null;
  const tag = discriminator(variants);
  if (tag) {
    const byTag = new Map(variants.map((variant, i) => [Reflect.get(variant.properties[tag], 'const') as unknown, converters[i]]));
    return (value) => byTag.get((value as Record<string, unknown>)[tag])?.(value) ?? value;
  }
  const merged = objectUnionConverter(variants, direction, target);
  if (merged) return merged;
  const leaf = variants.find((variant) => Reflect.get(variant, TransformKind) !== undefined);
  if (leaf && variants.every((variant) => variant === leaf || !converterFor(variant, direction, target))) {
    const convert = (Reflect.get(leaf, TransformKind) as Record<Direction, Converter>)[direction];
    const from = direction === 'Decode' ? 'string' : 'bigint';
    return (value) => (typeof value === from ? convert(value) : value);
  }
  throw new UnsupportedShape();
}

/**
 * Object variants without a discriminator (a transfer limit: an amount, a count, or both) whose transforms
 * never disagree: each property that holds a transform holds the same one in every variant declaring it,
 * so converting whatever properties are present is right whichever variant the value is. The codec's check
 * still decides which variant, if any, the value fits. Null when the variants do not qualify.
 */
function objectUnionConverter(variants: TSchema[], direction: Direction, target: Target): Converter | null {
  if (!variants.every((v) => TypeGuard.IsObject(v))) return null;
  const transforms = new Map<string, Converter>();
  for (const variant of variants) {
    for (const [key, child] of Object.entries(variant.properties as Record<string, TSchema>)) {
      const transform = Reflect.get(child, TransformKind) as Record<Direction, Converter> | undefined;
      if (!transform) {
        if (converterFor(child, direction, target)) return null;
        continue;
      }
      const known = transforms.get(key);
      if (known && known !== transform[direction]) return null;
      transforms.set(key, transform[direction]);
    }
  }
  return fieldsConverter([...transforms], target === 'in place');
}

/** Converts the listed properties that are present, in place (decoding) or into a copy (encoding). */
function fieldsConverter(fields: readonly (readonly [string, Converter])[], inPlace: boolean): Converter {
  return (value) => {
    const record = (inPlace ? value : { ...(value as object) }) as Record<string, unknown>;
    for (const [key, convert] of fields) if (record[key] !== undefined) record[key] = convert(record[key]);
    return record;
  };
}

/** A property every variant declares as a distinct literal. */
function discriminator(variants: TSchema[]): string | undefined {
  const first = variants[0];
  if (!first || !variants.every((v) => TypeGuard.IsObject(v))) return undefined;
  return Object.keys(first.properties as Record<string, TSchema>).find((key) => {
    const literals = variants.map((v) => (v.properties as Record<string, TSchema>)[key]);
    return literals.every((l) => l !== undefined && TypeGuard.IsLiteral(l)) && new Set(literals.map((l) => Reflect.get(l as TSchema, 'const'))).size === variants.length;
  });
}

class UnsupportedShape extends Error {}

function specialised(schema: TSchema, direction: Direction, target: Target): Converter | null | undefined {
  try {
    return converterFor(schema, direction, target);
  } catch (error) {
    if (error instanceof UnsupportedShape) return undefined;
    throw error;
  }
}

/**
 * The same bytes always decode to the same value, and a chaincode process reads the same records (a
 * security, its investors) over and over: decoded values are remembered by their text. Safe because
 * st2 never mutates a decoded value (the domain builds new objects); deterministic because it only
 * skips recomputing an identical result.
 */
const MEMO_ENTRIES = 20_000;

/** Two generations of a Map: O(1) and no tombstone scans (evicting a Map's oldest key one by one is not). */
class BoundedMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(text: string): T | undefined {
    const hit = this.current.get(text);
    if (hit !== undefined) return hit;
    const old = this.previous.get(text);
    return old === undefined ? undefined : this.set(text, old);
  }

  set(text: string, value: T): T {
    if (this.current.size >= this.capacity / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
    return value;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail('ST2-INVALID-INPUT', 'The input is not valid JSON.');
  }
}
