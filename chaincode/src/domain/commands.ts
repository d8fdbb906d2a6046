import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { InvestorType } from './identity';
import { Id, Jurisdiction, PositiveAmount, Sha256, Timestamp, Topic } from './schema';
import { RuleSetSchema, TermsSchema } from './security';
import type { Actor } from './roles';

/**
 * Commands: what a caller asks for. Each schema is the wire input of one chaincode transaction (and of
 * the gateway route that submits it); the domain command is the same object decoded (bigints) with its kind.
 */
export const CommandSchemas = {
  TrustClaimIssuer: Type.Object({ issuerId: Id, topics: Type.Array(Topic, { minItems: 1, maxItems: 16 }) }),
  RegisterIdentity: Type.Object({
    identityId: Id, investor: Id, jurisdiction: Jurisdiction, investorType: InvestorType, recordHash: Sha256,
  }),
  AddClaim: Type.Object({ identityId: Id, topic: Topic, expiresAt: Timestamp, evidenceHash: Sha256 }),
  RevokeClaim: Type.Object({ identityId: Id, topic: Topic }),
  CreateSecurity: Type.Object({
    securityId: Id,
    name: Type.String({ minLength: 1, maxLength: 128 }),
    isin: Type.String({ pattern: '^[A-Z]{2}[A-Z0-9]{9}[0-9]$' }),
    decimals: Type.Integer({ minimum: 0, maximum: 18 }),
    terms: TermsSchema,
    rules: RuleSetSchema,
    agents: Type.Array(Id, { maxItems: 16 }),
  }),
  SetRules: Type.Object({ securityId: Id, rules: RuleSetSchema }),
  AttachDocument: Type.Object({ securityId: Id, name: Type.String({ minLength: 1, maxLength: 128 }), hash: Sha256 }),
  Pause: Type.Object({ securityId: Id }),
  Unpause: Type.Object({ securityId: Id }),
  Issue: Type.Object({ securityId: Id, to: Id, amount: PositiveAmount }),
  Redeem: Type.Object({ securityId: Id, from: Id, amount: PositiveAmount }),
  Transfer: Type.Object({ securityId: Id, from: Id, to: Id, amount: PositiveAmount }),
  ForcedTransfer: Type.Object({ securityId: Id, from: Id, to: Id, amount: PositiveAmount }),
  /** Without `amount`, the whole holding. */
  Freeze: Type.Object({ securityId: Id, holder: Id, amount: Type.Optional(PositiveAmount) }),
  Unfreeze: Type.Object({ securityId: Id, holder: Id, amount: Type.Optional(PositiveAmount) }),
  Recover: Type.Object({ securityId: Id, lost: Id, replacement: Id }),
} as const satisfies Record<string, TSchema>;

export type CommandKind = keyof typeof CommandSchemas;
export type CommandInput<K extends CommandKind> = StaticDecode<(typeof CommandSchemas)[K]>;
export type Command = { [K in CommandKind]: { kind: K } & CommandInput<K> }[CommandKind];
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

/** Who asks and when: set by the adapter from the certificate and the transaction timestamp. */
export interface Envelope {
  readonly actor: Actor;
  readonly at: number;
}
