import { Type } from '@sinclair/typebox';
import { HoldingSchema, Id, IdentitySchema } from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import { AuditEventSchema } from '../projections/audit-entries';
import { AuditTransactionSchema } from '../projections/audit-log';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import { cursorBeforeBlock } from '../projections/position';
import { foundPage } from './holdings';
import { operation } from './operation';
import { IdParams, pageOf, Paging, readQuery, TxId } from './schemas';

const tags = ['audit'];

export const auditEvents = operation({
  summary: 'Every domain event, filtered and paged',
  description: 'In ledger order. Filters combine; a sparse filter may return a short page with a cursor to continue. Each row\'s `seq` is a cursor: the audit stream (`GET /v1/audit/stream?cursor=` or `Last-Event-ID`) goes on after it.',
  tags,
  effect: 'read',
  schema: {
    querystring: readQuery({
      ...Paging,
      fromBlock: Type.Optional(Type.Integer({ minimum: 0, description: 'First block to list, as the audit stream\'s `fromBlock` (a `cursor` wins over it)' })),
      type: Type.Optional(Type.String({ pattern: '^[A-Za-z]{1,64}$', description: 'Event type, e.g. Transferred' })),
      securityId: Type.Optional(Id),
      identity: Type.Optional(Id),
    }),
    response: { 200: pageOf(AuditEventSchema) },
  },
  handle: async (request, _reply, { audit, consistency }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor, fromBlock, type, securityId, identity } = request.query;
    await consistency.reach(request.query);
    const start = cursor ?? (fromBlock === undefined ? undefined : cursorBeforeBlock(BigInt(fromBlock)));
    return audit.events({ type, securityId, identity }, { limit, cursor: start });
  },
});

export const auditTransaction = operation({
  summary: 'One transaction and its events',
  tags,
  effect: 'read',
  schema: {
    params: Type.Object({ txId: TxId }, { additionalProperties: false }),
    querystring: readQuery({}),
    response: { 200: AuditTransactionSchema },
  },
  handle: async (request, _reply, { audit, consistency }) => {
    await consistency.reach(request.query);
    const transaction = await audit.transaction(request.params.txId);
    if (!transaction) throw new NotFoundError(`Unknown transaction ${request.params.txId}.`, { txId: request.params.txId });
    return transaction;
  },
});

export const auditHolders = operation({
  summary: 'Cap table of a security',
  description: 'Each holder\'s whole holding (lots, freezes, daily counter) with its public identity.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery(Paging),
    response: { 200: pageOf(Type.Object({ holding: HoldingSchema, identity: Type.Union([IdentitySchema, Type.Null()]) })) },
  },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return foundPage(readModel, request.params.id, await readModel.auditHoldersOf(request.params.id, { limit, cursor }));
  },
});
