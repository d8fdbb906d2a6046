import type { Static, TObject } from '@sinclair/typebox';
import type { CommandKind, InputSchemas } from '@st2/chaincode';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { principalOf } from '../auth/principal';
import { AlreadyApplied, ledgerRequestId } from '../idempotency/idempotency';
import type { StoredResponse } from '../idempotency/responses';
import { submitCommand } from '../ledger/identity-record';
import { LedgerError, type SubmitResult } from '../ledger/ledger';
import type { Services } from '../services';
import type { Operation, OperationRequest } from './operation';
import { EmptyBody, IdempotencyHeaders, WriteResultSchema } from './schemas';

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

/**
 * A write on something its path names, with an empty body (approve, reject, release, execute...): 200, the
 * chaincode input made from the path parameters alone.
 */
export function pathAction<K extends CommandKind, P extends TObject>(spec: {
  kind: K; summary: string; description: string; tags: readonly string[]; params: P; input: (params: Static<P>) => WireInput<K>;
}): Operation {
  const { params, input, ...rest } = spec;
  return writeOperation({ ...rest, status: 200, schema: { params, body: EmptyBody }, submission: (request) => ({ input: input(request.params as Static<P>) }) });
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
  }, (outcome) => outcome);
}

/**
 * Applies a write at most once per caller and Idempotency-Key (the same key from the same org and subject gets
 * the first outcome back); `write` receives the ledger request id to pass to the chaincode. When the ledger
 * already holds the request but this gateway lost its response, the outcome is read back from the ledger's
 * transaction and shaped by `recovered` into the route's response.
 */
export async function idempotentWrite<B>(
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
  status: 200 | 201,
  attempt: (requestId: string | undefined) => Promise<B>,
  recovered: (outcome: WriteResult) => B,
): Promise<B> {
  const key = idempotencyKey(request);
  const write = (requestId: string | undefined) => attempt(requestId).catch((error: unknown) => noteRefusal(services, request, error));
  if (key === undefined) {
    // Nothing to replay or recover, so nothing to fingerprint: hashing the body is for keyed requests only.
    const body = await write(undefined).catch(appliedBefore);
    reply.code(status);
    return body as B;
  }
  const print = fingerprint(request);
  const principal = principalOf(request);
  const requestId = ledgerRequestId(principal, key);
  const work = async (): Promise<StoredResponse<unknown>> => ({ status, body: await write(requestId).catch(appliedBefore), fingerprint: print });
  const recover = async (txId: string): Promise<StoredResponse<unknown>> => ({ status, body: recovered(await committedOutcome(services, txId)), fingerprint: print });
  const { response, replayed } = await services.idempotency.run(principal, key, print, work, recover);
  if (replayed) reply.header('idempotent-replayed', 'true');
  reply.code(response.status);
  // Same caller, key, route and body (the fingerprint): the stored body is this route's response.
  return response.body as B;
}

/**
 * A ledger refusal goes into the gateway's refusal log before it is answered: nothing else would keep it, since a
 * refused proposal is never ordered. A repeated request id is not a refusal (the idempotency layer answers it).
 */
async function noteRefusal(services: Services, request: FastifyRequest, error: unknown): Promise<never> {
  if (error instanceof LedgerError && error.kind === 'rejected' && error.code !== 'ST2-DUPLICATE-REQUEST') {
    const { org, role, id } = principalOf(request);
    const securityId = securityNamedBy(request);
    await services.refusals.record({
      at: services.clock(), code: error.code, message: error.message, route: `${request.method} ${request.routeOptions.url ?? ''}`, org, role, identity: id,
      ...(securityId === undefined ? {} : { securityId }),
    });
  }
  throw error;
}

/** Routes whose `:id` is a security (cash is one too). */
const SECURITY_ROUTES = ['/v1/securities/:id', '/v1/cash/:id'];

/** The security a write is about: its body's `securityId`, or the `:id` of a security's route. */
function securityNamedBy(request: FastifyRequest): string | undefined {
  const body = request.body as { securityId?: unknown } | undefined;
  if (typeof body?.securityId === 'string') return body.securityId;
  const params = request.params as { id?: unknown } | undefined;
  const url = request.routeOptions.url ?? '';
  return SECURITY_ROUTES.some((route) => url.startsWith(route)) && typeof params?.id === 'string' ? params.id : undefined;
}

/** The ledger's "already applied in transaction T" (a repeat of a request id), as the idempotency layer hears it. */
function appliedBefore(error: unknown): never {
  if (error instanceof LedgerError && error.kind === 'rejected' && error.code === 'ST2-DUPLICATE-REQUEST' && typeof error.details['txId'] === 'string') {
    throw new AlreadyApplied(error.details['txId']);
  }
  throw error;
}

/** A committed transaction's outcome as a write reports it, from the read model once it has reached the transaction. */
async function committedOutcome(services: Services, txId: string): Promise<WriteResult> {
  await services.consistency.reach({ consistentWith: txId });
  const transaction = await services.audit.transaction(txId);
  if (!transaction) throw new Error(`transaction ${txId} is in the read model but has no entry`);
  return { txId, blockNumber: transaction.blockNumber, events: transaction.events.map((row) => row.event as WriteResult['events'][number]) };
}

/** A chaincode input with the client's request id, when there is one. */
export function withRequestId<I extends object>(input: I, requestId: string | undefined): I & { requestId?: string } {
  return requestId === undefined ? input : { ...input, requestId };
}

function idempotencyKey(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' ? key : undefined;
}

/** A submission's result as a write answers it. */
export function writeResult(result: SubmitResult): WriteResult {
  return { txId: result.txId, blockNumber: Number(result.blockNumber), events: result.payload.events as WriteResult['events'] };
}

/** What was asked: the route, its parameters and body. A key reused for anything else is refused. */
function fingerprint(request: FastifyRequest): string {
  return createHash('sha256').update(JSON.stringify([request.method, request.routeOptions.url, request.params, request.body])).digest('hex');
}
