import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { writtenOf, type Written } from './written';

/** A document of a security (ERC-1643): its name, where to fetch it, and the SHA-256 of its content. */
export interface DocumentRow {
  readonly name: string;
  readonly partition?: string;
  readonly uri?: string;
  readonly hash: string;
  readonly attachedAt: number;
}

/** The security's documents, as of `consistentWith` (a txId) or later. */
export async function documentRows(client: St2Client, securityId: string, consistentWith?: string): Promise<Outcome<readonly DocumentRow[]>> {
  return mapOutcome(outcomeOf(await client.GET('/v1/securities/{id}/documents', { params: { path: { id: securityId }, query: { ...(consistentWith ? { consistentWith } : {}) } } })), ({ documents }) => documents);
}

export interface DocumentDraft {
  readonly name: string;
  readonly uri?: string;
  /** Lowercase hex SHA-256 of the document's bytes (sha256Hex). */
  readonly hash: string;
  readonly partition?: string;
}

/** Attaches a document to the security (its issuer); one of the same name (and partition) is replaced by this version. */
export async function attachDocument(client: St2Client, securityId: string, draft: DocumentDraft, idempotencyKey: string): Promise<Outcome<Written>> {
  return writtenOf(await client.POST('/v1/securities/{id}/documents', { params: { path: { id: securityId }, header: { 'idempotency-key': idempotencyKey } }, body: { ...draft } }));
}

/** The SHA-256 of a document's bytes, as the ledger records it: computed here, so the file itself never leaves the browser. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
