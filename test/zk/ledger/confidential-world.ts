import type { OwnerKeys } from '@st2/circuits';
import { orgKeyTargets, registerOrgKeys } from '../../../gateway/src/confidential/org-key-registration';
import type { Caller } from '../../../gateway/src/ledger/ledger';
import { cast } from '../../gateway/support/cast';
import type { Actor, Harness } from '../../gateway/support/harness';
import { equity, ok, onboard, trustKyc } from '../../gateway/support/world';

const keyBody = (keys: OwnerKeys) => ({
  publicKey: keys.publicKey.toString(),
  viewingKey: { authKey: keys.viewingKey.authKey.toString(), nullifierKey: keys.viewingKey.nullifierKey.toString() },
});

/** An actor of the gateway test cast as the ledger sees it. */
export const callerOf = (h: Harness, actor: Actor): Caller => ({ org: h.mspId(actor.org), role: actor.role, id: actor.id });

/** Every org's key of the harness's keyring registered by bank1's admin (the regulator's org cannot write). */
export async function registerHarnessOrgKeys(h: Harness): Promise<string[]> {
  return registerOrgKeys(h.ledger, callerOf(h, cast.admin), h.orgKeys, orgKeyTargets(h.topology));
}

/**
 * `securityId` in confidential mode with alice (bank1) and carol (bank2) KYC'd, their confidential keys
 * (and viewing keys, sealed to their banks and the auditor) registered and in the allowlist, all through
 * the REST API. The org opening keys must be registered first.
 */
export async function confidentialWorld(h: Harness, securityId: string, keys: { alice: OwnerKeys; carol: OwnerKeys }): Promise<void> {
  await trustKyc(h);
  await onboard(h, cast.alice.id);
  await onboard(h, cast.carol.id, { by: cast.agent2 });
  await ok(h, cast.issuer, 'POST', '/v1/securities', equity(securityId));
  await ok(h, cast.agent, 'POST', `/v1/securities/${securityId}/confidential`);
  await ok(h, cast.alice, 'POST', `/v1/identities/${cast.alice.id}/confidential-key`, keyBody(keys.alice));
  await ok(h, cast.agent2, 'POST', `/v1/identities/${cast.carol.id}/confidential-key`, keyBody(keys.carol));
  await ok(h, cast.agent, 'POST', `/v1/securities/${securityId}/confidential/allowlist`);
}
