import { Type, type TSchema } from '@sinclair/typebox';

/**
 * Building blocks shared by every schema. Domain types are derived from these schemas
 * (`StaticDecode`), so the wire/storage form (decimal strings) and the domain form (bigint) come
 * from one declaration.
 */

/** Non-negative integer amount in the security's smallest unit: a decimal string outside, a bigint inside. */
export const Amount = Type.Transform(Type.String({ pattern: '^(0|[1-9][0-9]{0,37})$', description: 'Non-negative integer amount in the smallest unit, as a decimal string' }))
  .Decode((text) => BigInt(text))
  .Encode((value) => value.toString());

/** A strictly positive amount. */
export const PositiveAmount = Type.Transform(Type.String({ pattern: '^[1-9][0-9]{0,37}$', description: 'Positive integer amount in the smallest unit, as a decimal string' }))
  .Decode((text) => BigInt(text))
  .Encode((value) => value.toString());

/** Identifiers chosen by clients: readable, safe inside composite keys (no U+0000, no U+10FFFF). */
export const Id = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$', description: 'Identifier: letters, digits and . _ : @ -, at most 128 characters' });

/** Milliseconds since the Unix epoch. */
export const Timestamp = Type.Integer({ minimum: 0, maximum: 8.64e15, description: 'Milliseconds since the Unix epoch' });

/** ISO 3166-1 alpha-2 country code. */
export const Jurisdiction = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });

/** A claim topic such as `kyc`, `aml` or `accredited`. */
export const Topic = Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$', description: 'Claim topic, e.g. kyc, aml, accredited' });

/** Hex SHA-256 digest. */
export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 digest, lowercase hex' });

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}
