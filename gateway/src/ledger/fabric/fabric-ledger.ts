import * as grpc from '@grpc/grpc-js';
import { CommitStatusError, connect, GatewayError, hash, signers, type CloseableAsyncIterable, type Contract, type Gateway, type Network, type Status, type Transaction } from '@hyperledger/fabric-gateway';
import { common } from '@hyperledger/fabric-protos';
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_NAME, PRIVATE_QUERIES } from '@st2/chaincode';
import { LedgerError, type Caller, type EventsOptions, type Ledger, type LedgerEvent, type LedgerReport, type Proposal, type St2EventPayload, type SubmitResult } from '../ledger';
import { st2EventsOfBlock } from './block-events';
import type { FabricProfile, PeerConnection } from './connection-profile';
import { chooseEndorsers, EndorserOutages, privateEndorsers, unavailableOrgs } from './endorsers';
import { commitFailure, toLedgerError } from './errors';
import { OrgPeers, peerUnreachable } from './org-peers';
import { chaincodeReport, peerReport } from './network-report';
import { PeerHeights } from './peer-heights';

/** How long a submit waits for the other endorsing peers to commit its block, and how often it looks. */
const PEER_SYNC_BOUND_MS = 5_000;
const PEER_SYNC_POLL_MS = 10;

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * How long a submit waits for its commit before sending the same signed transaction to the ordering
 * service again. Well above a commit's usual latency (one BatchTimeout, a few hundred ms), short
 * enough that a transaction lost with a dying Raft leader is ordered again within seconds.
 */
const RESEND_AFTER_MS = 4_000;

/** An X.509 identity (PEM) for a caller: issued by its org's CA with `st2.role` / `st2.id` attributes. */
export type IdentityProvider = (caller: Caller) => Promise<{ readonly certificate: string; readonly privateKey: string }>;

export interface FabricLedgerOptions {
  readonly profile: FabricProfile;
  readonly identities: IdentityProvider;
  /** Who reads blocks and chain height: any channel member. */
  readonly reader: Caller;
  readonly endorseTimeoutMs?: number;
  readonly submitTimeoutMs?: number;
}

/** Longest pause between gRPC's attempts to reconnect to a peer that is down. */
const MAX_RECONNECT_BACKOFF_MS = 5_000;

/**
 * How often a proposal whose endorsement timed out is endorsed again. A peer that died is still in gossip's
 * membership until its alive-expiration timeout, and the org's peer gateway may choose it and wait out its
 * endorsement timeout; by then the dead peer is dropped and the next choice is a live one. Nothing was ordered.
 */
const ENDORSE_TIMEOUT_RETRIES = 1;

function endorseTimedOut(error: unknown): boolean {
  return error instanceof GatewayError && error.code === grpc.status.DEADLINE_EXCEEDED;
}

/** How long a commit-status wait pauses after losing its peer before asking the org's next one. */
const PEER_LOST_PAUSE_MS = 250;

/**
 * The Ledger on real Fabric peers through @hyperledger/fabric-gateway: one gRPC connection per peer
 * (each org's callers go through their own org's peers, as each member runs its own gateway: the first
 * peer that answers, see OrgPeers), one Gateway per caller identity and peer, errors mapped to the same
 * ST2 codes as the embedded backend.
 */
export class FabricLedger implements Ledger {
  private readonly clients = new Map<string, Promise<grpc.Client>>();
  private readonly gateways = new Map<string, Promise<Gateway>>();
  private readonly peerHeights = new PeerHeights((org) => this.peerHeight(org));
  private readonly outages = new EndorserOutages();
  private readonly orgPeers: OrgPeers;
  private closed = false;

  constructor(private readonly options: FabricLedgerOptions) {
    this.orgPeers = new OrgPeers(options.profile.peers);
  }

  async submit(caller: Caller, proposal: Proposal): Promise<SubmitResult> {
    let txId: string | undefined;
    try {
      const transaction = await this.onOrgPeer(caller, (network) => this.endorsed(network.getContract(this.options.profile.chaincode), caller, proposal, (id) => (txId = id)));
      txId = transaction.getTransactionId();
      const status = await this.committed(caller, transaction);
      if (!status.successful) throw commitFailure(txId, status.code);
      await this.untilEndorsersHave(caller.org, status.blockNumber);
      const result = transaction.getResult();
      return { txId, blockNumber: status.blockNumber, result, payload: payloadOf(result) };
    } catch (error) {
      throw toLedgerError(error, txId);
    }
  }

