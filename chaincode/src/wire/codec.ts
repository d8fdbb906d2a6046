import type { StaticDecode, TSchema } from '@sinclair/typebox';
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
  const decode = (value: unknown): StaticDecode<S> => {
    if (!compiled.Check(value)) {
      const first = compiled.Errors(value).First();
      const path = first?.path || '/';
      fail('ST2-INVALID-INPUT', `Invalid input at ${path}: ${first?.message ?? 'does not match the schema'}.`, { path });
    }
    return compiled.Decode(value);
  };
  const encode = (value: StaticDecode<S>): unknown => compiled.Encode(value);
  return {
    decode,
    encode,
    parse: (text) => decode(parseJson(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'))),
    stringify: (value) => JSON.stringify(encode(value)),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail('ST2-INVALID-INPUT', 'The input is not valid JSON.');
  }
}
