import { Type } from '@sinclair/typebox';
import { CustodyPositionSchema, Id, IdentitySchema, HoldingSchema, InvestorType, Jurisdiction, PositiveAmount, QUERIES } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { CustodyDesk, type BeneficialOwner } from '../custody/custody-desk';
import { ForbiddenError, NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { SubmitResult } from '../ledger/ledger';
import type { Services } from '../services';
import { operation } from './operation';
import { mayReadRecord } from './ownership';
import { commandBody, IdempotencyHeaders, IdParams, pageOf, Paging, readQuery, withFields, WriteResultSchema } from './schemas';
import { idempotentWrite, withRequestId, writeOperation, writeResult } from './write';

/**
 * Custody accounts (docs/custody.md): the account is public, its beneficial owners are the custodian's (its
 * org collection) and the regulator's (audit collection). Movements read the positions they change through
 * the custodian's own peer and send them as private data (CustodyDesk), through the one write pipeline.
 */
const tags = ['custody'];

export const openAccount = writeOperation({
  kind: 'OpenCustodyAccount',
  summary: 'Open a custody account (custodian)',
  description: '`accountType` segregated (one beneficial owner, `owner`, kept privately) or omnibus (many). The account is an identity of the custodian\'s org; it needs the security\'s required claims (the custodian\'s own KYC) to receive units.',
  tags,
  status: 201,
  schema: { body: withFields(commandBody('OpenCustodyAccount', []), { owner: Type.Optional(Id) }) },
  submission: ({ body: { owner, ...input } }) => ({ input, ...(owner ? { transient: { account: Buffer.from(JSON.stringify({ owner })) } } : {}) }),
});

/** Only the custodian's org and the regulator see an account and what is in it. */
async function requireAccountReader(services: Services, request: Parameters<typeof principalOf>[0], accountId: string) {
  const account = await services.readModel.identity(accountId);
  if (!account?.custody) throw new NotFoundError(`Unknown custody account ${accountId}.`, { account: accountId });
  if (!mayReadRecord(principalOf(request), account.org)) throw new ForbiddenError(`${accountId} is its custodian's and the regulator's to read.`, { account: accountId });
  return account;
}

const ReconciliationSchema = Type.Object({
  accountId: Id,
  reconciled: Type.Boolean({ description: 'Every security\'s sub-ledger sum equals the account\'s public balance' }),
  securities: Type.Array(Type.Object({ securityId: Id, subLedger: Type.String(), public: Type.String(), reconciled: Type.Boolean() })),
});

/** The custodian read model's check of an account after the last block that moved it. */
const CheckSchema = Type.Composite([ReconciliationSchema, Type.Object({ checkedAfter: Type.String({ description: 'The audit log position (event seq) it was checked after' }) })]);

export const readAccount = operation({
  summary: 'Read a custody account, its public holdings and its last reconciliation check',
  description: 'For the custodian\'s org and the regulator; anyone else 403. `lastCheck` is the custodian read model\'s check after the last block that moved the account (on the custodian\'s gateway).',
  tags,
  effect: 'read',
  schema: {
    params: IdParams, querystring: readQuery({}),
    response: { 200: Type.Object({ account: IdentitySchema, holdings: Type.Array(HoldingSchema), lastCheck: Type.Optional(CheckSchema) }) },
  },
  handle: async (request, _reply, services) => {
    await services.consistency.reach(request.query);
    await services.custodyBook.reach(services.projector);
    const account = await requireAccountReader(services, request, request.params.id);
    const lastCheck = await services.custodyBook.check(request.params.id);
    return { account, holdings: await services.readModel.holdingsOf(request.params.id), ...(lastCheck ? { lastCheck } : {}) };
  },
});

type PositionRecord = typeof CustodyPositionSchema.static;

export const listAccounts = operation({
  summary: 'The custody accounts of the caller\'s org, paged',
  description: 'From the custodian\'s read model, by account id, with each account\'s last reconciliation check.',
  tags,
  effect: 'read',
  schema: {
    querystring: readQuery(Paging),
    response: { 200: pageOf(Type.Object({ account: IdentitySchema, lastCheck: Type.Optional(CheckSchema) })) },
  },
  handle: async (request, _reply, services) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await services.consistency.reach(request.query);
    await services.custodyBook.reach(services.projector);
    const page = await services.custodyBook.accountsOf(principalOf(request).org, { limit, cursor });
    const items = await Promise.all(page.items.map(async (id) => {
      const [account, lastCheck] = await Promise.all([services.readModel.identity(id), services.custodyBook.check(id)]);
      if (!account) throw new Error(`custody book names ${id}, which the read model does not hold`);
      return { account, ...(lastCheck ? { lastCheck } : {}) };
    }));
    return { items, nextCursor: page.nextCursor };
  },
});