  /**
   * Endorses the proposal with orgs that can meet the policy. When some orgs' endorsers cannot simulate it
   * (peer or chaincode server down), they are remembered briefly and the same proposal is endorsed again
   * without them, as long as the others still make a majority: nothing was ordered, so it is safe. Each
   * round leaves out at least one more org, so this ends. A proposal naming its own orgs, or a transient
   * one whose caller's org failed, is not sent elsewhere. `attempt` learns each round's transaction id.
   */
  private async endorsed(contract: Contract, caller: Caller, proposal: Proposal, attempt: (txId: string) => void): Promise<Transaction> {
    const down = this.outages.down();
    let timeouts = 0;
    for (;;) {
      const endorsingOrganizations = this.endorsersFor(caller, proposal, down);
      const unsigned = contract.newProposal(proposal.fn, {
        arguments: [...proposal.args],
        ...(proposal.transient ? { transientData: { ...proposal.transient } } : {}),
        ...(endorsingOrganizations ? { endorsingOrganizations } : {}),
      });
      attempt(unsigned.getTransactionId());
      try {
        return await unsigned.endorse();
      } catch (error) {
        const failed = [...unavailableOrgs(error)].filter((org) => !down.has(org));
        if (failed.length === 0 && endorseTimedOut(error) && timeouts++ < ENDORSE_TIMEOUT_RETRIES) continue;
        if (failed.length === 0) throw error;
        this.outages.failed(failed);
        for (const org of failed) down.add(org);
        const next = this.endorsersFor(caller, proposal, down);
        if (!next || next.some((org) => failed.includes(org))) throw error;
      }
    }
  }

  /** A proposal that names its endorsing orgs (a write to those orgs' collections only) goes to them alone; see chooseEndorsers. */
  private endorsersFor(caller: Caller, proposal: Proposal, down: ReadonlySet<string>): string[] | undefined {
    if (proposal.endorsingOrgs) return [...proposal.endorsingOrgs];
    const parties = proposal.privateTo && privateEndorsers(proposal.privateTo, this.options.profile.endorsers, down);
    if (parties) return parties;
    return chooseEndorsers({ callerOrg: caller.org, endorsers: this.options.profile.endorsers, down, transient: proposal.transient !== undefined });
  }

  /**
   * Sends the endorsed transaction for ordering and waits for its commit status. A Raft leader
   * acknowledges a transaction before replicating it: if the leader dies in between, the transaction
   * is gone and no status would ever come. So the wait is cut every RESEND_AFTER_MS and the same
   * transaction is sent again, until the submit timeout; so it is when the caller's peer goes away while
   * it waits, through the org's next peer. Resending cannot apply it twice: a transaction id is valid in
   * one block at most (a later copy is invalidated as DUPLICATE_TXID) and the commit status is the first
   * copy's, whichever of the org's peers reports it.
   */
  private async committed(caller: Caller, transaction: Transaction): Promise<Status> {
    const deadline = Date.now() + (this.options.submitTimeoutMs ?? DEFAULT_TIMEOUT_MS);
    const bytes = transaction.getBytes();
    const send = () => this.onOrgPeer(caller, async (_network, gateway, peer) => ({ commit: await gateway.newTransaction(bytes).submit({ deadline }), peer }));
    let sent = await send();
    for (;;) {
      try {
        return await sent.commit.getStatus({ deadline: Math.min(deadline, Date.now() + RESEND_AFTER_MS) });
      } catch (error) {
        const waitedOut = error instanceof CommitStatusError && error.code === grpc.status.DEADLINE_EXCEEDED;
        const peerLost = peerUnreachable(error);
        if (!(waitedOut || peerLost) || Date.now() >= deadline) throw error;
        if (peerLost) {
          this.orgPeers.unreachable(caller.org, sent.peer);
          await sleep(PEER_LOST_PAUSE_MS);
        }
      }
      // A resend refused now (no Raft leader elected yet, no peer of the org up) leaves the next round to wait and resend again.
      sent = await send().catch(() => sent);
    }
  }

