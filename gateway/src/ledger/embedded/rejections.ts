import { decodeRejection } from '@st2/chaincode';
import { LedgerError } from '../ledger';
import type { ChaincodeResult } from './chaincode-host';

/**
 * The error a refused proposal becomes. The chaincode's message carries an st2 reason code when
 * the refusal is a business rule; anything else (unknown function, bad argument count, a bug)
 * is reported as ST2-INVALID-INPUT with kind 'unavailable', the chaincode's message kept.
 */
export function refusal(response: ChaincodeResult, txId: string): LedgerError {
  const rejection = decodeRejection(response.message);
  if (rejection) return new LedgerError('rejected', rejection.code, rejection.message, rejection.details, txId);
  return new LedgerError('unavailable', 'ST2-INVALID-INPUT', response.message || `chaincode returned status ${response.status}`, { status: response.status }, txId);
}
