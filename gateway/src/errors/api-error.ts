import type { Erc1066Status } from '@st2/chaincode';
import { describe, erc1066OfError, statusOf, type ErrorCode } from './catalog';

/**
 * Every error the API answers with: a stable code, a message a person understands, details a program
 * can use. The HTTP status follows from the code (see catalog.ts), so a code always means one status.
 */
export class ApiError extends Error {
  readonly statusCode: number;
  /** Response headers that go with this error (Retry-After, WWW-Authenticate). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    readonly code: ErrorCode,
    message: string = describe(code),
    readonly details: Readonly<Record<string, unknown>> = {},
    options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.statusCode = options.status ?? statusOf(code);
    this.headers = options.headers ?? {};
  }

  toJSON(): ErrorBody {
    return { error: { code: this.code, message: this.message, details: this.details, erc1066: erc1066OfError(this.code) } };
  }
}

export interface ApiErrorOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Only where HTTP has a more precise status for the same code (413, 415 for ST2-INVALID-INPUT). */
  readonly status?: number;
}

export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details: Readonly<Record<string, unknown>>;
    /** The code's ERC-1066 equivalent, null where the standard has none. */
    readonly erc1066: Erc1066Status | null;
  };
}

export class InvalidInputError extends ApiError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, status = 400) {
    super('ST2-INVALID-INPUT', message, details, { status });
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message: string = describe('ST2-UNAUTHENTICATED')) {
    super('ST2-UNAUTHENTICATED', message, {}, { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
}

export class ForbiddenError extends ApiError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('ST2-UNAUTHORIZED', message, details);
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('ST2-NOT-FOUND', message, details);
  }
}

/** The gateway could not serve now (ledger down, read model behind, overload): retry after a pause. */
export class UnavailableError extends ApiError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, retryAfterSeconds = 1) {
    super('ST2-UNAVAILABLE', message, details, { headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
}

export class RateLimitedError extends ApiError {
  constructor(retryAfterSeconds: number, message = `Too many requests; retry in ${retryAfterSeconds} s.`) {
    super('ST2-RATE-LIMITED', message, { retryAfterSeconds }, { headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
}

/** What @fastify/under-pressure throws when the process is overloaded (it constructs it without arguments). */
export class OverloadedError extends UnavailableError {
  constructor() {
    super('The gateway is overloaded; retry shortly.');
  }
}
