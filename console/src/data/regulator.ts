import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome, type Refusal } from '../api/outcome';
import { allRows, MAX_ROWS, type Rows } from './pages';

/** A beneficial owner behind a custody account, with its part of the account's position in the security. */
export interface OwnerRow {
  readonly owner: string;
  readonly amount: string;
  readonly jurisdiction: string;
}

/** One holder of a security as the regulator sees it, and, for a custody account, who is behind it. */
export interface LookThroughRow {
  readonly holder: string;
  readonly balance: string;
  readonly jurisdiction: string | null;
  readonly frozen: boolean;
  /** Set on a custody account: its kind and custodian, and its beneficial owners or why they cannot be read. */
  readonly custody?: { readonly kind: string; readonly custodian: string; readonly owners: Outcome<readonly OwnerRow[]> };
}

/** Every holder of a security (the audit cap table), each custody account opened up to its beneficial owners in that security. */
export async function lookThrough(client: St2Client, securityId: string): Promise<Outcome<Rows<LookThroughRow>>> {
  const path = { id: securityId };
  const listed = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/audit/securities/{id}/holders', { params: { path, query: { ...(cursor ? { cursor } : {}) } } })));
  if (!listed.ok) return listed;
  const items = await Promise.all(listed.value.items.map(async ({ holding, identity }): Promise<LookThroughRow> => {
    const row = { holder: holding.holder, balance: holding.balance, jurisdiction: identity?.jurisdiction ?? null, frozen: holding.frozen };
    if (!identity?.custody) return row;
    const owners = await ownersIn(client, holding.holder, securityId);
    return { ...row, custody: { kind: identity.custody.kind, custodian: `${identity.custody.custodian.id} (${identity.custody.custodian.org})`, owners } };
  }));
  return { ok: true, value: { items, truncated: listed.value.truncated } };
}

async function ownersIn(client: St2Client, accountId: string, securityId: string): Promise<Outcome<readonly OwnerRow[]>> {
  const positions = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/custody/accounts/{id}/positions', { params: { path: { id: accountId }, query: { ...(cursor ? { cursor } : {}) } } })));
  return mapOutcome(positions, ({ items }) => items.filter((p) => p.securityId === securityId).map(({ owner, amount, jurisdiction }) => ({ owner, amount, jurisdiction })));
}

/** Something the regulator should look at: a refusal the gateway answered, or an agent using a power over a holder. */
export type Alert =
  | { readonly kind: 'refusal'; readonly at: number; readonly refusal: Refusal; readonly who: string; readonly route: string; readonly securityId: string | null }
  | { readonly kind: 'power'; readonly at: number; readonly power: 'freeze' | 'unfreeze' | 'forced transfer' | 'recovery'; readonly securityId: string; readonly subject: string; readonly detail: string; readonly txId: string };

/** The audit event types that are an agent's power over a holder (a Transferred only when forced). */
const POWER_TYPES = ['HoldingFrozen', 'HoldingUnfrozen', 'HoldingRecovered', 'Transferred'] as const;

/**
 * Refusals and agents' powers, newest first: the refusals from the gateway's refusal log, the powers from the audit log
 * (up to MAX_ROWS events of each type read from the first: `truncated` says when a type had more).
 */
export async function alerts(client: St2Client, limit = 50): Promise<Outcome<Rows<Alert>>> {
  const [refused, ...powers] = await Promise.all([
    client.GET('/v1/analytics/refusals/entries', { params: { query: { limit } } }).then(outcomeOf),
    ...POWER_TYPES.map((type) => allRows(async (cursor) => outcomeOf(await client.GET('/v1/audit/events', { params: { query: { type, limit: MAX_ROWS, ...(cursor ? { cursor } : {}) } } })))),
  ]);
  if (!refused.ok) return refused;
  const found: Alert[] = refused.value.items.map((r) => ({
    kind: 'refusal', at: r.at, refusal: { code: r.code, message: r.message, status: 0 }, who: `${r.identity} (${r.role}, ${r.org})`, route: r.route, securityId: r.securityId ?? null,
  }));
  let truncated = false;
  for (const listed of powers) {
    if (!listed.ok) return listed;
    truncated ||= listed.value.truncated;
    for (const row of listed.value.items) {
      const alert = powerAlert(row.event, row.timestamp, row.txId);
      if (alert) found.push(alert);
    }
  }
  return { ok: true, value: { items: found.sort((a, b) => b.at - a.at).slice(0, limit), truncated } };
}

/** The alert an audit event is, if it is an agent's power over a holder. */
export function powerAlert(event: Record<string, unknown>, at: number, txId: string): Alert | null {
  const text = (key: string) => (typeof event[key] === 'string' ? event[key] : '');
  const base = { kind: 'power' as const, at, txId, securityId: text('securityId') };
  switch (event['type']) {
    case 'HoldingFrozen': return { ...base, power: 'freeze', subject: text('holder'), detail: event['amount'] === null ? 'the whole holding' : `${text('amount')} units` };
    case 'HoldingUnfrozen': return { ...base, power: 'unfreeze', subject: text('holder'), detail: event['amount'] === null ? 'the whole holding' : `${text('amount')} units` };
    case 'HoldingRecovered': return { ...base, power: 'recovery', subject: text('lost'), detail: `${text('amount')} units to ${text('replacement')}` };
    case 'Transferred': return event['forced'] === true ? { ...base, power: 'forced transfer', subject: text('from'), detail: `${text('amount')} units to ${text('to')}` } : null;
    default: return null;
  }
}

/** One event of a security's history, as the regulator reads it. */
export interface TimelineRow {
  readonly seq: string;
  readonly at: number;
  readonly type: string;
  readonly identities: readonly string[];
  readonly txId: string;
}

/** Every event about a security in ledger order, a page at a time. */
export async function securityTimeline(client: St2Client, securityId: string, cursor?: string, limit = 50): Promise<Outcome<{ readonly items: readonly TimelineRow[]; readonly nextCursor: string | null }>> {
  const answer = outcomeOf(await client.GET('/v1/audit/events', { params: { query: { securityId, limit, ...(cursor ? { cursor } : {}) } } }));
  return mapOutcome(answer, ({ items, nextCursor }) => ({
    nextCursor,
    items: items.map(({ seq, timestamp, event, identities, txId }) => ({ seq, at: timestamp, type: typeof event.type === 'string' ? event.type : 'unknown', identities, txId })),
  }));
}
