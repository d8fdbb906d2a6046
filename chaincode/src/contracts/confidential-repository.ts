import type { ChaincodeStub } from 'fabric-shim-api';
import { issuersReferencedBy } from '../domain/claims';
import { SEAL_BATCH } from '../domain/confidential/decide';
import { AllowlistSchema, ConfidentialKeySchema, OrgKeySchema, PoolSchema, PoolSupplySchema, type ConfidentialKey } from '../domain/confidential/schema';
import type { ConfidentialRefs, ConfidentialSlice } from '../domain/confidential/slice';
import type { Identity } from '../domain/identity';
import { EMPTY_TRUST } from '../domain/trust';
import { codec } from '../wire/codec';
import { keys, ObjectType } from './keys';
import { Repository, stateCodecs } from './repository';

export const confidentialCodecs = {
  pool: codec(PoolSchema),
  supply: codec(PoolSupplySchema),
  key: codec(ConfidentialKeySchema),
  allowlist: codec(AllowlistSchema),
  orgKey: codec(OrgKeySchema),
};

/** Loads a confidential slice and writes back exactly what its events changed (the plain records through `Repository`). */
export class ConfidentialRepository {
  readonly #plain: Repository;

  constructor(private readonly stub: ChaincodeStub) {
    this.#plain = new Repository(stub);
  }

  async load(refs: ConfidentialRefs): Promise<ConfidentialSlice> {
    const sec = refs.securityId;
    const [security, stats, pool, supply, spentBy, createdBy, pending, keyed, orgKey, auditKey, allowlist, allowlistStale, trust] = await Promise.all([
      sec === null ? undefined : this.#plain.get(keys.security(this.stub, sec), stateCodecs.security),
      sec === null ? undefined : this.#plain.get(keys.stats(this.stub, sec), stateCodecs.stats),
      sec === null ? undefined : this.#plain.get(keys.confidentialPool(this.stub, sec), confidentialCodecs.pool),
      sec === null ? undefined : this.#plain.get(keys.confidentialSupply(this.stub, sec), confidentialCodecs.supply),
      this.#writers(refs.nullifiers, (n) => keys.nullifier(this.stub, sec ?? '', n)),
      this.#writers(refs.notes, (c) => keys.note(this.stub, sec ?? '', c)),
      refs.pending && sec !== null ? this.#pending(sec) : new Map<string, boolean>(),
      this.#keys(refs),
      refs.org === null ? undefined : this.#plain.get(keys.orgKey(this.stub, refs.org), confidentialCodecs.orgKey),
      refs.org === null ? undefined : this.#plain.get(keys.auditKey(this.stub), confidentialCodecs.orgKey),
      refs.allKeys && sec !== null ? this.#plain.get(keys.allowlist(this.stub, sec), confidentialCodecs.allowlist) : undefined,
      refs.freshness && sec !== null ? this.#writers([sec], (s) => keys.allowlistStale(this.stub, s)) : new Map<string, string>(),
      refs.freshness ? this.#plain.get(keys.trustRegistry(this.stub), stateCodecs.trust) : undefined,
    ]);
    const identities = await this.#identities([...keyed.keys()].concat(refs.identity ?? []));
    const [issuers, members] = await Promise.all([
      refs.allKeys ? this.#issuers(Object.values(identities)) : {},
      sec === null ? new Map<string, string>() : this.#members(sec, refs.allKeys ? [...keyed.keys()] : refs.members),
    ]);
    const orgKeys = new Map(orgKey ? [[orgKey.org, orgKey]] : []);
    const nullifiers = new Map(refs.nullifiers.map((n) => [n, spentBy.has(n)]));
    const notes = new Map(refs.notes.map((c) => [c, createdBy.has(c)]));
    const writtenBy = new Map([...spentBy, ...createdBy]);
    return {
      security, stats, pool, supply, allowlist, nullifiers, notes, writtenBy, pending, sealed: [], keys: keyed, orgKeys, auditKey, identities, issuers,
      members, allowlistStale: sec !== null && allowlistStale.has(sec), trustRevision: (trust ?? EMPTY_TRUST).revision,
    };
  }

