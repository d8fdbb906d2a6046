import type { Context } from 'fabric-contract-api';
import { createHash } from 'node:crypto';
import type { CommandKind, CommandOf, Envelope } from '../domain/commands';
import { decide } from '../domain/decide';
import type { DomainEvent } from '../domain/events';
import { evolveAll } from '../domain/evolve';
import type { Slice } from '../domain/slice';
import { inputCodec } from '../wire/inputs';
import { fail, RejectionError } from '../wire/rejection-message';
import { envelopeOf } from './caller';
import { emit } from './events';
import { keys } from './keys';
import { Repository } from './repository';

/** Runs after a command was accepted and its state written: for private data the decision only hashed. */
export type AfterAccept<K extends CommandKind> = (ctx: Context, cmd: CommandOf<K>, env: Envelope, before: Slice) => Promise<void>;

/** Private facts a decision needs, read from the transient map and checked against the ledger's hashes before deciding. */
export type PrivateFacts<K extends CommandKind> = (ctx: Context, cmd: CommandOf<K>, env: Envelope) => Promise<Partial<Envelope>>;

/**
 * The whole life of a write transaction, the same for every command: parse and validate the input,
 * establish who and when from the proposal, refuse a repeated request id, load, decide, write once,
 * emit one event. Fabric reads never see this transaction's writes, so nothing is read after `save`.
 * Returns the event payload (JSON), which is also the transaction's result.
 */
export async function execute<K extends CommandKind>(ctx: Context, kind: K, json: string, after?: AfterAccept<K>, facts?: PrivateFacts<K>): Promise<string> {
  const { requestId, ...fields } = inputCodec(kind).parse(json) as { requestId?: string };
  const cmd = { kind, ...fields } as CommandOf<K>;
  const signed = envelopeOf(ctx);
  const env = facts ? { ...signed, ...(await facts(ctx, cmd, signed)) } : signed;
  const repository = new Repository(ctx.stub);
  const [slice] = await Promise.all([repository.loadFor(cmd, env), requestId ? claimRequest(ctx, env.actor.org, requestId) : null]);
  const events = accepted(decide(cmd, env, slice));
  await repository.save(slice, evolveAll(slice, events));
  if (after) await after(ctx, cmd, env, slice);
  return emit(ctx, events);
}

function accepted(decision: ReturnType<typeof decide>): readonly DomainEvent[] {
  if (!decision.ok) throw new RejectionError(decision);
  return decision.events;
}

/** Idempotency on the ledger: the first transaction with a request id records it, any later one is refused. */
export async function claimRequest(ctx: Context, org: string, requestId: string): Promise<void> {
  const key = keys.request(ctx.stub, org, requestId);
  const seen = await ctx.stub.getState(key);
  if (seen && seen.length > 0) {
    const txId = Buffer.from(seen).toString('utf8');
    fail('ST2-DUPLICATE-REQUEST', `Request ${requestId} was already applied in transaction ${txId}.`, { requestId, txId });
  }
  await ctx.stub.putState(key, Buffer.from(ctx.stub.getTxID()));
}

/** Private data arrives in the transient map (never in the ledger's args) and must match its public hash. */
export function transientMatching(ctx: Context, field: string, sha256: string): Uint8Array {
  const value = ctx.stub.getTransient().get(field);
  if (!value || value.length === 0) fail('ST2-INVALID-INPUT', `Transient field '${field}' is required.`, { field });
  const digest = createHash('sha256').update(value).digest('hex');
  if (digest !== sha256) fail('ST2-INVALID-INPUT', `Transient field '${field}' does not match its hash.`, { field, expected: sha256, actual: digest });
  return value;
}
