import type { CommandKind } from '@st2/chaincode';
import type { WireInput } from '../routes/write';
import { submitCommand } from './identity-record';
import type { Caller, Ledger } from './ledger';

/**
 * A consortium-wide change submitted as an admin of each administrator org in turn, until one approval
 * executes it (its events then include more than the approval): what a set-up script does on a network
 * it runs alone.
 */
export async function submitUntilExecuted<K extends CommandKind>(ledger: Pick<Ledger, 'submit' | 'evaluate'>, admins: readonly Caller[], kind: K, input: WireInput<K>): Promise<void> {
  for (const admin of admins) {
    const { payload } = await submitCommand(ledger, admin, kind, input);
    if (payload.events.some((e) => e.type === 'ConsortiumChangeApproved' && e.executed)) return;
  }
  throw new Error(`${kind} did not execute: ${admins.length} administrator org(s) approved it, fewer than the consortium requires`);
}

/** One admin caller per administrator org of a topology, with the same id. */
export function adminCallers(orgs: readonly { readonly mspId: string; readonly consortiumAdmin: boolean }[], id: string): Caller[] {
  return orgs.filter((org) => org.consortiumAdmin).map((org) => ({ org: org.mspId, role: 'admin', id }));
}
