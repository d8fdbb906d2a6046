import type { St2Client } from '../api/client';
import type { Outcome } from '../api/outcome';
import { AgentViewFrame } from '../components/agent-view-frame';
import { useDraftKey } from '../components/use-draft-key';
import { useWriteForm } from '../components/use-write-form';
import { useWrite } from '../components/use-write';
import { WriteResult } from '../components/write-result';
import { proposeAction, type AgentAction } from '../data/agent-approvals';
import { forceTransfer } from '../data/forced-transfer';
import { recover } from '../data/recovery';
import type { Written } from '../data/written';
import { hrefOf } from '../route';

/** How long a proposal waits for the second agent (the chaincode allows up to 90 days). */
const PROPOSAL_DAYS = 7;

/** Forced transfers and recoveries; one above the security's four-eyes threshold is offered for a second agent's approval. */
export function ForcedTransfersView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return (
    <AgentViewFrame client={client} view="forced-transfers" securityId={securityId}>
      {(id) => <><ForcedTransferForm client={client} securityId={id} /><RecoveryForm client={client} securityId={id} /></>}
    </AgentViewFrame>
  );
}

function ForcedTransferForm({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const { fields, edit, write, submit } = useWriteForm(securityId, { from: '', to: '', amount: '' }, (draft, key) => forceTransfer(client, { securityId, ...draft }, key));
  return (
    <form onSubmit={(event) => void submit(event)}>
      <h3>Forced transfer</h3>
      <label>From <input required data-testid="forced-transfers-from" value={fields.from} onInput={edit('from')} /></label>
      <label>To <input required data-testid="forced-transfers-to" value={fields.to} onInput={edit('to')} /></label>
      <label>Amount (smallest units) <input required pattern="[1-9][0-9]*" data-testid="forced-transfers-amount" value={fields.amount} onInput={edit('amount')} /></label>
      <button type="submit" data-testid="forced-transfers-submit" disabled={write.busy}>Force the transfer</button>
      <WriteResult testid="forced-transfers" outcome={write.outcome} />
      <ProposeOnFourEyes client={client} securityId={securityId} refused={write.outcome} action={{ kind: 'ForcedTransfer', ...fields }} testid="forced-transfers-propose" />
    </form>
  );
}

function RecoveryForm({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const { fields, edit, write, submit } = useWriteForm(securityId, { lost: '', replacement: '' }, (draft, key) => recover(client, { securityId, ...draft }, key));
  return (
    <form onSubmit={(event) => void submit(event)}>
      <h3>Recovery of a lost identity</h3>
      <label>Lost identity <input required data-testid="forced-transfers-lost" value={fields.lost} onInput={edit('lost')} /></label>
      <label>Replacement (the same investor's new identity) <input required data-testid="forced-transfers-replacement" value={fields.replacement} onInput={edit('replacement')} /></label>
      <button type="submit" data-testid="forced-transfers-recover" disabled={write.busy}>Recover the holding</button>
      <WriteResult testid="forced-transfers-recovery" outcome={write.outcome} />
      <ProposeOnFourEyes client={client} securityId={securityId} refused={write.outcome} action={{ kind: 'Recover', ...fields }} testid="forced-transfers-propose-recovery" />
    </form>
  );
}

/** After a refusal with ST2-FOUR-EYES-REQUIRED: the same operation, proposed for a second agent's approval. */
function ProposeOnFourEyes({ client, securityId, refused, action, testid }: { readonly client: St2Client; readonly securityId: string; readonly refused: Outcome<Written> | null; readonly action: AgentAction; readonly testid: string }) {
  const write = useWrite<Written>();
  const proposal = { approvalId: useDraftKey(action), action };
  if (refused?.ok !== false || refused.refusal.code !== 'ST2-FOUR-EYES-REQUIRED') return null;
  const propose = () => void write.run(() => proposeAction(client, securityId, { ...proposal, expiresInMs: PROPOSAL_DAYS * 86_400_000 }, proposal.approvalId));
  return (
    <div class="four-eyes">
      <button type="button" data-testid={testid} disabled={write.busy} onClick={propose}>Propose it for a second agent's approval</button>
      <WriteResult testid={testid} outcome={write.outcome} />
      {write.outcome?.ok && <p>Proposed as <code>{proposal.approvalId}</code>: see <a href={hrefOf({ view: 'approvals', securityId })}>pending approvals</a>.</p>}
    </div>
  );
}
