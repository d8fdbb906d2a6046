import { Type } from '@sinclair/typebox';
import { Id, MAX_AGENTS, MAX_LISTED_PARTIES, Org, POWERS, SecuritySchema, SecurityStatsSchema, stateCodecs, statusAt } from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { SecurityRecord } from '../projections/read-model';
import { operation } from './operation';
import { commandBody, EmptyBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { writeOperation } from './write';

const tags = ['securities'];

export const createSecurity = writeOperation({
  kind: 'CreateSecurity',
  summary: 'Create an equity, debt or hybrid security',
  description: 'The caller becomes its issuer; `agents` may act for it. `terms.kind` selects equity, debt or hybrid (convertible into an existing equity).',
  tags,
  status: 201,
  schema: { body: commandBody('CreateSecurity', []) },
  submission: ({ body }) => ({ input: body }),
});

const SecurityView = Type.Object({
  security: SecuritySchema,
  stats: SecurityStatsSchema,
  status: Type.Union([Type.Literal('active'), Type.Literal('paused'), Type.Literal('matured'), Type.Literal('redeemed')]),
});

export const listSecurities = operation({
  summary: 'List securities',
  tags,
  effect: 'read',
  schema: { querystring: readQuery(Paging), response: { 200: pageOf(SecuritySchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return readModel.securities({ limit, cursor });
  },
});

export const readSecurity = operation({
  summary: 'Read a security',
  description: 'Its definition, supply and holder count, and status (active, paused, matured from its redemption date on: its maturity date, or its call date once called; redeemed once its redemption closed).',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({}), response: { 200: SecurityView } },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    await consistency.reach(request.query);
    const found = await readModel.security(request.params.id);
    if (!found) throw new NotFoundError(`Unknown security ${request.params.id}.`, { security: request.params.id });
    return { ...found, status: statusOf(found.security, clock()) };
  },
});

/** Maturity is a fact of time, decided by the domain's own statusAt. */
function statusOf(security: SecurityRecord, now: number) {
  return statusAt(stateCodecs.security.decode(security), now);
}

export const setRules = writeOperation({
  kind: 'SetRules',
  summary: 'Replace the transfer rules',
  description: 'By the security\'s issuer only: an agent operates the security, it never changes its rules. '
    + 'A cap (maxSupply, maxHolders, maxBalance) below the figure it caps today is refused (422 ST2-CAP-BELOW-CURRENT, see docs/compliance.md); '
    + `a party list longer than ${MAX_LISTED_PARTIES} identities, 422 ST2-LIMIT-EXCEEDED.`,
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('SetRules', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const addAgent = writeOperation({
  kind: 'AddAgent',
  summary: 'Add a transfer agent with its powers',
  description: `By the security's issuer only. Powers: ${POWERS.join(', ')}. An agent already there is refused (409): remove it to change its powers. At most ${MAX_AGENTS} agents.`,
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('AddAgent', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const removeAgent = writeOperation({
  kind: 'RemoveAgent',
  summary: 'Remove a transfer agent',
  description: 'By the security\'s issuer only. The agent\'s powers end at once.',
  tags,
  status: 200,
  schema: { params: Type.Object({ id: Id, org: Org, agentId: Id }, { additionalProperties: false }), body: EmptyBody },
  submission: ({ params }) => ({ input: { securityId: params.id, agent: { org: params.org, id: params.agentId } } }),
});

export const pauseSecurity = writeOperation({
  kind: 'Pause',
  summary: 'Pause every transfer of the security',
  tags,
  status: 200,
  schema: { params: IdParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { securityId: params.id } }),
});

export const unpauseSecurity = writeOperation({
  kind: 'Unpause',
  summary: 'Resume transfers',
  tags,
  status: 200,
  schema: { params: IdParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { securityId: params.id } }),
});
