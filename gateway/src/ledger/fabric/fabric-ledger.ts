import * as grpc from '@grpc/grpc-js';
import { CommitStatusError, connect, hash, signers, type Contract, type Gateway, type Network, type Status, type Transaction } from '@hyperledger/fabric-gateway';
import { common } from '@hyperledger/fabric-protos';
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { EVENT_NAME, PRIVATE_QUERIES } from '@st2/chaincode';
import { LedgerError, type Caller, type EventsOptions, type Ledger, type LedgerEvent, type Proposal, type St2EventPayload, type SubmitResult } from '../ledger';
import { st2EventsOfBlock } from './block-events';
import type { FabricProfile, PeerConnection } from './connection-profile';
import { chooseEndorsers, EndorserOutages, privateEndorsers, unavailableOrgs } from './endorsers';
import { commitFailure, toLedgerError } from './errors';
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

/**
 * The Ledger on real Fabric peers through @hyperledger/fabric-gateway: one gRPC connection per peer
 * (each org's callers go through their own org's peer, as each member runs its own gateway), one
 * Gateway per caller identity, errors mapped to the same ST2 codes as the embedded backend.
 */
export class FabricLedger implements Ledger {
  private readonly clients = new Map<string, Promise<grpc.Client>>();
  private readonly gateways = new Map<string, Promise<Gateway>>();
  private readonly peerHeights = new PeerHeights((org) => this.peerHeight(org));
  private readonly outages = new EndorserOutages();
  private closed = false;

  constructor(private readonly options: FabricLedgerOptions) {}

  async submit(caller: Caller, proposal: Proposal): Promise<SubmitResult> {
    const contract = (await this.network(caller)).getContract(this.options.profile.chaincode);
    let txId: string | undefined;
    try {
      const transaction = await this.endorsed(contract, caller, proposal, (id) => (txId = id));
      txId = transaction.getTransactionId();
      const status = await this.committed(transaction);
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
   * is gone and no status would ever come. So the wait is cut every RESEND_AFTER_MS and the same signed
   * envelope is sent again, until the submit timeout. Resending cannot apply it twice: a transaction id
   * is valid in one block at most (a later copy is invalidated as DUPLICATE_TXID) and the commit status
   * is the first copy's.
   */
  private async committed(transaction: Transaction): Promise<Status> {
    const deadline = Date.now() + (this.options.submitTimeoutMs ?? DEFAULT_TIMEOUT_MS);
    const commit = await transaction.submit();
    for (;;) {
      try {
        return await commit.getStatus({ deadline: Math.min(deadline, Date.now() + RESEND_AFTER_MS) });
      } catch (error) {
        const waitedOut = error instanceof CommitStatusError && error.code === grpc.status.DEADLINE_EXCEEDED;
        if (!waitedOut || Date.now() >= deadline) throw error;
      }
      // A resend refused now (no Raft leader elected yet) leaves the next round to wait and resend again.
      await transaction.submit({ deadline }).catch(() => undefined);
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
    const qscc = (await this.network(this.options.reader)).getContract('qscc');
    const query = qscc.newProposal('GetChainInfo', { arguments: [this.options.profile.channel], endorsingOrganizations: [org] });
    const info = await query.evaluate({ deadline: Date.now() + PEER_SYNC_BOUND_MS });
    return BigInt(common.BlockchainInfo.deserializeBinary(info).getHeight());
  }

  /**
   * A query of public state goes where the caller's peer's gateway sends it: its own peer first, then,
   * should that fail to run the chaincode, another org's (Fabric's evaluator falls through to the next
   * peer). A query of private collections (or with transient data) runs on the caller's own org's peer
   * only: another org's peer must not even see whose private data is asked for.
   */
  async evaluate(caller: Caller, proposal: Proposal): Promise<Uint8Array> {
    const contract = (await this.network(caller)).getContract(this.options.profile.chaincode);
    const ownPeerOnly = proposal.transient !== undefined || PRIVATE_QUERIES.has(proposal.fn);
    try {
      return await contract.evaluate(proposal.fn, {
        arguments: [...proposal.args],
        ...(proposal.transient ? { transientData: { ...proposal.transient } } : {}),
        ...(ownPeerOnly ? { endorsingOrganizations: [caller.org] } : {}),
      });
    } catch (error) {
      throw toLedgerError(error);
    }
  }

  async *events(fromBlock: bigint, options: EventsOptions = {}): AsyncIterable<LedgerEvent> {
    const network = await this.network(this.options.reader);
    const blocks = await network.getBlockEvents({ startBlock: fromBlock });
    const stop = () => blocks.close();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const block of blocks) {
        if (options.signal?.aborted || this.closed) return;
        yield* st2EventsOfBlock(block, this.options.profile.chaincode, EVENT_NAME);
        options.onBlock?.(BigInt(block.getHeader()?.getNumber() ?? 0));
      }
    } catch (error) {
      if (options.signal?.aborted || this.closed) return;
      throw toLedgerError(error);
    } finally {
      options.signal?.removeEventListener('abort', stop);
      blocks.close();
    }
  }

  async height(): Promise<bigint> {
    const qscc = (await this.network(this.options.reader)).getContract('qscc');
    try {
      const info = common.BlockchainInfo.deserializeBinary(await qscc.evaluateTransaction('GetChainInfo', this.options.profile.channel));
      return BigInt(info.getHeight());
    } catch (error) {
      throw toLedgerError(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const gateway of this.gateways.values()) (await gateway.catch(() => undefined))?.close();
    for (const client of this.clients.values()) (await client.catch(() => undefined))?.close();
    this.gateways.clear();
    this.clients.clear();
  }

  private async network(caller: Caller): Promise<Network> {
    if (this.closed) throw new LedgerError('unavailable', 'ST2-UNAVAILABLE', 'the Fabric ledger connection is closed');
    const key = `${caller.org}\u0000${caller.role}\u0000${caller.id}`;
    let gateway = this.gateways.get(key);
    if (!gateway) {
      gateway = this.connect(caller);
      this.gateways.set(key, gateway);
      gateway.catch(() => this.gateways.delete(key));
    }
    return (await gateway).getNetwork(this.options.profile.channel);
  }

  private async connect(caller: Caller): Promise<Gateway> {
    const [client, identity] = await Promise.all([this.client(caller.org), this.options.identities(caller)]);
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

  private client(mspId: string): Promise<grpc.Client> {
    let client = this.clients.get(mspId);
    if (!client) {
      const peerConnection = this.options.profile.peers.get(mspId);
      if (!peerConnection) return Promise.reject(new LedgerError('rejected', 'ST2-UNAUTHORIZED', `no peer of organisation ${mspId} in the connection profile`, { org: mspId }));
      client = newClient(peerConnection);
      this.clients.set(mspId, client);
    }
    return client;
  }
}

async function newClient(connection: PeerConnection): Promise<grpc.Client> {
  const tlsRootCert = await readFile(connection.tlsRootCertPath);
  return new grpc.Client(connection.endpoint, grpc.credentials.createSsl(tlsRootCert), { 'grpc.ssl_target_name_override': connection.hostAlias });
}

function payloadOf(result: Uint8Array): St2EventPayload {
  const text = Buffer.from(result).toString('utf8');
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  return parsed && typeof parsed === 'object' && 'events' in parsed ? (parsed as St2EventPayload) : { v: 1, events: [] };
}
