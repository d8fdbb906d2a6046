import { Type, type TObject } from '@sinclair/typebox';
import { DocumentName, DocumentSchema, Id, PartitionName, sameDocument } from '@st2/chaincode';
import { NotFoundError } from '../errors/api-error';
import type { ReadModel, SecurityRecord } from '../projections/read-model';
import { operation } from './operation';
import { commandBody, EmptyBody, IdParams, readQuery } from './schemas';
import { writeOperation } from './write';

/**
 * A security's legal documents (ERC-1643): name -> URI + hash + time it was last set. The security's own under
 * /documents, one partition's under /partitions/:partition/documents (a name is unique within its scope).
 */
const tags = ['documents'];

const DocumentParams = Type.Object({ id: Id, name: DocumentName }, { additionalProperties: false });
const PartitionParams = Type.Object({ id: Id, partition: PartitionName }, { additionalProperties: false });
const PartitionDocumentParams = Type.Object({ id: Id, partition: PartitionName, name: DocumentName }, { additionalProperties: false });

/** Where a document lives, from the route's parameters: the security's own (no partition) or one partition's. */
type Scoped = { readonly id: string; readonly partition?: string };
const scopeOf = ({ partition }: Scoped): { partition?: string } => (partition === undefined ? {} : { partition });

export const attachDocument = writeOperation({
  kind: 'AttachDocument',
  summary: 'Set a document (by name in the body)',
  description: 'The same as PUT /v1/securities/:id/documents/:name (or, with `partition`, PUT .../partitions/:partition/documents/:name): a document of the same name and scope is replaced. The security\'s issuer.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('AttachDocument', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

/** The document a route's path names: its security, name and scope (params validated by the route's schema). */
function documentKeyOf(params: unknown): { securityId: string; name: string; partition?: string } {
  const scoped = params as Scoped & { name: string };
  return { securityId: scoped.id, name: scoped.name, ...scopeOf(scoped) };
}

/** What every write on a document named by its path shares: the issuer acts on something that exists (200). */
function onNamedDocument(summary: string, description: string) {
  return { summary, description: `${description} The security's issuer.`, tags, status: 200 as const };
}

function setDocumentIn<P extends TObject>(params: P, where: string) {
  return writeOperation({
    kind: 'AttachDocument',
    ...onNamedDocument(`Set a document ${where}`, 'ERC-1643 setDocument: URI (optional for a document known by its hash alone) and SHA-256 hash; replaces a document of the same name.'),
    schema: { params, body: commandBody('AttachDocument', ['securityId', 'name', 'partition']) },
    submission: ({ params: p, body }) => ({ input: { ...body, ...documentKeyOf(p) } }),
  });
}

function removeDocumentIn<P extends TObject>(params: P, where: string) {
  return writeOperation({
    kind: 'RemoveDocument',
    ...onNamedDocument(`Remove a document ${where}`, 'ERC-1643 removeDocument; ST2-NOT-FOUND when there is no document of that name there.'),
    schema: { params, body: EmptyBody },
    submission: ({ params: p }) => ({ input: documentKeyOf(p) }),
  });
}

function listDocumentsIn<P extends TObject>(params: P, summary: string, description: string) {
  return operation({
    summary,
    description,
    tags,
    effect: 'read',
    schema: { params, querystring: readQuery({}), response: { 200: Type.Object({ securityId: Id, documents: Type.Array(DocumentSchema) }) } },
    handle: async (request, _reply, { consistency, readModel }) => {
      await consistency.reach(request.query);
      const scoped = request.params as Scoped;
      const security = await securityOf(readModel, scoped.id);
      const documents = scoped.partition === undefined ? security.documents : security.documents.filter((d) => d.partition === scoped.partition);
      return { securityId: security.id, documents };
    },
  });
}

function readDocumentIn<P extends TObject>(params: P, where: string) {
  return operation({
    summary: `Read one document ${where}`,
    description: 'ERC-1643 getDocument: its URI, hash and the time it was last set.',
    tags,
    effect: 'read',
    schema: { params, querystring: readQuery({}), response: { 200: DocumentSchema } },
    handle: async (request, _reply, { consistency, readModel }) => {
      await consistency.reach(request.query);
      const scoped = request.params as Scoped & { name: string };
      const found = (await securityOf(readModel, scoped.id)).documents.find((document) => sameDocument(document, { name: scoped.name, ...scopeOf(scoped) }));
      if (!found) throw new NotFoundError(`Security ${scoped.id} has no document ${scoped.name}${scoped.partition === undefined ? '' : ` in partition ${scoped.partition}`}.`, { security: scoped.id, document: scoped.name, ...scopeOf(scoped) });
      return found;
    },
  });
}

export const setDocument = setDocumentIn(DocumentParams, 'of the security');
export const removeDocument = removeDocumentIn(DocumentParams, 'of the security');
export const readDocument = readDocumentIn(DocumentParams, 'of the security');
export const listDocuments = listDocumentsIn(IdParams, 'List a security\'s documents', 'ERC-1643 getAllDocuments, with each document\'s URI, hash and time; partitions\' documents name their partition.');

export const setPartitionDocument = setDocumentIn(PartitionDocumentParams, 'of one partition');
export const removePartitionDocument = removeDocumentIn(PartitionDocumentParams, 'of one partition');
export const readPartitionDocument = readDocumentIn(PartitionDocumentParams, 'of one partition');
export const listPartitionDocuments = listDocumentsIn(PartitionParams, 'List one partition\'s documents', 'The documents set for this partition (ERC-1410 / ERC-1643), with URI, hash and time.');

async function securityOf(readModel: ReadModel, id: string): Promise<SecurityRecord> {
  const found = await readModel.security(id);
  if (!found) throw new NotFoundError(`Unknown security ${id}.`, { security: id });
  return found.security;
}
