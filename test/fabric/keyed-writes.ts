import type { Caller } from '../../gateway/src/ledger/ledger';
import type { St2Client } from '../scenarios/client';
import { fabricBackend } from './fabric-backend';
import { onboard } from './own-network';

/**
 * How the fault suites (a node killed under load) write and wait, as a careful client would: each write
 * keyed by a request id, so resending it can never apply it twice; every wait bounded.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client that lost its connection to the gateway (refused, reset) before an answer: it cannot know whether the write was applied. */
export const CONNECTION_LOST = 'CONNECTION-LOST';
/** Answers a keyed write is resent after: nothing was applied, or it was and a resend says so. */
const RESENT_AFTER = new Set(['ST2-UNAVAILABLE', 'ST2-MVCC-CONFLICT', CONNECTION_LOST]);
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
  /** The code of each failed attempt, in order: what the client saw before the outcome. */
  readonly errors: readonly string[];
}

/**
 * Sends `write` (which carries `requestId`) until it is applied: resent (bounded) only when the ledger
 * answers UNAVAILABLE (a node down) or MVCC-CONFLICT (concurrent writers share records).
 */
export async function sendKeyed(requestId: string, write: () => Promise<unknown>, log: (line: string) => void): Promise<KeyedWrite> {
  const sentAt = Date.now();
  const errors: string[] = [];
  const answered = (outcome: string, attempts: number): KeyedWrite => ({ requestId, sentAt, appliedAt: Date.now(), outcome, attempts, errors });
  for (let attempts = 1; ; attempts++) {
    try {
      await write();
      return answered('accepted', attempts);
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      if (code === 'ST2-DUPLICATE-REQUEST') return answered(code, attempts);
      errors.push(code ?? String(error));
      if (!RESENT_AFTER.has(code ?? '') || Date.now() - sentAt > RESEND_BOUND_MS) return answered(code ?? String(error), attempts);
      // The first failure and every tenth: a write resent for a long outage would fill the log.
      if (attempts % 10 === 1) log(`${requestId} attempt ${attempts} failed: ${message}`);
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

/** A pair of holders, bank1's sender and bank2's receiver: one writer sends its transfers. */
export interface HolderPair {
  readonly from: Caller;
  readonly to: Caller;
}

/**
 * The people of a fault suite, with ids unique to the run (`prefix` names the suite): an issuer, each
 * bank's operator, and two pairs of holders, so two writers never move the same balances (they still
 * share the security's per-jurisdiction records).
 */
export function keyedCast(prefix: string) {
  const run = `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const id = (name: string) => `${name}-${run}`;
  const { bank1, bank2 } = fabricBackend.msp;
  const as = (org: string, role: string, who: string): Caller => ({ org, role, id: who });
  const pairs: readonly HolderPair[] = [
    { from: as(bank1, 'investor', id('alice')), to: as(bank2, 'investor', id('bob')) },
    { from: as(bank1, 'investor', id('carol')), to: as(bank2, 'investor', id('dave')) },
  ];
  return { id, as, issuer: as(bank1, 'issuer', id('issuer')), ops1: as(bank1, 'agent', id('bank1-ops')), ops2: as(bank2, 'agent', id('bank2-ops')), pairs };
}
export type KeyedCast = ReturnType<typeof keyedCast>;

/** Onboards every pair (senders by bank1's operator, receivers by bank2's), creates the security and issues `issued` units to each sender. */
export async function fundPairs(st2: St2Client, cast: KeyedCast, security: { securityId: string; name: string; isin: string }, issued: bigint): Promise<void> {
  for (const pair of cast.pairs) {
    for (const [onboarder, who] of [[cast.ops1, pair.from], [cast.ops2, pair.to]] as const) await onboard(st2, onboarder, who);
  }
  await st2.submit(cast.issuer, 'security:create', {
    ...security, decimals: 0, agents: [], rules: { requiredClaims: [] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
  });
  for (const pair of cast.pairs) await st2.submit(cast.issuer, 'token:issue', { securityId: security.securityId, to: pair.from.id, amount: String(issued) });
}

/** One keyed transfer of 1 unit of `securityId` within the pair, resent while a node is lost or the writers conflict: see sendKeyed. */
export function keyedTransfer(st2: St2Client, securityId: string, pair: HolderPair, requestId: string, log: (line: string) => void): Promise<KeyedWrite> {
  return sendKeyed(requestId, () => st2.submit(pair.from, 'token:transfer', { securityId, from: pair.from.id, to: pair.to.id, amount: '1', requestId }), log);
}
