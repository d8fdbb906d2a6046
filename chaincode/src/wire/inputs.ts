import { Type, type StaticDecode, type TObject, type TOptional, type TString } from '@sinclair/typebox';
import { CommandSchemas, type CommandKind } from '../domain/commands';
import { Id } from '../domain/schema';
import { codec, type Codec } from './codec';

/**
 * The wire input of each write transaction: the command's fields plus an optional client request id
 * (idempotency, recorded on the ledger). Unknown fields are refused. The gateway reuses these schemas
 * for its request bodies, so a body the gateway accepts is one the chaincode accepts.
 */
type WithRequestId<S extends TObject> = TObject<S['properties'] & { requestId: TOptional<TString> }>;

export function withRequestId<S extends TObject>(schema: S): WithRequestId<S> {
  const requestId = Type.Optional(Type.String({ ...Id, description: 'Client request id: a second transaction with the same id is refused (ST2-DUPLICATE-REQUEST)' }));
  return Type.Object({ ...schema.properties, requestId }, { additionalProperties: false }) as WithRequestId<S>;
}

type InputSchemas = { [K in CommandKind]: WithRequestId<(typeof CommandSchemas)[K]> };

export const InputSchemas = Object.fromEntries(
  Object.entries(CommandSchemas).map(([kind, schema]) => [kind, withRequestId(schema)]),
) as InputSchemas;

export type Input<K extends CommandKind> = StaticDecode<InputSchemas[K]>;

const inputCodecs = new Map<CommandKind, Codec<unknown>>();

/** Compiled once per kind, on first use. */
export function inputCodec<K extends CommandKind>(kind: K): Codec<Input<K>> {
  let found = inputCodecs.get(kind);
  if (!found) {
    found = codec(InputSchemas[kind]) as Codec<unknown>;
    inputCodecs.set(kind, found);
  }
  return found as Codec<Input<K>>;
}
