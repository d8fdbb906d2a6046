import { Type } from '@sinclair/typebox';
import { HoldingSchema, Id } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { ReadModel } from '../projections/read-model';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { IdParams, pageOf, Paging, readQuery } from './schemas';

const tags = ['holdings'];

export const holdingsOf = operation({
  summary: 'Holdings of an identity',
  description: 'Every security it holds a positive balance of. An investor may ask only for itself.',
  tags,
  effect: 'read',
  schema: {
    querystring: readQuery({ holder: Id }),
    response: { 200: Type.Object({ holder: Id, holdings: Type.Array(HoldingSchema) }) },
  },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { holder, consistentWith } = request.query;
    await consistency.reach(consistentWith);
    await requireSelfIfInvestor(principalOf(request), holder, readModel);
    return { holder, holdings: await readModel.holdingsOf(holder) };
  },
});

export const holdersOf = operation({
  summary: 'Holders of a security',
  description: 'Identities with a positive balance, sorted by id, paged.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery(Paging),
    response: { 200: pageOf(Type.Object({ holder: Id, balance: Type.String() })) },
  },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { consistentWith, limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(consistentWith);
    return foundPage(readModel, request.params.id, await readModel.holdersOf(request.params.id, { limit, cursor }));
  },
});

/** A page of a security's holders, or 404 when it is empty because the security does not exist. */
export async function foundPage<T extends { items: unknown[] }>(readModel: ReadModel, securityId: string, page: T): Promise<T> {
  // Holders imply the security: only an empty page needs the extra read.
  if (page.items.length === 0 && !(await readModel.security(securityId))) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
  return page;
}