export const positions = operation({
  summary: 'Positions per beneficial owner in a custody account, paged',
  description: 'The custodian\'s org reads them from its gateway\'s custody read model (re-read from its own peer after every block that moved the account); '
    + 'the regulator from the audit collection through its peer; anyone else 403. Sorted by security, then owner.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(CustodyPositionSchema) } },
  handle: async (request, _reply, services) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    const principal = principalOf(request);
    await services.consistency.reach(request.query);
    const account = await services.readModel.identity(request.params.id);
    if (account?.custody && account.org === principal.org && services.custodyBook.keeps(account.org)) {
      await services.custodyBook.reach(services.projector);
      return services.custodyBook.page(request.params.id, { limit, cursor });
    }
    const all = JSON.parse(Buffer.from(await services.submitter.evaluate(principalOf(request), { fn: QUERIES.custodyPositions, args: [request.params.id] })).toString('utf8')) as PositionRecord[];
    const keyOf = (p: PositionRecord) => `${p.securityId}:${p.owner}`;
    const rest = cursor === undefined ? all : all.filter((p) => keyOf(p) > cursor);
    const items = rest.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rest.length > limit && last ? keyOf(last) : null };
  },
});

export const reconciliation = operation({
  summary: 'Reconcile a custody account: sub-ledger sum against public balance, per security',
  description: 'Decided by the chaincode on the caller\'s peer (custodian\'s org or regulator), on one ledger state.',
  tags,
  effect: 'read',
  schema: { params: IdParams, response: { 200: ReconciliationSchema } },
  handle: async (request, _reply, { submitter }) => JSON.parse(Buffer.from(await submitter.evaluate(principalOf(request), { fn: QUERIES.custodyReconciliation, args: [request.params.id] })).toString('utf8')) as typeof ReconciliationSchema.static,
});

export const Owner = Type.Object({ owner: Id, jurisdiction: Type.Optional(Jurisdiction), investorType: Type.Optional(InvestorType) }, {
  additionalProperties: false, description: 'A beneficial owner; `jurisdiction` and `investorType` (attested by the custodian) are needed the first time it enters the account',
});
const Movement = { securityId: Id, accountId: Id };
const Amount = { amount: PositiveAmount };

/** A custody movement through the write pipeline: the desk reads the positions as the caller (the custodian) and submits. */
function custodyWrite<B extends object>(summary: string, description: string, body: ReturnType<typeof Type.Object>, run: (desk: CustodyDesk, caller: ReturnType<typeof principalOf>, body: B, requestId: string | undefined, services: Services) => Promise<SubmitResult>) {
  return operation({
    summary,
    description,
    tags,
    effect: 'write',
    schema: { body, headers: IdempotencyHeaders, response: { 201: WriteResultSchema } },
    handle: (request, reply, services) => idempotentWrite(request, reply, services, 201, async (requestId) => {
      // Fastify validated the body against `body` before the handler runs.
      return writeResult(await run(new CustodyDesk(services.submitter), principalOf(request), request.body as B, requestId, services));
    }, (outcome) => outcome),
  });
}

export const deposit = custodyWrite<{ securityId: string; accountId: string; from: string; amount: string; owner: BeneficialOwner }>(
  'Take a holder\'s units into custody, as its operator (custodian)',
  'The custodian must be an operator of `from` (POST /v1/securities/:id/operators); every rule applies with `from` as sender and the beneficial `owner` as recipient.',
  Type.Object({ ...Movement, from: Id, ...Amount, owner: Owner }, { additionalProperties: false }),
  async (desk, caller, { owner, ...input }, requestId, { readModel }) => desk.deposit(caller, caller, withRequestId(input, requestId), owner, await partyOrgs(readModel, input.from, caller.org)),
);

export const withdraw = custodyWrite<{ securityId: string; accountId: string; to: string; amount: string; owner: BeneficialOwner }>(
  'Deliver a beneficial owner\'s units out of custody (custodian)',
  'Every rule applies with the owner as sender and `to` as recipient.',
  Type.Object({ ...Movement, to: Id, ...Amount, owner: Owner }, { additionalProperties: false }),
  async (desk, caller, { owner, ...input }, requestId, { readModel }) => desk.withdraw(caller, withRequestId(input, requestId), owner, await partyOrgs(readModel, input.to, caller.org)),
);

export const move = custodyWrite<{ securityId: string; accountId: string; from: BeneficialOwner; to: BeneficialOwner; amount: string }>(
  'Move units between beneficial owners of an omnibus account (custodian)',
  'No public movement: a private sub-ledger entry, every rule checked between the two owners; the public event says only which jurisdictions\' holder counts moved.',
  Type.Object({ ...Movement, from: Owner, to: Owner, ...Amount }, { additionalProperties: false }),
  (desk, caller, { from, to, amount, ...input }, requestId) => desk.move(caller, withRequestId(input, requestId), from, to, amount),
);

/** A movement's parties' orgs: the public holder's (when the read model knows it) and the custodian's. */
async function partyOrgs(readModel: Services['readModel'], holder: string, custodianOrg: string): Promise<string[]> {
  const identity = await readModel.identity(holder);
  return identity ? [identity.org, custodianOrg] : [custodianOrg];
}
