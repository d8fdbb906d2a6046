import type { St2Client } from '../api/client';
import type { Outcome } from '../api/outcome';
import { writtenOf, type Written } from './written';

/** Units an agent moves from one holder to another, past the holder rules (never past the balance). */
export interface ForcedTransferDraft {
  readonly securityId: string;
  readonly from: string;
  readonly to: string;
  readonly amount: string;
}

/**
 * Forces the transfer (the issuer, or an agent with the force power). Above a four-eyes threshold it is refused
 * with ST2-FOUR-EYES-REQUIRED: the view then offers to propose it for a second agent's approval (agent-approvals.ts).
 */
export async function forceTransfer(client: St2Client, draft: ForcedTransferDraft, idempotencyKey: string): Promise<Outcome<Written>> {
  return writtenOf(await client.POST('/v1/transfers/forced', { params: { header: { 'idempotency-key': idempotencyKey } }, body: { ...draft } }));
}
