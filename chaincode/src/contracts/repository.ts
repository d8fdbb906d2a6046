import type { ChaincodeStub } from 'fabric-shim-api';
import { issuersReferencedBy, uniqueParties } from '../domain/claims';
import { partyRef, type Party } from '../domain/party';
import { HoldingSchema, type Holding } from '../domain/holding';
import { ClaimIssuerSchema, IdentitySchema, type ClaimIssuer } from '../domain/identity';
import { JurisdictionHoldersSchema, SecuritySchema, SecurityStatsSchema, type JurisdictionHolders } from '../domain/security';
import type { Command, Envelope } from '../domain/commands';
import { dependentRefs, requiredRefs } from '../domain/decide';
import { holdingRef, jurisdictionRef, mergeSlices, type Refs, type Slice } from '../domain/slice';
import { requestRef, TransferRequestSchema, type TransferRequest } from '../domain/transfer-request';
import { TrustRegistrySchema } from '../domain/trust';
import { ConsortiumPolicySchema } from '../domain/consortium';
import { PendingChangeSchema } from '../domain/governance';
import { ProposalSchema, VoteSchema, voteRef, type Vote } from '../domain/proposal';
import { HoldSchema } from '../domain/hold';
import { SettlementSchema } from '../domain/settlement';
import { operatorRef, OperatorSchema, type Operator } from '../domain/operator';
import { DistributionSchema, payoutRef, PayoutSchema, type Payout } from '../domain/distribution';
import { FeedSchema } from '../domain/oracle/feed';
import { roundRef, RoundSchema, type Round } from '../domain/oracle/round';
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
    const [identities, securities, stats, holdings, jurisdictions, trust, requests, changes, consortium, proposals, votes, holds, settlements, operators, distributions, payouts, feeds, rounds, corporateActions, approvals] = await Promise.all([
      this.#many(refs.identities, (id) => keys.identity(this.stub, id), stateCodecs.identity),
      this.#many(refs.securities, (id) => keys.security(this.stub, id), stateCodecs.security),
      this.#many(refs.stats, (id) => keys.stats(this.stub, id), stateCodecs.stats),
      this.#holdings(refs.holdings),
      this.#jurisdictions(refs.jurisdictions),
      this.#many(refs.trust, () => keys.trustRegistry(this.stub), stateCodecs.trust),
      this.#requests(refs.requests),
      this.#many(refs.changes, (subject) => keys.consortiumChange(this.stub, subject), stateCodecs.consortiumChange),
      this.#many(refs.consortium, () => keys.consortiumPolicy(this.stub), stateCodecs.consortiumPolicy),
      this.#many(refs.proposals, (id) => keys.proposal(this.stub, id), stateCodecs.proposal),
      this.#votes(refs.votes),
      this.#many(refs.holds, (id) => keys.hold(this.stub, id), stateCodecs.hold),
      this.#many(refs.settlements, (id) => keys.settlement(this.stub, id), stateCodecs.settlement),
      this.#operators(refs.operators),
      this.#many(refs.distributions, (id) => keys.distribution(this.stub, id), stateCodecs.distribution),
      this.#payouts(refs.payouts),
      this.#many(refs.feeds, (id) => keys.oracleFeed(this.stub, id), stateCodecs.feed),
      this.#rounds(refs.rounds),
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

  async #many<T>(ids: readonly string[], key: (id: string) => string, c: Codec<T>): Promise<Record<string, T>> {
    const values = await Promise.all(ids.map((id) => this.get(key(id), c)));
    const out: Record<string, T> = {};
    ids.forEach((id, i) => {
      const value = values[i];
      if (value !== undefined) out[id] = value;
    });
    return out;
  }

  /** Trusted claim issuers, keyed by `partyRef` as in the slice. */
  async issuers(parties: readonly Party[]): Promise<Record<string, ClaimIssuer>> {
    const values = await Promise.all(parties.map((party) => this.get(keys.claimIssuer(this.stub, party), stateCodecs.issuer)));
    const out: Record<string, ClaimIssuer> = {};
    for (const issuer of values) if (issuer) out[partyRef(issuer)] = issuer;
    return out;
  }

  async #holdings(refs: Refs['holdings']): Promise<Record<string, Holding>> {
    const values = await Promise.all(refs.map(([sec, holder]) => this.get(keys.holding(this.stub, sec, holder), stateCodecs.holding)));
    const out: Record<string, Holding> = {};
    for (const h of values) if (h) out[holdingRef(h.securityId, h.holder)] = h;
    return out;
  }

  /** Holder counts per (security, jurisdiction), keyed by `jurisdictionRef` as in the slice; absent ones stay absent (0). */
  async #jurisdictions(refs: Refs['jurisdictions']): Promise<Record<string, JurisdictionHolders>> {
    const values = await Promise.all(refs.map(([sec, country]) => this.get(keys.jurisdictionHolders(this.stub, sec, country), stateCodecs.jurisdictionHolders)));
    const out: Record<string, JurisdictionHolders> = {};
    for (const count of values) if (count) out[jurisdictionRef(count.securityId, count.jurisdiction)] = count;
    return out;
  }

  async #requests(refs: Refs['requests']): Promise<Record<string, TransferRequest>> {
    const values = await Promise.all(refs.map(([sec, id]) => this.get(keys.transferRequest(this.stub, sec, id), stateCodecs.transferRequest)));
    const out: Record<string, TransferRequest> = {};
    for (const r of values) if (r) out[requestRef(r.securityId, r.id)] = r;
    return out;
  }

  async #votes(refs: Refs['votes']): Promise<Record<string, Vote>> {
    const values = await Promise.all(refs.map(([proposalId, voter]) => this.get(keys.vote(this.stub, proposalId, voter), stateCodecs.vote)));
    const out: Record<string, Vote> = {};
    for (const v of values) if (v) out[voteRef(v.proposalId, v.voter)] = v;
    return out;
  }

  async #operators(refs: Refs['operators']): Promise<Record<string, Operator>> {
    const values = await Promise.all(refs.map(([sec, holder, party]) => this.get(keys.operator(this.stub, sec, holder, party), stateCodecs.operator)));
    const out: Record<string, Operator> = {};
    for (const o of values) if (o) out[operatorRef(o.securityId, o.holder, o.operator)] = o;
    return out;
  }

  async #payouts(refs: Refs['payouts']): Promise<Record<string, Payout>> {
    const values = await Promise.all(refs.map(([distributionId, holder]) => this.get(keys.payout(this.stub, distributionId, holder), stateCodecs.payout)));
    const out: Record<string, Payout> = {};
    for (const p of values) if (p) out[payoutRef(p.distributionId, p.holder)] = p;
    return out;
  }

  async #rounds(refs: Refs['rounds']): Promise<Record<string, Round>> {
    const values = await Promise.all(refs.map(([feedId, roundId]) => this.get(keys.oracleRound(this.stub, feedId, roundId), stateCodecs.round)));
    const out: Record<string, Round> = {};
    for (const r of values) if (r) out[roundRef(r.feedId, r.roundId)] = r;
    return out;
  }

  #put<T>(key: string, c: Codec<T>, value: T): Promise<void> {
    return this.stub.putState(key, Buffer.from(c.stringify(value)));
  }
}

function isEmpty(refs: Refs): boolean {
  return Object.values(refs).every((ids: readonly unknown[]) => ids.length === 0);
}
