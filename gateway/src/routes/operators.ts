import { Type } from '@sinclair/typebox';
import { Id, OperatorSchema, Org } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, EmptyBody, IdParams, readQuery } from './schemas';
import { writeOperation } from './write';

/**
 * Operators (ERC-1400/1410 style): a holder authorises a party (its custodian, its broker) to move its units
 * of one security. Operator moves have their own route beside the holder's and the controller's
 * (`/v1/transfers/operator` next to `/v1/transfers` and `/v1/transfers/forced`): the caller is the operator,
 * `from` is the holder, and the three kinds of movement stay apart in the API as in the events.
 */
const tags = ['operators'];

export const authorizeOperator = writeOperation({
  kind: 'AuthorizeOperator',
  summary: 'Authorise an operator for the calling holder\'s units of a security',
  description: 'By the holder itself (`holder` is the caller). `operator` is a party (org, id); `limit`, when given, is the most it may move in all; `partition`, when given, the one partition it may move (else every one). '
    + 'Authorising the same operator again replaces the authorisation (what it moved counts from zero).',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('AuthorizeOperator', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const revokeOperator = writeOperation({
  kind: 'RevokeOperator',
  summary: 'Revoke an operator',
  description: 'By the holder itself. Immediate: any operator transfer ordered after this transaction is 403 ST2-NOT-OPERATOR.',
  tags,
  status: 200,
  schema: { params: Type.Object({ id: Id, holder: Id, org: Org, operatorId: Id }, { additionalProperties: false }), body: EmptyBody },
  submission: ({ params }) => ({ input: { securityId: params.id, holder: params.holder, operator: { org: params.org, id: params.operatorId } } }),
});

export const operatorTransfer = writeOperation({
  kind: 'OperatorTransfer',
  summary: 'Move a holder\'s units as its operator',
  description: 'The caller (org, id) must be an operator `from` authorised and has not revoked (403 ST2-NOT-OPERATOR); past its limit, 422 ST2-OPERATOR-LIMIT. '
    + 'Every rule of a holder transfer applies with `from` as the sender; the Transferred event names the operator.',
  tags,
  status: 201,
  schema: { body: commandBody('OperatorTransfer', []) },
  submission: ({ body }) => ({ input: body }),
});

export const listOperators = operation({
  summary: 'A holder\'s operators for a security',
  description: 'The operators the holder has authorised and not revoked, with their limit and what they have moved. An investor may ask only for itself.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({ holder: Id }), response: { 200: Type.Object({ holder: Id, operators: Type.Array(OperatorSchema) }) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { holder } = request.query;
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principalOf(request), holder, readModel);
    return { holder, operators: await readModel.operatorsOf(request.params.id, holder) };
  },
});
