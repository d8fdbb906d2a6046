import { CommitError, EndorseError, GatewayError } from '@hyperledger/fabric-gateway';
import { peer } from '@hyperledger/fabric-protos';
import { decodeRejection } from '@st2/chaincode';
import { LedgerError } from '../ledger';
import { ENDORSEMENTS_DIFFER } from './endorsers';

/**
 * Fabric's errors in the backend-agnostic vocabulary: a chaincode refusal (its ST2 code is somewhere in the
 * endorsers' messages), an MVCC conflict at commit, or the network being unavailable.
 */
export function toLedgerError(error: unknown, txId?: string): LedgerError {
  if (error instanceof LedgerError) return error;
  if (error instanceof CommitError) return commitFailure(error.transactionId, error.code);
  if (error instanceof GatewayError) {
    const texts = [error.message, ...error.details.map((d) => d.message)];
    for (const text of texts) {
      const rejection = decodeRejection(text);
      if (rejection) return new LedgerError('rejected', rejection.code, rejection.message, rejection.details, error instanceof EndorseError ? error.transactionId : txId);
    }
    const details = error.details.map((d) => `${d.mspId}@${d.address}: ${d.message}`).join('; ');
    if (texts.some((text) => text.includes(ENDORSEMENTS_DIFFER))) {
      return new LedgerError('mvcc-conflict', 'ST2-MVCC-CONFLICT', `endorsing peers simulated against different ledger heights (${details}); resubmit it`, { endorsement: 'mismatch' }, txId);
    }
    return new LedgerError('unavailable', 'ST2-UNAVAILABLE', `${error.message}${details ? ` (${details})` : ''}`, { grpcCode: error.code }, txId);
  }
  return new LedgerError('unavailable', 'ST2-UNAVAILABLE', error instanceof Error ? error.message : String(error), {}, txId);
}

/** A transaction ordered but invalidated: MVCC conflicts are safe to resubmit, anything else is not. */
export function commitFailure(txId: string, code: number): LedgerError {
  const name = Object.entries(peer.TxValidationCode).find(([, value]) => value === code)?.[0] ?? String(code);
  const conflict = code === peer.TxValidationCode.MVCC_READ_CONFLICT || code === peer.TxValidationCode.PHANTOM_READ_CONFLICT;
  return conflict
    ? new LedgerError('mvcc-conflict', 'ST2-MVCC-CONFLICT', `transaction ${txId} was invalidated at commit (${name}); resubmit it`, { validationCode: name }, txId)
    : new LedgerError('unavailable', 'ST2-UNAVAILABLE', `transaction ${txId} was invalidated at commit (${name})`, { validationCode: name }, txId);
}
