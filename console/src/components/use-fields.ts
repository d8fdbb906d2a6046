import { useState } from 'preact/hooks';

/** A form's text fields, and an input handler per field that also calls `onEdit` (e.g. to clear the last answer). */
export function useFields<F extends Record<string, string>>(initial: F, onEdit: () => void = () => undefined): readonly [F, (name: keyof F) => (event: Event) => void] {
  const [fields, setFields] = useState(initial);
  const edit = (name: keyof F) => (event: Event) => {
    const { value } = event.target as HTMLInputElement | HTMLTextAreaElement;
    // From the latest fields: two edits before a render both count.
    setFields((latest) => ({ ...latest, [name]: value }));
    onEdit();
  };
  return [fields, edit];
}
