import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox';
import { Id, PositiveAmount } from '../schema';
import { FieldText, OrgId, OrgPublicKey } from './schema';

/**
 * Confidential commands. Mint, transfer and redeem carry the PUBLIC INPUTS of their proof: the adapter
 * verifies the proof against exactly these values (and the security's field id) before the decider sees
 * them, so the decider only checks what a proof cannot know: roots are current, nullifiers unused,
 * commitments new, the caller's role.
 */
export const ConfidentialCommandSchemas = {
  EnableConfidential: Type.Object({ securityId: Id }),
  RegisterConfidentialKey: Type.Object({ identityId: Id, publicKey: FieldText }),
  /** An org's opening key; `auditor` once, for the org that reads the audit collection. */
  RegisterOrgKey: Type.Object({ org: OrgId, publicKey: OrgPublicKey, auditor: Type.Optional(Type.Boolean()) }),
  RefreshAllowlist: Type.Object({ securityId: Id }),
  SealNotes: Type.Object({ securityId: Id }),
  ConfidentialMint: Type.Object({ securityId: Id, amount: PositiveAmount, commitment: FieldText, kycRoot: FieldText }),
  ConfidentialTransfer: Type.Object({
    securityId: Id,
    nullifiers: Type.Tuple([FieldText, FieldText]),
    commitments: Type.Tuple([FieldText, FieldText]),
    noteRoot: FieldText,
    kycRoot: FieldText,
  }),
  ConfidentialRedeem: Type.Object({ securityId: Id, amount: PositiveAmount, nullifier: FieldText, changeCommitment: FieldText, noteRoot: FieldText }),
} as const satisfies Record<string, TSchema>;

export type ConfidentialKind = keyof typeof ConfidentialCommandSchemas;
export type ConfidentialCommand = { [K in ConfidentialKind]: { kind: K } & StaticDecode<(typeof ConfidentialCommandSchemas)[K]> }[ConfidentialKind];
export type ConfidentialCommandOf<K extends ConfidentialKind> = Extract<ConfidentialCommand, { kind: K }>;

/** The commands whose fields are a proof's public inputs. */
export const PROVEN_KINDS = ['ConfidentialMint', 'ConfidentialTransfer', 'ConfidentialRedeem'] as const;
export type ProvenKind = (typeof PROVEN_KINDS)[number];
