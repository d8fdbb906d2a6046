import type { EventOf } from './events';
import type { Document } from './security';

/** The same document: the same name in the same scope (the security's own, or one partition's). */
export function sameDocument(document: Document, key: { readonly name: string; readonly partition?: string | undefined }): boolean {
  return document.name === key.name && document.partition === key.partition;
}

/**
 * A security's documents after a set or a remove (ERC-1643): a set replaces the document of the same name and
 * scope in place, so the list keeps the order names were first set in; a remove deletes it.
 */
export function withDocument(documents: readonly Document[], e: EventOf<'DocumentAttached' | 'DocumentRemoved'>): Document[] {
  if (e.type === 'DocumentRemoved') return documents.filter((document) => !sameDocument(document, e));
  const set: Document = { name: e.name, ...(e.partition === undefined ? {} : { partition: e.partition }), ...(e.uri === undefined ? {} : { uri: e.uri }), hash: e.hash, attachedAt: e.at };
  const at = documents.findIndex((document) => sameDocument(document, e));
  return at < 0 ? [...documents, set] : documents.map((document, i) => (i === at ? set : document));
}
