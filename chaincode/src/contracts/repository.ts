import type { ChaincodeStub } from 'fabric-shim-api';
import { issuersReferencedBy, uniqueParties } from '../domain/claims';
import { partyRef, type Party } from '../domain/party';
import { HoldingSchema } from '../domain/holding';
import { ClaimIssuerSchema, IdentitySchema, type ClaimIssuer } from '../domain/identity';
import { JurisdictionHoldersSchema, SecuritySchema, SecurityStatsSchema } from '../domain/security';
import type { Command, Envelope } from '../domain/commands';
import { dependentRefs, requiredRefs } from '../domain/decide';
import { holdingRef, jurisdictionRef, mergeSlices, type Refs, type Slice } from '../domain/slice';
import { requestRef, TransferRequestSchema } from '../domain/transfer-request';
import { TrustRegistrySchema } from '../domain/trust';
import { ConsortiumPolicySchema } from '../domain/consortium';
import { PendingChangeSchema } from '../domain/governance';
import { ProposalSchema, VoteSchema, voteRef } from '../domain/proposal';
import { HoldSchema } from '../domain/hold';
import { SettlementSchema } from '../domain/settlement';
import { operatorRef, OperatorSchema } from '../domain/operator';
import { DistributionSchema, payoutRef, PayoutSchema } from '../domain/distribution';
import { FeedSchema } from '../domain/oracle/feed';
import { roundRef, RoundSchema } from '../domain/oracle/round';
import { CorporateActionSchema } from '../domain/corporate-action';
import { AgentApprovalSchema } from '../domain/four-eyes';
import { codec, type Codec } from '../wire/codec';
import { keys } from './keys';

/** Stored records are validated on the way in too: a corrupt record fails loudly, never decides silently. */
export const stateCodecs = {
  identity: codec(IdentitySchema),
  issuer: codec(ClaimIssuerSchema),
  security: codec(SecuritySchema),
  stats: codec(SecurityStatsSchema),
  holding: codec(HoldingSchema),
  jurisdictionHolders: codec(JurisdictionHoldersSchema),
  trust: codec(TrustRegistrySchema),
  transferRequest: codec(TransferRequestSchema),
  consortiumChange: codec(PendingChangeSchema),
  consortiumPolicy: codec(ConsortiumPolicySchema),
  proposal: codec(ProposalSchema),
  vote: codec(VoteSchema),
  hold: codec(HoldSchema),
  settlement: codec(SettlementSchema),
  operator: codec(OperatorSchema),
  distribution: codec(DistributionSchema),
  payout: codec(PayoutSchema),
  feed: codec(FeedSchema),
  round: codec(RoundSchema),
  corporateAction: codec(CorporateActionSchema),
  agentApproval: codec(AgentApprovalSchema),
};

/** Loads the slice a decision needs from world state and writes back exactly the records its events changed. */
export class Repository {
  constructor(private readonly stub: ChaincodeStub) {}

  /**
   * The slice `decide` needs for a command: its required refs, then what depends on them, until nothing
   * new depends (see `dependentRefs`). A transfer that may cross zero takes one more round trip; an
   * approval two (its request names the holders, their identities name their jurisdictions).
   */
  async loadFor(cmd: Command, env: Envelope): Promise<Slice> {
    let slice = await this.load(requiredRefs(cmd, env));
    for (let loaded = ''; ;) {
      const more = dependentRefs(cmd, slice, env);
      const wanted = JSON.stringify(more);
      if (isEmpty(more) || wanted === loaded) return slice;
      slice = mergeSlices(slice, await this.load(more));
      loaded = wanted;
    }
  }

