import { Context } from 'fabric-contract-api';
import type { Envelope } from '../domain/commands';
import { roleBindingRejection, type ConsortiumPolicy } from '../domain/consortium';
import { isRole, type Actor } from '../domain/roles';
import { fail, RejectionError } from '../wire/rejection-message';
import { keys } from './keys';
import { stateCodecs } from './repository';

/** Certificate attributes (as Fabric CA issues them) that carry the caller's st2 role and identity. */
export const ROLE_ATTRIBUTE = 'st2.role';
export const ID_ATTRIBUTE = 'st2.id';

/**
 * The transaction context of st2's contracts: fabric-contract-api's, plus the consortium policy the
 * hosting process supplied (see `st2Contracts`). Null when it supplied none: then nobody is an actor.
 */
export class St2Context extends Context {
  constructor(readonly consortium: ConsortiumPolicy | null) {
    super();
  }
}

/**
 * The policy this transaction runs under: the one on the ledger once the consortium changed it
 * (governance), else the host's. Without a host policy every caller is refused (fail closed, never open),
 * even if the ledger holds one: a server started without it is misconfigured.
 */
export async function consortiumOf(ctx: Context): Promise<ConsortiumPolicy> {
  const host = ctx instanceof St2Context ? ctx.consortium : null;
  if (!host) fail('ST2-UNAUTHORIZED', 'This chaincode was started without the consortium policy (ST2_CONSORTIUM_POLICY): it authorizes nobody.');
  const stored = await ctx.stub.getState(keys.consortiumPolicy(ctx.stub));
  return stored && stored.length > 0 ? stateCodecs.consortiumPolicy.parse(stored) : host;
}

/**
 * Who is calling, from the signed proposal only: MSP id and certificate attributes, never arguments;
 * and only with a role the caller's org may grant (a bank's CA cannot make a regulator).
 */
export async function actorOf(ctx: Context, policy?: ConsortiumPolicy): Promise<Actor> {
  policy ??= await consortiumOf(ctx);
  const identity = ctx.clientIdentity;
  const role = identity.getAttributeValue(ROLE_ATTRIBUTE);
  const id = identity.getAttributeValue(ID_ATTRIBUTE);
  if (!role || !isRole(role) || !id) {
    fail('ST2-UNAUTHORIZED', `The caller's certificate carries no valid ${ROLE_ATTRIBUTE} / ${ID_ATTRIBUTE} attributes.`);
  }
  const actor: Actor = { org: identity.getMSPID(), role, id };
  const unbound = roleBindingRejection(policy, actor);
  if (unbound) throw new RejectionError(unbound);
  return actor;
}

/** Who, when and under which policy: what every decision is made with. */
export async function envelopeOf(ctx: Context): Promise<Envelope> {
  const consortium = await consortiumOf(ctx);
  return { actor: await actorOf(ctx, consortium), at: txTime(ctx), consortium };
}

/** The transaction timestamp: the only clock chaincode may use (every endorser sees the same one). */
export function txTime(ctx: Context): number {
  return ctx.stub.getDateTimestamp().getTime();
}
