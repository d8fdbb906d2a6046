import Long from 'long';
import { ChaincodeStub as ShimChaincodeStub } from 'fabric-shim';
import type { ChaincodeProposal, ChaincodeResponse, ChaincodeStub, Iterators, SerializedIdentity, SplitCompositekey, StateQueryResponse, Timestamp } from 'fabric-shim';
import type { CollectionRegistry } from './collections';
import { iterablePromise, StateQueryIterator } from './query-iterator';
import type { ReadWriteSet } from './read-write-set';
import type { Versioned } from './version';
import { PUBLIC_NAMESPACE, type WorldState } from './world-state';

// The real stub's key-space constants (fabric-shim/lib/stub.js).
const MAX_UNICODE_RUNE_VALUE = '\u{10ffff}';
const COMPOSITEKEY_NS = '\u0000';
const EMPTY_KEY_SUBSTITUTE = '\u0001';

/** Everything the peer knows about a proposal before running it. */
export interface TransactionContext {
  readonly txId: string;
  readonly channelId: string;
  /** Chaincode name: the namespace of every key it touches. */
  readonly chaincodeName: string;
  readonly creator: SerializedIdentity;
  /** `contract:method` followed by the arguments. */
  readonly args: readonly Buffer[];
  readonly transient: ReadonlyMap<string, Buffer>;
  /** Client timestamp of the proposal, in milliseconds (Fabric clients set it with millisecond precision). */
  readonly timestamp: number;
}

export interface ChaincodeEvent {
  readonly name: string;
  readonly payload: Buffer;
}

type StateIterable = Promise<Iterators.StateQueryIterator> & AsyncIterable<Iterators.KV>;
type PageIterable = Promise<StateQueryResponse<Iterators.StateQueryIterator>> & AsyncIterable<Iterators.KV>;

export class NotSupportedError extends Error {
  override readonly name = 'NotSupportedError';

  constructor(method: string, why: string) {
    super(`${method} is not supported by the embedded ledger: ${why}`);
  }
}

/**
 * The ChaincodeStub the contracts run against in-process. Reads go to committed state only and
 * are recorded with their versions; writes are only recorded: nothing reaches the world state
 * before the transaction is ordered, validated and committed. Shapes match fabric-shim 2.5.8.
 */
export class EmbeddedStub implements ChaincodeStub {
  private readonly stringArgs: string[];
  private readonly bufferArgs: Buffer[];
  private readonly transientMap: Map<string, Uint8Array>;
  private readonly openIterators = new Set<StateQueryIterator>();
  private event: ChaincodeEvent | undefined;

  constructor(
    private readonly tx: TransactionContext,
    private readonly state: WorldState,
    private readonly collections: CollectionRegistry,
    private readonly rwset: ReadWriteSet,
  ) {
    this.bufferArgs = [...tx.args];
    this.stringArgs = this.bufferArgs.map((arg) => arg.toString());
    this.transientMap = new Map(tx.transient);
  }

  /** The transaction's one chaincode event: the last `setEvent` wins, as on Fabric. */
  get chaincodeEvent(): ChaincodeEvent | undefined {
    return this.event;
  }

  /** Closes the query iterators the chaincode left open, as the peer does when a transaction ends. */
  async closeIterators(): Promise<void> {
    await Promise.all([...this.openIterators].map((iterator) => iterator.close()));
    this.openIterators.clear();
  }

  getArgs(): string[] {
    return this.stringArgs;
  }

  getStringArgs(): string[] {
    return this.stringArgs;
  }

  getBufferArgs(): Buffer[] {
    return this.bufferArgs;
  }

  getFunctionAndParameters(): { params: string[]; fcn: string } {
    const [fcn = '', ...params] = this.stringArgs;
    return { fcn, params };
  }

  getTxID(): string {
    return this.tx.txId;
  }

  getChannelID(): string {
    return this.tx.channelId;
  }

