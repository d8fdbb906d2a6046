import { useState } from 'preact/hooks';

/** A form's text fields, and an input handler per field that also calls `onEdit` (e.g. to clear the last answer). */
export function useFields<F extends Record<string, string>>(initial: F, onEdit: () => void = () => undefined): readonly [F, (name: keyof F) => (event: Event) => void] {
  const [fields, setFields] = useState(initial);
  const edit = (name: keyof F) => (event: Event) => {
    setFields({ ...fields, [name]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
    onEdit();
  };
  return [fields, edit];
}
