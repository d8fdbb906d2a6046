import { createHash } from 'node:crypto';
import { ApiError } from '../errors/api-error';
import { LedgerError } from '../ledger/ledger';
import { compoundKey } from '../store/gateway-store';
import { isPending, type KeyOwner, type StoredResponse, type StoredResponses } from './responses';

export interface IdempotentOutcome<B> {
  readonly response: StoredResponse<B>;
  /** True when this is the first request's response played back (from the store, or read back from the ledger). */
  readonly replayed: boolean;
}

/** What the work reports when the ledger says the request was applied before: its transaction. */
export class AlreadyApplied extends Error {
  constructor(readonly txId: string) {
    super(`the request was applied in transaction ${txId}`);
  }
}

/**
 * The ledger request id for a caller's Idempotency-Key. The chaincode keeps request ids per org; hashing in the
 * subject makes them per caller, so two people of one org who pick the same key both get their write applied.
 */
export function ledgerRequestId(owner: KeyOwner, key: string): string {
  return createHash('sha256').update(compoundKey(owner.id, key)).digest('hex');
}

/**
 * A repeated Idempotency-Key from the same caller (org and subject) gets the first request's outcome. Layers:
 *  - what was asked (its fingerprint) is stored before anything is submitted, and the first successful response
 *    when it comes; a repeat gets that response, a repeat that arrives while the first is running waits for it;
 *  - on the ledger, the key (as ledgerRequestId) is the chaincode `requestId`, so a repeat this store cannot
 *    answer (the gateway crashed between commit and storing) is refused with ST2-DUPLICATE-REQUEST naming the
 *    transaction, whose outcome `recover` reads back: the client gets its original answer, never a 409.
 * A refusal is not kept: it changed nothing, so the same key may be used again, for any request.
 */
export class Idempotency<B> {
  private readonly running = new Map<string, Promise<StoredResponse<B>>>();

  constructor(private readonly responses: StoredResponses<B>) {}

  async run(
    owner: KeyOwner, key: string, fingerprint: string,
    work: () => Promise<StoredResponse<B>>, recover: (txId: string) => Promise<StoredResponse<B>>,
  ): Promise<IdempotentOutcome<B>> {
    const scope = compoundKey(owner.org, owner.id, key);
    const inFlight = this.running.get(scope);
    if (inFlight) return { response: sameRequest(await inFlight, fingerprint, key), replayed: true };
    const stored = await this.responses.get(owner, key);
    // Looked up again: a repeat may have started while this one read the store.
    const started = this.running.get(scope);
    if (started) return { response: sameRequest(await started, fingerprint, key), replayed: true };
    if (stored && !isPending(stored)) return { response: sameRequest(stored, fingerprint, key), replayed: true };
    if (stored) sameRequest(stored, fingerprint, key);
    let replayed = false;
    const done = this.responses.put(owner, key, { pending: true, fingerprint })
      .then(() => work().catch((error: unknown) => {
        if (!(error instanceof AlreadyApplied)) throw error;
        replayed = true;
        return recover(error.txId);
      }))
      .then(async (response) => {
        await this.responses.put(owner, key, response);
        return response;
      }, async (error: unknown) => {
        // An outage may have committed the transaction: keep the fingerprint so a retry is checked against it.
        if (!(error instanceof LedgerError && error.kind === 'unavailable')) await this.responses.delete(owner, key);
        throw error;
      });
    this.running.set(scope, done);
    try {
      return { response: await done, replayed };
    } finally {
      this.running.delete(scope);
    }
  }
}

function sameRequest<E extends { readonly fingerprint: string }>(entry: E, fingerprint: string, key: string): E {
  if (entry.fingerprint !== fingerprint) {
    throw new ApiError('ST2-IDEMPOTENCY-MISMATCH', `Idempotency-Key ${key} was first used for a different request.`, { idempotencyKey: key });
  }
  return entry;
}
