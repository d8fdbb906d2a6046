import { requireIssuerOf } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { sameDocument } from '../documents';
import { MAX_DOCUMENTS } from '../security';
import { refs, type Refs, type Slice } from '../slice';
import { findSecurityDefinition } from './lookup';

type DocumentCommand = CommandOf<'AttachDocument' | 'RemoveDocument'>;

/** The definition only: a document change never reads the supply and holder counters every movement writes. */
export function documentRefs(cmd: DocumentCommand): Refs {
  return refs({ securities: [cmd.securityId] });
}

/**
 * ERC-1643 documents of a security or of one of its partitions: set (replacing one of the same name and scope) and remove. Documents are part of
 * the security's configuration, which its issuer owns (agents operate the security, they do not define it).
 */
export function decideDocument(cmd: DocumentCommand, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findSecurityDefinition(slice, cmd.securityId);
  if (!found.ok) return found;
  const security = found.value;
  const denied = requireIssuerOf(actor, security);
  if (denied) return denied;
  const scope = cmd.partition === undefined ? {} : { partition: cmd.partition };
  const exists = security.documents.some((document) => sameDocument(document, { name: cmd.name, ...scope }));
  const base = { at, securityId: security.id, name: cmd.name, ...scope };
  if (cmd.kind === 'RemoveDocument') {
    if (!exists) {
      const where = cmd.partition === undefined ? '' : ` in partition ${cmd.partition}`;
      return reject('ST2-NOT-FOUND', `Security ${security.id} has no document ${cmd.name}${where}.`, { security: security.id, document: cmd.name, ...scope });
    }
    return accept([{ type: 'DocumentRemoved', v: 1, ...base }]);
  }
  if (!exists && security.documents.length >= MAX_DOCUMENTS) {
    return reject('ST2-DOCUMENT-LIMIT', `Security ${security.id} already has ${MAX_DOCUMENTS} documents; remove one first.`, { security: security.id, max: MAX_DOCUMENTS });
  }
  return accept([{ type: 'DocumentAttached', v: 2, ...base, ...(cmd.uri === undefined ? {} : { uri: cmd.uri }), hash: cmd.hash }]);
}
