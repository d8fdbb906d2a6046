import type { EventOf } from './events';
import type { Document } from './security';

/**
 * A security's documents after a set or a remove (ERC-1643): a set replaces the document of the same name in
 * place, so the list keeps the order names were first set in; a remove deletes it.
 */
export function withDocument(documents: readonly Document[], e: EventOf<'DocumentAttached' | 'DocumentRemoved'>): Document[] {
  if (e.type === 'DocumentRemoved') return documents.filter((document) => document.name !== e.name);
  const set: Document = { name: e.name, ...(e.uri === undefined ? {} : { uri: e.uri }), hash: e.hash, attachedAt: e.at };
  const at = documents.findIndex((document) => document.name === e.name);
  return at < 0 ? [...documents, set] : documents.map((document, i) => (i === at ? set : document));
}
