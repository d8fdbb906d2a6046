import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import { mapOutcome } from '../api/outcome';
import { AgentViewFrame } from '../components/agent-view-frame';
import { OutcomeView } from '../components/outcome-view';
import { useDraftKey } from '../components/use-draft-key';
import { useOutcome } from '../components/use-outcome';
import { useWrite } from '../components/use-write';
import { WriteResult } from '../components/write-result';
import type { Problem } from '../data/json-schema';
import { entriesOf, ruleCatalog, ruleSetOf, type RuleCatalog, type RuleEntries, type RuleSpec } from '../data/rule-catalog';
import { currentRules, setRules } from '../data/rules';
import type { Written } from '../data/written';

/** The issuer's rules of a security: every rule the chaincode enforces, on or off, checked before it is sent. */
export function RulesView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return <AgentViewFrame client={client} view="rules" securityId={securityId}>{(id) => <RulesForm client={client} securityId={id} />}</AgentViewFrame>;
}

function RulesForm({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  // The rules last set from this form: the form reloads from the ledger after a write (a new editor), so the
  // confirmation is kept here, until the next edit, rather than in the editor it would vanish with; it shows once
  // the reloaded form does, so what is on screen is the rules as set.
  const [written, setWritten] = useState<Written | null>(null);
  // What the form was last reloaded after (an edit clears the confirmation, not this: it would reload the form).
  const [after, setAfter] = useState<string | undefined>(undefined);
  const onWritten = (done: Written) => {
    setWritten(done);
    setAfter(done.txId);
  };
  const loaded = useOutcome(async () => {
    // The catalog comes from the gateway that serves the console (its /openapi.json), the rules from the ledger.
    const [catalog, rules] = await Promise.all([ruleCatalog(location.origin), currentRules(client, securityId, after)]);
    if (!catalog.ok) return catalog;
    return mapOutcome(rules, (current) => ({ catalog: catalog.value, current, asOf: after }));
  }, [client, securityId, after]);
  return (
    <OutcomeView outcome={loaded}>
      {({ catalog, current, asOf }) => (
        <>
          <RuleEditor key={JSON.stringify(current)} client={client} securityId={securityId} catalog={catalog} initial={entriesOf(catalog, current)} onWritten={onWritten} onEdit={() => setWritten(null)} />
          {/* Once the form shows the rules as that write left them. */}
          {written && written.txId === asOf && <WriteResult testid="rules" outcome={{ ok: true, value: written }} />}
        </>
      )}
    </OutcomeView>
  );
}

function RuleEditor({ client, securityId, catalog, initial, onWritten, onEdit }: { readonly client: St2Client; readonly securityId: string; readonly catalog: RuleCatalog; readonly initial: RuleEntries; readonly onWritten: (written: Written) => void; readonly onEdit: () => void }) {
  const [entries, setEntries] = useState(initial);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const write = useWrite<Written>();
  const key = useDraftKey(entries);
  const change = (name: string, entry: Partial<RuleEntries[string]>) => {
    // From the latest entries: two edits before a render both count.
    setEntries((latest) => ({ ...latest, [name]: { on: false, text: '', ...latest[name], ...entry } }));
    setProblems([]);
    write.reset();
    onEdit();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = ruleSetOf(catalog, entries);
    if (!checked.ok) return setProblems(checked.problems);
    const outcome = await write.run(() => setRules(client, securityId, checked.rules, key));
    if (outcome?.ok) onWritten(outcome.value);
  };
  return (
    <form class="rules" onSubmit={(event) => void submit(event)}>
      <table>
        <thead><tr><th>Rule</th><th>On</th><th>Value</th></tr></thead>
        <tbody>
          {catalog.rules.map((spec) => <RuleRow key={spec.name} spec={spec} entry={entries[spec.name] ?? { on: false, text: '' }} problems={problems.filter((problem) => problem.path === spec.name || problem.path.startsWith(`${spec.name}.`))} onChange={(entry) => change(spec.name, entry)} />)}
        </tbody>
      </table>
      {problems.length > 0 && <ul class="problems" data-testid="rules-problems">{problems.map((problem) => <li key={problem.path + problem.message}><code>{problem.path || 'rules'}</code> {problem.message}</li>)}</ul>}
      <button type="submit" data-testid="rules-submit" disabled={write.busy}>Set the rules</button>
      {/* A refusal only: rules set reload the form, and RulesForm confirms them. */}
      <WriteResult testid="rules" outcome={write.outcome?.ok === false ? write.outcome : null} />
    </form>
  );
}

function RuleRow({ spec, entry, problems, onChange }: { readonly spec: RuleSpec; readonly entry: RuleEntries[string]; readonly problems: readonly Problem[]; readonly onChange: (entry: Partial<RuleEntries[string]>) => void }) {
  const on = spec.required || entry.on;
  const text = (event: Event) => onChange({ text: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  return (
    <tr class={problems.length > 0 ? 'broken' : ''}>
      <td><code>{spec.name}</code></td>
      <td><input type="checkbox" data-testid={`rules-${spec.name}-on`} checked={on} disabled={spec.required} onChange={(event) => onChange({ on: (event.target as HTMLInputElement).checked })} /></td>
      <td>
        {spec.input === 'flag' ? <span>{on ? 'on' : 'off'}</span>
          : spec.input === 'json' ? <textarea data-testid={`rules-${spec.name}`} disabled={!on} rows={2} cols={50} value={entry.text} onInput={text} />
          : <input data-testid={`rules-${spec.name}`} disabled={!on} inputMode={spec.input === 'integer' ? 'numeric' : 'text'} value={entry.text} onInput={text} />}
        <small class="hint"> {spec.hint}</small>
      </td>
    </tr>
  );
}