  /** The refs, then the claim issuers the loaded identities' claims refer to. */
  async load(refs: Refs): Promise<Slice> {
    const [identities, securities, stats, holdings, jurisdictions, trust, requests, changes, consortium, proposals, votes, holds, settlements, operators, distributions, payouts, feeds, rounds, corporateActions, approvals] = await allOf([
      this.#many(refs.identities, (id) => keys.identity(this.stub, id), stateCodecs.identity),
      this.#many(refs.securities, (id) => keys.security(this.stub, id), stateCodecs.security),
      this.#many(refs.stats, (id) => keys.stats(this.stub, id), stateCodecs.stats),
      this.#records(refs.holdings, ([sec, holder]) => keys.holding(this.stub, sec, holder), stateCodecs.holding, (h) => holdingRef(h.securityId, h.holder)),
      this.#records(refs.jurisdictions, ([sec, country]) => keys.jurisdictionHolders(this.stub, sec, country), stateCodecs.jurisdictionHolders, (count) => jurisdictionRef(count.securityId, count.jurisdiction)),
      this.#many(refs.trust, () => keys.trustRegistry(this.stub), stateCodecs.trust),
      this.#records(refs.requests, ([sec, id]) => keys.transferRequest(this.stub, sec, id), stateCodecs.transferRequest, (r) => requestRef(r.securityId, r.id)),
      this.#many(refs.changes, (subject) => keys.consortiumChange(this.stub, subject), stateCodecs.consortiumChange),
      this.#many(refs.consortium, () => keys.consortiumPolicy(this.stub), stateCodecs.consortiumPolicy),
      this.#many(refs.proposals, (id) => keys.proposal(this.stub, id), stateCodecs.proposal),
      this.#records(refs.votes, ([proposalId, voter]) => keys.vote(this.stub, proposalId, voter), stateCodecs.vote, (v) => voteRef(v.proposalId, v.voter)),
      this.#many(refs.holds, (id) => keys.hold(this.stub, id), stateCodecs.hold),
      this.#many(refs.settlements, (id) => keys.settlement(this.stub, id), stateCodecs.settlement),
      this.#records(refs.operators, ([sec, holder, party]) => keys.operator(this.stub, sec, holder, party), stateCodecs.operator, (o) => operatorRef(o.securityId, o.holder, o.operator)),
      this.#many(refs.distributions, (id) => keys.distribution(this.stub, id), stateCodecs.distribution),
      this.#records(refs.payouts, ([distributionId, holder]) => keys.payout(this.stub, distributionId, holder), stateCodecs.payout, (p) => payoutRef(p.distributionId, p.holder)),
      this.#many(refs.feeds, (id) => keys.oracleFeed(this.stub, id), stateCodecs.feed),
      this.#records(refs.rounds, ([feedId, roundId]) => keys.oracleRound(this.stub, feedId, roundId), stateCodecs.round, (r) => roundRef(r.feedId, r.roundId)),
      this.#many(refs.corporateActions, (id) => keys.corporateAction(this.stub, id), stateCodecs.corporateAction),
      this.#many(refs.approvals, (id) => keys.agentApproval(this.stub, id), stateCodecs.agentApproval),
    ]);
    const issuerParties = uniqueParties([...refs.issuers, ...issuersReferencedBy(Object.values(identities))]);
    const issuers = await this.issuers(issuerParties);
    return { identities, issuers, securities, stats, holdings, jurisdictions, trust, requests, changes, consortium, proposals, votes, holds, settlements, operators, distributions, payouts, feeds, rounds, corporateActions, approvals };
  }

