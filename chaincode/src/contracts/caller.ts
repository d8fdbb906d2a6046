import type { Context } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { isRole, type Actor } from '../domain/roles';

/** Certificate attributes (as Fabric CA issues them) that carry the caller's st2 role and identity. */
export const ROLE_ATTRIBUTE = 'st2.role';
export const ID_ATTRIBUTE = 'st2.id';

/** Who is calling, from the signed proposal only: MSP id and certificate attributes, never arguments. */
export function actorOf(ctx: Context): Actor {
  const identity = ctx.clientIdentity;
  const role = identity.getAttributeValue(ROLE_ATTRIBUTE);
  const id = identity.getAttributeValue(ID_ATTRIBUTE);
  if (!role || !isRole(role) || !id) {
    fail('ST2-UNAUTHORIZED', `The caller's certificate carries no valid ${ROLE_ATTRIBUTE} / ${ID_ATTRIBUTE} attributes.`);
  }
  return { org: identity.getMSPID(), role, id };
}

/** The transaction timestamp: the only clock chaincode may use (every endorser sees the same one). */
export function txTime(ctx: Context): number {
  return ctx.stub.getDateTimestamp().getTime();
}
