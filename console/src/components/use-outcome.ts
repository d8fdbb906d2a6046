import { useEffect, useState } from 'preact/hooks';
import type { Outcome } from '../api/outcome';

/** The outcome of a data function, null while it runs; run again when a dependency changes. */
export function useOutcome<T>(load: () => Promise<Outcome<T>>, dependencies: readonly unknown[]): Outcome<T> | null {
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);
  useEffect(() => {
    let current = true;
    setOutcome(null);
    load().then(
      (loaded) => current && setOutcome(loaded),
      (error: unknown) => current && setOutcome({ ok: false, refusal: { code: 'ST2-UNAVAILABLE', message: error instanceof Error ? error.message : String(error), status: 0 } }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on, as with useEffect itself.
  }, dependencies);
  return outcome;
}
