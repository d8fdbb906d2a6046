import { isReasonCode, REASON_CODES, type ReasonCode } from '@st2/chaincode';

/**
 * Codes only the gateway produces: they describe HTTP-level situations no chaincode decides
 * (no token, too many requests, a reused idempotency key, a bug). Everything a rule decides keeps
 * its chaincode reason code, so a client keys on one catalog: REASON_CODES plus these.
 */
export const GATEWAY_CODES = {
  'ST2-UNAUTHENTICATED': 'A valid bearer token is required.',
  'ST2-RATE-LIMITED': 'Too many requests; retry later.',
  'ST2-IDEMPOTENCY-MISMATCH': 'This Idempotency-Key was already used for a different request.',
  'ST2-INTERNAL': 'The gateway failed unexpectedly.',
} as const;

export type GatewayCode = keyof typeof GATEWAY_CODES;
export type ErrorCode = ReasonCode | GatewayCode;

/** The HTTP status of every code; a rule violation (the default) is 422. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  'ST2-INVALID-INPUT': 400,
  'ST2-UNAUTHENTICATED': 401,
  'ST2-UNAUTHORIZED': 403,
  'ST2-NOT-FOUND': 404,
  // These say "this already exists or happened": the state conflicts with the request, not a rule.
  'ST2-ALREADY-EXISTS': 409,
  'ST2-ORG-KEY-EXISTS': 409,
  'ST2-DUPLICATE-REQUEST': 409,
  'ST2-MVCC-CONFLICT': 409,
  'ST2-IDEMPOTENCY-MISMATCH': 422,
  'ST2-RATE-LIMITED': 429,
  'ST2-INTERNAL': 500,
  'ST2-UNAVAILABLE': 503,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 422;
}

/** The catalog's human message for a code. */
export function describe(code: ErrorCode): string {
  return isGatewayCode(code) ? GATEWAY_CODES[code] : REASON_CODES[code];
}

export function isErrorCode(value: string): value is ErrorCode {
  return isGatewayCode(value) || isReasonCode(value);
}

function isGatewayCode(code: string): code is GatewayCode {
  return Object.hasOwn(GATEWAY_CODES, code);
}
