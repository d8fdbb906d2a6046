import type { St2Client } from '../api/client';
import { outcomeOf, type Outcome } from '../api/outcome';
import { allRows } from './pages';

export interface HolderRow {
  readonly holder: string;
  /** Smallest units, as the API gives them (exact: a bigint's decimal string). */
  readonly balance: string;
  /** Part of the supply, 0 to 1 (for people and charts: a float is enough there). */
  readonly share: number;
}

/** A security's cap table: its holders, largest first, and the read model's concentration figures. */
export interface CapTable {
  readonly securityId: string;
  readonly holders: readonly HolderRow[];
  readonly truncated: boolean;
  readonly supply: string;
  readonly holderCount: number;
  /** Herfindahl-Hirschman index 0..10,000, null when unknown (no supply, or too many holders to read). */
  readonly hhi: number | null;
  readonly topTenShare: number | null;
}

/** The cap table of a security from the holders listing and the holder-concentration analytics. */
export async function capTable(client: St2Client, securityId: string): Promise<Outcome<CapTable>> {
  const path = { id: securityId };
  const [listed, concentration] = await Promise.all([
    allRows(async (cursor) => outcomeOf(await client.GET('/v1/securities/{id}/holders', { params: { path, query: { ...(cursor ? { cursor } : {}) } } }))),
    client.GET('/v1/analytics/securities/{id}/holders', { params: { path } }).then(outcomeOf),
  ]);
  if (!listed.ok) return listed;
  if (!concentration.ok) return concentration;
  const { supply, holders, hhi, topTenShare } = concentration.value;
  const rows = listed.value.items
    .map(({ holder, balance }) => ({ holder, balance, share: shareOf(balance, supply) }))
    .sort((a, b) => compareUnits(b.balance, a.balance) || a.holder.localeCompare(b.holder));
  return { ok: true, value: { securityId, holders: rows, truncated: listed.value.truncated, supply, holderCount: holders, hhi, topTenShare } };
}

/** balance / supply as a float, computed on bigints first so large amounts keep their leading digits. */
export function shareOf(balance: string, supply: string): number {
  const total = BigInt(supply);
  if (total === 0n) return 0;
  return Number((BigInt(balance) * 1_000_000n) / total) / 1_000_000;
}

function compareUnits(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}
