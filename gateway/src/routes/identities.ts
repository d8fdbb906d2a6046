import { Type } from '@sinclair/typebox';
import { codec, IdentitySchema, QUERIES } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { NotFoundError } from '../errors/api-error';
import { operation } from './operation';
import { mayReadRecord, requireSelfIfInvestor } from './ownership';
import { privateJson } from './private-data';
import { ClaimEvidenceSchema, ClaimParams, commandBody, IdParams, PersonalRecordSchema, readQuery, withFields } from './schemas';
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
    await consistency.reach(request.query.consistentWith);
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
  description: 'Claims count only when their issuer is trusted for the topic, now.',
  tags: ['claim issuers'],
  status: 201,
  schema: { body: commandBody('TrustClaimIssuer', []) },
  submission: ({ body }) => ({ input: body }),
});