  /**
   * The caller's own peer reported the commit; the other endorsing peers commit the same block a moment
   * later. The caller's next transaction may be endorsed by any of them and must see this one's writes
   * (a claim right after the registration it needs), so a submit returns once every endorsing org's peer
   * holds the block: usually at the first look, often without one (PeerHeights). Bounded, so a peer that
   * is down never stalls writes.
   */
  private async untilEndorsersHave(committedBy: string, blockNumber: bigint): Promise<void> {
    const deadline = Date.now() + PEER_SYNC_BOUND_MS;
    const others = this.options.profile.endorsers.filter((org) => org !== committedBy);
    await Promise.all(others.map((org) => this.peerHeights.until(org, blockNumber, deadline, PEER_SYNC_POLL_MS)));
  }

  /** One org's peer's chain height (qscc GetChainInfo through that peer). */
  private async peerHeight(org: string): Promise<bigint> {
    const info = await this.onOrgPeer(this.options.reader, (network) =>
      network.getContract('qscc').newProposal('GetChainInfo', { arguments: [this.options.profile.channel], endorsingOrganizations: [org] }).evaluate({ deadline: Date.now() + PEER_SYNC_BOUND_MS }),
    );
    return BigInt(common.BlockchainInfo.deserializeBinary(info).getHeight());
  }

  /**
   * A query of public state goes where the caller's peer's gateway sends it: its own peer first, then,
   * should that fail to run the chaincode, another org's (Fabric's evaluator falls through to the next
   * peer). A query of private collections (or with transient data) runs on the caller's own org's peer
   * only: another org's peer must not even see whose private data is asked for.
   */
  async evaluate(caller: Caller, proposal: Proposal): Promise<Uint8Array> {
    const ownPeerOnly = proposal.transient !== undefined || PRIVATE_QUERIES.has(proposal.fn);
    try {
      return await this.onOrgPeer(caller, (network) =>
        network.getContract(this.options.profile.chaincode).evaluate(proposal.fn, {
          arguments: [...proposal.args],
          ...(proposal.transient ? { transientData: { ...proposal.transient } } : {}),
          ...(ownPeerOnly ? { endorsingOrganizations: [caller.org] } : {}),
        }),
      );
    } catch (error) {
      throw toLedgerError(error);
    }
  }

