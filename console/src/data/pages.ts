import type { Outcome } from '../api/outcome';

/** A page of a listing, as every paged route answers. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** Enough for a screen: a console view shows at most this many rows and says when there were more. */
export const MAX_ROWS = 1_000;

export interface Rows<T> {
  readonly items: readonly T[];
  /** True when the listing had more than MAX_ROWS rows. */
  readonly truncated: boolean;
}

/** Reads a paged listing from its first page on, up to MAX_ROWS rows; the first refusal ends it. */
export async function allRows<T>(page: (cursor: string | undefined) => Promise<Outcome<Page<T>>>): Promise<Outcome<Rows<T>>> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    if (!next.ok) return next;
    items.push(...next.value.items);
    cursor = next.value.nextCursor ?? undefined;
  } while (cursor !== undefined && items.length < MAX_ROWS);
  return { ok: true, value: { items: items.slice(0, MAX_ROWS), truncated: cursor !== undefined || items.length > MAX_ROWS } };
}
