import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { consortiumPolicyOf, type ConsortiumPolicy } from '@st2/chaincode';
import type { SerializedIdentity } from 'fabric-shim';
import { LedgerError, type Caller, type EventsOptions, type Ledger, type LedgerEvent, type LedgerReport, type Proposal, type SubmitResult } from '../ledger';
import { BlockCutter } from './block-cutter';
import { BlockLog, type ValidationCode } from './block-log';
import { CertificateAuthorities, UnknownOrgError } from './certificate-authority';
import { ChaincodeHost, type ContractClass } from './chaincode-host';
import { CollectionRegistry } from './collections';
import { CommitSignal } from './commit-signal';
import { Committer } from './committer';
import { Endorser, type Endorsement } from './endorser';
import { ledgerEvents, submittedPayload } from './ledger-events';
import { refusal } from './rejections';
import { openStorage, type Storage } from './storage';
import type { Topology } from './topology';
import { WorldState } from './world-state';

export interface EmbeddedLedgerOptions {
  /** Everything (state, private data, blocks, CA keys) persists in one LevelDB database here. */
  readonly directory: string;
  /**
   * The chaincode: fabric-contract-api contract classes, or (st2's `st2Contracts`) a function that binds
   * them to the consortium policy, which the ledger then supplies from the topology's orgs.
   */
  readonly contracts: readonly ContractClass[] | ((policy: ConsortiumPolicy) => readonly ContractClass[]);
  /** The parsed `network/topology.json`: channel, chaincode name, orgs, collections. */
  readonly topology: Topology;
  /** Source of transaction timestamps (ms); default `Date.now`. Tests move time with it. */
  readonly clock?: () => number;
  /** Most transactions per block; default 500. */
  readonly maxBlockSize?: number;
  /**
   * Longest a transaction waits for others to fill its block (ms), as Fabric's orderer BatchTimeout;
   * default DEFAULT_BATCH_TIMEOUT_MS. 0 cuts a block on the next turn of the event loop.
   */
  readonly batchTimeoutMs?: number;
  /** Committed entries kept in memory per state store; default 100,000. */
  readonly stateCacheSize?: number;
  /** The version `report()` gives the chaincode; default the version of the @st2/chaincode package this gateway runs. */
  readonly chaincodeVersion?: string;
}

/** The @st2/chaincode package's version: what the embedded ledger runs, compiled in (it has no chaincode definitions). */
function builtInChaincodeVersion(): string {
  return (createRequire(__filename)('@st2/chaincode/package.json') as { version: string }).version;
}

/** A committed block's place in the hash chain. */
export interface BlockHeader {
  readonly number: bigint;
  readonly previousHash: string;
  readonly dataHash: string;
  readonly hash: string;
  readonly transactionCount: number;
}

export interface TransactionStatus {
  readonly blockNumber: bigint;
  readonly txIndex: number;
  readonly validationCode: ValidationCode;
}

const DEFAULT_MAX_BLOCK_SIZE = 500;
/**
 * Chosen by measurement with `npm run bench:gateway` (README, Performance): a timeout doubles HTTP block
 * fill but on a machine with CPU to spare HTTP throughput did not rise with it, and a lone writer right
 * after a commit would wait it out; it paid off only with the gateway starved of CPU.
 */
export const DEFAULT_BATCH_TIMEOUT_MS = 0;
const DEFAULT_STATE_CACHE_SIZE = 100_000;

/**
 * Opens (creating if needed) an embedded ledger in `directory`. The block log is verified first:
 * a block altered on disk makes this throw a BlockVerificationError naming it.
 */
export async function openEmbeddedLedger(options: EmbeddedLedgerOptions): Promise<EmbeddedLedger> {
  const { maxBlockSize = DEFAULT_MAX_BLOCK_SIZE, batchTimeoutMs = DEFAULT_BATCH_TIMEOUT_MS, stateCacheSize = DEFAULT_STATE_CACHE_SIZE } = options;
  if (!Number.isInteger(maxBlockSize) || maxBlockSize < 1) throw new RangeError(`maxBlockSize must be a positive integer, got ${maxBlockSize}`);
  if (!Number.isFinite(batchTimeoutMs) || batchTimeoutMs < 0) throw new RangeError(`batchTimeoutMs must be a number of milliseconds >= 0, got ${batchTimeoutMs}`);
  if (!Number.isInteger(stateCacheSize) || stateCacheSize < 0) throw new RangeError(`stateCacheSize must be an integer >= 0, got ${stateCacheSize}`);
  await mkdir(options.directory, { recursive: true });
  const storage = await openStorage(options.directory);
  try {
    const blockLog = new BlockLog(storage.blocks, storage.transactions);
    await blockLog.verify();
    const authorities = await CertificateAuthorities.open(storage.identities, options.topology.orgs);
    return new EmbeddedLedger(options, storage, blockLog, authorities);
  } catch (error) {
    await storage.db.close();
    throw error;
  }
}

/**
 * A single-node Fabric in-process: endorse (simulate the real contracts through fabric-shim's
 * dispatch), order (cut blocks), validate (MVCC) and commit (one batch per block), with events.
 */
