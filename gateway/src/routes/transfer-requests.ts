import { Type } from '@sinclair/typebox';
import { Id, TransferRequestSchema } from '@st2/chaincode';
import type { Principal } from '../auth/principal';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { ReadModel } from '../projections/read-model';
import { principalOf } from '../auth/principal';
import { ForbiddenError, NotFoundError } from '../errors/api-error';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, EmptyBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { pathAction, writeOperation } from './write';

const tags = ['conditional transfers'];
const RequestParams = Type.Object({ id: Id, transferId: Id }, { additionalProperties: false });

export const requestTransfer = writeOperation({
  kind: 'RequestTransfer',
  summary: 'Request a transfer that needs an agent\'s approval (calling investor)',
  description: 'Nothing moves until an agent with the approve power approves it before `validUntil` (at most 90 days ahead); the rules are judged at approval.',
  tags,
  status: 201,
  schema: { body: commandBody('RequestTransfer', []) },
  submission: ({ body }) => ({ input: body }),
});

/** Approval and rejection name the request by path and send an empty body. */
function decision(kind: 'ApproveTransfer' | 'RejectTransfer', summary: string, description: string) {
  return pathAction({ kind, summary, description, tags, params: RequestParams, input: (params) => ({ securityId: params.id, transferId: params.transferId }) });
}

export const approveTransfer = decision(
  'ApproveTransfer',
  'Approve a requested transfer, which executes it now (agent with the approve power)',
  'Every rule of a holder transfer is checked at this moment; a refusal (422 with the rule\'s code) leaves the request open. '
    + 'Past its validity window: 422 ST2-REQUEST-EXPIRED; already approved or rejected: 422 ST2-REQUEST-CLOSED.',
);

export const rejectTransfer = decision(
  'RejectTransfer',
  'Reject a requested transfer (agent with the approve power)',
  'Nothing moves; the request is closed for good (a later approval is 422 ST2-REQUEST-CLOSED).',
);

export const cancelTransfer = writeOperation({
  kind: 'CancelTransfer',
  summary: 'Cancel a transfer request (the investor that requested it)',
  description: 'Closes the request as cancelled; nothing moves. Someone else\'s request: 403 ST2-UNAUTHORIZED; one already approved, rejected or cancelled: 422 ST2-REQUEST-CLOSED.',
  tags,
  status: 200,
  schema: { params: RequestParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { securityId: params.id, transferId: params.transferId } }),
});

/** An investor lists only its own requests (`holder` = itself, through its own org); staff list any. */
async function requireOwnList(principal: Principal, holder: string | undefined, readModel: ReadModel): Promise<void> {
  if (principal.role === 'investor' && holder === undefined) throw new ForbiddenError('An investor lists only its own transfer requests: pass holder=<its id>.', { identity: principal.id });
  if (holder !== undefined) await requireSelfIfInvestor(principal, holder, readModel);
}

const RequestPage = { 200: pageOf(TransferRequestSchema) };

export const listSecurityTransferRequests = operation({
  summary: 'List a security\'s conditional transfers',
  description: 'By transfer id, paged, every status; with `holder`, only the requests that identity made. An investor must pass `holder` = itself.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({ ...Paging, holder: Type.Optional(Id) }), response: RequestPage },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor, holder } = request.query;
    await consistency.reach(request.query);
    await requireOwnList(principalOf(request), holder, readModel);
    const page = { limit, cursor };
    return holder === undefined ? readModel.transferRequestsOf(request.params.id, page) : readModel.transferRequestsBy(holder, request.params.id, page);
  },
});

export const listHolderTransferRequests = operation({
  summary: 'List the conditional transfers one holder requested, in every security',
  description: 'By security, then transfer id, paged, every status. An investor may ask only for itself.',
  tags,
  effect: 'read',
  schema: { querystring: readQuery({ ...Paging, holder: Id }), response: RequestPage },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor, holder } = request.query;
    await consistency.reach(request.query);
    await requireOwnList(principalOf(request), holder, readModel);
    return readModel.transferRequestsBy(holder, undefined, { limit, cursor });
  },
});

export const readTransferRequest = operation({
  summary: 'Read a conditional transfer and its status',
  description: 'Requested, approved (executed) or rejected, its validity window and who decided. An investor reads only the requests it sends or receives.',
  tags,
  effect: 'read',
  schema: { params: RequestParams, querystring: readQuery({}), response: { 200: TransferRequestSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { id: securityId, transferId } = request.params;
    await consistency.reach(request.query);
    const found = await readModel.transferRequest(securityId, transferId);
    if (!found) throw new NotFoundError(`Unknown transfer request ${transferId} of ${securityId}.`, { transferId });
    const principal = principalOf(request);
    await requireSelfIfInvestor(principal, principal.id === found.to ? found.to : found.from, readModel);
    return found;
  },
});
