import { Type } from '@sinclair/typebox';
import { codec, FeedSchema, Id, latestOf, readFeed, ReadingSchema, requireUsable, RoundId, RoundSchema, stateCodecs, Timestamp } from '@st2/chaincode';
import { ApiError, NotFoundError } from '../errors/api-error';
import { DEFAULT_PAGE_SIZE } from '../projections/paging';
import type { FeedRecord } from '../projections/read-model';
import { operation } from './operation';
import { commandBody, EmptyBody, IdParams, pageOf, Paging, readQuery } from './schemas';
import { writeOperation } from './write';

/** Oracle feeds (docs/oracles.md): definitions approved by the consortium, rounds of signed observations, reads with a status. */
const tags = ['oracles'];
const RoundParams = Type.Object({ id: Id, roundId: Type.Integer({ ...RoundId }) }, { additionalProperties: false });
const APPROVAL = 'An approval by an administrator org (admin role) of a consortium change: it takes effect once the policy\'s number of administrator orgs approved it '
  + '(the answer\'s ConsortiumChangeApproved event says whether it executed). Another change pending on the same subject: 409 ST2-CHANGE-CONFLICT; the same org again: 409 ST2-ALREADY-APPROVED.';

export const setOracleFeed = writeOperation({
  kind: 'SetOracleFeed',
  summary: 'Create an oracle feed or change its definition (consortium approval)',
  description: `${APPROVAL} Subject \`feed:{id}\`. Each executed change is a new version with a new configuration digest: reports signed for an earlier one are refused. `
    + 'At least 3 signers and more than 3f of them, a band with min <= max, market hours that open before they close: else 422 ST2-ORACLE-SIGNERS.',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('SetOracleFeed', ['feedId']) },
  submission: ({ params, body }) => ({ input: { feedId: params.id, definition: body.definition } }),
});

export const submitOracleRound = writeOperation({
  kind: 'SubmitOracleRound',
  summary: 'Submit a round of signed observations (an admin or agent relays them)',
  description: 'Each observation is signed with Ed25519 by a key of the feed\'s signer set over `st2-oracle-observation/v1\\n{feedId}\\n{configDigest}\\n{roundId}\\n{observedAt}\\n{value}` '
    + '(a sanctions-list-root feed\'s round carries `listRoot`, signed as a last line `\\n{listRoot}`; a root on another feed, or none on a sanctions feed: 400 ST2-INVALID-INPUT); '
    + '2f + 1 distinct signers are needed. The median and the spread of the values are recorded. Another configuration\'s digest: 422 ST2-ORACLE-CONFIG-MISMATCH; '
    + 'a round id not after the last: 409 ST2-ORACLE-ROUND-REPLAYED; a key outside the set, one signer twice, a bad signature, too few: 422 ST2-ORACLE-UNKNOWN-SIGNER, '
    + 'ST2-ORACLE-DUPLICATE-SIGNER, ST2-ORACLE-BAD-SIGNATURE, ST2-ORACLE-QUORUM; an observation in the future or not after the last round\'s: 422 ST2-ORACLE-OBSERVATION-TIME; '
    + 'a median outside the band: 422 ST2-ORACLE-OUT-OF-BAND. A jump past the feed\'s deviation limit is recorded quarantined (status in the event) and not used until released.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('SubmitOracleRound', ['feedId']) },
  submission: ({ params, body }) => ({ input: { ...body, feedId: params.id } }),
});

export const releaseOracleRound = writeOperation({
  kind: 'ReleaseOracleRound',
  summary: 'Release a quarantined round (consortium approval)',
  description: `${APPROVAL} Subject \`round:{id}:{roundId}\`. The round becomes usable, and the feed's value unless a later round is already in use. Not quarantined: 422 ST2-ORACLE-NOT-QUARANTINED.`,
  tags,
  status: 200,
  schema: { params: RoundParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { feedId: params.id, roundId: params.roundId } }),
});

