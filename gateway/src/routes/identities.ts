import { Type } from '@sinclair/typebox';
import {
  ClaimIssuerSchema, ClaimSchema, codec, Id, IdentitySchema, issuersReferencedBy, MAX_TOPICS_PER_ISSUER, MAX_TRUSTED_ISSUERS, Org, QUERIES, requiredTopics, Topic, verificationOf,
} from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { operation } from './operation';
import { mayReadRecord, requireSelfIfInvestor } from './ownership';
import { privateJson } from './private-data';
import { ClaimEvidenceSchema, ClaimParams, commandBody, EmptyBody, IdParams, PersonalRecordSchema, readQuery, withFields } from './schemas';
import { writeOperation } from './write';

const tags = ['identities'];
const recordCodec = codec(PersonalRecordSchema);

export const registerIdentity = writeOperation({
  kind: 'RegisterIdentity',
  summary: 'Onboard an investor identity',
  description: 'The personal `record` goes to the onboarding org\'s and the audit private collections, filed by a transaction only the onboarding org\'s peer endorses; the public registration that follows keeps its SHA-256 only.',
  tags,
  status: 201,
  schema: { body: withFields(commandBody('RegisterIdentity', ['recordHash']), { record: PersonalRecordSchema }) },
  submission: ({ body: { record, ...fields } }) => {
    const { bytes, sha256 } = privateJson(record);
    return { input: { ...fields, recordHash: sha256 }, transient: { record: bytes } };
  },
});

export const readIdentity = operation({
  summary: 'Read an identity',
  description: 'The public identity (jurisdiction, investor type, claims); with the private `record` when the caller\'s org onboarded it, or for the regulator.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({}),
    response: { 200: Type.Object({ identity: IdentitySchema, record: Type.Optional(PersonalRecordSchema) }) },
  },
  handle: async (request, _reply, { consistency, readModel, submitter }) => {
    const principal = principalOf(request);
    const { id } = request.params;
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principal, id, readModel);
    const identity = await readModel.identity(id);
    if (!identity) throw new NotFoundError(`Unknown identity ${id}.`, { identity: id });
    if (!mayReadRecord(principal, identity.org)) return { identity };
    const record = await submitter.evaluate(principal, { fn: QUERIES.identityRecord, args: [id] });
    return { identity, record: recordCodec.parse(record) };
  },
});

export const addClaim = writeOperation({
  kind: 'AddClaim',
  summary: 'Add a claim (KYC, AML, accreditation...) to an identity',
  description: 'Issued by the calling claim issuer, which must be trusted for the topic. The `evidence` stays private (investor\'s org and audit collections).',
  tags,
  status: 201,
  schema: { params: IdParams, body: withFields(commandBody('AddClaim', ['identityId', 'evidenceHash']), { evidence: ClaimEvidenceSchema }) },
  submission: ({ params, body: { evidence, ...fields } }) => {
    const { bytes, sha256 } = privateJson(evidence);
    return { input: { ...fields, identityId: params.id, evidenceHash: sha256 }, transient: { evidence: bytes } };
  },
});

export const revokeClaim = writeOperation({
  kind: 'RevokeClaim',
  summary: 'Revoke a claim',
  description: 'By the claim\'s issuer (its own claim), or an admin of the org that onboarded the identity, naming the claim\'s `issuer` (org, id). Other issuers\' claims on the topic stay.',
  tags,
  status: 200,
  schema: { params: ClaimParams, body: commandBody('RevokeClaim', ['identityId', 'topic']) },
  submission: ({ params, body }) => ({ input: { ...body, identityId: params.id, topic: params.topic } }),
});

