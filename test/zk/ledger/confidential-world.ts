import type { OwnerKeys } from '@st2/circuits';
import { orgKeyTargets, registerOrgKeys } from '../../../gateway/src/confidential/org-key-registration';
import type { Caller } from '../../../gateway/src/ledger/ledger';
import { cast } from '../../gateway/support/cast';
import type { Actor, Harness } from '../../gateway/support/harness';
import { equity, ok, onboard, trustKyc } from '../../gateway/support/world';

/** An actor of the gateway test cast as the ledger sees it. */
export const callerOf = (h: Harness, actor: Actor): Caller => ({ org: h.mspId(actor.org), role: actor.role, id: actor.id });

/** Every org's key of the harness's keyring registered by bank1's admin (the regulator's org cannot write). */
export async function registerHarnessOrgKeys(h: Harness): Promise<string[]> {
  return registerOrgKeys(h.ledger, callerOf(h, cast.admin), h.orgKeys, orgKeyTargets(h.topology));
}

/**
 * `securityId` in confidential mode with alice (bank1) and carol (bank2) KYC'd, their confidential keys
 * registered and in the allowlist. Org opening keys are not registered here.
 */
export async function confidentialWorld(h: Harness, securityId: string, keys: { alice: OwnerKeys; carol: OwnerKeys }): Promise<void> {
  const submit = (actor: Actor, fn: string, input: object) => h.ledger.submit(callerOf(h, actor), { fn, args: [JSON.stringify(input)] });
  await trustKyc(h);
  await onboard(h, cast.alice.id);
  await onboard(h, cast.carol.id, { by: cast.agent2 });
  await ok(h, cast.issuer, 'POST', '/v1/securities', equity(securityId));
  await submit(cast.agent, 'confidential:enable', { securityId });
  await submit(cast.alice, 'confidential:registerKey', { identityId: cast.alice.id, publicKey: keys.alice.publicKey.toString() });
  await submit(cast.agent2, 'confidential:registerKey', { identityId: cast.carol.id, publicKey: keys.carol.publicKey.toString() });
  await submit(cast.agent, 'confidential:refreshAllowlist', { securityId });
}