export const listOracleFeeds = operation({
  summary: 'List oracle feeds',
  description: 'By id, paged, each with its definition, version, configuration digest and latest usable round.',
  tags,
  effect: 'read',
  schema: { querystring: readQuery(Paging), response: { 200: pageOf(FeedSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    return readModel.feeds({ limit, cursor });
  },
});

export const readOracleFeed = operation({
  summary: 'Read an oracle feed: its definition, version, configuration digest (what signers sign for) and latest usable round',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery({}), response: { 200: FeedSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    return foundFeed(await readModel.feed(request.params.id), request.params.id);
  },
});

export const listOracleRounds = operation({
  summary: 'A feed\'s rounds in round order, quarantined ones included',
  description: 'Paged; each with its median, the lowest and highest signed value, its earliest observation time, the signers counted and its status.',
  tags,
  effect: 'read',
  schema: { params: IdParams, querystring: readQuery(Paging), response: { 200: pageOf(RoundSchema) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query;
    await consistency.reach(request.query);
    foundFeed(await readModel.feed(request.params.id), request.params.id);
    return readModel.roundsOf(request.params.id, { limit, cursor });
  },
});

export const readOracleRound = operation({
  summary: 'Read one round of a feed by its id',
  tags,
  effect: 'read',
  schema: { params: RoundParams, querystring: readQuery({}), response: { 200: RoundSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    const { id, roundId } = request.params;
    await consistency.reach(request.query);
    const round = await readModel.round(id, roundId);
    if (!round) throw new NotFoundError(`Feed ${id} has no round ${roundId}.`, { feedId: id, roundId });
    return round;
  },
});

const readingCodec = codec(ReadingSchema);

export const readOracleValue = operation({
  summary: 'Read a feed\'s value with its status: ok, stale, out-of-band, market-closed or low-confidence',
  description: 'The last usable round observed at or before `at` (default: now), judged at `at` by the feed\'s current definition: older than its maximum age (or `maxAge`, '
    + 'if tighter) is stale; outside market hours, market-closed; outside its band, out-of-band; a spread of signed values wider than `maxConfidenceWidth`, low-confidence. '
    + 'With `strict=true` anything but ok is refused as st2 refuses it itself: 422 ST2-ORACLE-STALE, ST2-ORACLE-MARKET-CLOSED, ST2-ORACLE-OUT-OF-BAND or ST2-ORACLE-LOW-CONFIDENCE.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({
      at: Type.Optional(Type.Integer({ ...Timestamp, description: 'Read as of this time (ms since the epoch): a past valuation reproduced' })),
      maxAge: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 * 86_400_000, description: 'Stale past this age (ms), if tighter than the feed\'s own limit', examples: [60_000] })),
      maxConfidenceWidth: Type.Optional(Type.String({ pattern: '^(0|[1-9][0-9]{0,37})$', description: 'Low-confidence when the signed values spread wider than this (feed units)', examples: ['50'] })),
      strict: Type.Optional(Type.Boolean({ description: 'Refuse any status but ok with its reason code', examples: [false] })),
    }),
    response: { 200: ReadingSchema },
  },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    const { id } = request.params;
    const { at = clock(), maxAge, maxConfidenceWidth, strict } = request.query;
    await consistency.reach(request.query);
    const feed = stateCodecs.feed.decode(foundFeed(await readModel.feed(id), id));
    const found = await readModel.usableRoundAt(id, at);
    const round = found && latestOf(stateCodecs.round.decode(found));
    const reading = readFeed(feed, round, at, { ...(maxAge ? { maxAgeMs: maxAge } : {}), ...(maxConfidenceWidth !== undefined ? { maxConfidenceWidth: BigInt(maxConfidenceWidth) } : {}) });
    const usable = requireUsable(reading);
    if (strict && !usable.ok) throw new ApiError(usable.code, usable.message, usable.details);
    return readingCodec.encode(reading) as typeof ReadingSchema.static;
  },
});

function foundFeed(feed: FeedRecord | undefined, id: string): FeedRecord {
  if (!feed) throw new NotFoundError(`Unknown oracle feed ${id}.`, { feedId: id });
  return feed;
}
