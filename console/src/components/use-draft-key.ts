import { useMemo } from 'preact/hooks';

/**
 * An idempotency key per draft: the same fields give the same key, so a double click or a retry of one submission
 * is applied once; any edit makes a new draft, and a new key.
 */
export function useDraftKey(draft: unknown): string {
  const text = JSON.stringify(draft);
  // The key depends on the draft's content, not on its identity.
  return useMemo(() => crypto.randomUUID(), [text]);
}
