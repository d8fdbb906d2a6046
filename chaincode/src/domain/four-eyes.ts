import { Type, type StaticDecode } from '@sinclair/typebox';
import { reject, type Rejection } from './decision';
import { PartitionName } from './partition';
import { PartySchema } from './party';
import { Amount, Closed, Id, PositiveAmount, Timestamp } from './schema';
import type { Power, Security } from './security';

/** The agent powers a security may put under four eyes: those that take units from a holder. */
export const FOUR_EYES_POWERS = ['force', 'recover', 'redeem'] as const;
export type FourEyesPower = (typeof FOUR_EYES_POWERS)[number];

/**
 * A security's four-eyes rule (`rules.fourEyes`, set by its issuer): a forced transfer, recovery or redemption of
 * more than `threshold` units, by a power listed, is executed only once a second party holding the same power
 * approved it (an `AgentApproval`); up to the threshold, one agent acts alone. A recovery's amount is the whole
 * holding it moves.
 */
export const FourEyesSchema = Closed({
  threshold: Amount,
  powers: Type.Array(Type.Union(FOUR_EYES_POWERS.map((power) => Type.Literal(power))), { minItems: 1, maxItems: FOUR_EYES_POWERS.length, uniqueItems: true }),
});
export type FourEyes = StaticDecode<typeof FourEyesSchema>;

/** The refusal of an operation that needs a second agent's approval, or null when one agent may act alone. */
export function fourEyesProblem(security: Security, power: Power, amount: bigint): Rejection | null {
  const rule = security.rules.fourEyes;
  if (!rule || !rule.powers.some((listed) => listed === power) || amount <= rule.threshold) return null;
  return reject('ST2-FOUR-EYES-REQUIRED', `${security.id} needs a second agent's approval for '${power}' above ${rule.threshold}: propose it for approval.`, {
    power, threshold: rule.threshold.toString(), amount: amount.toString(),
  });
}

/** An agent operation as proposed: the command's own fields (without the security), fixed until it executes. */
export const AgentActionSchema = Type.Union([
  Closed({ kind: Type.Literal('ForcedTransfer'), from: Id, to: Id, amount: PositiveAmount, partition: Type.Optional(PartitionName) }),
  Closed({ kind: Type.Literal('Redeem'), from: Id, amount: PositiveAmount, partition: Type.Optional(PartitionName) }),
  Closed({ kind: Type.Literal('Recover'), lost: Id, replacement: Id }),
]);
export type AgentAction = StaticDecode<typeof AgentActionSchema>;

/** The power an action exercises. */
export function powerOf(action: AgentAction): FourEyesPower {
  return action.kind === 'ForcedTransfer' ? 'force' : action.kind === 'Redeem' ? 'redeem' : 'recover';
}

/**
 * An agent operation waiting for a second party with the same power (four eyes). Its parameters are fixed at the
 * proposal; the approval executes it under the rules of that moment, as its proposer's act. Pending until then, or
 * until its proposer cancels it; past `expiresAt` it can only be cancelled. Its id is unique on the ledger.
 */
export const AgentApprovalSchema = Closed({
  id: Id,
  securityId: Id,
  action: AgentActionSchema,
  proposedBy: PartySchema,
  proposedAt: Timestamp,
  expiresAt: Timestamp,
  status: Type.Union([Type.Literal('pending'), Type.Literal('executed'), Type.Literal('cancelled')]),
  /** The second party who approved it, or the proposer who cancelled it. */
  decidedBy: Type.Optional(PartySchema),
  decidedAt: Type.Optional(Timestamp),
});
export type AgentApproval = StaticDecode<typeof AgentApprovalSchema>;
