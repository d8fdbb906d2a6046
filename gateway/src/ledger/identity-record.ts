import { WRITE_FUNCTIONS, type CommandKind } from '@st2/chaincode';
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
 * Submits a command and returns its result. A registration with its personal record files the record
 * first and then registers without it; a record that cannot be filed because its identity is registered
 * leaves the verdict to the registration itself (a repeated request, or an identity that exists).
 */
export async function submitCommand<K extends CommandKind>(
  ledger: Pick<Ledger, 'submit'>, caller: Caller, kind: K, input: object, transient?: Readonly<Record<string, Uint8Array>>,
): Promise<SubmitResult> {
  const args = [JSON.stringify(input)];
  const record = kind === 'RegisterIdentity' ? transient?.['record'] : undefined;
  if (!record) return ledger.submit(caller, { fn: WRITE_FUNCTIONS[kind], args, ...(transient ? { transient } : {}) });
  const { identityId, recordHash } = input as { identityId: string; recordHash: string };
  await ledger.submit(caller, fileRecord(caller, identityId, recordHash, record)).catch((error: unknown) => {
    if (!(error instanceof LedgerError && error.code === 'ST2-ALREADY-EXISTS')) throw error;
  });
  return ledger.submit(caller, { fn: WRITE_FUNCTIONS[kind], args });
}
