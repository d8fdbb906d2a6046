import type { Static, TSchema } from '@sinclair/typebox';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE, type Page, type PageRequest } from '../projections/paging';
import type { ReadModel } from '../projections/read-model';
import { operation, type Operation, type OperationResponse } from './operation';
import { IdParams, pageOf, Paging, readQuery } from './schemas';

/** The read routes every ledger record kind has: one by id (404 when unknown), and a security's, paged. */
interface RecordReads<S extends TSchema> {
  readonly schema: S;
  readonly tags: readonly string[];
  /** What a 404 names, e.g. `corporate action`, and the details key it names it under. */
  readonly what: string;
  readonly idKey: string;
  readonly find: (readModel: ReadModel, id: string) => Promise<Static<S> | undefined>;
  readonly ofSecurity: (readModel: ReadModel, securityId: string, page: PageRequest) => Promise<Page<Static<S>>>;
}

/** GET one record by id, after the read model reached the caller's `consistentWith`. */
export function readRecord<S extends TSchema>(reads: RecordReads<S>, summary: string): Operation {
  const schema = { params: IdParams, querystring: readQuery({}), response: { 200: reads.schema } };
  return operation({
    summary,
    tags: reads.tags,
    effect: 'read',
    schema,
    handle: async (request, _reply, { consistency, readModel }) => {
      await consistency.reach(request.query);
      // The record is Static<S>, which is the response's type: TypeScript cannot see it through the generic S.
      return foundRecord(reads, await reads.find(readModel, request.params.id), request.params.id) as OperationResponse<typeof schema>;
    },
  });
}

/** GET a security's records, by id, paged. */
export function listSecurityRecords<S extends TSchema>(reads: RecordReads<S>, summary: string): Operation {
  const schema = { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(reads.schema) } };
  return operation({
    summary,
    description: 'By id, paged.',
    tags: reads.tags,
    effect: 'read',
    schema,
    handle: async (request, _reply, { consistency, readModel }) => {
      const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
      await consistency.reach(request.query);
      return reads.ofSecurity(readModel, request.params.id, { limit, cursor }) as Promise<OperationResponse<typeof schema>>;
    },
  });
}

/** The record, or the 404 that names it. */
export function foundRecord<S extends TSchema, R extends Static<S>>(reads: RecordReads<S>, record: R | undefined, id: string): R {
  if (record === undefined) throw new NotFoundError(`Unknown ${reads.what} ${id}.`, { [reads.idKey]: id });
  return record;
}

export type { RecordReads };
