import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema, type Party } from './party';
import { DEFAULT_PARTITION, PartitionName } from './partition';
import { Amount, Closed, Id, Nullable, Timestamp } from './schema';

/**
 * An operator (ERC-1400/1410 `authorizeOperator`): a party (org, id) such as the holder's custodian or
 * broker, authorised by the holder to move its units of one security, every rule applied to the holder as
 * sender. Optionally limited: `limit` is the most it may move in all under this authorisation, `moved` what
 * it has. Revocation is immediate (`revokedAt`); authorising again starts a new authorisation (moved 0).
 *
 * Scope: every partition of the holding, or the one `partition` (ERC-1410's `authorizeOperatorByPartition`).
 * One authorisation per (security, holder, operator): authorising again for another partition replaces it.
 */
export const OperatorSchema = Closed({
  securityId: Id,
  holder: Id,
  operator: PartySchema,
  /** Null: no limit. */
  limit: Nullable(Amount),
  moved: Amount,
  /** Absent: every partition. */
  partition: Type.Optional(PartitionName),
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

/** Whether the authorisation covers units moving in `partition` (absent: the default partition). */
export function coversPartition(operator: Operator, partition: string | undefined): boolean {
  return operator.partition === undefined || operator.partition === (partition ?? DEFAULT_PARTITION);
}

export function isActiveOperator(operator: Operator | undefined): operator is Operator {
  return operator !== undefined && operator.revokedAt === undefined;
}
