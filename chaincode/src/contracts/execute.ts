import type { Context } from 'fabric-contract-api';
import { createHash } from 'node:crypto';
import type { CommandKind, CommandOf, Envelope } from '../domain/commands';
import { decide } from '../domain/decide';
import type { Decision } from '../domain/decision';
import type { DomainEvent } from '../domain/events';
import { evolveAll } from '../domain/evolve';
import type { Slice } from '../domain/slice';
import type { St2Event } from '../domain/st2-event';
import { inputCodec } from '../wire/inputs';
import { fail, RejectionError } from '../wire/rejection-message';
import { envelopeOf } from './caller';
import { emit } from './events';
import { keys } from './keys';
import { Repository } from './repository';

/**
 * One kind of write transaction, as the pipeline sees it: how its input is read (the command, what
 * travels with it, the request id), checked before anything is decided, loaded, decided, saved, and
 * what follows acceptance. Public commands and confidential ones are two such kinds of one pipeline.
 */
export interface WriteKind<C, X, S, E extends St2Event> {
  readonly parse: (json: string) => { readonly cmd: C; readonly extra: X; readonly requestId?: string };
  /** Checks that need more than the domain (a proof, the transient map), before the state is even read. */
  readonly verify?: (ctx: Context, cmd: C, extra: X) => Promise<void>;
  /** Private facts the decision needs besides the signed envelope (custody positions from the transient map). */
  readonly facts?: (ctx: Context, cmd: C, env: Envelope) => Promise<Partial<Envelope>>;
  readonly load: (ctx: Context, cmd: C, env: Envelope) => Promise<S>;
  readonly decide: (cmd: C, env: Envelope, slice: S) => Decision<E>;
  /** Writes exactly what the events changed in the slice they were decided on. */
  readonly save: (ctx: Context, before: S, events: readonly E[]) => Promise<void>;
  /** After the state is written: private data the decision only saw hashed, sealed openings. */
  readonly after?: (ctx: Context, cmd: C, extra: X, env: Envelope, before: S) => Promise<void>;
}

/** Private facts a decision needs, read from the transient map and checked against the ledger's hashes before deciding. */
export type PrivateFacts<K extends CommandKind> = (ctx: Context, cmd: CommandOf<K>, env: Envelope) => Promise<Partial<Envelope>>;

/**
 * The whole life of a write transaction, the same for every command: parse and validate the input,
 * establish who and when from the proposal, verify, refuse a repeated request id, load, decide, write
 * once, emit one event. Fabric reads never see this transaction's writes, so nothing is read after
 * `save`. Returns the event payload (JSON), which is also the transaction's result.
 */
export async function write<C, X, S, E extends St2Event>(ctx: Context, kind: WriteKind<C, X, S, E>, json: string): Promise<string> {
  const { cmd, extra, requestId } = kind.parse(json);
  const signed = await envelopeOf(ctx);
  const env = kind.facts ? { ...signed, ...(await kind.facts(ctx, cmd, signed)) } : signed;
  if (kind.verify) await kind.verify(ctx, cmd, extra);
  const [slice] = await Promise.all([kind.load(ctx, cmd, env), requestId ? claimRequest(ctx, env.actor.org, requestId) : null]);
  const decision = kind.decide(cmd, env, slice);
  if (!decision.ok) throw new RejectionError(decision);
  await kind.save(ctx, slice, decision.events);
  if (kind.after) await kind.after(ctx, cmd, extra, env, slice);
  return emit(ctx, decision.events);
}

/** Runs after a public command was accepted and its state written: for private data the decision only hashed. */
export type AfterAccept<K extends CommandKind> = (ctx: Context, cmd: CommandOf<K>, env: Envelope, before: Slice) => Promise<void>;

/** A public command: its input schema, the world-state repository, `decide`. */
export function publicWrite<K extends CommandKind>(kind: K, after?: AfterAccept<K>, facts?: PrivateFacts<K>): WriteKind<CommandOf<K>, undefined, Slice, DomainEvent> {
  return {
    parse: (json) => {
      const { requestId, ...fields } = inputCodec(kind).parse(json) as { requestId?: string };
      return { cmd: { kind, ...fields } as CommandOf<K>, extra: undefined, requestId };
    },
    load: (ctx, cmd, env) => new Repository(ctx.stub).loadFor(cmd, env),
    decide,
    save: (ctx, before, events) => new Repository(ctx.stub).save(before, evolveAll(before, events)),
    after: after && ((ctx, cmd, _extra, env, before) => after(ctx, cmd, env, before)),
    ...(facts ? { facts } : {}),
  };
}

/** A public command's transaction. */
export function execute<K extends CommandKind>(ctx: Context, kind: K, json: string, after?: AfterAccept<K>, facts?: PrivateFacts<K>): Promise<string> {
  return write(ctx, publicWrite(kind, after, facts), json);
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
