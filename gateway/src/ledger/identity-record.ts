import { QUERIES, stateCodecs, WRITE_FUNCTIONS, type CommandKind } from '@st2/chaincode';
import { LedgerError, type Caller, type Ledger, type Proposal, type SubmitResult } from './ledger';

/**
 * The transaction that files an identity's personal record (its SHA-256 is `recordHash`) in the caller's
 * org collection and the audit collection, before the public `identity:register` that names the hash.
 * It writes nothing public, so the caller's own org endorses it alone: no other bank's peer sees the record.
 */
export function fileRecord(caller: Caller, identityId: string, recordHash: string, record: Uint8Array): Proposal {
  return { fn: 'identity:storeRecord', args: [JSON.stringify({ identityId, recordHash })], transient: { record }, endorsingOrgs: [caller.org] };
}

/**
 * The transaction that files a claim's evidence in the investor's org collection and the audit collection,
 * before the public `identity:addClaim` that names its hash. Only the investor's org (`ownerOrg`) endorses
 * it: the claim issuer's own bank, or any other, never holds the evidence of another bank's client.
 */
export function fileEvidence(ownerOrg: string, claim: { identityId: string; topic: string; evidenceHash: string }, evidence: Uint8Array): Proposal {
  const { identityId, topic, evidenceHash } = claim;
  return { fn: 'identity:storeEvidence', args: [JSON.stringify({ identityId, topic, evidenceHash })], transient: { evidence }, endorsingOrgs: [ownerOrg] };
}

/**
 * The transaction that files a trade's price in the seller's and the buyer's org collections and the audit
 * collection, before the public `settlement:propose` that names its hash. Only the two parties' orgs endorse
 * it: no other bank's peer ever receives the price.
 */
export function filePrice(partyOrgs: readonly string[], trade: { settlementId: string; seller: string; buyer: string; priceHash: string }, price: Uint8Array): Proposal {
  const { settlementId, seller, buyer, priceHash } = trade;
  return { fn: 'settlement:storePrice', args: [JSON.stringify({ settlementId, seller, buyer, priceHash })], transient: { price }, endorsingOrgs: [...new Set(partyOrgs)] };
}

/**
 * Submits a command and returns its result. Private data that only some orgs may hold is filed first, by a
 * transaction those orgs alone endorse, and the command follows without it: a registration's personal
 * record (a record that cannot be filed because its identity is registered leaves the verdict to the
 * registration itself: a repeated request, or an identity that exists), a claim's evidence (filed with
 * the investor's org, which a read of the identity names; an unknown identity is the claim's own refusal),
 * and a trade's price (filed with the two parties' orgs; an unknown party is the proposal's own refusal).
 */
export async function submitCommand<K extends CommandKind>(
  ledger: Pick<Ledger, 'submit' | 'evaluate'>, caller: Caller, kind: K, input: object, transient?: Readonly<Record<string, Uint8Array>>, privateTo?: readonly string[],
): Promise<SubmitResult> {
  const args = [JSON.stringify(input)];
  const evidence = kind === 'AddClaim' ? transient?.['evidence'] : undefined;
  if (evidence) {
    const claim = input as { identityId: string; topic: string; evidenceHash: string };
    const owner = await orgOf(ledger, caller, claim.identityId);
    if (owner) await ledger.submit(caller, fileEvidence(owner, claim, evidence)).catch(unlessFiled);
    return ledger.submit(caller, { fn: WRITE_FUNCTIONS[kind], args });
  }
  const price = kind === 'ProposeSettlement' ? transient?.['price'] : undefined;
  if (price) {
    const trade = input as { settlementId: string; seller: string; buyer: string; priceHash: string };
    const orgs = await Promise.all([trade.seller, trade.buyer].map((id) => orgOf(ledger, caller, id)));
    if (orgs.every((org) => org !== undefined)) await ledger.submit(caller, filePrice(orgs, trade, price)).catch(unlessFiled);
    return ledger.submit(caller, { fn: WRITE_FUNCTIONS[kind], args });
  }
  const record = kind === 'RegisterIdentity' ? transient?.['record'] : undefined;
  if (!record) return ledger.submit(caller, { fn: WRITE_FUNCTIONS[kind], args, ...(transient ? { transient } : {}), ...(privateTo ? { privateTo } : {}) });
  const { identityId, recordHash } = input as { identityId: string; recordHash: string };
  await ledger.submit(caller, fileRecord(caller, identityId, recordHash, record)).catch(unlessFiled);
  return ledger.submit(caller, { fn: WRITE_FUNCTIONS[kind], args });
}

/** Private data filed before (a resent request, an identity registered): the command that follows decides. */
function unlessFiled(error: unknown): void {
  if (!(error instanceof LedgerError && error.code === 'ST2-ALREADY-EXISTS')) throw error;
}

/** The org that onboarded an identity, or undefined when the ledger knows none (the command that follows refuses it). */
function orgOf(ledger: Pick<Ledger, 'evaluate'>, caller: Caller, identityId: string): Promise<string | undefined> {
  return ledger.evaluate(caller, { fn: QUERIES.identity, args: [identityId] }).then((bytes) => stateCodecs.identity.parse(Buffer.from(bytes).toString('utf8')).org, () => undefined);
}
