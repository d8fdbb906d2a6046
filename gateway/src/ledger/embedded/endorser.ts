import { createHash, randomUUID } from 'node:crypto';
import type { SerializedIdentity } from 'fabric-shim';
import type { Proposal } from '../ledger';
import type { ChaincodeHost, ChaincodeResult } from './chaincode-host';
import type { CollectionRegistry } from './collections';
import { ReadWriteSet } from './read-write-set';
import { EmbeddedStub, type ChaincodeEvent } from './stub';
import type { WorldState } from './world-state';

/** The result of simulating a proposal: what the peer would sign and return to the client. */
export interface Endorsement {
  readonly txId: string;
  readonly creator: string;
  readonly timestamp: number;
  readonly response: ChaincodeResult;
  readonly rwset: ReadWriteSet;
  readonly event: ChaincodeEvent | undefined;
}

export interface EndorserOptions {
  readonly host: ChaincodeHost;
  readonly state: WorldState;
  readonly collections: CollectionRegistry;
  readonly channel: string;
  readonly chaincode: string;
  readonly clock: () => number;
}

/**
 * A Fabric peer holds a read lock on state while it simulates; here a block may commit while a
 * simulation awaits a read. Writes are safe anyway (MVCC invalidates a transaction that read a
 * changed key), but a refusal or a query answer computed from two states would be wrong, so those
 * are simulated again, a bounded number of times, until no commit interleaves.
 */
const CONSISTENT_VIEW_ATTEMPTS = 5;

/** Runs proposals against committed state through the chaincode, as an endorsing peer does. */
export class Endorser {
  constructor(private readonly options: EndorserOptions) {}

  /** `query` marks evaluations: their answer is all they produce, so it must come from one state. */
  async endorse(creator: SerializedIdentity, proposal: Proposal, purpose: 'submit' | 'query'): Promise<Endorsement> {
    const txId = transactionId(creator);
    // Whole milliseconds, as a Fabric client stamps its proposals (nanos is then a multiple of 1e6).
    const timestamp = Math.floor(this.options.clock());
    const args = [Buffer.from(proposal.fn), ...proposal.args.map((arg) => Buffer.from(arg))];
    const transient = new Map(Object.entries(proposal.transient ?? {}).map(([key, value]) => [key, Buffer.from(value)]));
    for (let attempt = 1; ; attempt++) {
      const commitsBefore = this.options.state.commitCount;
      const rwset = new ReadWriteSet(txId);
      const stub = new EmbeddedStub(
        { txId, channelId: this.options.channel, chaincodeName: this.options.chaincode, creator, args, transient, timestamp },
        this.options.state,
        this.options.collections,
        rwset,
      );
      const response = await this.options.host.invoke(stub);
      await stub.closeIterators();
      const mustBeConsistent = purpose === 'query' || response.status >= 400;
      if (!mustBeConsistent || commitsBefore === this.options.state.commitCount || attempt === CONSISTENT_VIEW_ATTEMPTS) {
        return { txId, creator: creator.mspid, timestamp, response, rwset, event: stub.chaincodeEvent };
      }
    }
  }
}

/**
 * As Fabric computes it: hex SHA-256 of a fresh nonce and the creator's identity. The nonce is a
 * random UUID, which Node draws from a pooled entropy buffer (randomBytes per call is far slower).
 */
function transactionId(creator: SerializedIdentity): string {
  return createHash('sha256').update(randomUUID()).update(creator.mspid).update(creator.idBytes).digest('hex');
}
