import { useState } from 'preact/hooks';

/** The cursors of a paged listing walked so far: the last is the page shown; Previous drops it, Next pushes one. */
export function useCursors(): { readonly cursor: string | undefined; readonly back: (() => void) | null; readonly forward: (next: string) => void } {
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    back: cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : null,
    forward: (next) => setCursors([...cursors, next]),
  };
}

/** Previous and Next buttons for a listing paged by cursor; `testId` prefixes their data-testid. */
export function Pager({ testId, back, next, forward }: { readonly testId: string; readonly back: (() => void) | null; readonly next: string | null; readonly forward: (next: string) => void }) {
  return (
    <nav class="pager">
      <button type="button" data-testid={`${testId}-previous`} disabled={!back} onClick={() => back?.()}>Previous</button>
      <button type="button" data-testid={`${testId}-next`} disabled={!next} onClick={() => next && forward(next)}>Next</button>
    </nav>
  );
}
