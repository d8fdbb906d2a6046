import { Type } from '@sinclair/typebox';
import { Id } from '@st2/chaincode';
import { commandBody, EmptyBody } from './schemas';
import { writeOperation } from './write';

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
  return writeOperation({
    kind,
    summary,
    description,
    tags,
    status: 200,
    schema: { params: RequestParams, body: EmptyBody },
    submission: ({ params }) => ({ input: { securityId: params.id, transferId: params.transferId } }),
  });
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
