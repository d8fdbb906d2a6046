/**
 * The one interface the gateway (and the scenario suite) uses to reach a ledger.
 * Two implementations: `embedded` (in-process, LevelDB) and `fabric` (@hyperledger/fabric-gateway).
 * Everything above this line is backend-agnostic: same calls, same errors, same events.
 */

/** Who signs a transaction. On Fabric this is an X.509 identity of `org` carrying `st2.role` / `st2.id`. */
export interface Caller {
  /** MSP id of the caller's org, e.g. the value in network/topology.json. */
  readonly org: string;
  /** st2 role, carried as the `st2.role` certificate attribute. */
  readonly role: string;
  /** st2 identity id, carried as the `st2.id` certificate attribute. */
  readonly id: string;
}

/** A chaincode call: `contract:method` and string arguments, plus transient (private) data. */
export interface Proposal {
  readonly fn: string;
  readonly args: readonly string[];
  readonly transient?: Readonly<Record<string, Uint8Array>>;
  /**
   * The only orgs whose peers may endorse (and so see the transient data): for a write that touches
   * only those orgs' collections. Default: as many as the endorsement policy needs.
   */
  readonly endorsingOrgs?: readonly string[];
  /**
   * Orgs the transient data is private to (a trade's parties): they alone endorse when they can meet the
   * endorsement policy, all of them healthy; otherwise the usual choice (see `privateEndorsers`).
   */
  readonly privateTo?: readonly string[];
}

/** The chaincode event payload every st2 transaction emits under the name `st2`. */
export interface St2EventPayload {
  readonly v: 1;
  readonly events: readonly Record<string, unknown>[];
}

/** A committed, valid transaction as seen by an event listener. */
export interface LedgerEvent {
  readonly blockNumber: bigint;
  /** Position of the transaction in its block: (blockNumber, txIndex) orders every event. */
  readonly txIndex: number;
  readonly txId: string;
  readonly timestamp: number;
  readonly payload: St2EventPayload;
}

export interface SubmitResult {
  readonly txId: string;
  readonly blockNumber: bigint;
  /** The chaincode's return value. */
  readonly result: Uint8Array;
  /** The st2 event of the transaction (empty list if it emitted none). */
  readonly payload: St2EventPayload;
}

export interface EventsOptions {
  /** Stop iterating when aborted. */
  readonly signal?: AbortSignal;
  /**
   * Called once every event of a block has been yielded, for EVERY block (also one whose transactions were
   * all invalid or emitted nothing), before any event of a later block. A consumer needs it to know how far
   * it has read: from events alone, a trailing block with no valid st2 transaction would look unread forever.
   */
  readonly onBlock?: (blockNumber: bigint) => void;
}

export interface Ledger {
  /** Endorse, order and commit. Resolves once the transaction is committed valid; rejects with a LedgerError otherwise. */
  submit(caller: Caller, proposal: Proposal): Promise<SubmitResult>;
  /** Run a read-only query on this member's peer; nothing is ordered. */
  evaluate(caller: Caller, proposal: Proposal): Promise<Uint8Array>;
  /** Every valid st2 transaction from `fromBlock` (inclusive) on, in ledger order, then live ones as they commit. */
  events(fromBlock: bigint, options?: EventsOptions): AsyncIterable<LedgerEvent>;
  /** Height of the chain: number of the next block to be committed. */
  height(): Promise<bigint>;
  /** What a member's operators see of this ledger: its peers' heights and health, and the chaincode it runs. */
  report(): Promise<LedgerReport>;
  close(): Promise<void>;
}

/** One peer, or the embedded ledger standing in for the member's peers. */
export interface PeerReport {
  /** MSP id of the peer's org (the embedded ledger: `embedded`). */
  readonly org: string;
  readonly name: string;
  /** Chain height the peer answered, or null when it did not. */
  readonly height: number | null;
  /** The peer's operations endpoint answered /healthz with OK (the embedded ledger: it is this process). */
  readonly healthy: boolean;
  /** Why a figure is missing or unhealthy, in the peer's or the transport's words. */
  readonly problem?: string;
}

export interface ChaincodeReport {
  readonly name: string;
  /** The committed definition's version on Fabric; the chaincode package's version built into the embedded ledger. */
  readonly version: string | null;
  /** The committed definition's sequence on Fabric; null on the embedded ledger, which has no definitions. */
  readonly sequence: number | null;
  readonly problem?: string;
}

export interface LedgerReport {
  readonly backend: 'embedded' | 'fabric';
  readonly channel: string;
  readonly chaincode: ChaincodeReport;
  readonly peers: readonly PeerReport[];
}

/** Why a submit or evaluate failed, independent of the backend. */
export type LedgerErrorKind =
  /** The chaincode refused: `code` is its ST2-... reason code. */
  | 'rejected'
  /** The transaction was ordered but invalidated by MVCC (a read key changed before commit). Safe to retry. */
  | 'mvcc-conflict'
  /** Endorsement policy, ordering or transport failure. */
  | 'unavailable';

export class LedgerError extends Error {
  constructor(
    readonly kind: LedgerErrorKind,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly txId?: string,
  ) {
    super(message);
    this.name = 'LedgerError';
  }
}
