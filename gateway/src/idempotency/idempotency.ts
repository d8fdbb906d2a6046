import { ApiError } from '../errors/api-error';
import { compoundKey } from '../store/gateway-store';
import type { StoredResponse, StoredResponses } from './responses';

export interface IdempotentOutcome<B> {
  readonly response: StoredResponse<B>;
  /** True when this is the first request's response played back. */
  readonly replayed: boolean;
}

/**
 * A repeated Idempotency-Key gets the first request's response. Two layers make that hold:
 *  - here, the first successful response is stored (LevelDB) and replayed, and a repeat that arrives while
 *    the first is still running waits for it instead of racing it;
 *  - on the ledger, the key travels as the chaincode `requestId`, so even a repeat this store cannot answer
 *    (the gateway crashed between commit and storing) is refused with ST2-DUPLICATE-REQUEST, never applied twice.
 * Failures are not stored: a refused transaction changed nothing, so repeating it is safe and may succeed.
 */
export class Idempotency<B> {
  private readonly running = new Map<string, Promise<StoredResponse<B>>>();

  constructor(private readonly responses: StoredResponses<B>) {}

  async run(org: string, key: string, fingerprint: string, work: () => Promise<StoredResponse<B>>): Promise<IdempotentOutcome<B>> {
    const scope = compoundKey(org, key);
    // Looked up twice in `running`: a repeat may have started while this one read the store.
    const earlier = this.running.get(scope) ?? (await this.responses.get(org, key)) ?? this.running.get(scope);
    if (earlier) return { response: sameRequest(await earlier, fingerprint, key), replayed: true };
    const done = work().then(async (response) => {
      await this.responses.put(org, key, response);
      return response;
    });
    this.running.set(scope, done);
    try {
      return { response: await done, replayed: false };
    } finally {
      this.running.delete(scope);
    }
  }
}

function sameRequest<B>(response: StoredResponse<B>, fingerprint: string, key: string): StoredResponse<B> {
  if (response.fingerprint !== fingerprint) {
    throw new ApiError('ST2-IDEMPOTENCY-MISMATCH', `Idempotency-Key ${key} was first used for a different request.`, { idempotencyKey: key });
  }
  return response;
}
