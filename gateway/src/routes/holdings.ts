import { Type } from '@sinclair/typebox';
import { availableBalance, emptyHolding, freeBalance, HoldingSchema, Id, PartitionName, partitionsOf, stateCodecs } from '@st2/chaincode';
import { principalOf, type Principal } from '../auth/principal';
import { InvalidInputError, NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { ReadModel } from '../projections/read-model';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { IdParams, pageOf, Paging, readQuery } from './schemas';

const HoldingParams = Type.Object({ id: Id, holder: Id }, { additionalProperties: false });

const PositionSchema = Type.Object({
  securityId: Id,
  holder: Id,
  balance: Type.String({ description: 'Units held, a decimal string in the smallest unit (the same as `total`)' }),
  total: Type.String({ description: 'Units held, a decimal string in the smallest unit' }),
  free: Type.String({ description: 'What the holder may move now: the total less what is frozen and what is held' }),
  frozen: Type.String({ description: 'The part of the balance an agent froze (all of it while the whole holding is frozen)' }),
  held: Type.String({ description: 'The part of the unfrozen balance reserved by holds (and settlements) that have not expired' }),
  wholeHoldingFrozen: Type.Boolean({ description: 'An agent froze the whole holding, including units received later' }),
  partitions: Type.Array(Type.Object({ partition: PartitionName, amount: Type.String() }), {
    description: 'The balance by partition (ERC-1410), the default one first; only partitions with units. Free and frozen apply to the whole holding.',
  }),
});

const tags = ['holdings'];

export const holdingsOf = operation({
  summary: 'Holdings of an identity',
  description: 'Every security it holds a positive balance of. An investor may ask only for itself, and without `holder` it is the one asked about; other roles name the holder.',
  tags,
  effect: 'read',
  schema: {
    querystring: readQuery({ holder: Type.Optional({ ...Id, description: 'The identity; an investor\'s own by default' }) }),
    response: { 200: Type.Object({ holder: Id, holdings: Type.Array(HoldingSchema) }) },
  },
  handle: async (request, _reply, { consistency, readModel }) => {
    const principal = principalOf(request);
    const holder = request.query.holder ?? holderAskedBy(principal);
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principal, holder, readModel);
    return { holder, holdings: await readModel.holdingsOf(holder) };
  },
});

/** Whose holdings a request without `holder` is about: an investor's own; anyone else must say. */
function holderAskedBy(principal: Principal): string {
  if (principal.role === 'investor') return principal.id;
  throw new InvalidInputError(`Name the holder (?holder=<identity>): only an investor's own holdings are the default, not a ${principal.role}'s.`, { part: 'querystring', issues: [{ path: '/holder', message: 'Expected required property' }] });
}

export const positionOf = operation({
  summary: 'Position of one holder in one security',
  description: 'Total, free, frozen and held amounts (free = total - frozen - held) and the balance by partition, zero when the identity holds none. An investor may ask only for itself, through the org that onboarded it.',
  tags,
  effect: 'read',
  schema: {
    params: HoldingParams,
    querystring: readQuery({}),
    response: { 200: PositionSchema },
  },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    const { id: securityId, holder } = request.params;
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principalOf(request), holder, readModel);
    const [security, identity, stored] = await Promise.all([readModel.security(securityId), readModel.identity(holder), readModel.holding(securityId, holder)]);
    if (!security) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
    if (!identity) throw new NotFoundError(`Unknown identity ${holder}.`, { identity: holder });
    const holding = stored ? stateCodecs.holding.decode(stored) : emptyHolding(securityId, holder);
    const unfrozen = freeBalance(holding);
    const free = availableBalance(holding, clock());
    return {
      securityId, holder, balance: holding.balance.toString(), total: holding.balance.toString(), free: free.toString(),
      frozen: (holding.balance - unfrozen).toString(), held: (unfrozen - free).toString(), wholeHoldingFrozen: holding.frozen,
      partitions: partitionsOf(holding).map(({ partition, amount }) => ({ partition, amount: amount.toString() })),
    };
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
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return foundPage(readModel, request.params.id, await readModel.holdersOf(request.params.id, { limit, cursor }));
  },
});

/** A page of a security's holders, or 404 when it is empty because the security does not exist. */
export async function foundPage<T extends { items: unknown[] }>(readModel: ReadModel, securityId: string, page: T): Promise<T> {
  // Holders imply the security: only an empty page needs the extra read.
  if (page.items.length === 0 && !(await readModel.security(securityId))) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
  return page;
}