export class EmbeddedLedger implements Ledger {
  private readonly endorser: Endorser;
  private readonly cutter: BlockCutter;
  private readonly commits = new CommitSignal();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly options: EmbeddedLedgerOptions,
    private readonly storage: Storage,
    private readonly blockLog: BlockLog,
    private readonly authorities: CertificateAuthorities,
  ) {
    const { topology } = options;
    const state = new WorldState(storage, options.stateCacheSize ?? DEFAULT_STATE_CACHE_SIZE);
    this.endorser = new Endorser({
      host: new ChaincodeHost(typeof options.contracts === 'function' ? options.contracts(consortiumPolicyOf(topology.orgs)) : options.contracts, topology.chaincode),
      state,
      collections: CollectionRegistry.fromTopology(topology),
      channel: topology.channel,
      chaincode: topology.chaincode,
      clock: options.clock ?? Date.now,
    });
    const committer = new Committer(storage.db, state, blockLog);
    const cutting = { maxBlockSize: options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE, batchTimeoutMs: options.batchTimeoutMs ?? DEFAULT_BATCH_TIMEOUT_MS };
    this.cutter = new BlockCutter(cutting, async (endorsements) => {
      const block = await committer.commit(endorsements);
      this.commits.notify();
      return block;
    });
  }

  submit(caller: Caller, proposal: Proposal): Promise<SubmitResult> {
    return this.track(async () => {
      const endorsement = await this.endorse(caller, proposal, 'submit');
      const { block, index } = await this.cutter.order(endorsement).catch((error: unknown) => {
        throw new LedgerError('unavailable', 'ST2-UNAVAILABLE', `commit failed: ${errorMessage(error)}`, {}, endorsement.txId);
      });
      const validationCode = block.transactions[index]?.validationCode;
      if (validationCode !== 'VALID') {
        throw new LedgerError('mvcc-conflict', 'ST2-MVCC-CONFLICT', `transaction ${endorsement.txId} was invalidated at commit (${validationCode}): state it read changed before it was ordered; resubmit it`, { validationCode }, endorsement.txId);
      }
      return { txId: endorsement.txId, blockNumber: BigInt(block.number), result: endorsement.response.payload, payload: submittedPayload(endorsement.event) };
    });
  }

  evaluate(caller: Caller, proposal: Proposal): Promise<Uint8Array> {
    return this.track(async () => (await this.endorse(caller, proposal, 'query')).response.payload);
  }

  async *events(fromBlock: bigint, options: EventsOptions = {}): AsyncIterable<LedgerEvent> {
    if (fromBlock < 0n) throw new RangeError(`fromBlock must be >= 0, got ${fromBlock}`);
    const { signal } = options;
    let next = Number(fromBlock);
    while (!this.closed && !signal?.aborted) {
      if (next >= this.blockLog.height) {
        await this.commits.next(signal);
        continue;
      }
      const block = await this.blockLog.get(next).catch((error: unknown) => {
        if (this.closed) return undefined;
        throw error;
      });
      if (!block) return;
      yield* ledgerEvents(block);
      options.onBlock?.(BigInt(block.number));
      next++;
    }
  }

  /**
   * The embedded ledger is the member's only "peer": its height is the chain's, it is healthy while this
   * process runs, and its chaincode is the one compiled in, with no definition or sequence.
   */
  async report(): Promise<LedgerReport> {
    const { topology, chaincodeVersion } = this.options;
    return {
      backend: 'embedded',
      channel: topology.channel,
      chaincode: { name: topology.chaincode, version: chaincodeVersion ?? builtInChaincodeVersion(), sequence: null },
      peers: [{ org: 'embedded', name: 'embedded ledger', height: Number(await this.height()), healthy: true }],
    };
  }

  async height(): Promise<bigint> {
    return BigInt(this.blockLog.height);
  }

  async blockHeader(number: bigint): Promise<BlockHeader> {
    const block = await this.blockLog.get(Number(number));
    return { number, previousHash: block.previousHash, dataHash: block.dataHash, hash: block.hash, transactionCount: block.transactions.length };
  }

  /** The PEM certificate of an org's CA: what the org's MSP trusts for its members' certificates. */
  caCertificate(mspId: string): string {
    return this.authorities.caCertificate(mspId);
  }

  /** Where a transaction was committed and whether it was valid (Fabric's txId index). */
  async transactionStatus(txId: string): Promise<TransactionStatus | undefined> {
    const location = await this.blockLog.findTransaction(txId);
    return location && { blockNumber: BigInt(location.block), txIndex: location.index, validationCode: location.validationCode };
  }

  /** Lets submits and evaluations in progress finish, ends event iterators, closes the database. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      await this.cutter.idle();
      this.closed = true;
      this.commits.notify();
      await this.storage.db.close();
    })();
    return this.closing;
  }

  private async endorse(caller: Caller, proposal: Proposal, purpose: 'submit' | 'query'): Promise<Endorsement> {
    const endorsement = await this.endorser.endorse(await this.creator(caller), proposal, purpose);
    if (endorsement.response.status >= 400) throw refusal(endorsement.response, endorsement.txId);
    return endorsement;
  }

  private async creator(caller: Caller): Promise<SerializedIdentity> {
    try {
      return await this.authorities.identity(caller);
    } catch (error) {
      if (error instanceof UnknownOrgError) throw new LedgerError('rejected', 'ST2-UNAUTHORIZED', error.message, { org: caller.org });
      throw error;
    }
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new LedgerError('unavailable', 'ST2-UNAVAILABLE', 'the embedded ledger is closed'));
    const running = work();
    this.inFlight.add(running);
    const forget = () => this.inFlight.delete(running);
    running.then(forget, forget);
    return running;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
