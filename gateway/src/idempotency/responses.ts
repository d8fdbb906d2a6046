import { compoundKey, type Sublevel } from '../store/gateway-store';

/** The first successful response to an idempotent request, kept to be replayed. */
export interface StoredResponse<B> {
  readonly status: number;
  readonly body: B;
  /** Hash of what was asked (route, parameters, body): the same key for a different request is refused. */
  readonly fingerprint: string;
}

/** Stored responses by (org, Idempotency-Key): keys are per org, as the chaincode's request ids are. Only this class writes them, so their shape is B. */
export class StoredResponses<B> {
  constructor(private readonly sublevel: Sublevel) {}

  async get(org: string, key: string): Promise<StoredResponse<B> | undefined> {
    const stored = await this.sublevel.get(compoundKey(org, key));
    return stored === undefined ? undefined : (JSON.parse(stored) as StoredResponse<B>);
  }

  put(org: string, key: string, response: StoredResponse<B>): Promise<void> {
    return this.sublevel.put(compoundKey(org, key), JSON.stringify(response));
  }
}
