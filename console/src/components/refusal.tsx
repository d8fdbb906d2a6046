import type { Refusal } from '../api/outcome';

/** A refusal as the gateway gave it: the stable reason code first, then its message. */
export function RefusalNotice({ refusal }: { readonly refusal: Refusal }) {
  return (
    <p class="refusal" role="alert" data-testid="refusal">
      <code>{refusal.code}</code> {refusal.message}
    </p>
  );
}
