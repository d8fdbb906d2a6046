import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import type { Outcome } from '../api/outcome';
import { AgentViewFrame } from '../components/agent-view-frame';
import { BatchRunView, useBatchRun } from '../components/batch-run';
import { RefusalNotice } from '../components/refusal';
import { useDraftKey } from '../components/use-draft-key';
import { useWriteForm } from '../components/use-write-form';
import { WriteResult } from '../components/write-result';
import { batchSize, holderCheck, issue, issueInBatches, issueLines, type HolderCheck } from '../data/issuance';
import { openApiDocument } from '../data/openapi';

/** Issuing units: to one holder (checked claim by claim first), or to many in batches with progress. */
export function IssuanceView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return (
    <AgentViewFrame client={client} view="issuance" securityId={securityId}>
      {(id) => <><SingleIssue client={client} securityId={id} /><BatchIssue client={client} securityId={id} /></>}
    </AgentViewFrame>
  );
}

function SingleIssue({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const [check, setCheck] = useState<Outcome<HolderCheck> | null>(null);
  const { fields, edit, write, submit } = useWriteForm(securityId, { to: '', amount: '' }, (line, key) => issue(client, securityId, line, key), () => setCheck(null));
  return (
    <form onSubmit={(event) => void submit(event)}>
      <h3>Issue to a holder</h3>
      <label>Holder <input required data-testid="issuance-holder" value={fields.to} onInput={edit('to')} /></label>
      <button type="button" data-testid="issuance-check" disabled={fields.to === ''} onClick={() => void holderCheck(client, securityId, fields.to).then(setCheck)}>Check the holder</button>
      {check && <HolderVerdict check={check} />}
      <label>Amount (smallest units) <input required pattern="[1-9][0-9]*" data-testid="issuance-amount" value={fields.amount} onInput={edit('amount')} /></label>
      <button type="submit" data-testid="issuance-submit" disabled={write.busy}>Issue</button>
      <WriteResult testid="issuance" outcome={write.outcome} />
    </form>
  );
}

function HolderVerdict({ check }: { readonly check: Outcome<HolderCheck> }) {
  if (!check.ok) return <div data-testid="issuance-check-refusal"><RefusalNotice refusal={check.refusal} /></div>;
  return (
    <div data-testid="issuance-verdict">
      <p class={check.value.verified ? 'accepted' : 'refusal'}>{check.value.holder} is {check.value.verified ? 'verified' : 'not verified'} for this security.</p>
      <ul>{check.value.topics.map((topic) => <li key={topic.topic}><code>{topic.topic}</code> {topic.verified ? 'holds' : <><code>{topic.code}</code> {topic.message}</>}</li>)}</ul>
    </div>
  );
}

function BatchIssue({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const [text, setText] = useState('');
  const batches = useBatchRun();
  // One key for the whole list: batch i goes under `${key}-${i}`, so running the same list again writes nothing twice.
  const key = useDraftKey({ securityId, text });
  const start = (event: Event) => {
    event.preventDefault();
    void batches.start(async (onProgress) => {
      const parsed = issueLines(text);
      if (!parsed.ok) return { code: 'ST2-INVALID-INPUT', message: parsed.message, status: 0 };
      const document = await openApiDocument(location.origin);
      if (!document.ok) return document.refusal;
      return issueInBatches(client, securityId, parsed.lines, batchSize(document.value), key, onProgress);
    });
  };
  return (
    <form onSubmit={start}>
      <h3>Issue to many holders</h3>
      <label>One holder and amount a line, e.g. <code>alice 100</code>
        <textarea required rows={6} cols={40} data-testid="issuance-lines" value={text} onInput={(event) => setText((event.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="submit" data-testid="issuance-batch-submit" disabled={batches.state.kind === 'running'}>Issue in batches</button>
      <BatchRunView testid="issuance-batch" state={batches.state} doneText="Issued"
        rerunText="Once its cause is dealt with (e.g. the holder verified), run the same list again: the batches issued already are not issued twice (an edited list is a new one)." />
    </form>
  );
}