  getCreator(): SerializedIdentity {
    return this.tx.creator;
  }

  /** The executing peer's MSP: each org's clients are served by that org's own peer. */
  getMspID(): string {
    return this.tx.creator.mspid;
  }

  getTransient(): Map<string, Uint8Array> {
    return this.transientMap;
  }

  getSignedProposal(): ChaincodeProposal.SignedProposal {
    throw new NotSupportedError('getSignedProposal', 'there is no signed proposal in-process');
  }

  /** `{ nanos, seconds: Long (unsigned) }`, exactly as the real stub builds it from the channel header. */
  getTxTimestamp(): Timestamp {
    const { seconds, nanos } = this.timestampParts();
    return { nanos, seconds: Long.fromNumber(seconds, true) };
  }

  /** google-protobuf's `Timestamp.toDate()`: seconds * 1000 + nanos / 1e6. */
  getDateTimestamp(): Date {
    const { seconds, nanos } = this.timestampParts();
    return new Date(seconds * 1000 + nanos / 1000000);
  }

  getBinding(): string {
    throw new NotSupportedError('getBinding', 'there is no signed proposal (nonce) in-process');
  }

  /** An absent key reads as an empty buffer, as on Fabric. */
  async getState(key: string): Promise<Uint8Array> {
    return this.readKey(PUBLIC_NAMESPACE, key);
  }

  async putState(key: string, value: Uint8Array | string): Promise<void> {
    this.writeKey(PUBLIC_NAMESPACE, key, value);
  }

  async deleteState(key: string): Promise<void> {
    requireKey(key);
    this.rwset.write(PUBLIC_NAMESPACE, key, undefined);
  }

  async setStateValidationParameter(): Promise<void> {
    throw new NotSupportedError('setStateValidationParameter', 'there are no endorsement policies in-process');
  }

  async getStateValidationParameter(): Promise<Uint8Array> {
    throw new NotSupportedError('getStateValidationParameter', 'there are no endorsement policies in-process');
  }

  getStateByRange(startKey: string, endKey: string): StateIterable {
    const start = startKey || EMPTY_KEY_SUBSTITUTE;
    return iterablePromise(
      (async () => {
        validateSimpleKeys(start, endKey);
        return this.validatedRange(start, endKey);
      })(),
      (iterator) => iterator,
    );
  }

  getStateByRangeWithPagination(startKey: string, endKey: string, pageSize: number, bookmark?: string): PageIterable {
    const start = startKey || EMPTY_KEY_SUBSTITUTE;
    return iterablePromise(
      (async () => {
        validateSimpleKeys(start, endKey);
        return this.page(start, endKey, pageSize, bookmark);
      })(),
      (response) => response.iterator,
    );
  }

  getStateByPartialCompositeKey(objectType: string, attributes: string[]): StateIterable {
    return iterablePromise(
      (async () => {
        const prefix = this.createCompositeKey(objectType, attributes);
        return this.validatedRange(prefix, prefix + MAX_UNICODE_RUNE_VALUE);
      })(),
      (iterator) => iterator,
    );
  }

  getStateByPartialCompositeKeyWithPagination(objectType: string, attributes: string[], pageSize: number, bookmark?: string): PageIterable {
    return iterablePromise(
      (async () => {
        const prefix = this.createCompositeKey(objectType, attributes);
        return this.page(prefix, prefix + MAX_UNICODE_RUNE_VALUE, pageSize, bookmark);
      })(),
      (response) => response.iterator,
    );
  }

  getQueryResult(): StateIterable {
    return unsupportedQuery('getQueryResult');
  }

  getQueryResultWithPagination(): PageIterable {
    return unsupportedQuery('getQueryResultWithPagination');
  }

  getHistoryForKey(): Promise<Iterators.HistoryQueryIterator> & AsyncIterable<Iterators.KeyModification> {
    return rejectedIterable(new NotSupportedError('getHistoryForKey', 'no history database is kept'));
  }

