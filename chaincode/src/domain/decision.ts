import { REASON_CODES, type ReasonCode } from './reason-codes';

/** A refusal, as a value: stable code, a message a person understands, and machine-readable details. */
export interface Rejection {
  readonly ok: false;
  readonly code: ReasonCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface Accepted<E> {
  readonly ok: true;
  readonly events: readonly E[];
}

export type Decision<E> = Accepted<E> | Rejection;

export function accept<E>(events: readonly E[]): Accepted<E> {
  return { ok: true, events };
}

export function reject(code: ReasonCode, message: string = REASON_CODES[code], details: Record<string, unknown> = {}): Rejection {
  return { ok: false, code, message, details };
}
