import { AgentApprovalSchema } from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import { operation } from './operation';
import { listSecurityRecords } from './record-reads';
import { commandBody, IdParams, readQuery } from './schemas';
import { pathAction, writeOperation } from './write';

/** Four eyes (docs/compliance.md): an agent operation above the security's threshold waits for a second agent with the same power. */
const tags = ['agent actions'];

export const proposeAgentAction = writeOperation({
  kind: 'ProposeAgentAction',
  summary: 'Propose a forced transfer, redemption or recovery for a second agent\'s approval (an agent with its power)',
  description: 'Where the security\'s `rules.fourEyes` names the power and the amount (a recovery: the whole holding) is above its threshold, the operation itself is refused '
    + 'with 422 ST2-FOUR-EYES-REQUIRED: it is proposed here instead, its parameters fixed, until `expiresAt` (at most 90 days ahead). Nothing moves until another party with the '
    + 'same power approves it. The id is taken: 409 ST2-ALREADY-EXISTS.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('ProposeAgentAction', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const approveAgentAction = pathAction({
  kind: 'ApproveAgentAction',
  summary: 'Approve a proposed agent operation, which executes it now (another party with its power)',
  description: 'Every rule of the operation is checked at this moment; a refusal (422 with the rule\'s code) leaves it pending. The proposer itself: 403 ST2-SELF-APPROVAL; '
    + 'a party without the power: 403 ST2-UNAUTHORIZED; executed or cancelled: 422 ST2-REQUEST-CLOSED; past its expiry: 422 ST2-REQUEST-EXPIRED.',
  tags,
  params: IdParams,
  input: (params) => ({ approvalId: params.id }),
});

export const cancelAgentAction = pathAction({
  kind: 'CancelAgentAction',
  summary: 'Cancel a pending agent operation (its proposer)',
  description: 'Nothing moves. Anyone but the proposer: 403 ST2-UNAUTHORIZED; executed or cancelled: 422 ST2-REQUEST-CLOSED.',
  tags,
  params: IdParams,
  input: (params) => ({ approvalId: params.id }),
});

export const readAgentApproval = operation({
  summary: 'Read a proposed agent operation and its status',
  description: 'Pending, executed (with its approver) or cancelled; the operation as proposed.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({}), response: { 200: AgentApprovalSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    const approval = await readModel.agentApproval(request.params.id);
    if (!approval) throw new NotFoundError(`Unknown agent approval ${request.params.id}.`, { approvalId: request.params.id });
    return approval;
  },
});

export const listAgentApprovals = listSecurityRecords({
  schema: AgentApprovalSchema,
  tags,
  what: 'agent approval',
  idKey: 'approvalId',
  find: (readModel, id) => readModel.agentApproval(id),
  ofSecurity: (readModel, securityId, page) => readModel.agentApprovalsOf(securityId, page),
}, 'The agent operations proposed on a security for a second agent\'s approval: pending, executed or cancelled');