  async invokeChaincode(): Promise<ChaincodeResponse> {
    throw new NotSupportedError('invokeChaincode', 'the embedded ledger hosts a single chaincode');
  }

  setEvent(name: string, payload: Uint8Array): void {
    if (typeof name !== 'string' || name === '') throw new Error('Event name must be a non-empty string');
    this.event = { name, payload: Buffer.from(payload) };
  }

  /** fabric-shim's own implementation, so keys are byte-identical to those written on Fabric. */
  createCompositeKey(objectType: string, attributes: string[]): string {
    return ShimChaincodeStub.prototype.createCompositeKey(objectType, attributes);
  }

  splitCompositeKey(compositeKey: string): SplitCompositekey {
    return ShimChaincodeStub.prototype.splitCompositeKey(compositeKey);
  }

  async getPrivateData(collection: string, key: string): Promise<Uint8Array> {
    requireCollectionAndKey(collection, key);
    this.collections.assertReadable(collection, this.getMspID());
    return this.readKey(collection, key);
  }

  /** Any org may read the hash: every Fabric peer holds the hashes of every collection. */
  async getPrivateDataHash(collection: string, key: string): Promise<Uint8Array> {
    requireCollectionAndKey(collection, key);
    this.collections.assertDefined(collection);
    const found = this.state.readPrivateHash(collection, key);
    this.rwset.recordRead(collection, key, found?.version);
    return found ? Buffer.from(found.value) : Buffer.alloc(0);
  }

  /** Allowed to non-members, as on Fabric: the endorsing peer only needs the hash. */
  async putPrivateData(collection: string, key: string, value: Uint8Array | string): Promise<void> {
    requireCollectionAndKey(collection, key);
    if (!value) throw new Error('value must be valid');
    this.collections.assertDefined(collection);
    this.writeKey(collection, key, value);
  }

  async deletePrivateData(collection: string, key: string): Promise<void> {
    requireCollectionAndKey(collection, key);
    this.collections.assertDefined(collection);
    this.rwset.write(collection, key, undefined);
  }

  /** Purge removes a key and its history; the embedded ledger keeps no private history, so it is a delete. */
  async purgePrivateData(collection: string, key: string): Promise<void> {
    await this.deletePrivateData(collection, key);
  }

  async setPrivateDataValidationParameter(): Promise<void> {
    throw new NotSupportedError('setPrivateDataValidationParameter', 'there are no endorsement policies in-process');
  }

  async getPrivateDataValidationParameter(): Promise<Uint8Array> {
    throw new NotSupportedError('getPrivateDataValidationParameter', 'there are no endorsement policies in-process');
  }

  getPrivateDataByRange(collection: string, startKey: string, endKey: string): StateIterable {
    return iterablePromise(this.privateRange(collection, startKey || EMPTY_KEY_SUBSTITUTE, endKey), (iterator) => iterator);
  }

  getPrivateDataByPartialCompositeKey(collection: string, objectType: string, attributes: string[]): StateIterable {
    return iterablePromise(
      (async () => {
        const prefix = this.createCompositeKey(objectType, attributes);
        return this.privateRange(collection, prefix, prefix + MAX_UNICODE_RUNE_VALUE);
      })(),
      (iterator) => iterator,
    );
  }

  getPrivateDataQueryResult(): StateIterable {
    return unsupportedQuery('getPrivateDataQueryResult');
  }

  private timestampParts(): { seconds: number; nanos: number } {
    const seconds = Math.floor(this.tx.timestamp / 1000);
    return { seconds, nanos: (this.tx.timestamp - seconds * 1000) * 1000000 };
  }

  /** A copy each time, as the real shim's: the chaincode may change what it gets, the state cache must not change. */
  private readKey(ns: string, key: string): Buffer {
    const found = this.state.read(ns, key);
    this.rwset.recordRead(ns, key, found?.version);
    return found ? Buffer.from(found.value) : Buffer.alloc(0);
  }

