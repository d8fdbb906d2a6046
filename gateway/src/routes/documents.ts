import { Type } from '@sinclair/typebox';
import { DocumentName, DocumentSchema, Id } from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import type { ReadModel, SecurityRecord } from '../projections/read-model';
import { operation } from './operation';
import { commandBody, EmptyBody, IdParams, readQuery } from './schemas';
import { writeOperation } from './write';

/** A security's legal documents (ERC-1643): name -> URI + hash + time it was last set. */
const tags = ['documents'];

const DocumentParams = Type.Object({ id: Id, name: DocumentName }, { additionalProperties: false });

export const attachDocument = writeOperation({
  kind: 'AttachDocument',
  summary: 'Set a document (by name in the body)',
  description: 'The same as PUT /v1/securities/:id/documents/:name: a document of the same name is replaced. Issuer or agents of the security.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('AttachDocument', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const setDocument = writeOperation({
  kind: 'AttachDocument',
  summary: 'Set a document',
  description: 'ERC-1643 setDocument: URI (optional for a document known by its hash alone) and SHA-256 hash; replaces a document of the same name. Issuer or agents of the security.',
  tags,
  status: 200,
  schema: { params: DocumentParams, body: commandBody('AttachDocument', ['securityId', 'name']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id, name: params.name } }),
});

export const removeDocument = writeOperation({
  kind: 'RemoveDocument',
  summary: 'Remove a document',
  description: 'ERC-1643 removeDocument; ST2-NOT-FOUND when the security has no document of that name. Issuer or agents of the security.',
  tags,
  status: 200,
  schema: { params: DocumentParams, body: EmptyBody },
  submission: ({ params }) => ({ input: { securityId: params.id, name: params.name } }),
});

export const listDocuments = operation({
  summary: 'List a security\'s documents',
  description: 'ERC-1643 getAllDocuments, with each document\'s URI, hash and time.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({}),
    response: { 200: Type.Object({ securityId: Id, documents: Type.Array(DocumentSchema) }) },
  },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    const security = await securityOf(readModel, request.params.id);
    return { securityId: security.id, documents: security.documents };
  },
});

export const readDocument = operation({
  summary: 'Read one document',
  description: 'ERC-1643 getDocument: its URI, hash and the time it was last set.',
  tags,
  effect: 'read',
  schema: { params: DocumentParams, querystring: readQuery({}), response: { 200: DocumentSchema } },
  handle: async (request, _reply, { consistency, readModel }) => {
    await consistency.reach(request.query);
    const { id, name } = request.params;
    const found = (await securityOf(readModel, id)).documents.find((document) => document.name === name);
    if (!found) throw new NotFoundError(`Security ${id} has no document ${name}.`, { security: id, document: name });
    return found;
  },
});

async function securityOf(readModel: ReadModel, id: string): Promise<SecurityRecord> {
  const found = await readModel.security(id);
  if (!found) throw new NotFoundError(`Unknown security ${id}.`, { security: id });
  return found.security;
}
