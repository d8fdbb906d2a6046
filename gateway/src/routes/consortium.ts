import { Type } from '@sinclair/typebox';
import { CHANGE_TTL_MS, ConsortiumPolicySchema, Org, PendingChangeSchema, Subject } from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import { operation } from './operation';
import { commandBody, EmptyBody, pageOf, Paging, readQuery } from './schemas';
import { writeOperation } from './write';

const tags = ['consortium'];
const TTL_DAYS = CHANGE_TTL_MS / 86_400_000;
const APPROVAL = `An approval by an administrator org (admin role): the change takes effect when the policy's number of administrator orgs approved the same change within ${TTL_DAYS} days; until then it is pending (the answer's ConsortiumChangeApproved event says which). Another change of the same subject while one is pending: 409 ST2-CHANGE-CONFLICT; the same org again: 409 ST2-ALREADY-APPROVED.`;
const SubjectParams = Type.Object({ subject: Subject }, { additionalProperties: false });

export const setOrgRoles = writeOperation({
  kind: 'SetOrgRoles',
  summary: 'Admit an org or change the roles its certificates may carry',
  description: `${APPROVAL} An administrator org keeps the admin role (400 otherwise).`,
  tags,
  status: 200,
  schema: { params: Type.Object({ org: Org }, { additionalProperties: false }), body: commandBody('SetOrgRoles', ['org']) },
  submission: ({ params, body }) => ({ input: { org: params.org, roles: body.roles } }),
});

export const setAdmins = writeOperation({
  kind: 'SetConsortiumAdmins',
  summary: 'Change the administrator orgs and how many must approve a change',
  description: `${APPROVAL} Administrators must be admitted orgs with the admin role, and the threshold one they can reach (400 otherwise).`,
  tags,
  status: 200,
  schema: { body: commandBody('SetConsortiumAdmins', []) },
  submission: ({ body }) => ({ input: body }),
});

export const approveChange = writeOperation({
  kind: 'ApproveConsortiumChange',
  summary: 'Approve the consortium change pending on a subject, as proposed',
  description: `${APPROVAL} Nothing pending: 404; expired: 422 ST2-CHANGE-EXPIRED (propose it again).`,
  tags,
  status: 200,
  schema: { params: SubjectParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { subject: params.subject } }),
});

export const readChange = operation({
  summary: 'Read a consortium change and its approvals',
  description: 'The last change of the subject: pending, executed, or expired (pending past `expiresAt`).',
  tags,
  effect: 'read',
  schema: { params: SubjectParams, querystring: readQuery({}), response: { 200: PendingChangeSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    const found = await readModel.consortiumChange(request.params.subject);
    if (!found) throw new NotFoundError(`No consortium change of ${request.params.subject}.`, { subject: request.params.subject });
    return found;
  },
});

export const listChanges = operation({
  summary: 'List consortium changes by subject',
  description: 'The last change of each subject, pending or not, in subject order.',
  tags,
  effect: 'read',
  schema: { querystring: readQuery(Paging), response: { 200: pageOf(PendingChangeSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return readModel.consortiumChanges({ limit, cursor });
  },
});

export const readPolicy = operation({
  summary: 'Read the consortium policy on the ledger',
  description: 'Roles per org, administrator orgs and their approval threshold, once the consortium changed them; `null` before, when network/topology.json rules.',
  tags,
  effect: 'read',
  schema: { querystring: readQuery({}), response: { 200: Type.Object({ policy: Type.Union([ConsortiumPolicySchema, Type.Null()]) }) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    return { policy: (await readModel.consortiumPolicy()) ?? null };
  },
});
