import { Type } from '@sinclair/typebox';
import { HoldSchema, Id, Org } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { pathAction, writeOperation } from './write';

const tags = ['holds'];

export const placeHold = writeOperation({
  kind: 'PlaceHold',
  summary: 'Place a hold on part of a holding (agent or custodian with the hold power)',
  description: 'Reserves `amount` of the holder\'s available units (neither frozen nor held) for `beneficiary` until `expiresAt` (at most a year ahead). '
    + 'Held units move by no path: transfers, batches, approvals, redemptions, forced transfers and recoveries are refused with ST2-HELD.',
  tags,
  status: 201,
  schema: { body: commandBody('PlaceHold', []) },
  submission: ({ body }) => ({ input: body }),
});

/** Release, execution and expiry name the hold by path and send an empty body. */
function closing(kind: 'ReleaseHold' | 'ExecuteHold' | 'ExpireHold', summary: string, description: string) {
  return pathAction({ kind, summary, description, tags, params: IdParams, input: (params) => ({ holdId: params.id }) });
}

export const releaseHold = closing(
  'ReleaseHold',
  'Release a hold: its units are available again, nothing moves (agent or custodian with the hold power)',
  'A hold whose expiry has passed is closed as expired. Already closed: 422 ST2-HOLD-CLOSED.',
);

export const executeHold = closing(
  'ExecuteHold',
  'Execute a hold: its units move to the beneficiary (agent or custodian with the hold power)',
  'The movement obeys every rule of a holder transfer from the holder to the beneficiary; a refusal (422 with the rule\'s code) leaves the hold active. '
    + 'Expired: 422 ST2-HOLD-EXPIRED; already closed: 422 ST2-HOLD-CLOSED.',
);

export const expireHold = closing(
  'ExpireHold',
  'Close a hold whose expiry has passed (anyone who writes)',
  'It stopped counting when it expired; this records it as expired. Not expired yet: 422 ST2-HOLD-NOT-EXPIRED.',
);

export const readHold = operation({
  summary: 'Read a hold and its status',
  description: 'Active, released, executed or expired; an active hold past its expiry no longer counts (`lapsed`). An investor reads only holds on its own holding or for it.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({}),
    response: { 200: Type.Composite([HoldSchema, Type.Object({ lapsed: Type.Boolean({ description: 'Active but past its expiry: it no longer holds anything' }) })]) },
  },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    await consistency.reach(request.query);
    const hold = await readModel.hold(request.params.id);
    if (!hold) throw new NotFoundError(`Unknown hold ${request.params.id}.`, { holdId: request.params.id });
    const principal = principalOf(request);
    await requireSelfIfInvestor(principal, principal.id === hold.beneficiary ? hold.beneficiary : hold.holder, readModel);
    return { ...hold, lapsed: hold.status === 'active' && hold.expiresAt <= clock() };
  },
});

export const listHolds = operation({
  summary: 'Holds, filtered by holder, security, status and the org that placed them, paged',
  description: 'By hold id. A custodian lists the holds its desk keeps on its clients\' holdings with `placedBy` (its MSP id); an investor lists only holds on its own holding (`holder` itself).',
  tags,
  effect: 'read',
  schema: {
    querystring: readQuery({
      holder: Type.Optional(Id), securityId: Type.Optional(Id), status: Type.Optional(HoldSchema.properties.status), placedBy: Type.Optional(Org), ...Paging,
    }),
    response: { 200: pageOf(HoldSchema) },
  },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { holder, securityId, status, placedBy, limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principalOf(request), holder ?? '', readModel);
    return readModel.holdsWhere((hold) => (holder === undefined || hold.holder === holder) && (securityId === undefined || hold.securityId === securityId)
      && (status === undefined || hold.status === status) && (placedBy === undefined || hold.by.org === placedBy), { limit, cursor });
  },
});
