import type { Static } from '@sinclair/typebox';
import { roundRef, type FeedSchema, type RoundSchema, partyRef, payoutRef, POLICY_KEY, requestRef, voteRef, type DistributionSchema, type PayoutSchema, type ProposalSchema, type VoteSchema, type ClaimIssuerSchema, type ConsortiumPolicySchema, type PendingChangeSchema, type HoldSchema, type SettlementSchema, type OperatorSchema, type TransferRequestSchema, type HoldingSchema, type IdentitySchema, type Party, type SecuritySchema, type SecurityStatsSchema } from '@st2/chaincode';
import type { AgentApprovalSchema, CorporateActionSchema } from '@st2/chaincode';
import { compoundKey, prefixRange, SEPARATOR, type Sublevel } from '../store/gateway-store';
import type { Page, PageRequest } from './paging';
import type { ProjectionStore } from './projection-store';
import { recordKey, type Kind } from './records';
import { statsHistory, type StatsPoint } from './stats-history';

/** Records as the API returns them: the wire form (amounts as decimal strings), exactly as stored. */
export type IdentityRecord = Static<typeof IdentitySchema>;
export type SecurityRecord = Static<typeof SecuritySchema>;
export type StatsRecord = Static<typeof SecurityStatsSchema>;
export type HoldingRecord = Static<typeof HoldingSchema>;
export type IssuerRecord = Static<typeof ClaimIssuerSchema>;
export type TransferRequestRecord = Static<typeof TransferRequestSchema>;
export type AgentApprovalRecord = Static<typeof AgentApprovalSchema>;
export type ChangeRecord = Static<typeof PendingChangeSchema>;
export type ProposalRecord = Static<typeof ProposalSchema>;
export type VoteRecord = Static<typeof VoteSchema>;
export type PolicyRecord = Static<typeof ConsortiumPolicySchema>;
export type HoldRecord = Static<typeof HoldSchema>;
export type SettlementRecord = Static<typeof SettlementSchema>;
export type OperatorRecord = Static<typeof OperatorSchema>;
export type DistributionRecord = Static<typeof DistributionSchema>;
export type PayoutRecord = Static<typeof PayoutSchema>;
export type FeedRecord = Static<typeof FeedSchema>;
export type RoundRecord = Static<typeof RoundSchema>;
export type CorporateActionRecord = Static<typeof CorporateActionSchema>;

export interface HolderBalance {
  readonly holder: string;
  readonly balance: string;
}

export interface AuditHolder {
  readonly holding: HoldingRecord;
  readonly identity: IdentityRecord | null;
}

/**
 * Queries over the projected state. Records are returned as stored, without decoding: the projector wrote
 * them with the chaincode's state codecs, which is the API's wire form too.
 */
export class ReadModel {
  constructor(private readonly store: ProjectionStore) {}

  identity(id: string): Promise<IdentityRecord | undefined> {
    return this.record<IdentityRecord>('identities', id);
  }

  async security(id: string): Promise<{ security: SecurityRecord; stats: StatsRecord } | undefined> {
    const [security, stats] = await Promise.all([this.record<SecurityRecord>('securities', id), this.record<StatsRecord>('stats', id)]);
    return security && stats ? { security, stats } : undefined;
  }

  async securities(page: PageRequest): Promise<Page<SecurityRecord>> {
    const range = prefixRange('securities');
    const entries = await this.scan(this.store.state, range, page, (key) => key.slice(range.gte.length));
    return { items: entries.items.map(([, value]) => parse<SecurityRecord>(value)), nextCursor: entries.nextCursor };
  }

  /** One identity's holding in one security, as projected; undefined when it never held any. */
  holding(securityId: string, holder: string): Promise<HoldingRecord | undefined> {
    return this.record<HoldingRecord>('holdings', compoundKey(securityId, holder));
  }

  /** A conditional transfer and its status, as projected. */
  transferRequest(securityId: string, transferId: string): Promise<TransferRequestRecord | undefined> {
    return this.record<TransferRequestRecord>('requests', requestRef(securityId, transferId));
  }

  /** A holder vote with its tallies and, once closed, its result. */
  proposal(id: string): Promise<ProposalRecord | undefined> {
    return this.record<ProposalRecord>('proposals', id);
  }

  /** Proposals that pass `keep`, by id, paged (a scan of every proposal, as for settlements). */
  proposalsWhere(keep: (proposal: ProposalRecord) => boolean, page: PageRequest): Promise<Page<ProposalRecord>> {
    return this.filtered(prefixRange('proposals'), keep, (proposal) => proposal.id, page);
  }