  /** Fabric records a write of an empty value as a delete. */
  private writeKey(ns: string, key: string, value: Uint8Array | string): void {
    requireKey(key);
    // A copy: the chaincode may reuse its buffer after the call.
    const bytes = typeof value === 'string' ? Buffer.from(value) : Buffer.from(value);
    this.rwset.write(ns, key, bytes.length === 0 ? undefined : bytes);
  }

  /** A range the validator re-runs: every consumed result's version is recorded (phantom detection). */
  private validatedRange(startKey: string, endKey: string): Iterators.StateQueryIterator {
    const range = this.rwset.recordRange(PUBLIC_NAMESPACE, startKey, endKey);
    return this.track(
      new StateQueryIterator(this.state.range(PUBLIC_NAMESPACE, startKey, endKey), this.tx.chaincodeName, {
        onResult: (key, entry) => range.results.push({ key, version: entry.version }),
        onExhausted: () => {
          range.exhausted = true;
        },
      }),
    );
  }

  /** Fabric re-runs no paginated query at validation, so it allows them only in read-only transactions. */
  private async page(startKey: string, endKey: string, pageSize: number, bookmark: string | undefined): Promise<StateQueryResponse<Iterators.StateQueryIterator>> {
    this.rwset.becomeQueryOnly('paginated query');
    const entries: [string, Versioned][] = [];
    let next = '';
    for await (const entry of this.state.range(PUBLIC_NAMESPACE, bookmark || startKey, endKey)) {
      if (entries.length === pageSize) {
        next = entry[0];
        break;
      }
      entries.push(entry);
    }
    return {
      iterator: new StateQueryIterator(arrayIterator(entries), this.tx.chaincodeName),
      metadata: { fetchedRecordsCount: entries.length, bookmark: next },
    };
  }

  private async privateRange(collection: string, startKey: string, endKey: string): Promise<Iterators.StateQueryIterator> {
    if (!collection || typeof collection !== 'string') throw new Error('collection must be a valid string');
    this.collections.assertReadable(collection, this.getMspID());
    this.rwset.becomeQueryOnly('private data query');
    return this.track(new StateQueryIterator(this.state.range(collection, startKey, endKey), this.tx.chaincodeName));
  }

  private track(iterator: StateQueryIterator): StateQueryIterator {
    this.openIterators.add(iterator);
    return iterator;
  }
}

function requireKey(key: string): void {
  if (!key || typeof key !== 'string') throw new Error('key must not be an empty string');
}

/** The real stub's argument checks for private data calls, with its messages. */
function requireCollectionAndKey(collection: string, key: string): void {
  if (!collection || typeof collection !== 'string') throw new Error('collection must be a valid string');
  if (!key || typeof key !== 'string') throw new Error('key must be a valid string');
}

/** As the real stub: simple range bounds must not reach into the composite key namespace. */
function validateSimpleKeys(...keys: string[]): void {
  for (const key of keys) {
    if (key && key.charAt(0) === COMPOSITEKEY_NS) throw new Error(`first character of the key [${key}] contains a null character which is not allowed`);
  }
}

function unsupportedQuery<R>(method: string): Promise<R> & AsyncIterable<Iterators.KV> {
  return rejectedIterable(new NotSupportedError(method, 'LevelDB state has no rich queries (CouchDB only on Fabric)'));
}

/** Fails both ways a chaincode may consume a query: `await` and `for await`. */
function rejectedIterable<R, T>(error: Error): Promise<R> & AsyncIterable<T> {
  const rejected = Promise.reject(error);
  // Handled here so that a chaincode that only iterates does not also raise an unhandled rejection.
  rejected.catch(() => undefined);
  return Object.assign(rejected, {
    [Symbol.asyncIterator]: (): AsyncIterator<T> => ({ next: () => Promise.reject(error) }),
  });
}

async function* arrayIterator<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
