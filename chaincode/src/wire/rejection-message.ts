import { reject, type Rejection } from '../domain/decision';
import { isReasonCode } from '../domain/reason-codes';

/**
 * The only thing that leaves chaincode on failure is an error message, so a Rejection travels as
 * `ST2-CODE: message ⟨details-json⟩`. Both ends use this module: the chaincode to write it, the
 * gateway (either backend) to read it back, whatever prefix Fabric has wrapped around it.
 */
const DETAILS_OPEN = ' ⟨';
const DETAILS_CLOSE = '⟩';
const PATTERN = /(ST2-[A-Z0-9-]+): ([^⟨]*?)(?: ⟨(.*)⟩)?$/s;

export function encodeRejection(rejection: Rejection): string {
  const details = Object.keys(rejection.details).length > 0 ? `${DETAILS_OPEN}${JSON.stringify(rejection.details)}${DETAILS_CLOSE}` : '';
  return `${rejection.code}: ${rejection.message}${details}`;
}

/** Finds a Rejection in any error text; undefined when the text carries no known ST2 code. */
export function decodeRejection(text: string): Rejection | undefined {
  const match = PATTERN.exec(text);
  const code = match?.[1];
  if (!match || !code || !isReasonCode(code)) return undefined;
  let details: Record<string, unknown> = {};
  if (match[3]) {
    try {
      details = JSON.parse(match[3]) as Record<string, unknown>;
    } catch {
      details = {};
    }
  }
  return reject(code, match[2] ?? '', details);
}
