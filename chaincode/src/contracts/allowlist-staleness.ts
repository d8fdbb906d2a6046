import type { Context } from 'fabric-contract-api';
import { keys, ObjectType } from './keys';

/**
 * After a claim of an identity changed (revoked, or reissued with another expiry), every allowlist that
 * lists the identity is stale at once: this marks each one, found through the identity's own
 * `allowlist-member` keys (one short range read, however many securities exist), so that confidential
 * outputs of those securities are refused until an agent refreshes the allowlist. The range read is
 * revalidated at commit, so a refresh that adds or drops the identity concurrently conflicts with this.
 */
export async function markAllowlistsStale(ctx: Context, identityId: string): Promise<void> {
  const txId = Buffer.from(ctx.stub.getTxID());
  const writes: Promise<void>[] = [];
  for await (const { key } of ctx.stub.getStateByPartialCompositeKey(ObjectType.allowlistMember, [identityId])) {
    const securityId = ctx.stub.splitCompositeKey(key).attributes[1];
    if (securityId !== undefined) writes.push(ctx.stub.putState(keys.allowlistStale(ctx.stub, securityId), txId));
  }
  await Promise.all(writes);
}
