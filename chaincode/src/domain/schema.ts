import { Type, type ObjectOptions, type TProperties, type TSchema } from '@sinclair/typebox';

/**
 * Building blocks shared by every schema. Domain types are derived from these schemas
 * (`StaticDecode`), so the wire/storage form (decimal strings) and the domain form (bigint) come
 * from one declaration. Their `examples` are the gateway's OpenAPI examples for every field built on them.
 */

/**
 * The largest amount st2 knows, for every amount AND every total derived from amounts (supply, balances,
 * frozen parts, daily totals): 10^38 - 1, the largest 38-digit integer. Why this value: it is what
 * DECIMAL(38, 0) holds (the widest exact decimal of most SQL databases, a bank's books included) and it
 * fits in 128 bits, so every amount st2 reports can be stored by its readers without loss. A command that
 * would make any total pass it is refused (ST2-AMOUNT-LIMIT); the codecs refuse to write a record beyond it.
 */
export const MAX_AMOUNT = 10n ** 38n - 1n;
const MAX_AMOUNT_DIGITS = MAX_AMOUNT.toString().length;

/** Non-negative integer amount in the security's smallest unit, at most MAX_AMOUNT: a decimal string outside, a bigint inside. */
export const Amount = Type.Transform(Type.String({ pattern: `^(0|[1-9][0-9]{0,${MAX_AMOUNT_DIGITS - 1}})$`, description: 'Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)', examples: ['1000'] }))
  .Decode((text) => BigInt(text))
  .Encode((value) => value.toString());

/** A strictly positive amount, at most MAX_AMOUNT. */
export const PositiveAmount = Type.Transform(Type.String({ pattern: `^[1-9][0-9]{0,${MAX_AMOUNT_DIGITS - 1}}$`, description: 'Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)', examples: ['1000'] }))
  .Decode((text) => BigInt(text))
  .Encode((value) => value.toString());

/** An id's longest length: ids derived from others (a coupon's distribution) check it. */
export const MAX_ID_LENGTH = 128;
/** Identifiers chosen by clients: readable, safe inside composite keys (no U+0000, no U+10FFFF). */
export const Id = Type.String({ pattern: `^[A-Za-z0-9][A-Za-z0-9._:@-]{0,${MAX_ID_LENGTH - 1}}$`, description: `Identifier: letters, digits and . _ : @ -, at most ${MAX_ID_LENGTH} characters`, examples: ['acme'] });

/**
 * An object that refuses properties it does not declare. Every command, rule set and stored record is
 * one: a field st2 does not know (a misspelt or invented rule such as `maxSupply`) is refused with
 * ST2-INVALID-INPUT, never accepted and silently ignored.
 */
export function Closed<P extends TProperties>(properties: P, options: ObjectOptions = {}) {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

/** An organisation: its MSP id, as Fabric names it (safe inside composite keys). */
export const Org = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$', description: 'Organisation (MSP id)', examples: ['Bank1MSP'] });

/** Milliseconds since the Unix epoch. */
export const Timestamp = Type.Integer({ minimum: 0, maximum: 8.64e15, description: 'Milliseconds since the Unix epoch', examples: [1893456000000] });

/** ISO 3166-1 alpha-2 country code. */
export const Jurisdiction = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code', examples: ['DE'] });

/** A claim topic such as `kyc`, `aml` or `accredited`. */
export const Topic = Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$', description: 'Claim topic, e.g. kyc, aml, accredited', examples: ['kyc'] });

/** Hex SHA-256 digest. */
export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 digest, lowercase hex', examples: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'] });

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}
