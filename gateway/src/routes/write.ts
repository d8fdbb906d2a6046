import type { Static, TObject } from '@sinclair/typebox';
import type { CommandKind, InputSchemas } from '@st2/chaincode';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { principalOf } from '../auth/principal';
import type { StoredResponse } from '../idempotency/responses';
import { submitCommand } from '../ledger/identity-record';
import type { SubmitResult } from '../ledger/ledger';
import type { Services } from '../services';
import type { Operation, OperationRequest } from './operation';
import { IdempotencyHeaders, WriteResultSchema } from './schemas';

export type WriteResult = Static<typeof WriteResultSchema>;

/** The chaincode input a write submits, without `requestId` (the Idempotency-Key supplies it). */
export type WireInput<K extends CommandKind> = Omit<Static<(typeof InputSchemas)[K]>, 'requestId'>;

export interface Submission<K extends CommandKind> {
  readonly input: WireInput<K>;
  /** Private data: reaches the chaincode, never the ledger's transaction or events. */
  readonly transient?: Readonly<Record<string, Uint8Array>>;
}

interface WriteSchema {
  readonly params?: TObject;
  readonly body?: TObject;
}

type WriteOperationSchema<S extends WriteSchema> = S & { headers: typeof IdempotencyHeaders; response: Record<number, typeof WriteResultSchema> };

export interface WriteSpec<K extends CommandKind, S extends WriteSchema> {
  readonly kind: K;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** 201 when the write creates something addressable, 200 when it acts on something that exists. */
  readonly status: 200 | 201;
  readonly schema: S;
  /** The chaincode input (and private data) from the validated request: path parameters merged into the body. */
  readonly submission: (request: OperationRequest<WriteOperationSchema<S>>) => Submission<K>;
}

/**
 * Every write is the same: the caller from the token, the command from the request, an optional
 * Idempotency-Key as the chaincode's request id, one submit (with the bounded MVCC retry), and
 * `{ txId, blockNumber, events }` back.
 */
export function writeOperation<K extends CommandKind, S extends WriteSchema>(spec: WriteSpec<K, S>): Operation {
  return {
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    tags: spec.tags,
    effect: 'write',
    schema: { ...spec.schema, headers: IdempotencyHeaders, response: { [spec.status]: WriteResultSchema } },
    // Fastify validated params, body and headers against this schema before the handler runs.
    handle: (request, reply, services) => handleWrite(request as unknown as OperationRequest<WriteOperationSchema<S>>, reply, services, spec),
  };
}

function handleWrite<K extends CommandKind, S extends WriteSchema>(
  request: OperationRequest<WriteOperationSchema<S>>,
  reply: FastifyReply,
  services: Services,
  spec: WriteSpec<K, S>,
): Promise<WriteResult> {
  return idempotentWrite(request, reply, services, spec.status, async (requestId) => {
    const { input, transient } = spec.submission(request);
    return writeResult(await submitCommand(services.submitter, principalOf(request), spec.kind, withRequestId(input, requestId), transient));
  });
}

/**
 * Applies a write at most once per Idempotency-Key (the same key from the same org gets the first
 * response back); `write` receives the key to pass to the chaincode as its request id.
 */
export async function idempotentWrite<B>(
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
  status: 200 | 201,
  write: (requestId: string | undefined) => Promise<B>,
): Promise<B> {
  const key = idempotencyKey(request);
  const print = fingerprint(request);
  const work = async (): Promise<StoredResponse<unknown>> => ({ status, body: await write(key), fingerprint: print });
  const { response, replayed } = key === undefined
    ? { response: await work(), replayed: false }
    : await services.idempotency.run(principalOf(request).org, key, print, work);
  if (replayed) reply.header('idempotent-replayed', 'true');
  reply.code(response.status);
  // Same key, same route and body (the fingerprint): the stored body is this route's response.
  return response.body as B;
}

/** A chaincode input with the client's request id, when there is one. */
export function withRequestId<I extends object>(input: I, requestId: string | undefined): I & { requestId?: string } {
  return requestId === undefined ? input : { ...input, requestId };
}

function idempotencyKey(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' ? key : undefined;
}

function writeResult(result: SubmitResult): WriteResult {
  return { txId: result.txId, blockNumber: Number(result.blockNumber), events: result.payload.events as WriteResult['events'] };
}

/** What was asked: the route, its parameters and body. A key reused for anything else is refused. */
function fingerprint(request: FastifyRequest): string {
  return createHash('sha256').update(JSON.stringify([request.method, request.routeOptions.url, request.params, request.body])).digest('hex');
}
