import type { ComponentChildren } from 'preact';
import type { Outcome } from '../api/outcome';
import { RefusalNotice } from './refusal';

/** Loading, the refusal, or the value rendered by `children`. */
export function OutcomeView<T>({ outcome, children }: { readonly outcome: Outcome<T> | null; readonly children: (value: T) => ComponentChildren }) {
  if (!outcome) return <p class="loading">Loading…</p>;
  if (!outcome.ok) return <RefusalNotice refusal={outcome.refusal} />;
  return <>{children(outcome.value)}</>;
}
