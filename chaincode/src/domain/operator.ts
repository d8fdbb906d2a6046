import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema, type Party } from './party';
import { Amount, Closed, Id, Nullable, Timestamp } from './schema';

/**
 * An operator (ERC-1400/1410 `authorizeOperator`): a party (org, id) such as the holder's custodian or
 * broker, authorised by the holder to move its units of one security, every rule applied to the holder as
 * sender. Optionally limited: `limit` is the most it may move in all under this authorisation, `moved` what
 * it has. Revocation is immediate (`revokedAt`); authorising again starts a new authorisation (moved 0).
 *
 * Scope: the whole holding. ERC-1410's per-partition operators (`authorizeOperatorByPartition`) add an
 * optional `partition` here and in the key (operator~<security>~<holder>~<partition>~<org>~<id>); absent
 * keeps meaning "every partition".
 */
export const OperatorSchema = Closed({
  securityId: Id,
  holder: Id,
  operator: PartySchema,
  /** Null: no limit. */
  limit: Nullable(Amount),
  moved: Amount,
  authorizedAt: Timestamp,
  revokedAt: Type.Optional(Timestamp),
});
export type Operator = StaticDecode<typeof OperatorSchema>;

/** An operator record's key in the slice: one authorisation per (security, holder, operator). */
export function operatorRef(securityId: string, holder: string, { org, id }: Party): string {
  return `${securityId}\u0000${holder}\u0000${org}\u0000${id}`;
}

/** What the operator may still move for the holder: null when unlimited. */
export function operatorAllowance(operator: Operator): bigint | null {
  return operator.limit === null ? null : operator.limit - operator.moved;
}

export function isActiveOperator(operator: Operator | undefined): operator is Operator {
  return operator !== undefined && operator.revokedAt === undefined;
}