  /** One holder's vote on a proposal. */
  vote(proposalId: string, voter: string): Promise<VoteRecord | undefined> {
    return this.record<VoteRecord>('votes', voteRef(proposalId, voter));
  }

  /** A consortium change with its approvals (pending, executed or expired), by subject. */
  consortiumChange(subject: string): Promise<ChangeRecord | undefined> {
    return this.record<ChangeRecord>('changes', subject);
  }

  /** Consortium changes by subject, the last of each subject (pending, executed or expired). */
  async consortiumChanges(page: PageRequest): Promise<Page<ChangeRecord>> {
    const range = prefixRange('changes');
    const entries = await this.scan(this.store.state, range, page, (key) => key.slice(range.gte.length));
    return { items: entries.items.map(([, value]) => parse<ChangeRecord>(value)), nextCursor: entries.nextCursor };
  }

  /** The consortium policy the ledger holds once the consortium changed it; undefined before (the topology's rules). */
  consortiumPolicy(): Promise<PolicyRecord | undefined> {
    return this.record<PolicyRecord>('consortium', POLICY_KEY);
  }

  /** A security's conditional transfers, by transfer id, paged. */
  async transferRequestsOf(securityId: string, page: PageRequest): Promise<Page<TransferRequestRecord>> {
    const range = prefixRange('requests', securityId);
    const entries = await this.scan(this.store.state, range, page, (key) => key.slice(range.gte.length));
    return { items: entries.items.map(([, value]) => parse<TransferRequestRecord>(value)), nextCursor: entries.nextCursor };
  }

  /** The conditional transfers one holder requested, in one security or in all (by security, then transfer id), paged. */
  async transferRequestsBy(holder: string, securityId: string | undefined, page: PageRequest): Promise<Page<TransferRequestRecord>> {
    const range = securityId === undefined ? prefixRange(holder) : prefixRange(holder, securityId);
    const entries = await this.scan(this.store.requestsByHolder, range, page, (key) => key.slice(range.gte.length));
    const values = await this.store.state.getMany(entries.items.map(([key]) => recordKey('requests', key.slice(prefixRange(holder).gte.length))));
    return { items: values.filter((value): value is string => value !== undefined).map((value) => parse<TransferRequestRecord>(value)), nextCursor: entries.nextCursor };
  }

  /** An agent operation waiting for (or past) a second agent's approval, as projected. */
  agentApproval(approvalId: string): Promise<AgentApprovalRecord | undefined> {
    return this.record<AgentApprovalRecord>('approvals', approvalId);
  }

  /** The agent operations proposed on a security, whatever their status, by id, paged (a scan of all of them: four eyes is for the rare large one). */
  agentApprovalsOf(securityId: string, page: PageRequest): Promise<Page<AgentApprovalRecord>> {
    return this.filtered(prefixRange('approvals'), (approval: AgentApprovalRecord) => approval.securityId === securityId, (a) => a.id, page);
  }

  /** A hold and its status, as projected. */
  hold(holdId: string): Promise<HoldRecord | undefined> {
    return this.record<HoldRecord>('holds', holdId);
  }

  /** Holds that pass `keep`, by id, paged (a scan of every hold, as for settlements). */
  holdsWhere(keep: (hold: HoldRecord) => boolean, page: PageRequest): Promise<Page<HoldRecord>> {
    return this.filtered(prefixRange('holds'), keep, (hold) => hold.id, page);
  }

  /** A settlement instruction and its status, as projected (its price is private: not here). */
  settlement(settlementId: string): Promise<SettlementRecord | undefined> {
    return this.record<SettlementRecord>('settlements', settlementId);
  }

  /**
   * The instructions an identity is a party to (seller or buyer), by id, paged. A scan of every instruction
   * filtered by party: fine while instructions number in the thousands; a per-party index is the next step.
   */
  settlementsOf(party: string, page: PageRequest): Promise<Page<SettlementRecord>> {
    return this.settlementsWhere((settlement) => settlement.seller === party || settlement.buyer === party, page);
  }

  /** Instructions that pass `keep`, by id, paged (a scan of every instruction, as for settlementsOf). */
  settlementsWhere(keep: (settlement: SettlementRecord) => boolean, page: PageRequest): Promise<Page<SettlementRecord>> {
    return this.filtered(prefixRange('settlements'), keep, (s) => s.id, page);
  }

  /** Up to `max` of a security's supply and holder counts after each event that changed them, in ledger order. */
  statsHistory(securityId: string, max: number): Promise<{ points: StatsPoint[]; complete: boolean }> {
    return statsHistory(this.store, securityId, max);
  }

  /** A cash distribution, with what it has paid so far and, once closed, its totals. */
  distribution(id: string): Promise<DistributionRecord | undefined> {
    return this.record<DistributionRecord>('distributions', id);
  }

