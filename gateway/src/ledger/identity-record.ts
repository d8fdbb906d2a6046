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
 * The transactions that carry a command, in order: one, except a registration with its personal record,
 * which files the record first and then registers without it.
 */
export function commandProposals<K extends CommandKind>(caller: Caller, kind: K, input: object, transient?: Readonly<Record<string, Uint8Array>>): Proposal[] {
  const args = [JSON.stringify(input)];
  const record = kind === 'RegisterIdentity' ? transient?.['record'] : undefined;
  if (record) {
    const { identityId, recordHash } = input as { identityId: string; recordHash: string };
    return [fileRecord(caller, identityId, recordHash, record), { fn: WRITE_FUNCTIONS[kind], args }];
  }
  return [{ fn: WRITE_FUNCTIONS[kind], args, ...(transient ? { transient } : {}) }];
}

/**
 * Submits a command's transactions in order and returns the command's own result. A record that cannot
 * be filed because its identity is registered leaves the verdict to the command itself (a repeated
 * request, or an identity that exists).
 */
export async function submitCommand<K extends CommandKind>(
  ledger: Pick<Ledger, 'submit'>, caller: Caller, kind: K, input: object, transient?: Readonly<Record<string, Uint8Array>>,
): Promise<SubmitResult> {
  const proposals = commandProposals(caller, kind, input, transient);
  const command = proposals.pop();
  if (!command) throw new Error(`no transaction carries ${kind}`);
  for (const before of proposals) {
    await ledger.submit(caller, before).catch((error: unknown) => {
      if (!(error instanceof LedgerError && error.code === 'ST2-ALREADY-EXISTS')) throw error;
    });
  }
  return ledger.submit(caller, command);
}
