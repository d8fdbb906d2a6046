import type { Outcome } from '../api/outcome';
import type { Written } from '../data/written';
import { useDraftKey } from './use-draft-key';
import { useFields } from './use-fields';
import { useWrite, type WriteState } from './use-write';

export interface WriteForm<F> {
  readonly fields: F;
  readonly edit: (name: keyof F) => (event: Event) => void;
  readonly write: WriteState<Written>;
  /** The form's submit handler: sends the fields once under the draft's idempotency key. */
  readonly submit: (event: Event) => Promise<Outcome<Written> | null>;
}

/**
 * A form that makes one write: its fields, the write's state (cleared by any edit, as is what `onEdit` clears), and
 * an idempotency key per draft of `scope` (the security) and fields.
 */
export function useWriteForm<F extends Record<string, string>>(scope: string, initial: F, send: (fields: F, key: string) => Promise<Outcome<Written>>, onEdit: () => void = () => undefined): WriteForm<F> {
  const write = useWrite<Written>();
  const [fields, edit] = useFields(initial, () => {
    write.reset();
    onEdit();
  });
  const key = useDraftKey({ scope, fields });
  const submit = (event: Event) => {
    event.preventDefault();
    return write.run(() => send(fields, key));
  };
  return { fields, edit, write, submit };
}
