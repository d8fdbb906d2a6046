/** Why the gateway refused: its stable ST2-... reason code and a message a person understands. */
export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly status: number;
}

/** What every data function answers: the value, or the refusal to show as it is (never swallowed). */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

interface ErrorBody {
  readonly error?: { readonly code?: unknown; readonly message?: unknown };
}

/** An openapi-fetch answer as an Outcome: the gateway's error body `{ error: { code, message } }` becomes a Refusal. */
export function outcomeOf<T>(result: { data?: T; error?: unknown; response: Response }): Outcome<T> {
  if (result.data !== undefined) return { ok: true, value: result.data };
  return { ok: false, refusal: refusalOf(result.error, result.response.status) };
}

export function refusalOf(error: unknown, status: number): Refusal {
  const body = (typeof error === 'object' && error !== null ? error : {}) as ErrorBody;
  const code = typeof body.error?.code === 'string' ? body.error.code : 'ST2-UNAVAILABLE';
  const message = typeof body.error?.message === 'string' ? body.error.message : `The gateway answered ${status}.`;
  return { code, message, status };
}

/** Applies f to an accepted value; a refusal passes through. */
export function mapOutcome<T, U>(outcome: Outcome<T>, f: (value: T) => U): Outcome<U> {
  return outcome.ok ? { ok: true, value: f(outcome.value) } : outcome;
}
