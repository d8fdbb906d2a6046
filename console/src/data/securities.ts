import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { allRows, type Rows } from './pages';

/** A row of the securities view. */
export interface SecurityRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly issuer: string;
  readonly decimals: number;
  readonly paused: boolean;
}

/** The securities the caller may see, as rows. */
export async function securityRows(client: St2Client): Promise<Outcome<Rows<SecurityRow>>> {
  const listed = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/securities', { params: { query: { ...(cursor ? { cursor } : {}) } } })));
  return mapOutcome(listed, ({ items, truncated }) => ({
    truncated,
    items: items.map((security) => ({
      id: security.id,
      name: security.name,
      kind: security.terms.kind,
      issuer: `${security.issuer.id} (${security.issuer.org})`,
      decimals: security.decimals,
      paused: security.paused,
    })),
  }));
}
