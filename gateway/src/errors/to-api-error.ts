import type { FastifyError } from 'fastify';
import { LedgerError } from '../ledger/ledger';
import { ApiError, ForbiddenError, InvalidInputError, UnavailableError } from './api-error';
import { isErrorCode } from './catalog';

/**
 * The one translation of anything thrown while serving a request into an ApiError. A ledger's reason
 * code is kept as is; Fastify's own client errors (schema, JSON syntax, size, media type) become
 * ST2-INVALID-INPUT; only a fault of the gateway itself becomes ST2-INTERNAL.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof LedgerError) return fromLedger(error);
  if (isFastifyError(error)) {
    if (error.validation) return fromValidation(error);
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return new InvalidInputError(error.message, { reason: error.code }, error.statusCode);
    }
  }
  return new ApiError('ST2-INTERNAL');
}

function fromLedger(error: LedgerError): ApiError {
  // Checked first: on Fabric the refusal arrives as an endorsement failure, on the embedded ledger as a chaincode fault.
  if (PRIVATE_READ_REFUSED.test(error.message)) return new ForbiddenError('This org may not read that private data.', error.txId ? { txId: error.txId } : {});
  switch (error.kind) {
    case 'rejected':
      return new ApiError(isErrorCode(error.code) ? error.code : 'ST2-INVALID-INPUT', error.message, error.details);
    case 'mvcc-conflict':
      return new ApiError('ST2-MVCC-CONFLICT', error.message, { ...error.details, txId: error.txId });
    case 'unavailable':
      // The ledger's own words (peer addresses, stack frames) go to the log with the error, not to the client.
      return new UnavailableError('The ledger is unavailable; retry shortly.', error.txId ? { txId: error.txId } : {});
  }
}

/**
 * Fabric's refusal of a private data read by a peer whose org is not a member of the collection (the embedded
 * ledger says it in the same words). Not an outage: the caller's org may not see it, and retrying will not help.
 */
const PRIVATE_READ_REFUSED = /does not have read access permission on privatedata/;

function fromValidation(error: FastifyError): ApiError {
  const issues = (error.validation ?? []).map((issue) => ({ path: issue.instancePath || '/', message: issue.message ?? 'is invalid' }));
  const part = error.validationContext ?? 'request';
  const first = issues[0];
  const message = first ? `Invalid ${part} at ${first.path}: ${first.message}.` : `Invalid ${part}.`;
  return new InvalidInputError(message, { part, issues: issues.slice(0, MAX_ISSUES) });
}

/** A generated body can break hundreds of constraints; the first few say enough. */
const MAX_ISSUES = 10;

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && ('statusCode' in error || 'validation' in error || 'code' in error);
}
