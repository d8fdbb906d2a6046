import type { Outcome } from '../api/outcome';
import type { Written } from '../data/written';
import { RefusalNotice } from './refusal';

/** What a write did: its transaction and events, or the refusal with its reason code and message. */
export function WriteResult({ testid, outcome }: { readonly testid: string; readonly outcome: Outcome<Written> | null }) {
  if (!outcome) return null;
  if (!outcome.ok) return <div data-testid={`${testid}-refusal`}><RefusalNotice refusal={outcome.refusal} /></div>;
  return <p class="accepted" data-testid={`${testid}-accepted`}>Done: {outcome.value.events.join(', ')} (transaction <code>{outcome.value.txId.slice(0, 16)}…</code>).</p>;
}