export const trustClaimIssuer = writeOperation({
  kind: 'TrustClaimIssuer',
  summary: 'Trust a claim issuer for some topics',
  description: `A consortium change (see the consortium routes): an administrator org's approval, in effect once enough of them approved it. Claims count only when their issuer is trusted for the topic, now. An issuer already trusted is refused (409 ST2-ALREADY-EXISTS: change its topics instead); past ${MAX_TRUSTED_ISSUERS} trusted issuers, 422 ST2-LIMIT-EXCEEDED; at most ${MAX_TOPICS_PER_ISSUER} topics each.`,
  tags: ['claim issuers'],
  status: 201,
  schema: { body: commandBody('TrustClaimIssuer', []) },
  submission: ({ body }) => ({ input: body }),
});

const IssuerParams = Type.Object({ org: Org, id: Id }, { additionalProperties: false });

export const setClaimIssuerTopics = writeOperation({
  kind: 'SetClaimIssuerTopics',
  summary: 'Replace a trusted claim issuer\'s topics',
  description: 'A consortium change, in effect once enough administrator orgs approved it. A topic taken away stops the issuer\'s claims on it counting at once, and makes every confidential allowlist stale (trust revision).',
  tags: ['claim issuers'],
  status: 200,
  schema: { params: IssuerParams, body: commandBody('SetClaimIssuerTopics', ['issuer']) },
  submission: ({ params, body }) => ({ input: { issuer: { org: params.org, id: params.id }, topics: body.topics } }),
});

export const removeClaimIssuer = writeOperation({
  kind: 'RemoveClaimIssuer',
  summary: 'Stop trusting a claim issuer',
  description: 'A consortium change, in effect once enough administrator orgs approved it. Its claims stop counting at once (they stay recorded), and every confidential allowlist is stale until refreshed.',
  tags: ['claim issuers'],
  status: 200,
  schema: { params: IssuerParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { issuer: { org: params.org, id: params.id } } }),
});

export const listClaimIssuers = operation({
  summary: 'List the trusted claim issuers',
  description: `Each as (org, id) with its topics, at most ${MAX_TRUSTED_ISSUERS}.`,
  tags: ['claim issuers'],
  effect: 'read',
  schema: { querystring: readQuery({}), response: { 200: Type.Object({ issuers: Type.Array(ClaimIssuerSchema) }) } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    return { issuers: await readModel.trustedIssuers() };
  },
});

const TopicVerdictView = Type.Union([
  Type.Object({ topic: Topic, verified: Type.Literal(true), claim: ClaimSchema }),
  Type.Object({ topic: Topic, verified: Type.Literal(false), code: Type.String(), message: Type.String(), details: Type.Record(Type.String(), Type.Unknown()) }),
]);

export const readVerification = operation({
  summary: 'Is an identity verified for a security?',
  description: 'Per topic the security requires (its required claims, and `accredited` for accredited-only securities): the claim that satisfies it (of those that count, the longest-lasting), or the reason none does, with the same codes the transfer rules refuse with. Judged at the gateway\'s clock against the read model.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({ securityId: Id }),
    response: { 200: Type.Object({ identity: Id, securityId: Id, at: Type.Integer(), verified: Type.Boolean(), topics: Type.Array(TopicVerdictView) }) },
  },
  handle: async (request, _reply, { consistency, readModel, clock }) => {
    const { id } = request.params;
    const { securityId } = request.query;
    await consistency.reach(request.query);
    await requireSelfIfInvestor(principalOf(request), id, readModel);
    const [identity, found] = await Promise.all([readModel.identity(id), readModel.security(securityId)]);
    if (!identity) throw new NotFoundError(`Unknown identity ${id}.`, { identity: id });
    if (!found) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
    const at = clock();
    const issuers = await readModel.issuers(issuersReferencedBy([identity]));
    const { verified, topics } = verificationOf(identity, requiredTopics(found.security.rules), issuers, at);
    const views = topics.map((v) => (v.verified ? v : { topic: v.topic, verified: false as const, code: v.rejection.code, message: v.rejection.message, details: v.rejection.details }));
    return { identity: id, securityId, at, verified, topics: views };
  },
});
