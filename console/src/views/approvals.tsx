import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import { AgentViewFrame } from '../components/agent-view-frame';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { useWrite } from '../components/use-write';
import { WriteResult } from '../components/write-result';
import { approvalRows, decideAction, describeAction, type ApprovalRow } from '../data/agent-approvals';
import type { Written } from '../data/written';

/**
 * The security's four-eyes operations: the pending ones first, each approved by a second agent with the power (which
 * executes it) or cancelled by its proposer. The chaincode says who may: a refusal shows its code.
 */
export function ApprovalsView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return <AgentViewFrame client={client} view="approvals" securityId={securityId}>{(id) => <ApprovalList client={client} securityId={id} />}</AgentViewFrame>;
}

function ApprovalList({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const [after, setAfter] = useState<string | undefined>(undefined);
  const rows = useOutcome(() => approvalRows(client, securityId, after), [client, securityId, after]);
  const write = useWrite<Written>();
  const decide = async (row: ApprovalRow, decision: 'approve' | 'cancel') => {
    // One key per approval and decision: clicking again replays the first answer, never a second execution.
    const outcome = await write.run(() => decideAction(client, row.id, decision, `${decision}-${row.id}`));
    if (outcome?.ok) setAfter(outcome.value.txId);
  };
  return (
    <>
      <WriteResult testid="approvals" outcome={write.outcome} />
      <OutcomeView outcome={rows}>
        {(approvals) => approvals.length === 0 ? <p data-testid="approvals-none">No operation was proposed for approval.</p> : (
          <table data-testid="approvals-table">
            <thead><tr><th>Id</th><th>Operation</th><th>Proposed by</th><th>Expires</th><th>Status</th><th /></tr></thead>
            <tbody>
              {approvals.map((row) => (
                <tr key={row.id} data-testid={`approvals-row-${row.id}`}>
                  <td><code>{row.id}</code></td><td>{describeAction(row.action)}</td><td>{row.proposedBy}</td>
                  <td>{new Date(row.expiresAt).toISOString().slice(0, 16)}</td>
                  <td>{row.status}{row.decidedBy ? ` by ${row.decidedBy}` : ''}</td>
                  <td>{row.status === 'pending' && (
                    <>
                      <button type="button" data-testid={`approvals-approve-${row.id}`} disabled={write.busy} onClick={() => void decide(row, 'approve')}>Approve</button>
                      <button type="button" data-testid={`approvals-cancel-${row.id}`} disabled={write.busy} onClick={() => void decide(row, 'cancel')}>Cancel</button>
                    </>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </OutcomeView>
    </>
  );
}
