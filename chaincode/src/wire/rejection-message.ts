import { reject, type Rejection } from '../domain/decision';
import { isReasonCode } from '../domain/reason-codes';

/**
 * The only thing that leaves chaincode on failure is an error message, so a Rejection travels as
 * `ST2-CODE: message ⟨details-json⟩`. Both ends use this module: the chaincode to write it, the
 * gateway (either backend) to read it back, whatever prefix Fabric has wrapped around it.
 */
const PATTERN = /(ST2-[A-Z0-9-]+): ([^⟨]*?)(?: ⟨(.*)⟩)?$/s;

export function encodeRejection(rejection: Rejection): string {
  const details = Object.keys(rejection.details).length > 0 ? ` ⟨${JSON.stringify(rejection.details)}⟩` : '';
  return `${rejection.code}: ${rejection.message}${details}`;
}

/** Finds a Rejection in any error text; undefined when the text carries no known ST2 code. */
export function decodeRejection(text: string): Rejection | undefined {
  const match = PATTERN.exec(text);
  const code = match?.[1];
  if (!match || !code || !isReasonCode(code)) return undefined;
  return reject(code, match[2] ?? '', parseDetails(match[3]));
}

function parseDetails(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Thrown where a Rejection must cross a boundary that only knows exceptions (the chaincode adapter). */
export class RejectionError extends Error {
  constructor(readonly rejection: Rejection) {
    super(encodeRejection(rejection));
    this.name = 'RejectionError';
  }
}

export function fail(...args: Parameters<typeof reject>): never {
  throw new RejectionError(reject(...args));
}
