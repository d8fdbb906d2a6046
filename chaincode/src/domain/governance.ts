import { Type, type StaticDecode, type TProperties } from '@sinclair/typebox';
import { MAX_CONSORTIUM_ORGS, RoleSchema, type ConsortiumPolicy } from './consortium';
import { PartySchema } from './party';
import { ROLES } from './roles';
import { Closed, Org, Timestamp } from './schema';
import { IssuerTopicsSchema } from './trust';

/**
 * Consortium governance: a consortium-wide setting changes only when `policy.approvals` administrator
 * orgs have approved the same change (N of M). The first approval makes it pending, each further one
 * is recorded, the one that reaches the threshold executes it in the same transaction; a change not
 * executed within CHANGE_TTL_MS expires. No single org administers the consortium.
 */

/** The fields of each kind of change: the wire input of the command that proposes or approves it. */
export const ChangeFields = {
  TrustClaimIssuer: { issuer: PartySchema, topics: IssuerTopicsSchema },
  SetClaimIssuerTopics: { issuer: PartySchema, topics: IssuerTopicsSchema },
  RemoveClaimIssuer: { issuer: PartySchema },
  /** Admits an org (roles its certificates may carry) or changes an admitted org's roles. */
  SetOrgRoles: { org: Org, roles: Type.Array(RoleSchema, { uniqueItems: true, maxItems: ROLES.length }) },
  /** The administrator orgs and how many of them a change needs. */
  SetConsortiumAdmins: {
    admins: Type.Array(Org, { minItems: 1, maxItems: MAX_CONSORTIUM_ORGS, uniqueItems: true }),
    approvals: Type.Integer({ minimum: 1, maximum: MAX_CONSORTIUM_ORGS }),
  },
} as const satisfies Record<string, TProperties>;
export type ChangeKind = keyof typeof ChangeFields;
export const CHANGE_KINDS = Object.keys(ChangeFields) as ChangeKind[];

const F = ChangeFields;
export const ConsortiumChangeSchema = Type.Union([
  Closed({ kind: Type.Literal('TrustClaimIssuer'), ...F.TrustClaimIssuer }),
  Closed({ kind: Type.Literal('SetClaimIssuerTopics'), ...F.SetClaimIssuerTopics }),
  Closed({ kind: Type.Literal('RemoveClaimIssuer'), ...F.RemoveClaimIssuer }),
  Closed({ kind: Type.Literal('SetOrgRoles'), ...F.SetOrgRoles }),
  Closed({ kind: Type.Literal('SetConsortiumAdmins'), ...F.SetConsortiumAdmins }),
]);
export type ConsortiumChange = StaticDecode<typeof ConsortiumChangeSchema>;

/**
 * What a change is about: at most one change per subject is pending at a time, so two administrators
 * cannot each gather approvals for contradicting changes of the same setting.
 */
export const Subject = Type.String({
  pattern: '^(issuer:[A-Za-z0-9][A-Za-z0-9._-]{0,127}:[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}|org:[A-Za-z0-9][A-Za-z0-9._-]{0,127}|admins)$',
  description: 'What a consortium change is about: issuer:<org>:<id>, org:<org> or admins',
});

export function subjectOf(c: ConsortiumChange): string {
  switch (c.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
      return `issuer:${c.issuer.org}:${c.issuer.id}`;
    case 'SetOrgRoles':
      return `org:${c.org}`;
    case 'SetConsortiumAdmins':
      return 'admins';
  }
}

/** A change and its approvals, under key `subject`; kept once executed (the record of who approved it). */
export const PendingChangeSchema = Closed({
  subject: Subject,
  change: ConsortiumChangeSchema,
  /** Administrator orgs that approved it, in order; the first proposed it. */
  approvals: Type.Array(Org, { maxItems: MAX_CONSORTIUM_ORGS }),
  proposedAt: Timestamp,
  expiresAt: Timestamp,
  executed: Type.Boolean(),
});
export type PendingChange = StaticDecode<typeof PendingChangeSchema>;

/** How long a change may gather approvals. */
export const CHANGE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The key of the consortium policy in a slice's `consortium` record (absent: the host's policy rules). */
export const POLICY_KEY = 'policy';

/** The change pending on a subject now: neither executed nor expired. */
export function liveChange(pending: PendingChange | undefined, at: number): PendingChange | undefined {
  return pending && !pending.executed && pending.expiresAt > at ? pending : undefined;
}

/** Whether two changes are the same: the same kind and fields (field order aside). */
export function sameChange(a: ConsortiumChange, b: ConsortiumChange): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted at every depth: one spelling per value, for comparing and hashing (valuation inputs too). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The approvals that still count: those of orgs that administer the consortium now. */
export function countingApprovals(approvals: readonly string[], policy: ConsortiumPolicy): string[] {
  return approvals.filter((org) => policy.orgs[org]?.consortiumAdmin === true);
}
