import { Type } from '@sinclair/typebox';
import { Id, ProposalSchema, VoteSchema } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, EmptyBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { writeOperation } from './write';

const tags = ['holder votes'];
const ProposalParams = Type.Object({ id: Id }, { additionalProperties: false });

export const createProposal = writeOperation({
  kind: 'CreateProposal',
  summary: 'Open a holder vote on a security (its issuer)',
  description: 'Weights are the holders\' balances at `recordTime` (now or later: units bought after it do not vote, units sold after it still do). '
    + 'Votes are taken from the record time until `closesAt`. Quorum: share of the supply at the record time that must vote; threshold: share of the votes the winning option must exceed (basis points). '
    + 'At most 8 open snapshots per security (422 ST2-LIMIT-EXCEEDED).',
  tags,
  status: 201,
  schema: { body: commandBody('CreateProposal', []) },
  submission: ({ body }) => ({ input: body }),
});

export const castVote = writeOperation({
  kind: 'CastVote',
  summary: 'Vote, or change a vote (the voting investor)',
  description: 'Before the record time: 422 ST2-VOTING-NOT-OPEN; from `closesAt`: 422 ST2-VOTING-CLOSED; the same option again: 409 ST2-ALREADY-VOTED; nothing held at the record time: 422 ST2-NO-VOTING-WEIGHT.',
  tags,
  status: 200,
  schema: { params: ProposalParams, body: commandBody('CastVote', ['proposalId']) },
  submission: ({ params, body }) => ({ input: { proposalId: params.id, voter: body.voter, option: body.option } }),
});

export const castSplitVote = writeOperation({
  kind: 'CastSplitVote',
  summary: 'Vote for a custody account, split across options as its beneficial owners instructed (its custodian)',
  description: '`voter` is a custody account of the caller\'s org; the splits add up to at most the account\'s balance at the record time (else 400 ST2-INVALID-INPUT) and replace its previous split until the close. '
    + 'Which owner chose what stays in the custodian\'s books: only the totals per option reach the ledger.',
  tags,
  status: 200,
  schema: { params: ProposalParams, body: commandBody('CastSplitVote', ['proposalId']) },
  submission: ({ params, body }) => ({ input: { proposalId: params.id, voter: body.voter, splits: body.splits } }),
});

export const closeProposal = writeOperation({
  kind: 'CloseProposal',
  summary: 'Close a vote and compute its result (the issuer or an agent)',
  description: 'From `closesAt` on (before: 422 ST2-VOTING-OPEN); the result (turnout, quorum, winner, passed) is in the ProposalClosed event and on the proposal.',
  tags,
  status: 200,
  schema: { params: ProposalParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { proposalId: params.id } }),
});

export const readProposal = operation({
  summary: 'Read a holder vote: options, tallies, and the result once closed',
  tags,
  effect: 'read',
  schema: { params: ProposalParams, querystring: readQuery({}), response: { 200: ProposalSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    const found = await readModel.proposal(request.params.id);
    if (!found) throw new NotFoundError(`Unknown proposal ${request.params.id}.`, { proposal: request.params.id });
    return found;
  },
});

export const readVote = operation({
  summary: 'Read one holder\'s vote (an investor: its own)',
  tags,
  effect: 'read',
  schema: { params: Type.Object({ id: Id, voter: Id }, { additionalProperties: false }), querystring: readQuery({}), response: { 200: VoteSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { id, voter } = request.params;
    await requireSelfIfInvestor(principalOf(request), voter, readModel);
    await consistency.reach(request.query);
    const found = await readModel.vote(id, voter);
    if (!found) throw new NotFoundError(`${voter} has not voted on ${id}.`, { proposal: id, voter });
    return found;
  },
});

export const listProposals = operation({
  summary: 'Holder votes on a security, open and closed',
  description: 'By proposal id, paged, optionally only `open` or `closed` ones; with the security\'s distributions and its calendar, its corporate actions.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({ status: Type.Optional(ProposalSchema.properties.status), ...Paging }), response: { 200: pageOf(ProposalSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { status, limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return readModel.proposalsWhere((proposal) => proposal.securityId === request.params.id && (status === undefined || proposal.status === status), { limit, cursor });
  },
});
