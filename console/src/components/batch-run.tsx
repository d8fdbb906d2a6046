import { useState } from 'preact/hooks';
import type { Refusal } from '../api/outcome';
import type { BatchRun, Progress } from '../data/batches';
import { RefusalNotice } from './refusal';

/** A long operation in batches, as a view shows it: not started, under way, finished (or stopped), or refused before it began. */
export type BatchRunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: Progress }
  | { readonly kind: 'done'; readonly progress: Progress; readonly run: BatchRun }
  | { readonly kind: 'refused'; readonly refusal: Refusal };

/** Runs `work` (which reports its progress), or shows why it could not start. */
export function useBatchRun(): { readonly state: BatchRunState; start(work: (onProgress: (progress: Progress) => void) => Promise<BatchRun | Refusal>): Promise<void> } {
  const [state, setState] = useState<BatchRunState>({ kind: 'idle' });
  const start = async (work: (onProgress: (progress: Progress) => void) => Promise<BatchRun | Refusal>) => {
    let progress: Progress = { done: 0, total: 0 };
    const finished = await work((step) => {
      progress = step;
      setState({ kind: 'running', progress: step });
    });
    setState('code' in finished ? { kind: 'refused', refusal: finished } : { kind: 'done', progress, run: finished });
  };
  return { state, start };
}

/** The progress bar (batches done / total), then what was done or the refusal that stopped it, and what to do about it. */
export function BatchRunView({ testid, state, doneText, rerunText }: { readonly testid: string; readonly state: BatchRunState; readonly doneText: string; readonly rerunText: string }) {
  return (
    <>
      {(state.kind === 'running' || state.kind === 'done') && (
        <p data-testid={`${testid}-progress-text`}>
          <progress data-testid={`${testid}-progress`} value={state.progress.done} max={Math.max(state.progress.total, 1)} /> {state.progress.done} / {state.progress.total} batches
        </p>
      )}
      {state.kind === 'refused' && <div data-testid={`${testid}-refusal`}><RefusalNotice refusal={state.refusal} /></div>}
      {state.kind === 'done' && (state.run.ok
        ? <p class="accepted" data-testid={`${testid}-accepted`}>{doneText} in {state.run.written.length} batch(es).</p>
        : <div data-testid={`${testid}-refusal`}><p>Batch {state.run.written.length + 1} was refused; the {state.run.written.length} before it are done. {rerunText}</p><RefusalNotice refusal={state.run.refusal} /></div>)}
    </>
  );
}
