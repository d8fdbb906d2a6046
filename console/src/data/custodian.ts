import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { allRows, type Rows } from './pages';

/** A custody account of the custodian's org, with whether its sub-ledger last matched the ledger. */
export interface AccountRow {
  readonly id: string;
  readonly kind: string;
  readonly jurisdiction: string;
  /** Null before the first check; else whether every security's owner positions summed to the public balance. */
  readonly reconciled: boolean | null;
}

/** The custody accounts the custodian's gateway keeps for its org. */
export async function custodyAccounts(client: St2Client): Promise<Outcome<Rows<AccountRow>>> {
  const listed = await allRows(async (cursor) => outcomeOf(await client.GET('/v1/custody/accounts', { params: { query: { ...(cursor ? { cursor } : {}) } } })));
  return mapOutcome(listed, ({ items, truncated }) => ({
    truncated,
    items: items.map(({ account, lastCheck }) => ({
      id: account.id, kind: account.custody?.kind ?? 'unknown', jurisdiction: account.jurisdiction, reconciled: lastCheck ? lastCheck.reconciled : null,
    })),
  }));
}

/** One account as the custodian works with it: public holdings, owners' positions, holds on it, its settlements. */
export interface AccountDetail {
  readonly id: string;
  readonly holdings: readonly { readonly securityId: string; readonly balance: string; readonly frozen: boolean }[];
  readonly positions: readonly { readonly securityId: string; readonly owner: string; readonly amount: string; readonly jurisdiction: string }[];
  readonly holds: readonly { readonly id: string; readonly securityId: string; readonly amount: string; readonly status: string; readonly reason: string; readonly beneficiary: string }[];
  readonly settlements: readonly { readonly id: string; readonly role: 'seller' | 'buyer'; readonly securities: string; readonly cash: string | null; readonly status: string; readonly settleBy: number }[];
  readonly settlementStatus: Readonly<Record<string, number>>;
}

export async function accountDetail(client: St2Client, accountId: string): Promise<Outcome<AccountDetail>> {
  const path = { id: accountId };
  const [account, positions, holds, settlements, status] = await Promise.all([
    client.GET('/v1/custody/accounts/{id}', { params: { path } }).then(outcomeOf),
    allRows(async (cursor) => outcomeOf(await client.GET('/v1/custody/accounts/{id}/positions', { params: { path, query: { ...(cursor ? { cursor } : {}) } } }))),
    allRows(async (cursor) => outcomeOf(await client.GET('/v1/holds', { params: { query: { holder: accountId, ...(cursor ? { cursor } : {}) } } }))),
    allRows(async (cursor) => outcomeOf(await client.GET('/v1/settlements', { params: { query: { party: accountId, ...(cursor ? { cursor } : {}) } } }))),
    client.GET('/v1/analytics/settlements', { params: { query: { party: accountId } } }).then(outcomeOf),
  ]);
  if (!account.ok) return account;
  if (!positions.ok) return positions;
  if (!holds.ok) return holds;
  if (!settlements.ok) return settlements;
  if (!status.ok) return status;
  const leg = (l: { securityId: string; amount: string }) => `${l.amount} ${l.securityId}`;
  return {
    ok: true,
    value: {
      id: accountId,
      holdings: account.value.holdings.map(({ securityId, balance, frozen }) => ({ securityId, balance, frozen })),
      positions: positions.value.items.map(({ securityId, owner, amount, jurisdiction }) => ({ securityId, owner, amount, jurisdiction })),
      holds: holds.value.items.map(({ id, securityId, amount, status: holdStatus, reason, beneficiary }) => ({ id, securityId, amount, status: holdStatus, reason, beneficiary })),
      settlements: settlements.value.items.map((s) => ({
        id: s.id, role: s.seller === accountId ? 'seller' as const : 'buyer' as const, securities: leg(s.securities), cash: s.cash ? leg(s.cash) : null, status: s.status, settleBy: s.settleBy,
      })),
      settlementStatus: status.value.byStatus,
    },
  };
}
