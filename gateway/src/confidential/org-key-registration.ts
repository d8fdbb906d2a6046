import { AUDIT_COLLECTION, confidentialCodecs } from '@st2/chaincode';
import type { Topology } from '../ledger/embedded';
import { LedgerError, type Caller, type Ledger } from '../ledger/ledger';
import { OrgKeyring } from './org-keyring';

/** An org whose opening key the ledger must hold; `auditor`: it reads the audit collection. */
export interface OrgKeyTarget {
  readonly org: string;
  readonly auditor: boolean;
}

/** Every org of the consortium, the member of the audit collection as its auditor. */
export function orgKeyTargets(topology: Topology): OrgKeyTarget[] {
  const auditors = topology.collections[AUDIT_COLLECTION]?.members ?? [];
  if (auditors.length !== 1) throw new RangeError(`the ${AUDIT_COLLECTION} collection must have exactly one member org, not ${auditors.length}`);
  return topology.orgs.map((o) => ({ org: o.mspId, auditor: o.name === auditors[0] }));
}

/**
 * Registers the keyring's key of each target org the ledger has no key for, by `admin` (the regulator's
 * org cannot write, so a member's admin registers it). Idempotent: a long-lived network keeps its keys,
 * and a key already there must be the keyring's, or this keyring could not read its org's openings.
 */
export async function registerOrgKeys(ledger: Pick<Ledger, 'submit' | 'evaluate'>, admin: Caller, keyring: OrgKeyring, targets: readonly OrgKeyTarget[]): Promise<string[]> {
  const registered: string[] = [];
  for (const { org, auditor } of targets) {
    const publicKey = keyring.publicKey(org);
    const onLedger = await registeredKey(ledger, admin, org);
    if (!onLedger) {
      await ledger.submit(admin, { fn: 'confidential:registerOrgKey', args: [JSON.stringify({ org, publicKey, auditor })] });
      registered.push(org);
    } else if (onLedger.publicKey !== publicKey || onLedger.auditor !== auditor) {
      throw new Error(`the ledger holds another opening key for ${org} (${onLedger.publicKey}${onLedger.auditor ? ', auditor' : ''}) than this keyring (${publicKey}${auditor ? ', auditor' : ''})`);
    }
  }
  return registered;
}

/** A node that plays every org (the embedded server, tests): every org's key in `directory`, all registered. */
export async function openConsortiumKeyring(ledger: Pick<Ledger, 'submit' | 'evaluate'>, admin: Caller, directory: string, topology: Topology): Promise<OrgKeyring> {
  const targets = orgKeyTargets(topology);
  const keyring = await OrgKeyring.open(directory, targets.map((t) => t.org));
  await registerOrgKeys(ledger, admin, keyring, targets);
  return keyring;
}

async function registeredKey(ledger: Pick<Ledger, 'evaluate'>, caller: Caller, org: string) {
  try {
    return confidentialCodecs.orgKey.parse(await ledger.evaluate(caller, { fn: 'confidential:getOrgKey', args: [org] }));
  } catch (error) {
    if (error instanceof LedgerError && error.code === 'ST2-NOT-FOUND') return undefined;
    throw error;
  }
}