  /** The distributions declared on a security, by id, paged (a scan of all distributions, as for settlements). */
  distributionsOf(securityId: string, page: PageRequest): Promise<Page<DistributionRecord>> {
    return this.filtered(prefixRange('distributions'), (distribution: DistributionRecord) => distribution.securityId === securityId, (d) => d.id, page);
  }

  /** An oracle feed: its definition, version, digest and latest usable round. */
  feed(id: string): Promise<FeedRecord | undefined> {
    return this.record<FeedRecord>('feeds', id);
  }

  /** Every oracle feed, by id, paged. */
  feeds(page: PageRequest): Promise<Page<FeedRecord>> {
    return this.recordsIn<FeedRecord>(prefixRange('feeds'), page);
  }

  round(feedId: string, roundId: number): Promise<RoundRecord | undefined> {
    return this.record<RoundRecord>('rounds', roundRef(feedId, roundId));
  }

  /** A feed's rounds in round order (quarantined ones included), paged. */
  roundsOf(feedId: string, page: PageRequest): Promise<Page<RoundRecord>> {
    return this.recordsIn<RoundRecord>(prefixRange('rounds', feedId), page);
  }

  /**
   * The last usable round (accepted, or released from quarantine) observed at or before `at`: rounds are
   * kept in round order, and observation times increase with round ids, so the scan runs backwards from the newest.
   */
  async usableRoundAt(feedId: string, at: number): Promise<RoundRecord | undefined> {
    for await (const value of this.store.state.values({ ...prefixRange('rounds', feedId), reverse: true })) {
      const round = parse<RoundRecord>(value);
      if (round.observedAt <= at && round.status !== 'quarantined') return round;
    }
    return undefined;
  }

  /** A split, reverse split or stock dividend, with what it has applied so far. */
  corporateAction(id: string): Promise<CorporateActionRecord | undefined> {
    return this.record<CorporateActionRecord>('corporateActions', id);
  }

  /** The corporate actions declared on a security, by id, paged (a scan of all of them: they are rare). */
  corporateActionsOf(securityId: string, page: PageRequest): Promise<Page<CorporateActionRecord>> {
    return this.filtered(prefixRange('corporateActions'), (action: CorporateActionRecord) => action.securityId === securityId, (a) => a.id, page);
  }

  /** One holder's paid marker in a distribution; undefined while unpaid. */
  payout(distributionId: string, holder: string): Promise<PayoutRecord | undefined> {
    return this.record<PayoutRecord>('payouts', payoutRef(distributionId, holder));
  }

  /**
   * A security's holdings that pass `keep` (zero balances included: a holder may have sold after a record
   * time), by holder, paged: a page ends after `limit` kept holdings, its cursor is the last holder read.
   */
  holdingsWhere(securityId: string, keep: (holding: HoldingRecord) => boolean, page: PageRequest): Promise<Page<HoldingRecord>> {
    return this.filtered(prefixRange('holdings', securityId), keep, (h) => h.holder, page);
  }

  /** The paid markers of these holders in a distribution (undefined: unpaid), in their order. */
  async payoutsFor(distributionId: string, holders: readonly string[]): Promise<(PayoutRecord | undefined)[]> {
    const values = await this.store.state.getMany(holders.map((holder) => recordKey('payouts', payoutRef(distributionId, holder))));
    return values.map((value) => (value === undefined ? undefined : parse<PayoutRecord>(value)));
  }

  /** The payments a distribution has made, by holder, paged. */
  async payoutsOf(distributionId: string, page: PageRequest): Promise<Page<PayoutRecord>> {
    const range = prefixRange('payouts', distributionId);
    const entries = await this.scan(this.store.state, range, page, (key) => key.slice(range.gte.length));
    return { items: entries.items.map(([, value]) => parse<PayoutRecord>(value)), nextCursor: entries.nextCursor };
  }

  /** The operators a holder has authorised for a security and not revoked, by (org, id). */
  async operatorsOf(securityId: string, holder: string): Promise<OperatorRecord[]> {
    const values = await this.store.state.values(prefixRange('operators', securityId, holder)).all();
    return values.map((value) => parse<OperatorRecord>(value)).filter((operator) => operator.revokedAt === undefined);
  }

  /** The claim issuers' records (trusted or removed) for these parties, keyed by `partyRef` as in a Slice. */
  async issuers(parties: readonly Party[]): Promise<Record<string, IssuerRecord>> {
    const values = await this.store.state.getMany(parties.map((p) => recordKey('issuers', partyRef(p))));
    return Object.fromEntries(values.flatMap((value) => (value === undefined ? [] : [parse<IssuerRecord>(value)])).map((issuer) => [partyRef(issuer), issuer]));
  }

