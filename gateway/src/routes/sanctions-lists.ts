import { Type } from '@sinclair/typebox';
import { Id, NonMembershipProofSchema, RoundId, Sha256, stateCodecs } from '@st2/chaincode';
import { ApiError, NotFoundError } from '../errors/api-error';
import type { FeedRecord } from '../projections/read-model';
import { operation } from './operation';
import { readQuery } from './schemas';

/**
 * Sanctions lists behind a `sanctions-list-root` feed (docs/oracles.md, "Sanctions lists"): the publisher's
 * gateway keeps each list it published (its own LevelDB, never the ledger, which holds only roots), and answers
 * any party's non-membership proof against the feed's current root.
 */
const tags = ['oracles'];

/** Parties a list posted in one request may hold: what fits the gateway's body limit with long ids. */
export const MAX_POSTED_PARTIES = 3000;

const FeedParams = Type.Object({ id: Id }, { additionalProperties: false });
const PartyParams = Type.Object({ id: Id, party: Id }, { additionalProperties: false });

const ListBody = Type.Object({
  parties: Type.Array(Id, { maxItems: MAX_POSTED_PARTIES, description: 'The identity ids on the list (order and repetition do not matter)', examples: [['mallory', 'oscar']] }),
}, { additionalProperties: false });

const ListHeldSchema = Type.Object({
  feedId: Id,
  root: { ...Sha256, description: 'The list\'s Merkle root: what the feed\'s signers sign as the round\'s `listRoot`' },
  size: Type.Integer({ minimum: 0, description: 'Parties on the list: the round\'s value' }),
});

const ProofAnswerSchema = Type.Object({
  feedId: Id,
  party: Id,
  listVersion: { ...RoundId, description: 'The list version (round id) the proof is made for: the `listVersion` of a movement\'s `sanctionsProofs`' },
  root: Sha256,
  proof: NonMembershipProofSchema,
});

export const putSanctionsList = operation({
  summary: 'Keep a sanctions list on this gateway, to answer proofs against its root',
  description: 'The list publisher posts the parties; the answer is the root its signers then sign (`listRoot` of a round of the feed). Nothing is written to the ledger. '
    + `At most ${MAX_POSTED_PARTIES} parties per list. Unknown feed: 404 ST2-NOT-FOUND; a feed that is not a sanctions-list-root feed: 400 ST2-INVALID-INPUT.`,
  tags,
  effect: 'read',
  schema: { params: FeedParams, body: ListBody, response: { 201: ListHeldSchema } },
  handle: async (request, reply, { readModel, sanctionsLists }) => {
    const { id } = request.params;
    sanctionsFeed(await readModel.feed(id), id);
    const list = await sanctionsLists.put(id, request.body.parties);
    reply.code(201);
    return { feedId: id, root: list.root, size: list.size };
  },
});

export const readNonMembershipProof = operation({
  summary: 'A party\'s proof that it is not on a sanctions feed\'s current list',
  description: 'Built from the list this gateway holds for the feed\'s latest usable root. A screened movement carries `sanctionsProofs: { listVersion, from, to }`, '
    + 'the proofs of its sender and recipient for the same version. No list published yet, or none held here for the current root: 404 ST2-NOT-FOUND; '
    + 'a listed party has no proof: 422 ST2-SANCTIONED.',
  tags,
  effect: 'read',
  schema: { params: PartyParams, querystring: readQuery({}), response: { 200: ProofAnswerSchema } },
  handle: async (request, _reply, { consistency, readModel, sanctionsLists }) => {
    const { id, party } = request.params;
    await consistency.reach(request.query);
    const latest = stateCodecs.feed.decode(sanctionsFeed(await readModel.feed(id), id)).latest;
    if (!latest?.listRoot) throw new NotFoundError(`Feed ${id} has published no sanctions list yet.`, { feedId: id });
    const list = await sanctionsLists.get(id, latest.listRoot);
    if (!list) throw new NotFoundError(`This gateway holds no list of feed ${id} with its current root.`, { feedId: id, root: latest.listRoot });
    const proof = list.proof(party);
    if (!proof) throw new ApiError('ST2-SANCTIONED', `${party} is on version ${latest.roundId} of sanctions list ${id}.`, { feedId: id, party, version: latest.roundId });
    return { feedId: id, party, listVersion: latest.roundId, root: latest.listRoot, proof };
  },
});

function sanctionsFeed(feed: FeedRecord | undefined, id: string): FeedRecord {
  if (!feed) throw new NotFoundError(`Unknown oracle feed ${id}.`, { feedId: id });
  if (feed.definition.kind !== 'sanctions-list-root') throw new ApiError('ST2-INVALID-INPUT', `Feed ${id} is a ${feed.definition.kind} feed, not a sanctions list.`, { feedId: id });
  return feed;
}
