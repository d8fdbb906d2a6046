import type { St2Client } from '../api/client';
import type { Outcome } from '../api/outcome';
import { writtenOf, type Written } from './written';

/** A lost identity's holding, moved whole to another identity of the same investor (and frozen there). */
export interface RecoveryDraft {
  readonly securityId: string;
  readonly lost: string;
  readonly replacement: string;
}

/** Recovers the holding (the issuer, or an agent with the recover power); four eyes as for forced transfers. */
export async function recover(client: St2Client, draft: RecoveryDraft, idempotencyKey: string): Promise<Outcome<Written>> {
  return writtenOf(await client.POST('/v1/identities/{id}/recover', {
    params: { path: { id: draft.lost }, header: { 'idempotency-key': idempotencyKey } },
    body: { securityId: draft.securityId, replacement: draft.replacement },
  }));
}
