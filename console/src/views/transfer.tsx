import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import type { Outcome } from '../api/outcome';
import { RefusalNotice } from '../components/refusal';
import { preCheck, sendTransfer, type PreCheck, type Sent, type TransferDraft } from '../data/transfer';

/** Where the form is: the pre-check of a draft is shown before it can be sent, the send's outcome after. */
type Step =
  | { readonly kind: 'editing' }
  | { readonly kind: 'checked'; readonly draft: TransferDraft; readonly check: Outcome<PreCheck>; readonly idempotencyKey: string }
  | { readonly kind: 'sent'; readonly draft: TransferDraft; readonly sent: Outcome<Sent> };

/** The investor's transfer: fill in, see every rule's verdict, then send; a refusal shows its code and message. */
export function TransferView({ client, from, securityId }: { readonly client: St2Client; readonly from: string; readonly securityId?: string }) {
  const [step, setStep] = useState<Step>({ kind: 'editing' });
  const [fields, setFields] = useState({ securityId: securityId ?? '', to: '', amount: '' });
  const edit = (name: keyof typeof fields) => (event: Event) => {
    setFields({ ...fields, [name]: (event.target as HTMLInputElement).value });
    setStep({ kind: 'editing' });
  };
  const check = async (event: Event) => {
    event.preventDefault();
    const draft = { ...fields, from };
    // One key per checked draft: sending it twice (a double click, a retry) moves the units once.
    setStep({ kind: 'checked', draft, check: await preCheck(client, draft), idempotencyKey: crypto.randomUUID() });
  };
  const send = async () => {
    if (step.kind !== 'checked') return;
    setStep({ kind: 'sent', draft: step.draft, sent: await sendTransfer(client, step.draft, step.idempotencyKey) });
  };
  return (
    <section>
      <h2>Transfer</h2>
      <form onSubmit={(event) => void check(event)}>
        <label>Security <input required data-testid="transfer-security" value={fields.securityId} onInput={edit('securityId')} /></label>
        <label>From <input value={from} disabled /></label>
        <label>To <input required data-testid="transfer-to" value={fields.to} onInput={edit('to')} /></label>
        <label>Amount (smallest units) <input required data-testid="transfer-amount" pattern="[1-9][0-9]*" value={fields.amount} onInput={edit('amount')} /></label>
        <button type="submit" data-testid="transfer-check">Check</button>
      </form>
      {step.kind === 'checked' && <CheckResult check={step.check} onSend={() => void send()} />}
      {step.kind === 'sent' && (step.sent.ok
        ? <p class="accepted" data-testid="transfer-sent">Sent: {step.draft.amount} of {step.draft.securityId} to {step.draft.to} (transaction <code>{step.sent.value.txId}</code>).</p>
        : <RefusalNotice refusal={step.sent.refusal} />)}
    </section>
  );
}

function CheckResult({ check, onSend }: { readonly check: Outcome<PreCheck>; readonly onSend: () => void }) {
  if (!check.ok) return <RefusalNotice refusal={check.refusal} />;
  const { allowed, refusal, rules } = check.value;
  return (
    <div class="pre-check" data-testid="transfer-pre-check" data-allowed={String(allowed)}>
      <h3>Pre-check: {allowed ? 'every rule passes' : 'refused'}</h3>
      {refusal && <RefusalNotice refusal={{ ...refusal, status: 422 }} />}
      <table>
        <thead><tr><th>Rule</th><th>Verdict</th><th>Reason</th></tr></thead>
        <tbody>
          {rules.map((verdict) => (
            <tr key={verdict.rule} class={verdict.ok ? 'ok' : 'broken'} data-testid="transfer-rule">
              <td>{verdict.rule}</td><td>{verdict.ok ? 'passes' : 'breaks'}</td>
              <td>{verdict.code && <code>{verdict.code}</code>} {verdict.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-testid="transfer-send" onClick={onSend}>{allowed ? 'Send' : 'Send anyway (it will be refused)'}</button>
    </div>
  );
}