  async save(before: Slice, after: Slice): Promise<void> {
    const puts: Promise<void>[] = [];
    const changed = <T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>) => Object.entries(b).filter(([k, v]) => a[k] !== v);
    for (const [id, v] of changed(before.identities, after.identities)) puts.push(this.#put(keys.identity(this.stub, id), stateCodecs.identity, v));
    for (const [, v] of changed(before.issuers, after.issuers)) puts.push(this.#put(keys.claimIssuer(this.stub, v), stateCodecs.issuer, v));
    for (const [id, v] of changed(before.securities, after.securities)) puts.push(this.#put(keys.security(this.stub, id), stateCodecs.security, v));
    for (const [id, v] of changed(before.stats, after.stats)) puts.push(this.#put(keys.stats(this.stub, id), stateCodecs.stats, v));
    for (const [, v] of changed(before.trust, after.trust)) puts.push(this.#put(keys.trustRegistry(this.stub), stateCodecs.trust, v));
    for (const [, v] of changed(before.jurisdictions, after.jurisdictions)) puts.push(this.#put(keys.jurisdictionHolders(this.stub, v.securityId, v.jurisdiction), stateCodecs.jurisdictionHolders, v));
    for (const [, v] of changed(before.holdings, after.holdings)) puts.push(this.#put(keys.holding(this.stub, v.securityId, v.holder), stateCodecs.holding, v));
    for (const [, v] of changed(before.requests, after.requests)) puts.push(this.#put(keys.transferRequest(this.stub, v.securityId, v.id), stateCodecs.transferRequest, v));
    for (const [, v] of changed(before.changes, after.changes)) puts.push(this.#put(keys.consortiumChange(this.stub, v.subject), stateCodecs.consortiumChange, v));
    for (const [, v] of changed(before.consortium, after.consortium)) puts.push(this.#put(keys.consortiumPolicy(this.stub), stateCodecs.consortiumPolicy, v));
    for (const [id, v] of changed(before.proposals, after.proposals)) puts.push(this.#put(keys.proposal(this.stub, id), stateCodecs.proposal, v));
    for (const [, v] of changed(before.votes, after.votes)) puts.push(this.#put(keys.vote(this.stub, v.proposalId, v.voter), stateCodecs.vote, v));
    for (const [id, v] of changed(before.holds, after.holds)) puts.push(this.#put(keys.hold(this.stub, id), stateCodecs.hold, v));
    for (const [id, v] of changed(before.settlements, after.settlements)) puts.push(this.#put(keys.settlement(this.stub, id), stateCodecs.settlement, v));
    for (const [, v] of changed(before.operators, after.operators)) puts.push(this.#put(keys.operator(this.stub, v.securityId, v.holder, v.operator), stateCodecs.operator, v));
    for (const [id, v] of changed(before.distributions, after.distributions)) puts.push(this.#put(keys.distribution(this.stub, id), stateCodecs.distribution, v));
    for (const [, v] of changed(before.payouts, after.payouts)) puts.push(this.#put(keys.payout(this.stub, v.distributionId, v.holder), stateCodecs.payout, v));
    for (const [id, v] of changed(before.feeds, after.feeds)) puts.push(this.#put(keys.oracleFeed(this.stub, id), stateCodecs.feed, v));
    for (const [, v] of changed(before.rounds, after.rounds)) puts.push(this.#put(keys.oracleRound(this.stub, v.feedId, v.roundId), stateCodecs.round, v));
    for (const [id, v] of changed(before.corporateActions, after.corporateActions)) puts.push(this.#put(keys.corporateAction(this.stub, id), stateCodecs.corporateAction, v));
    for (const [id, v] of changed(before.approvals, after.approvals)) puts.push(this.#put(keys.agentApproval(this.stub, id), stateCodecs.agentApproval, v));
    await Promise.all(puts);
  }

  async get<T>(key: string, c: Codec<T>): Promise<T | undefined> {
    const bytes = await this.stub.getState(key);
    return bytes && bytes.length > 0 ? c.parse(bytes) : undefined;
  }

  /** The records of `ids` that exist, keyed by id. */
  #many<T>(ids: readonly string[], key: (id: string) => string, c: Codec<T>): Record<string, T> | Promise<Record<string, T>> {
    return this.#records(ids, key, c, (_value, id) => id);
  }

  /**
   * The records `refs` name that exist, keyed by `slot` as the slice keys them. None named: no read and no
   * promise (most kinds of record, for most commands).
   */
  #records<R, T>(refs: readonly R[], key: (ref: R) => string, c: Codec<T>, slot: (value: T, ref: R) => string): Record<string, T> | Promise<Record<string, T>> {
    if (refs.length === 0) return {};
    return Promise.all(refs.map((ref) => this.get(key(ref), c))).then((values) => {
      const out: Record<string, T> = {};
      values.forEach((value, i) => {
        if (value !== undefined) out[slot(value, refs[i] as R)] = value;
      });
      return out;
    });
  }

  /** Trusted claim issuers, keyed by `partyRef` as in the slice. */
  async issuers(parties: readonly Party[]): Promise<Record<string, ClaimIssuer>> {
    const values = await Promise.all(parties.map((party) => this.get(keys.claimIssuer(this.stub, party), stateCodecs.issuer)));
    const out: Record<string, ClaimIssuer> = {};
    for (const issuer of values) if (issuer) out[partyRef(issuer)] = issuer;
    return out;
  }

  #put<T>(key: string, c: Codec<T>, value: T): Promise<void> {
    return this.stub.putState(key, Buffer.from(c.stringify(value)));
  }
}

/**
 * `Promise.all` for a list most of whose entries are not promises (the kinds of record a command names
 * none of): only the promises are awaited, not every value wrapped in one. Rejects as `Promise.all` does.
 */
async function allOf<T extends readonly unknown[]>(values: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled: unknown[] = [...values];
  const waits: Promise<void>[] = [];
  settled.forEach((value, i) => {
    if (value instanceof Promise) {
      waits.push(
        value.then((result: unknown) => {
          settled[i] = result;
        }),
      );
    }
  });
  await Promise.all(waits);
  return settled as { -readonly [K in keyof T]: Awaited<T[K]> };
}

function isEmpty(refs: Refs): boolean {
  return Object.values(refs).every((ids: readonly unknown[]) => ids.length === 0);
}
