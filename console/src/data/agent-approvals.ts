import type { paths } from '../../../gateway/src/client';
import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { allRows } from './pages';
import { writtenOf, type Written } from './written';

type Approval = paths['/v1/agent-approvals/{id}']['get']['responses'][200]['content']['application/json'];
/** A forced transfer, redemption or recovery as proposed: its parameters are fixed until it executes. */
export type AgentAction = Approval['action'];

/** A row of the pending-approvals view. */
export interface ApprovalRow {
  readonly id: string;
  readonly action: AgentAction;
  /** `org/id` of the agent who proposed it: a second party must approve. */
  readonly proposedBy: string;
  readonly expiresAt: number;
  readonly status: Approval['status'];
  readonly decidedBy?: string;
}

/** A security's proposed agent operations (as of `consistentWith`, a txId, or later), the pending ones first, then by id. */
export async function approvalRows(client: St2Client, securityId: string, consistentWith?: string): Promise<Outcome<readonly ApprovalRow[]>> {
  const listed = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/securities/{id}/agent-approvals', { params: { path: { id: securityId }, query: { ...(cursor ? { cursor } : {}), ...(consistentWith ? { consistentWith } : {}) } } })));
  return mapOutcome(listed, ({ items }) => items
    .map((approval) => ({
      id: approval.id,
      action: approval.action,
      proposedBy: `${approval.proposedBy.org}/${approval.proposedBy.id}`,
      expiresAt: approval.expiresAt,
      status: approval.status,
      ...(approval.decidedBy ? { decidedBy: `${approval.decidedBy.org}/${approval.decidedBy.id}` } : {}),
    }))
    .sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending')));
}

/**
 * Proposes an operation for a second agent's approval, to expire `expiresInMs` after the ledger's time (which judges
 * the expiry, and may be far from the browser's on a development clock); nothing moves until it is approved.
 */
export async function proposeAction(client: St2Client, securityId: string, proposal: { readonly approvalId: string; readonly action: AgentAction; readonly expiresInMs: number }, idempotencyKey: string): Promise<Outcome<Written>> {
  const time = outcomeOf(await client.GET('/v1/ledger/time', {}));
  if (!time.ok) return time;
  const body = { approvalId: proposal.approvalId, action: proposal.action, expiresAt: time.value.now + proposal.expiresInMs };
  return writtenOf(await client.POST('/v1/securities/{id}/agent-approvals', { params: { path: { id: securityId }, header: { 'idempotency-key': idempotencyKey } }, body }));
}

/** Approves (which executes it now, under the rules of this moment) or, by its proposer, cancels a pending operation. */
export async function decideAction(client: St2Client, approvalId: string, decision: 'approve' | 'cancel', idempotencyKey: string): Promise<Outcome<Written>> {
  const request = { params: { path: { id: approvalId }, header: { 'idempotency-key': idempotencyKey } }, body: {} };
  return writtenOf(decision === 'approve' ? await client.POST('/v1/agent-approvals/{id}/approve', request) : await client.POST('/v1/agent-approvals/{id}/cancel', request));
}

/** An action for people: "ForcedTransfer 300 alice → bob". */
export function describeAction(action: AgentAction): string {
  switch (action.kind) {
    case 'ForcedTransfer': return `forced transfer of ${action.amount} from ${action.from} to ${action.to}`;
    case 'Redeem': return `redemption of ${action.amount} from ${action.from}`;
    case 'Recover': return `recovery of ${action.lost}'s holding to ${action.replacement}`;
  }
}