  async save(before: ConfidentialSlice, after: ConfidentialSlice): Promise<void> {
    const sec = after.pool?.securityId ?? '';
    const txId = Buffer.from(this.stub.getTxID());
    const writes: Promise<void>[] = [];
    const put = (key: string, text: string) => writes.push(this.stub.putState(key, Buffer.from(text)));
    if (after.security && after.security !== before.security) put(keys.security(this.stub, after.security.id), stateCodecs.security.stringify(after.security));
    if (after.pool && after.pool !== before.pool) put(keys.confidentialPool(this.stub, sec), confidentialCodecs.pool.stringify(after.pool));
    if (after.supply && after.supply !== before.supply) put(keys.confidentialSupply(this.stub, sec), confidentialCodecs.supply.stringify(after.supply));
    if (after.allowlist && after.allowlist !== before.allowlist) put(keys.allowlist(this.stub, sec), confidentialCodecs.allowlist.stringify(after.allowlist));
    for (const n of added(before.nullifiers, after.nullifiers)) writes.push(this.stub.putState(keys.nullifier(this.stub, sec, n), txId));
    for (const c of added(before.notes, after.notes)) writes.push(this.stub.putState(keys.note(this.stub, sec, c), txId));
    for (const c of added(before.pending, after.pending)) writes.push(this.stub.putState(keys.pendingNote(this.stub, sec, c), txId));
    for (const [c, waiting] of after.pending) if (!waiting && before.pending.get(c)) writes.push(this.stub.deleteState(keys.pendingNote(this.stub, sec, c)));
    const firstLeaf = before.pool?.tree.size ?? 0;
    after.sealed.forEach((c, i) => put(keys.noteLeaf(this.stub, sec, firstLeaf + i), c));
    for (const [id, key] of after.keys) if (before.keys.get(id) !== key) put(keys.confidentialKey(this.stub, id), confidentialCodecs.key.stringify(key));
    for (const [org, key] of after.orgKeys) if (before.orgKeys.get(org) !== key) put(keys.orgKey(this.stub, org), confidentialCodecs.orgKey.stringify(key));
    for (const [id, org] of after.members) if (before.members.get(id) !== org) put(keys.allowlistMember(this.stub, id, sec), org);
    for (const id of before.members.keys()) if (!after.members.has(id)) writes.push(this.stub.deleteState(keys.allowlistMember(this.stub, id, sec)));
    if (before.allowlistStale && !after.allowlistStale) writes.push(this.stub.deleteState(keys.allowlistStale(this.stub, sec)));
    if (after.auditKey && after.auditKey !== before.auditKey) put(keys.auditKey(this.stub), confidentialCodecs.orgKey.stringify(after.auditKey));
    await Promise.all(writes);
  }

  /** The id of the transaction that wrote each of these keys (nullifiers and notes hold it), for those that exist. */
  async #writers(ids: readonly string[], key: (id: string) => string): Promise<Map<string, string>> {
    const values = await Promise.all(ids.map((id) => this.stub.getState(key(id))));
    return new Map(ids.flatMap((id, i) => {
      const value = values[i];
      return value && value.length > 0 ? [[id, Buffer.from(value).toString('utf8')] as const] : [];
    }));
  }

  /** The oldest-keyed pending commitments, at most one seal's worth (key order is the same on every peer). */
  async #pending(securityId: string): Promise<Map<string, boolean>> {
    const pending = new Map<string, boolean>();
    for await (const { key } of this.stub.getStateByPartialCompositeKey(ObjectType.pendingNote, [securityId])) {
      const commitment = this.stub.splitCompositeKey(key).attributes[1];
      if (commitment !== undefined) pending.set(commitment, true);
      if (pending.size >= SEAL_BATCH) break;
    }
    return pending;
  }

  /**
   * One identity's key, or (allowlist refresh) every registered key in key order. The full scan is
   * acceptable because a refresh is a rare administrative transaction, never on the transfer path; it
   * reads every `confidential-key` and `identity` of a registered holder, so it conflicts with (and is
   * retried after) a concurrent key registration or claim change, which is what a refresh must see.
   */
  async #keys(refs: ConfidentialRefs): Promise<Map<string, ConfidentialKey>> {
    const found = new Map<string, ConfidentialKey>();
    if (refs.allKeys) {
      for await (const { value } of this.stub.getStateByPartialCompositeKey(ObjectType.confidentialKey, [])) {
        const key = confidentialCodecs.key.parse(value);
        found.set(key.identityId, key);
      }
    } else if (refs.identity !== null) {
      const key = await this.#plain.get(keys.confidentialKey(this.stub, refs.identity), confidentialCodecs.key);
      if (key) found.set(key.identityId, key);
    }
    return found;
  }

  /** Which of these identities the security's allowlist lists, with their org. */
  async #members(securityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const values = await Promise.all(ids.map((id) => this.stub.getState(keys.allowlistMember(this.stub, id, securityId))));
    return new Map(ids.flatMap((id, i) => ((values[i]?.length ?? 0) > 0 ? [[id, Buffer.from(values[i] as Uint8Array).toString('utf8')] as const] : [])));
  }

  async #identities(ids: readonly string[]): Promise<Record<string, Identity>> {
    const values = await Promise.all(ids.map((id) => this.#plain.get(keys.identity(this.stub, id), stateCodecs.identity)));
    return Object.fromEntries(values.flatMap((identity) => (identity ? [[identity.id, identity] as const] : [])));
  }

  async #issuers(identities: readonly Identity[]): Promise<ConfidentialSlice['issuers']> {
    return this.#plain.issuers(issuersReferencedBy(identities));
  }
}

/** Entries true after and not true before: newly spent nullifiers, new notes, new pending commitments. */
function added(before: ReadonlyMap<string, boolean>, after: ReadonlyMap<string, boolean>): string[] {
  return [...after].filter(([id, value]) => value && before.get(id) !== true).map(([id]) => id);
}