  /**
   * Blocks from `fromBlock` on, read through the reader's org's peer in use. Any error ends the stream
   * and moves the reader's org on to its next peer, so the caller's next `events` (from its checkpoint)
   * reads from a peer that is up; the error names the peer that failed.
   */
  async *events(fromBlock: bigint, options: EventsOptions = {}): AsyncIterable<LedgerEvent> {
    const { org } = this.options.reader;
    const peer = this.orgPeerOf(org);
    let blocks: CloseableAsyncIterable<common.Block> | undefined;
    const stop = () => blocks?.close();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      blocks = await (await this.gateway(this.options.reader, peer)).getNetwork(this.options.profile.channel).getBlockEvents({ startBlock: fromBlock });
      for await (const block of blocks) {
        if (options.signal?.aborted || this.closed) return;
        yield* st2EventsOfBlock(block, this.options.profile.chaincode, EVENT_NAME);
        options.onBlock?.(BigInt(block.getHeader()?.getNumber() ?? 0));
      }
    } catch (error) {
      if (options.signal?.aborted || this.closed) return;
      this.orgPeers.unreachable(org, peer);
      const failure = toLedgerError(error);
      throw new LedgerError(failure.kind, failure.code, `reading blocks from ${peer.hostAlias} (${peer.endpoint}): ${failure.message}`, { ...failure.details, peer: peer.hostAlias });
    } finally {
      options.signal?.removeEventListener('abort', stop);
      blocks?.close();
    }
  }

  async height(): Promise<bigint> {
    try {
      const info = await this.onOrgPeer(this.options.reader, (network) => network.getContract('qscc').evaluateTransaction('GetChainInfo', this.options.profile.channel));
      return BigInt(common.BlockchainInfo.deserializeBinary(info).getHeight());
    } catch (error) {
      throw toLedgerError(error);
    }
  }

  /** Every peer of the profile, each asked through its own connection, and the chaincode definition the reader's peer holds. */
  async report(): Promise<LedgerReport> {
    const { profile, reader } = this.options;
    const peers = [...profile.peers.values()].flat();
    const [chaincode, reports] = await Promise.all([
      chaincodeReport(profile.chaincode, profile.channel, () => this.gateway(reader, this.orgPeerOf(reader.org))),
      Promise.all(peers.map((peer) => peerReport(peer, profile.channel, () => this.gateway(reader, peer)))),
    ]);
    return { backend: 'fabric', channel: profile.channel, chaincode, peers: reports };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const gateway of this.gateways.values()) (await gateway.catch(() => undefined))?.close();
    for (const client of this.clients.values()) (await client.catch(() => undefined))?.close();
    this.gateways.clear();
    this.clients.clear();
  }

  /**
   * Runs `call` through the caller's org's peer in use; when that peer cannot be reached (killed,
   * restarting), through the org's next one, each peer at most once. Only for calls that are safe to
   * repeat: an evaluation, an endorsement (nothing is ordered), a send of the same signed transaction.
   */
  private async onOrgPeer<T>(caller: Caller, call: (network: Network, gateway: Gateway, peer: PeerConnection) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const peer = this.orgPeerOf(caller.org);
      const gateway = await this.gateway(caller, peer);
      try {
        return await call(gateway.getNetwork(this.options.profile.channel), gateway, peer);
      } catch (error) {
        if (!peerUnreachable(error)) throw error;
        this.orgPeers.unreachable(caller.org, peer);
        if (attempt >= this.orgPeers.count(caller.org)) throw error;
      }
    }
  }

  private orgPeerOf(org: string): PeerConnection {
    if (this.closed) throw new LedgerError('unavailable', 'ST2-UNAVAILABLE', 'the Fabric ledger connection is closed');
    const peer = this.orgPeers.current(org);
    if (!peer) throw new LedgerError('rejected', 'ST2-UNAUTHORIZED', `no peer of organisation ${org} in the connection profile`, { org });
    return peer;
  }

  private gateway(caller: Caller, peer: PeerConnection): Promise<Gateway> {
    const key = `${peer.endpoint}\u0000${caller.org}\u0000${caller.role}\u0000${caller.id}`;
    let gateway = this.gateways.get(key);
    if (!gateway) {
      gateway = this.connect(caller, peer);
      this.gateways.set(key, gateway);
      gateway.catch(() => this.gateways.delete(key));
    }
    return gateway;
  }

  private async connect(caller: Caller, peer: PeerConnection): Promise<Gateway> {
    const [client, identity] = await Promise.all([this.client(peer), this.options.identities(caller)]);
    const { endorseTimeoutMs = DEFAULT_TIMEOUT_MS, submitTimeoutMs = DEFAULT_TIMEOUT_MS } = this.options;
    return connect({
      client,
      identity: { mspId: caller.org, credentials: Buffer.from(identity.certificate) },
      signer: signers.newPrivateKeySigner(createPrivateKey(identity.privateKey)),
      hash: hash.sha256,
      evaluateOptions: () => ({ deadline: Date.now() + endorseTimeoutMs }),
      endorseOptions: () => ({ deadline: Date.now() + endorseTimeoutMs }),
      submitOptions: () => ({ deadline: Date.now() + submitTimeoutMs }),
      commitStatusOptions: () => ({ deadline: Date.now() + submitTimeoutMs }),
    });
  }

  private client(peer: PeerConnection): Promise<grpc.Client> {
    let client = this.clients.get(peer.endpoint);
    if (!client) {
      client = newClient(peer);
      this.clients.set(peer.endpoint, client);
    }
    return client;
  }
}

async function newClient(connection: PeerConnection): Promise<grpc.Client> {
  const tlsRootCert = await readFile(connection.tlsRootCertPath);
  // A peer that went away is dialled again within seconds of its return (gRPC's default back-off grows to 2 minutes).
  return new grpc.Client(connection.endpoint, grpc.credentials.createSsl(tlsRootCert), { 'grpc.ssl_target_name_override': connection.hostAlias, 'grpc.max_reconnect_backoff_ms': MAX_RECONNECT_BACKOFF_MS });
}

function payloadOf(result: Uint8Array): St2EventPayload {
  const text = Buffer.from(result).toString('utf8');
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  return parsed && typeof parsed === 'object' && 'events' in parsed ? (parsed as St2EventPayload) : { v: 1, events: [] };
}
