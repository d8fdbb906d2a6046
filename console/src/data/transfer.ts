import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome, type Refusal } from '../api/outcome';

/** What the investor fills in: from is always the signed-in identity. */
export interface TransferDraft {
  readonly securityId: string;
  readonly from: string;
  readonly to: string;
  /** Smallest units, a positive integer as a decimal string. */
  readonly amount: string;
}

/** One rule's verdict in the pre-check, in the order the chaincode reports a refusal. */
export interface RuleVerdict {
  readonly rule: string;
  readonly ok: boolean;
  readonly code?: string;
  readonly message?: string;
}

export interface PreCheck {
  readonly allowed: boolean;
  /** The first broken rule's refusal, the one a transfer would get. */
  readonly refusal?: { readonly code: string; readonly message: string };
  readonly rules: readonly RuleVerdict[];
}

/** The dry run of a transfer: every rule's verdict, nothing written. */
export async function preCheck(client: St2Client, draft: TransferDraft): Promise<Outcome<PreCheck>> {
  const answer = outcomeOf(await client.POST('/v1/transfers/check', { body: { ...draft } }));
  return mapOutcome(answer, ({ allowed, code, message, trace }) => ({
    allowed,
    ...(code ? { refusal: { code, message: message ?? '' } } : {}),
    rules: trace.map(({ rule, ok, code: ruleCode, message: ruleMessage }) => ({ rule, ok, ...(ruleCode ? { code: ruleCode } : {}), ...(ruleMessage ? { message: ruleMessage } : {}) })),
  }));
}

export interface Sent {
  readonly txId: string;
}

/**
 * Sends the transfer once: the idempotency key is the draft's (made when the form was filled in), so a retry of
 * the same submission never moves the units twice. A refusal carries its reason code and message.
 */
export async function sendTransfer(client: St2Client, draft: TransferDraft, idempotencyKey: string): Promise<Outcome<Sent>> {
  const answer = outcomeOf(await client.POST('/v1/transfers', { params: { header: { 'idempotency-key': idempotencyKey } }, body: { ...draft } }));
  return mapOutcome(answer, ({ txId }) => ({ txId }));
}

export type { Refusal };
