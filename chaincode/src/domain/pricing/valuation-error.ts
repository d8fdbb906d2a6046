import type { ReasonCode } from '../reason-codes';

/** The reason codes a valuation can fail with: bad inputs, no solution, too short a series. */
export type ValuationErrorCode = Extract<ReasonCode, 'ST2-INVALID-INPUT' | 'ST2-NO-SOLUTION' | 'ST2-TOO-FEW-OBSERVATIONS'>;

/**
 * A valuation that cannot give a meaningful number throws this instead of returning NaN or a clamped value:
 * the message starts with the reason code, as every refusal leaving st2 does, and callers key on `code`.
 */
export class ValuationError extends Error {
  constructor(readonly code: ValuationErrorCode, message: string, readonly details: Readonly<Record<string, unknown>> = {}) {
    super(`${code}: ${message}`);
    this.name = 'ValuationError';
  }
}

/** Throws ST2-INVALID-INPUT with `message` unless `condition` holds. */
export function requireInput(condition: boolean, message: string, details: Readonly<Record<string, unknown>> = {}): asserts condition {
  if (!condition) throw new ValuationError('ST2-INVALID-INPUT', message, details);
}