  /** The trusted claim issuers (at most MAX_TRUSTED_ISSUERS; a removed one, trusted for nothing, is left out), by (org, id). */
  async trustedIssuers(): Promise<IssuerRecord[]> {
    const values = await this.store.state.values(prefixRange('issuers')).all();
    return values.map((value) => parse<IssuerRecord>(value)).filter((issuer) => issuer.topics.length > 0);
  }

  /** Every holding of one identity with a positive balance, by security id. */
  async holdingsOf(holder: string): Promise<HoldingRecord[]> {
    const range = prefixRange(holder);
    const securities = await this.store.holdings.keys(range).all();
    const values = await this.store.state.getMany(securities.map((key) => recordKey('holdings', swap(key))));
    return values.filter((value): value is string => value !== undefined).map((value) => parse<HoldingRecord>(value));
  }

  /** The holders of a security with a positive balance, sorted by holder id. */
  async holdersOf(securityId: string, page: PageRequest): Promise<Page<HolderBalance>> {
    const range = prefixRange(securityId);
    const entries = await this.scan(this.store.holders, range, page, (key) => key.slice(range.gte.length));
    return { items: entries.items.map(([key, balance]) => ({ holder: key.slice(range.gte.length), balance })), nextCursor: entries.nextCursor };
  }

  /** The regulator's cap table: each holder's whole holding (freezes, lots) and public identity. */
  async auditHoldersOf(securityId: string, page: PageRequest): Promise<Page<AuditHolder>> {
    const holders = await this.holdersOf(securityId, page);
    const ids = holders.items.map(({ holder }) => holder);
    const [holdings, identities] = await Promise.all([
      this.store.state.getMany(ids.map((holder) => recordKey('holdings', compoundKey(securityId, holder)))),
      this.store.state.getMany(ids.map((holder) => recordKey('identities', holder))),
    ]);
    const items = ids.flatMap((_, i) => {
      const holding = holdings[i];
      const identity = identities[i];
      return holding === undefined ? [] : [{ holding: parse<HoldingRecord>(holding), identity: identity === undefined ? null : parse<IdentityRecord>(identity) }];
    });
    return { items, nextCursor: holders.nextCursor };
  }

  /** One page of the records of a range, in key order; the cursor is the last key's tail after the range's prefix. */
  private async recordsIn<T>(range: { gte: string; lt: string }, page: PageRequest): Promise<Page<T>> {
    const entries = await this.scan(this.store.state, range, page, (key) => key.slice(range.gte.length));
    return { items: entries.items.map(([, value]) => parse<T>(value)), nextCursor: entries.nextCursor };
  }

  private async record<T>(kind: Kind, key: string): Promise<T | undefined> {
    const stored = await this.store.state.get(recordKey(kind, key));
    return stored === undefined ? undefined : parse<T>(stored);
  }

  /**
   * One page of the records of a range that pass `keep`, in key order: a page ends after `limit` kept records,
   * and its cursor, `cursorOf` the last one, is its key's tail after the range's prefix.
   */
  private async filtered<T>(range: { gte: string; lt: string }, keep: (record: T) => boolean, cursorOf: (record: T) => string, page: PageRequest): Promise<Page<T>> {
    const after = page.cursor === undefined ? { gte: range.gte } : { gt: range.gte + page.cursor };
    const items: T[] = [];
    for await (const value of this.store.state.values({ ...after, lt: range.lt })) {
      const record = parse<T>(value);
      if (!keep(record)) continue;
      const last = items[items.length - 1];
      if (items.length === page.limit) return { items, nextCursor: last === undefined ? null : cursorOf(last) };
      items.push(record);
    }
    return { items, nextCursor: null };
  }

  /** One page of a range: `cursorOf(key)` is what the client passes back to continue after `key`. */
  private async scan(sublevel: Sublevel, range: { gte: string; lt: string }, page: PageRequest, cursorOf: (key: string) => string): Promise<Page<[string, string]>> {
    const after = page.cursor === undefined ? { gte: range.gte } : { gt: range.gte + page.cursor };
    const entries = await sublevel.iterator({ ...after, lt: range.lt, limit: page.limit + 1 }).all();
    const items = entries.slice(0, page.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: entries.length > page.limit && last ? cursorOf(last[0]) : null };
  }
}

/** `holder ␀ security` → `security ␀ holder`. */
function swap(key: string): string {
  const [holder = '', securityId = ''] = key.split(SEPARATOR);
  return compoundKey(securityId, holder);
}

/** Read-model values were written by the projector with the chaincode's codecs: their shape is known. */
function parse<T>(stored: string): T {
  return JSON.parse(stored) as T;
}
