import { Type } from '@sinclair/typebox';
import { Id, TransferRequestSchema } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, readQuery } from './schemas';
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
