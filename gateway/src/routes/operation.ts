import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../services';

/** What Fastify validates before a handler runs; `response` also drives serialization and the OpenAPI document. */
export interface OperationSchema {
  readonly params?: TSchema;
  readonly querystring?: TSchema;
  readonly body?: TSchema;
  readonly headers?: TSchema;
  readonly response: Readonly<Record<number, TSchema>>;
}

type StaticOf<T> = T extends TSchema ? Static<T> : undefined;

/** A request whose parts have the types of the operation's schemas. */
export type OperationRequest<S extends OperationSchema> = FastifyRequest<{
  Params: StaticOf<S['params']>;
  Querystring: StaticOf<S['querystring']>;
  Body: StaticOf<S['body']>;
  Headers: StaticOf<S['headers']>;
}>;

/** The body of any of the operation's success responses. */
export type OperationResponse<S extends OperationSchema> = StaticOf<S['response'][keyof S['response']]>;

/**
 * What a route does, apart from where it lives and who may call it (that is the route table's): its
 * documentation, schemas and handler. `effect` says whether it can change the ledger; the table refuses a
 * 'write' to the regulator.
 */
export interface Operation {
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly effect: 'read' | 'write';
  /** Served as Server-Sent Events. */
  readonly stream?: boolean;
  readonly schema: OperationSchema;
  readonly handle: (request: FastifyRequest, reply: FastifyReply, services: Services) => Promise<unknown>;
}

export interface OperationSpec<S extends OperationSchema> extends Omit<Operation, 'schema' | 'handle'> {
  readonly schema: S;
  readonly handle: (request: OperationRequest<S>, reply: FastifyReply, services: Services) => Promise<OperationResponse<S> | void>;
}

/** Types the handler from the schemas. The one cast is sound: Fastify validated every part against them first. */
export function operation<S extends OperationSchema>(spec: OperationSpec<S>): Operation {
  return { ...spec, handle: (request, reply, services) => spec.handle(request as unknown as OperationRequest<S>, reply, services) };
}
