import type { Caller } from '../ledger/ledger';
import { compoundKey, type Sublevel } from '../store/gateway-store';

/** The first successful response to an idempotent request, kept to be replayed. */
export interface StoredResponse<B> {
  readonly status: number;
  readonly body: B;
  /** Hash of what was asked (route, parameters, body): the same key for a different request is refused. */
  readonly fingerprint: string;
}

/** A request under way (or cut off by a crash): what was asked, before anything was submitted. */
export interface PendingRequest {
  readonly pending: true;
  readonly fingerprint: string;
}

export type StoredEntry<B> = StoredResponse<B> | PendingRequest;

/** Who owns an Idempotency-Key: its org and its subject. Bob never sees Alice's responses, even with her key. */
export type KeyOwner = Pick<Caller, 'org' | 'id'>;

/** Stored entries by (org, subject, Idempotency-Key). Only this class writes them, so their shape is StoredEntry<B>. */
export class StoredResponses<B> {
  constructor(private readonly sublevel: Sublevel) {}

  async get(owner: KeyOwner, key: string): Promise<StoredEntry<B> | undefined> {
    const stored = await this.sublevel.get(compoundKey(owner.org, owner.id, key));
    return stored === undefined ? undefined : (JSON.parse(stored) as StoredEntry<B>);
  }

  put(owner: KeyOwner, key: string, entry: StoredEntry<B>): Promise<void> {
    return this.sublevel.put(compoundKey(owner.org, owner.id, key), JSON.stringify(entry));
  }

  delete(owner: KeyOwner, key: string): Promise<void> {
    return this.sublevel.del(compoundKey(owner.org, owner.id, key));
  }
}

export function isPending<B>(entry: StoredEntry<B>): entry is PendingRequest {
  return 'pending' in entry;
}
