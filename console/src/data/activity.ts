import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';

/** A security's supply, holders and holder-transfer volume per interval, as charts draw them (numbers; the API's strings are exact). */
export interface SecurityHistory {
  readonly securityId: string;
  readonly interval: 'day' | 'week';
  /** Interval starts, ms since the epoch. */
  readonly starts: readonly number[];
  readonly supply: readonly number[];
  readonly holders: readonly number[];
  readonly volume: readonly number[];
  readonly complete: boolean;
}

/** The gateway's last 30 days (its clock, which a development ledger may have moved), by day. */
export async function securityHistory(client: St2Client, securityId: string): Promise<Outcome<SecurityHistory>> {
  const interval = 'day';
  const answer = outcomeOf(await client.GET('/v1/analytics/securities/{id}/series', { params: { path: { id: securityId }, query: { interval } } }));
  return mapOutcome(answer, (series) => ({
    securityId, interval, complete: series.complete,
    starts: series.points.map((p) => p.start),
    supply: series.points.map((p) => Number(p.supply)),
    holders: series.points.map((p) => p.holders),
    volume: series.points.map((p) => Number(p.volume)),
  }));
}

export interface CodeCount {
  readonly code: string;
  readonly count: number;
}

/** Refusals the gateway answered over its last 30 days, by reason code, as far as the caller may see them. */
export async function refusalsByCode(client: St2Client): Promise<Outcome<{ readonly scope: string; readonly total: number; readonly byCode: readonly CodeCount[]; readonly complete: boolean }>> {
  const answer = outcomeOf(await client.GET('/v1/analytics/refusals', {}));
  return mapOutcome(answer, ({ scope, total, byCode, complete }) => ({ scope, total, byCode, complete }));
}

/** Settlement instructions by status, of a party or of all the caller may count. */
export async function settlementStatus(client: St2Client, party?: string): Promise<Outcome<{ readonly total: number; readonly byStatus: Readonly<Record<string, number>> }>> {
  const answer = outcomeOf(await client.GET('/v1/analytics/settlements', { params: { query: { ...(party ? { party } : {}) } } }));
  return mapOutcome(answer, ({ total, byStatus }) => ({ total, byStatus }));
}

/** A security's holder concentration: HHI (0 to 10,000) and the ten largest holders' share, null when unknown. */
export async function concentration(client: St2Client, securityId: string): Promise<Outcome<{ readonly hhi: number | null; readonly topTenShare: number | null; readonly holders: number; readonly supply: string }>> {
  const answer = outcomeOf(await client.GET('/v1/analytics/securities/{id}/holders', { params: { path: { id: securityId } } }));
  return mapOutcome(answer, ({ hhi, topTenShare, holders, supply }) => ({ hhi, topTenShare, holders, supply }));
}
