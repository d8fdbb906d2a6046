/**
 * How the fault suites (a node killed under load) write and wait, as a careful client would: each write
 * keyed by a request id, so resending it can never apply it twice; every wait bounded.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ledger answers a keyed write is resent after: nothing was applied, or it was and a resend says so. */
const RESENT_AFTER = new Set(['ST2-UNAVAILABLE', 'ST2-MVCC-CONFLICT']);
/** How long a keyed write is resent before its last answer counts. */
const RESEND_BOUND_MS = 90_000;

export interface KeyedWrite {
  readonly requestId: string;
  /** When the write was first sent, and when the ledger confirmed it (accepted, or already applied). */
  readonly sentAt: number;
  readonly appliedAt: number;
  /** 'accepted', 'ST2-DUPLICATE-REQUEST' (an earlier attempt was applied after all: applied once), or the failure's code. */
  readonly outcome: string;
  readonly attempts: number;
}

/**
 * Sends `write` (which carries `requestId`) until it is applied: resent (bounded) only when the ledger
 * answers UNAVAILABLE (a node down) or MVCC-CONFLICT (concurrent writers share records).
 */
export async function sendKeyed(requestId: string, write: () => Promise<unknown>, log: (line: string) => void): Promise<KeyedWrite> {
  const sentAt = Date.now();
  for (let attempts = 1; ; attempts++) {
    try {
      await write();
      return { requestId, sentAt, appliedAt: Date.now(), outcome: 'accepted', attempts };
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      if (code === 'ST2-DUPLICATE-REQUEST') return { requestId, sentAt, appliedAt: Date.now(), outcome: code, attempts };
      if (!RESENT_AFTER.has(code ?? '') || Date.now() - sentAt > RESEND_BOUND_MS) return { requestId, sentAt, appliedAt: Date.now(), outcome: code ?? String(error), attempts };
      log(`${requestId} attempt ${attempts} failed: ${message}`);
      await sleep(250);
    }
  }
}

/** Waits (bounded) until `done` holds, polling; answers whether it did. */
export async function eventually(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
  return true;
}
