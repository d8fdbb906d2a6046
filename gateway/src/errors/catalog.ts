import { erc1066Of, isReasonCode, REASON_CODES, type Erc1066Status, type ReasonCode } from '@st2/chaincode';

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

/**
 * THE status table: every code's HTTP status, by what the situation is. A code not listed is a rule the
 * ledger applied to a well-formed, authorised request (422). Symmetric operations get mirrored codes in the
 * same row (pause on a paused security and unpause on an active one: both 422), so they answer alike.
 */
const STATUS: Partial<Record<ErrorCode, number>> = {
  // Malformed: the request itself is wrong, whatever the state.
  'ST2-INVALID-INPUT': 400,
  // A read bounded per request (periods, rounds, distributions): the range asked for is too wide.
  'ST2-TOO-MANY-OBSERVATIONS': 400,
  // Not authenticated: no valid token for an org this gateway serves.
  'ST2-UNAUTHENTICATED': 401,
  // Not allowed: the caller (role, org, identity) may not do or see this, private data of another org included.
  'ST2-UNAUTHORIZED': 403,
  // A party acting as an operator the holder never authorised or has revoked.
  'ST2-NOT-OPERATOR': 403,
  // The proposer of an agent operation approving it: four eyes need another party.
  'ST2-SELF-APPROVAL': 403,
  // Unknown: the identity, security, record or transaction does not exist.
  'ST2-NOT-FOUND': 404,
  // Duplicate or conflict: this already exists or happened, or the state moved under the request.
  'ST2-ALREADY-EXISTS': 409,
  'ST2-ORG-KEY-EXISTS': 409,
  'ST2-DUPLICATE-REQUEST': 409,
  'ST2-MVCC-CONFLICT': 409,
  'ST2-CHANGE-CONFLICT': 409,
  'ST2-ALREADY-APPROVED': 409,
  'ST2-ALREADY-VOTED': 409,
  'ST2-ALREADY-PAID': 409,
  'ST2-ORACLE-ROUND-REPLAYED': 409,
  'ST2-ALREADY-CALLED': 409,
  'ST2-ALREADY-ADJUSTED': 409,
  // A key reused for another request: 422, as the IETF Idempotency-Key draft says (409 is its in-flight case).
  'ST2-IDEMPOTENCY-MISMATCH': 422,
  // Overload: retry after the pause the Retry-After header gives.
  'ST2-RATE-LIMITED': 429,
  'ST2-UNAVAILABLE': 503,
  // A fault of the gateway itself.
  'ST2-INTERNAL': 500,
};

/** Rule refusals: the request is well-formed and allowed, and the ledger's rules say no. */
const RULE_REFUSAL = 422;

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? RULE_REFUSAL;
}

/** The catalog's human message for a code. */
export function describe(code: ErrorCode): string {
  return isGatewayCode(code) ? GATEWAY_CODES[code] : REASON_CODES[code];
}

/** The ERC-1066 equivalent of a ledger reason code; gateway codes describe HTTP situations, which the standard does not cover. */
export function erc1066OfError(code: ErrorCode): Erc1066Status | null {
  return isGatewayCode(code) ? null : erc1066Of(code);
}

export function isErrorCode(value: string): value is ErrorCode {
  return isGatewayCode(value) || isReasonCode(value);
}

function isGatewayCode(code: string): code is GatewayCode {
  return Object.hasOwn(GATEWAY_CODES, code);
}
