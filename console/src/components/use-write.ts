import { useState } from 'preact/hooks';
import type { Outcome } from '../api/outcome';

/** A write started from a form: its outcome once answered, and whether it is under way (the button waits meanwhile). */
export interface WriteState<T> {
  readonly outcome: Outcome<T> | null;
  readonly busy: boolean;
  /** Runs the write unless one is under way; a failure to reach the gateway is shown as ST2-UNAVAILABLE. */
  run(write: () => Promise<Outcome<T>>): Promise<Outcome<T> | null>;
  reset(): void;
}

export function useWrite<T>(): WriteState<T> {
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<Outcome<T>>) => {
    if (busy) return null;
    setBusy(true);
    setOutcome(null);
    try {
      const answered = await write();
      setOutcome(answered);
      return answered;
    } catch (error: unknown) {
      const unavailable: Outcome<T> = { ok: false, refusal: { code: 'ST2-UNAVAILABLE', message: error instanceof Error ? error.message : String(error), status: 0 } };
      setOutcome(unavailable);
      return unavailable;
    } finally {
      setBusy(false);
    }
  };
  return { outcome, busy, run, reset: () => setOutcome(null) };
}
