import { Type, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { Id, InputSchemas, Topic, type CommandKind } from '@st2/chaincode';
import { TxId } from '../projections/audit-entries';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../projections/paging';

/** Schemas shared by several routes. Command bodies are derived from the chaincode's own InputSchemas. */

export { TxId } from '../projections/audit-entries';

/**
 * A write's request body: the chaincode input of `kind` minus the fields the gateway supplies (path
 * parameters, hashes of private data it computes) and minus `requestId` (the Idempotency-Key header
 * carries it). What the gateway accepts, the chaincode accepts.
 */
export function commandBody<K extends CommandKind, P extends string>(kind: K, supplied: readonly P[]) {
  return Type.Omit(InputSchemas[kind], [...supplied, 'requestId']);
}

/** `schema` with more fields (private ones the gateway hashes and sends as transient data). */
export function withFields<S extends TObject, P extends TProperties>(schema: S, fields: P) {
  return Type.Object({ ...(schema.properties as S['properties']), ...fields }, { additionalProperties: false });
}

/**
 * A domain event in a response. Declared loosely on purpose: the exact union (DomainEvent, in the OpenAPI
 * components) would make Fastify compile and run a 15-way anyOf serializer on every write route.
 */
export const EventObject = Type.Object(
  { type: Type.String(), v: Type.Integer(), at: Type.Integer() },
  { additionalProperties: true, description: 'A domain event: one of components.schemas.DomainEvent, told apart by `type`' },
);

export const WriteResultSchema = Type.Object({
  txId: TxId,
  blockNumber: Type.Integer({ minimum: 0, description: 'Block that committed the transaction' }),
  events: Type.Array(EventObject, { description: 'The domain events the transaction emitted, in order' }),
});

/** A reason code's ERC-1066 status code, as error bodies and dry runs carry it. */
export const Erc1066Schema = Type.Union([
  Type.Object({ code: Type.String({ description: 'e.g. 0x54' }), description: Type.String({ description: 'The standard\'s own description, e.g. Insufficient Funds' }) }),
  Type.Null(),
], { description: 'The reason code\'s ERC-1066 status code, null where the standard has none' });

/** The chain height a ledger answer was read at: `?position=` on a read shows at least that state. */
export const PositionSchema = Type.String({ pattern: '^[0-9]+$', description: 'Ledger position (chain height) the answer was decided at; pass it as ?position= to read at least that state' });

/**
 * A stream's 200: Server-Sent Events, each `data` a JSON transaction. Fastify never serializes it (the stream
 * writes its events itself), so it only documents what a client reads.
 */
export const EventStreamResponse = {
  description: 'Server-Sent Events: one `transaction` event per committed transaction',
  content: { 'text/event-stream': { schema: Type.String({ description: 'Lines `id: <block>.<txIndex>`, `event: transaction`, `data: { txId, blockNumber, txIndex, timestamp, events }`' }) } },
};

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'Stable reason code, e.g. ST2-KYC-MISSING' }),
    message: Type.String(),
    details: Type.Record(Type.String(), Type.Unknown()),
    erc1066: Erc1066Schema,
  }),
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ ...Id, description: 'Repeat a write safely: the same key from the same org returns the first response and never applies twice' })),
});

/** The body of a write with nothing to send: `{}` (or no body at all), and nothing else. */
export const EmptyBody = Type.Object({}, { additionalProperties: false, description: 'Nothing to send: {} or no body' });

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const ClaimParams = Type.Object({ id: Id, topic: Topic }, { additionalProperties: false });

/** Every read served from the read model accepts `consistentWith` and `position` (see projections/consistency.ts). */
export const ConsistentWith = {
  consistentWith: Type.Optional(Type.String({ ...TxId, description: 'Wait (bounded) until the read model includes this transaction' })),
  position: Type.Optional(Type.String({
    pattern: '^(0|[1-9][0-9]{0,18})$',
    description: 'Wait (bounded) until the read model has applied every block below this ledger position: a refusal\'s error.details.position',
  })),
};

export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, description: `Page size (default ${DEFAULT_PAGE_SIZE})` })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 256, description: 'nextCursor of the previous page' })),
};

export function readQuery<P extends TProperties>(fields: P) {
  return Type.Object({ ...ConsistentWith, ...fields }, { additionalProperties: false });
}

export function pageOf<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

/** An investor's personal record: private, kept in its org's and the audit collection; the ledger holds its hash. */
export const PersonalRecordSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 256 }),
  birthDate: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' })),
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  email: Type.Optional(Type.String({ minLength: 3, maxLength: 256 })),
  documents: Type.Optional(Type.Array(Type.Object({
    kind: Type.String({ minLength: 1, maxLength: 64 }),
    reference: Type.String({ minLength: 1, maxLength: 256 }),
  }, { additionalProperties: false }), { maxItems: 16 })),
}, { additionalProperties: false });

/** What backs a claim (private like the record): how it was verified and where the proof is kept. */
export const ClaimEvidenceSchema = Type.Object({
  method: Type.String({ minLength: 1, maxLength: 64, description: 'e.g. document-check, video-ident' }),
  reference: Type.String({ minLength: 1, maxLength: 256 }),
  notes: Type.Optional(Type.String({ maxLength: 1024 })),
}, { additionalProperties: false });
