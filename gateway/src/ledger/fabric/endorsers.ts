import { GatewayError } from '@hyperledger/fabric-gateway';
import { decodeRejection } from '@st2/chaincode';

/** How long an org whose endorser failed is left out of later submits: short, so a recovered org soon endorses again. */
export const OUTAGE_MEMORY_MS = 5_000;

/**
 * Orgs whose endorser (peer or chaincode server) failed lately. A submit leaves them out of the orgs it
 * names, instead of paying a failed endorsement each time; after `ttlMs` an org is tried again.
 */
export class EndorserOutages {
  private readonly failedAt = new Map<string, number>();

  constructor(
    private readonly ttlMs = OUTAGE_MEMORY_MS,
    private readonly now: () => number = Date.now,
  ) {}

  failed(orgs: Iterable<string>): void {
    for (const org of orgs) this.failedAt.set(org, this.now());
  }

  /** The orgs that failed within the memory window. */
  down(): Set<string> {
    const since = this.now() - this.ttlMs;
    for (const [org, at] of this.failedAt) if (at <= since) this.failedAt.delete(org);
    return new Set(this.failedAt.keys());
  }
}

export interface EndorserChoice {
  /** The caller's org: its peer is the caller's gateway, and transient data is its own. */
  readonly callerOrg: string;
  /** The orgs whose peers endorse, in the connection profile's order. */
  readonly endorsers: readonly string[];
  /** Orgs to leave out: failed lately, or during this submit. */
  readonly down: ReadonlySet<string>;
  readonly transient: boolean;
}

/** The endorsement policy: a majority of the endorsing orgs (`/Channel/Application/Endorsement`). */
export function majorityOf(endorsers: readonly string[]): number {
  return Math.floor(endorsers.length / 2) + 1;
}

/**
 * The orgs a submit names as endorsers, or undefined to let the peer's gateway choose by discovery.
 *
 * - Plain submits: discovery while every endorser is healthy. With an org down, the healthy endorsers
 *   (the caller's first) if they still make a majority: the gateway's own plan starts with its local org
 *   and fails outright when that org's chaincode is down, and retries a dead remote org on every submit.
 *   All the healthy ones, not a bare majority: a write to an org's implicit collection must also carry
 *   that org's endorsement, which only discovery (or naming everyone) accounts for.
 * - Transient submits: the caller's org (its data; never dropped, so a write to its own collection fails
 *   fast rather than being ordered and invalidated), then the other healthy endorsers. Never more orgs than
 *   before an outage; fewer than all would risk leaving out an org whose collection the write touches,
 *   which the ledger client cannot see (Fabric's gateway knows it only from the simulation).
 */
export function chooseEndorsers({ callerOrg, endorsers, down, transient }: EndorserChoice): string[] | undefined {
  const callerEndorses = endorsers.includes(callerOrg);
  const others = endorsers.filter((org) => org !== callerOrg);
  if (transient) {
    const healthy = others.filter((org) => !down.has(org));
    const named = callerEndorses ? [callerOrg, ...healthy] : healthy;
    // Too few healthy to meet the policy: name them all, some may be back.
    return named.length >= majorityOf(endorsers) ? named : callerEndorses ? [callerOrg, ...others] : [...endorsers];
  }
  if (!endorsers.some((org) => down.has(org))) return undefined;
  const healthy = (callerEndorses ? [callerOrg, ...others] : others).filter((org) => !down.has(org));
  return healthy.length >= majorityOf(endorsers) ? healthy : undefined;
}

/**
 * The endorsers of a write whose transient data is private to `parties` (a custody settlement's owner
 * positions, which only the custodian and the counterparty's org need): the parties' endorsing orgs, when
 * they are all healthy and make a majority on their own, so that no other org's peer receives the data.
 * Otherwise undefined (the usual choice, which sends it to the other endorsers too).
 */
export function privateEndorsers(parties: readonly string[], endorsers: readonly string[], down: ReadonlySet<string>): string[] | undefined {
  const named = endorsers.filter((org) => parties.includes(org));
  if (named.some((org) => down.has(org)) || named.length < majorityOf(endorsers)) return undefined;
  return named;
}

/**
 * The orgs whose endorser could not simulate the proposal: the peer unreachable, or the peer unable to
 * reach its chaincode server. Not a chaincode's own answer (a refusal or any error it returned, which the
 * gateway reports as "chaincode response <status>"), nor endorsers that disagreed (a conflict to resubmit).
 */
export function unavailableOrgs(error: unknown): Set<string> {
  const orgs = new Set<string>();
  if (!(error instanceof GatewayError)) return orgs;
  for (const detail of error.details) {
    if (detail.mspId && isOutage(detail.message)) orgs.add(detail.mspId);
  }
  // The gateway found no live peer of a named org (gossip dropped it): it says so without details.
  const missing = /failed to find any endorsing peers for org\(s\): (.*)$/.exec(error.message)?.[1];
  for (const org of missing?.split(',') ?? []) orgs.add(org.trim());
  return orgs;
}

function isOutage(message: string): boolean {
  if (message.startsWith('chaincode response') || decodeRejection(message)) return false;
  return !message.includes(ENDORSEMENTS_DIFFER) && !message.includes('access denied');
}

/**
 * What a peer gateway says when endorsers returned different results: under load one peer can lag a
 * block behind another, so they read different versions. Nothing was ordered, and a resubmission is
 * simulated afresh, like after an MVCC conflict.
 */
export const ENDORSEMENTS_DIFFER = 'ProposalResponsePayloads do not match';
