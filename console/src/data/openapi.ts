import { refusalOf, type Outcome } from '../api/outcome';
import type { JsonSchema } from './json-schema';

/** The parts of the gateway's OpenAPI document the forms read: each operation's request body schema. */
export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, { readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: JsonSchema }>> } }>>>>;
}

/**
 * The document the gateway serves at /openapi.json, generated from the very TypeBox schemas it validates
 * requests with (and the chaincode decodes commands with): the forms take what they offer from it, so no list of
 * fields is kept twice and a field the chaincode does not know is never offered. Public, like the API's
 * documentation; the console reads it from the gateway that serves it.
 */
export async function openApiDocument(baseUrl: string, fetcher: typeof fetch = fetch): Promise<Outcome<OpenApiDocument>> {
  const response = await fetcher(`${baseUrl}/openapi.json`);
  const body: unknown = await response.json();
  return response.ok ? { ok: true, value: body as OpenApiDocument } : { ok: false, refusal: refusalOf(body, response.status) };
}

/** The JSON request body schema of one operation, e.g. ('/v1/securities/{id}/rules', 'put'). */
export function requestSchema(document: OpenApiDocument, path: string, method: 'post' | 'put'): JsonSchema {
  const schema = document.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`The gateway's OpenAPI document has no JSON body for ${method.toUpperCase()} ${path}.`);
  return schema;
}

/** The most items a list field of an operation's body may hold (its schema's maxItems), e.g. the largest batch. */
export function maxItemsOf(document: OpenApiDocument, path: string, method: 'post' | 'put', field: string): number {
  const maxItems = requestSchema(document, path, method).properties?.[field]?.maxItems;
  if (maxItems === undefined) throw new Error(`${method.toUpperCase()} ${path} names no most ${field}.`);
  return maxItems;
}
